/**
 * Stuck-signal evaluation on the held-out set `data/eval/stuck.jsonl`: real phrasings of people
 * who got stuck, taken from public pages (each line names its source). The set was collected
 * before the lexicon was written and is not used to tune it; change the lexicon on general
 * grounds and the unit tests, then measure here.
 *
 *   npx tsx scripts/eval-stuck.ts            figures
 *   npx tsx scripts/eval-stuck.ts --misses   also every item whose expected signals were missed
 *
 * Prints: the share of items with at least one signal, the share where at least one expected
 * signal is found, and recall per signal. Never fails on a figure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createDefaultStuckDetector } from '../src/core/stuck/default.js';
import { STUCK_SIGNALS, type StuckDetector, type StuckSignal } from '../src/core/stuck/index.js';

const itemSchema = z.strictObject({
  text: z.string().min(1),
  signals: z.array(z.enum(STUCK_SIGNALS)).min(1),
  lang: z.enum(['nl', 'en']),
  source: z.url(),
});

/** One labelled phrasing of the evaluation set. */
export type StuckEvalItem = z.infer<typeof itemSchema>;

/** What the detector made of the set. */
export interface StuckEvalReport {
  total: number;
  anySignal: number;
  expectedFound: number;
  bySignal: Record<StuckSignal, { expected: number; found: number; raisedUnlabelled: number }>;
  byLang: Record<'nl' | 'en', { total: number; anySignal: number; expectedFound: number }>;
  misses: { item: StuckEvalItem; got: StuckSignal[] }[];
}

/** Reads and validates the JSONL set; a bad line stops the run with its line number. */
export function loadStuckEvalSet(
  path = fileURLToPath(new URL('../data/eval/stuck.jsonl', import.meta.url)),
): StuckEvalItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = itemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`stuck.jsonl line ${number}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Runs `detectTurn` on every item (each item is one message on its own). */
export function evaluateStuck(
  detector: StuckDetector,
  items: readonly StuckEvalItem[],
): StuckEvalReport {
  const bySignal = Object.fromEntries(
    STUCK_SIGNALS.map((signal) => [signal, { expected: 0, found: 0, raisedUnlabelled: 0 }]),
  ) as StuckEvalReport['bySignal'];
  const byLang: StuckEvalReport['byLang'] = {
    nl: { total: 0, anySignal: 0, expectedFound: 0 },
    en: { total: 0, anySignal: 0, expectedFound: 0 },
  };
  const report: StuckEvalReport = {
    total: items.length,
    anySignal: 0,
    expectedFound: 0,
    bySignal,
    byLang,
    misses: [],
  };

  for (const item of items) {
    const got = detector.detectTurn(item.text).signals;
    const lang = byLang[item.lang];
    lang.total += 1;
    if (got.length > 0) {
      report.anySignal += 1;
      lang.anySignal += 1;
    }
    const hit = item.signals.some((signal) => got.includes(signal));
    if (hit) {
      report.expectedFound += 1;
      lang.expectedFound += 1;
    }
    for (const signal of item.signals) {
      bySignal[signal].expected += 1;
      if (got.includes(signal)) bySignal[signal].found += 1;
    }
    for (const signal of got)
      if (!item.signals.includes(signal)) bySignal[signal].raisedUnlabelled += 1;
    if (!item.signals.every((signal) => got.includes(signal))) report.misses.push({ item, got });
  }
  return report;
}

/** The report as plain text lines. */
export function formatStuckReport(report: StuckEvalReport, withMisses = false): string {
  const pct = (part: number, total: number) =>
    total === 0 ? '  n/a' : `${((part / total) * 100).toFixed(1)}%`;
  const lines = [
    `Stuck-signal evaluation on ${report.total} held-out phrasings (data/eval/stuck.jsonl)`,
    '',
    `at least one signal:        ${pct(report.anySignal, report.total)}  (${report.anySignal}/${report.total})  target >= 85%`,
    `an expected signal found:   ${pct(report.expectedFound, report.total)}  (${report.expectedFound}/${report.total})  target >= 70%`,
    ...(['nl', 'en'] as const).map(
      (lang) =>
        `  ${lang}: ${String(report.byLang[lang].total).padStart(3)} items, any ${pct(report.byLang[lang].anySignal, report.byLang[lang].total)}, expected ${pct(report.byLang[lang].expectedFound, report.byLang[lang].total)}`,
    ),
    '',
    'signal              labelled  found  recall   raised where not labelled',
    ...STUCK_SIGNALS.map((signal) => {
      const row = report.bySignal[signal];
      return `${signal.padEnd(20)}${String(row.expected).padStart(8)}${String(row.found).padStart(7)}${pct(row.found, row.expected).padStart(8)}   ${row.raisedUnlabelled}`;
    }),
  ];
  if (withMisses) {
    lines.push('', `Items with an expected signal missed (${report.misses.length}):`);
    for (const { item, got } of report.misses) {
      lines.push(
        `- expected ${item.signals.join(',')} got ${got.join(',') || '(none)'}: ${item.text}`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = evaluateStuck(createDefaultStuckDetector(), loadStuckEvalSet());
  console.log(formatStuckReport(report, process.argv.includes('--misses')));
}
