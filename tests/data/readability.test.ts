import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  B1_MAX_WORDS_PER_SENTENCE,
  B1_MIN_SCORE,
  fleschDouma,
} from '../../src/quality/readability.js';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Shorter texts are labels; their scores swing wildly on a single long word. */
const MIN_WORDS = 8;

/**
 * Placeholders such as {agency} or {topic} are filled with an organisation, topic or number at
 * run time. They count as one word of two syllables, about the average of what fills them.
 */
const PLACEHOLDER_STAND_IN = 'iemand';

interface DutchText {
  /** File and JSON path, so a failing text can be found. */
  where: string;
  text: string;
}

/**
 * Every Dutch text a citizen may read: the `nl` of any object that has both `nl` and `en`
 * strings (name, description, why, label, cost, role, texts …). Glossary `terms` are search
 * words, not sentences, so they are skipped.
 */
function dutchTexts(node: unknown, where: string, out: DutchText[] = []): DutchText[] {
  if (Array.isArray(node)) {
    node.forEach((item, index) => dutchTexts(item, `${where}[${index}]`, out));
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (typeof record.nl === 'string' && typeof record.en === 'string') {
      out.push({ where, text: record.nl });
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'terms') dutchTexts(value, where === '' ? key : `${where}.${key}`, out);
    }
  }
  return out;
}

/**
 * Reads whatever JSON is under data/ right now. Files are being added while the catalog grows;
 * a file that does not parse is left to the schema tests, which say why.
 */
function dataTexts(): DutchText[] {
  let files: string[];
  try {
    files = readdirSync(DATA_DIR, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const texts: DutchText[] = [];
  // data/generated/ holds copies of these files without comments (tests/data/runtime-data.test.ts
  // and tests/catalog/runtime-data.test.ts hold them equal), so each text is read once, in its source.
  const sources = files.filter((f) => f.endsWith('.json') && !f.startsWith('generated'));
  for (const file of sources.sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
    } catch {
      continue;
    }
    for (const { where, text } of dutchTexts(json, '')) {
      texts.push({ where: `data/${file} ${where}`, text });
    }
  }
  return texts;
}

function readable(text: string): string {
  return text.replace(/\{[^{}]+\}/g, PLACEHOLDER_STAND_IN);
}

describe('collecting Dutch texts from data files', () => {
  it('takes the nl of every nl/en pair, at any depth, except glossary terms', () => {
    const json = {
      name: { nl: 'Belastingdienst', en: 'Tax Administration' },
      topics: [
        {
          why: { nl: 'Zij gaan over toeslagen.', en: 'They handle benefits.' },
          terms: { nl: ['huurtoeslag'], en: ['rent benefit'] },
          examples: ['Hoe vraag ik huurtoeslag aan?'],
        },
      ],
      phones: [{ label: { nl: 'Algemeen', en: 'General' }, number: '0800-0543' }],
      nested: { terms: { word: { nl: 'geen zin', en: 'no sentence' } } },
      onlyDutch: { nl: 'zonder vertaling' },
    };
    expect(dutchTexts(json, '')).toEqual([
      { where: 'name', text: 'Belastingdienst' },
      { where: 'topics[0].why', text: 'Zij gaan over toeslagen.' },
      { where: 'phones[0].label', text: 'Algemeen' },
    ]);
  });

  it('counts a placeholder as one ordinary word', () => {
    expect(fleschDouma(readable('{agency} kan u helpen met {topic}.')).words).toBe(6);
  });
});

const candidates = dataTexts()
  .map(({ where, text }) => ({ where, text, result: fleschDouma(readable(text)) }))
  .filter(({ result }) => result.words >= MIN_WORDS)
  // Named with a plain string: vitest shortens $-interpolated values, and a failing text must be
  // findable from its name alone.
  .map(({ where, text, result }) => [`${where}: "${text}"`, result] as const);

describe.runIf(candidates.length > 0)(
  `Dutch data texts of ${MIN_WORDS}+ words read at B1 (Flesch-Douma ≥ ${B1_MIN_SCORE}, ` +
    `≤ ${B1_MAX_WORDS_PER_SENTENCE} words per sentence)`,
  () => {
    it.each(candidates)('%s', (_, result) => {
      const summary =
        `score ${result.score.toFixed(1)}, ` +
        `${result.wordsPerSentence.toFixed(1)} words per sentence, ` +
        `${result.syllablesPerWord.toFixed(2)} syllables per word`;
      expect(result.score, summary).toBeGreaterThanOrEqual(B1_MIN_SCORE);
      expect(result.wordsPerSentence, summary).toBeLessThanOrEqual(B1_MAX_WORDS_PER_SENTENCE);
    });
  },
);
