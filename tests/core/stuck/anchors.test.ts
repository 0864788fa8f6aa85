import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorTest, requiredLiterals } from '../../../src/core/stuck/anchors.js';
import { normalize } from '../../../src/core/text.js';
import { loadEvalTexts } from '../../../src/evaluation/eval-texts.js';

describe('the literals a pattern cannot match without', () => {
  it.each<[pattern: string, anchors: string[] | undefined]>([
    ['\\bdeurwaarder\\b', ['deurwaarder']],
    ['\\b(boos|woedend)\\b', ['boos', 'woedend']],
    ['\\beigen\\s+schuld\\b|\\bfoutje\\b', ['schuld', 'foutje']],
    // The most selective required part wins: "gebeld" over the short alternatives.
    ['\\b(al|nu)\\s+(\\d+|tien)\\s+keer\\s+gebeld\\b', ['gebeld']],
    // A repeated letter ends the literal: "ooei" contains "ei", not "oei".
    ['\\bo+ei\\b', ['ei']],
    // Optional parts are never required.
    ['\\b(ik\\s+)?(word|werd)\\s+(er\\s+)?gek\\b', ['word', 'werd']],
    ['\\bwacht(en)?\\b', ['wacht']],
    // Escaped punctuation is literal.
    ['\\bzo\\.n\\s+gedoe\\b', ['gedoe']],
    // Lookarounds and classes end a literal and are never required.
    ['(?<!niet\\s)\\bbang\\b(?!\\s+niet)', ['bang']],
    ['\\b[a-z]+schuld\\b', ['schuld']],
    // When one alternative has no literal, nothing can be required.
    ['\\bboos\\b|\\d+', undefined],
    ['(a|)bc', ['bc']],
    ['[^.]{0,40}', undefined],
  ])('%s needs one of %j', (pattern, anchors) => {
    expect(requiredLiterals(pattern)?.sort()).toEqual(anchors?.sort());
  });

  it('runs a pattern without any literal on every text', () => {
    expect(anchorTest('\\d+')('geen cijfers')).toBe(true);
  });
});

/**
 * The pre-check may only skip a pattern that could not have matched. Checked for every pattern
 * of the lexicon against every text the repository holds (stuck phrasings, routing questions).
 */
describe('the pre-check never hides a match of the lexicon', () => {
  const lexicon: unknown = JSON.parse(readFileSync('data/stuck.json', 'utf8'));
  const patterns: string[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      if ('pattern' in node && typeof node.pattern === 'string') patterns.push(node.pattern);
      Object.values(node).forEach(collect);
    }
  };
  collect(lexicon);
  const texts = loadEvalTexts().map(normalize);

  it('has patterns and texts to check', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(texts.length).toBeGreaterThan(500);
  });

  it('passes every text a pattern matches', () => {
    const hidden: string[] = [];
    for (const pattern of patterns) {
      const regex = new RegExp(pattern, 'u');
      const mayMatch = anchorTest(pattern);
      for (const text of texts) {
        if (regex.test(text) && !mayMatch(text)) hidden.push(`${pattern} :: ${text}`);
      }
    }
    expect(hidden).toEqual([]);
    // Every pattern over every evaluation text: seconds of work, longer on a busy CI machine.
  }, 60_000);

  it('finds literals for nearly every pattern, so the pre-check pays off', () => {
    const without = patterns.filter((pattern) => requiredLiterals(pattern) === undefined);
    expect(without.length).toBeLessThan(patterns.length * 0.05);
  });
});
