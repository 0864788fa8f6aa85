/**
 * Compares text libraries for the built-in router on the labelled set (ADR 0005). Candidates that
 * are not dependencies are installed temporarily, outside the project or with --no-save:
 *
 *   npm install --no-save @orama/orama @nlpjs/nlp @nlpjs/lang-nl @nlpjs/lang-en-min
 *   npx tsx scripts/compare-engines.ts            # or: -- --from /some/dir/with/node_modules
 *
 * Every variant gets the same catalog, lexicon, rules and decision logic; only the tokenising,
 * stemming and ranking change. Prints quality per split, routing time, and the gzipped size of
 * the library code a Worker would have to ship.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import lexiconData from '../data/lexicon.json';
import rulesData from '../data/routing-rules.json';
import { buildCatalog } from '../src/catalog/catalog.js';
import { catalogSources } from '../src/catalog/sources.js';
import type { Stemmers } from '../src/core/routing/analysis.js';
import {
  FIELD_BOOST,
  miniSearchEngine,
  type RankedTopic,
  type RankingEngine,
  type TopicField,
} from '../src/core/routing/engine.js';
import { routingLexiconSchema } from '../src/core/routing/lexicon.js';
import { createRouter, DEFAULT_TUNING, type RouterOptions } from '../src/core/routing/router.js';
import { routingRulesSchema } from '../src/core/routing/rules.js';
import { words } from '../src/core/text.js';
import { loadRoutingSet } from '../src/evaluation/load-routing-set.js';
import { evaluateRouting, share, type RoutingReport } from '../src/evaluation/routing-eval.js';
import { pickSplit } from '../src/evaluation/routing-set.js';

const fromIndex = process.argv.indexOf('--from');
const from = resolve(fromIndex > 0 ? (process.argv[fromIndex + 1] as string) : '.');
const requireFrom = createRequire(join(from, 'package.json'));

/** Loads an optional package from `from`; undefined when it is not installed there. */
async function optional<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(pathToFileURL(requireFrom.resolve(name)).href)) as T;
  } catch {
    return undefined;
  }
}

/** Gzipped size of the minified library code behind one import line, as a Worker would ship it. */
async function bundleSize(entry: string): Promise<number> {
  // esbuild comes with tsx and wrangler; without it the size is left out (NaN).
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entry, resolveDir: from, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

const catalog = buildCatalog(catalogSources);
const lexicon = {
  ...routingLexiconSchema.parse(lexiconData),
  rules: routingRulesSchema.parse(rulesData).rules,
};
const all = loadRoutingSet();
const questions = [...new Set(all.map((item) => item.question))];

interface Variant {
  name: string;
  options: RouterOptions;
  /** Work before routing (training), not counted as routing time. */
  prepare?: () => Promise<void>;
  /** An asynchronous per-question step (nlp.js), timed on its own. */
  timeAsync?: (text: string) => Promise<unknown>;
  bundle: string;
}

const variants: Variant[] = [
  {
    name: 'minisearch + Snowball (chosen)',
    options: { engine: miniSearchEngine },
    bundle: `export { default } from 'minisearch'; export * from '@orama/stemmers/dutch'; export { stemmer as en } from '@orama/stemmers/english';`,
  },
];

// --- Orama: its BM25 over the router's analysis, and Orama on its own with its Dutch stemmer.
type OramaModule = {
  create(config: unknown): unknown;
  insert(db: unknown, doc: unknown): unknown;
  search(db: unknown, params: unknown): { hits: { score: number; document: RankedTopic }[] };
};
const orama = await optional<OramaModule>('@orama/orama');
const oramaDutch = await optional<{ stemmer: (w: string) => string }>('@orama/stemmers/dutch');
if (orama && oramaDutch) {
  const fields = Object.keys(FIELD_BOOST) as TopicField[];
  const schema = {
    agencyId: 'string',
    topicId: 'string',
    ...Object.fromEntries(fields.map((f) => [f, 'string'])),
  };
  const oramaOwnAnalysis: RankingEngine = {
    name: 'orama',
    build(documents) {
      const db = orama.create({
        schema,
        components: {
          tokenizer: {
            language: 'english',
            normalizationCache: new Map(),
            tokenize: (raw: string) => (raw ? raw.split(' ') : []),
          },
        },
      });
      for (const doc of documents) {
        orama.insert(db, {
          agencyId: doc.agencyId,
          topicId: doc.topicId,
          ...Object.fromEntries(fields.map((f) => [f, doc.terms[f].join(' ')])),
        });
      }
      return {
        rank(query) {
          // Orama has no per-term weight: search each weight tier and add the scores up.
          const tiers = new Map<number, string[]>();
          for (const [term, weight] of query.terms) {
            tiers.set(weight, [...(tiers.get(weight) ?? []), term]);
          }
          const scores = new Map<string, RankedTopic>();
          for (const [weight, terms] of tiers) {
            const result = orama.search(db, {
              term: terms.join(' '),
              properties: fields,
              boost: FIELD_BOOST,
              limit: 500,
              threshold: 1,
            });
            for (const hit of result.hits) {
              const key = `${hit.document.agencyId}/${hit.document.topicId}`;
              const current = scores.get(key) ?? { ...hit.document, score: 0 };
              current.score += weight * hit.score;
              scores.set(key, current);
            }
          }
          return [...scores.values()];
        },
      };
    },
  };
  const oramaOutOfTheBox: RankingEngine = {
    name: 'orama-dutch',
    build(documents) {
      const db = orama.create({
        schema,
        components: {
          tokenizer: { language: 'dutch', stemming: true, stemmer: oramaDutch.stemmer },
        },
      });
      for (const doc of documents) {
        orama.insert(db, { agencyId: doc.agencyId, topicId: doc.topicId, ...doc.text });
      }
      return {
        rank(query) {
          const result = orama.search(db, {
            term: query.text,
            properties: fields,
            boost: FIELD_BOOST,
            tolerance: 1,
            limit: 500,
            threshold: 1,
          });
          return result.hits.map((hit) => ({ ...hit.document, score: hit.score }));
        },
      };
    },
  };
  variants.push(
    {
      name: 'orama BM25 + router analysis',
      options: { engine: oramaOwnAnalysis },
      bundle: `export * from '@orama/orama'; export * from '@orama/stemmers/dutch'; export { stemmer as en } from '@orama/stemmers/english';`,
    },
    {
      name: 'orama alone (Dutch tokenizer+stemmer, typo tolerance 1)',
      options: { engine: oramaOutOfTheBox },
      bundle: `export * from '@orama/orama'; export * from '@orama/stemmers/dutch';`,
    },
  );
}

// --- nlp.js: its Dutch/English stemmers in the router's analysis, and its own NLU classifier.
type NlpJsLang = Record<
  string,
  new () => { stem?: (w: string) => string; tokenizeAndStem?: unknown }
>;
const nlNlp = await optional<NlpJsLang>('@nlpjs/lang-nl');
const enNlp = await optional<NlpJsLang>('@nlpjs/lang-en-min');
const nlpCore = await optional<{
  containerBootstrap: () => Promise<{ use(x: unknown): void; get(name: string): NlpManager }>;
}>('@nlpjs/core');
const nlpNlp = await optional<{ Nlp: unknown }>('@nlpjs/nlp');
interface NlpManager {
  settings: Record<string, unknown>;
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(
    locale: string,
    utterance: string,
  ): Promise<{ classifications: { intent: string; score: number }[] }>;
}
if (nlNlp?.StemmerNl && enNlp?.StemmerEn) {
  const nl = new nlNlp.StemmerNl();
  const en = new enNlp.StemmerEn();
  const stemmers: Stemmers = {
    nl: (word) => nl.stem?.(word) ?? word,
    en: (word) => en.stem?.(word) ?? word,
  };
  variants.push({
    name: 'minisearch + nlp.js stemmers',
    options: { engine: miniSearchEngine, stemmers },
    bundle: `export { default } from 'minisearch'; export { StemmerNl } from '@nlpjs/lang-nl'; export { StemmerEn } from '@nlpjs/lang-en-min';`,
  });
}
if (nlNlp?.LangNl && enNlp?.LangEn && nlpCore && nlpNlp) {
  const container = await nlpCore.containerBootstrap();
  container.use(nlpNlp.Nlp);
  container.use(nlNlp.LangNl);
  container.use(enNlp.LangEn);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  (nlp.settings.nlu as Record<string, unknown> | undefined) ??= {};
  (nlp.settings.nlu as Record<string, unknown>).log = false;
  nlp.addLanguage('nl');
  nlp.addLanguage('en');
  const classified = new Map<string, RankedTopic[]>();
  const detect = (text: string) => {
    const nlWords = new Set(lexicon.stopwords.nl);
    const enWords = new Set(lexicon.stopwords.en);
    let balance = 0;
    for (const word of words(text))
      balance += (nlWords.has(word) ? 1 : 0) - (enWords.has(word) ? 1 : 0);
    return balance < 0 ? 'en' : 'nl';
  };
  const nlpEngine: RankingEngine = {
    name: 'nlp.js',
    build: () => ({ rank: (query) => classified.get(query.text) ?? [] }),
  };
  variants.push({
    name: 'nlp.js NLU classifier (its own nl/en pipeline)',
    options: { engine: nlpEngine },
    async prepare() {
      for (const agency of catalog.agencies.values()) {
        for (const topic of agency.topics) {
          const intent = `${agency.id}/${topic.id}`;
          for (const text of [...topic.terms.nl, topic.name.nl])
            nlp.addDocument('nl', text, intent);
          for (const text of [...topic.terms.en, topic.name.en])
            nlp.addDocument('en', text, intent);
          for (const text of topic.examples) nlp.addDocument(detect(text), text, intent);
        }
      }
      await nlp.train();
      for (const text of questions) {
        const result = await nlp.process(detect(text), text);
        classified.set(
          text,
          result.classifications
            .filter((c) => c.score > 0 && c.intent !== 'None')
            .map((c) => {
              const [agencyId = '', topicId = ''] = c.intent.split('/');
              return { agencyId, topicId, score: c.score };
            }),
        );
      }
    },
    timeAsync: (text) => nlp.process(detect(text), text),
    bundle: `export { Nlp } from '@nlpjs/nlp'; export { LangNl } from '@nlpjs/lang-nl'; export { LangEn } from '@nlpjs/lang-en-min'; export { containerBootstrap } from '@nlpjs/core';`,
  });
}

const pct = (part: number, total: number) => `${(share(part, total) * 100).toFixed(1)}`;
const summary = (r: RoutingReport) =>
  `${pct(r.clear.top1, r.clear.total).padStart(5)} ${pct(r.clear.top3, r.clear.total).padStart(5)} ` +
  `${pct(r.clear.clarified, r.clear.total).padStart(5)} ${pct(r.context.rightOrClarified, r.context.total).padStart(5)} ` +
  `${pct(r.unclear.clarified, r.unclear.total).padStart(5)}`;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

console.log(
  'columns per split: top-1, top-3, clarify on clear, context right or clarified, unclear asked back (%)\n',
);
for (const variant of variants) {
  const started = performance.now();
  await variant.prepare?.();
  const router = createRouter(catalog, lexicon, DEFAULT_TUNING, variant.options);
  const buildMs = performance.now() - started;
  const times: number[] = [];
  for (let round = 0; round < 8; round += 1) {
    for (const text of questions) {
      const t0 = performance.now();
      if (variant.timeAsync) await variant.timeAsync(text);
      router.route(text);
      if (round >= 3) times.push(performance.now() - t0); // the first three rounds warm up
    }
  }
  times.sort((a, b) => a - b);
  const size = await bundleSize(variant.bundle).catch(() => NaN);
  console.log(variant.name);
  console.log(`  dev      ${summary(evaluateRouting(router, pickSplit(all, 'dev')))}`);
  console.log(`  held-out ${summary(evaluateRouting(router, pickSplit(all, 'holdout')))}`);
  console.log(`  whole    ${summary(evaluateRouting(router, all))}`);
  console.log(
    `  routing p50 ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms; ` +
      `build ${buildMs.toFixed(0)} ms; library code ${(size / 1024).toFixed(1)} KiB gzipped\n`,
  );
}
if (variants.length === 1) {
  console.log(
    'Only the chosen engine is installed; install the candidates (see the top of this file).',
  );
}
