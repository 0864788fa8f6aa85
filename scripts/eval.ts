/**
 * `npm run eval`: routing (and stuck-signal, when its set exists) evaluation on the
 * repository's labelled sets. Prints figures; the floors are enforced by tests, not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildCore } from '../src/core-deps.js';
import { evaluateRouting, share } from '../src/evaluation/routing-eval.js';
import { parseRoutingSet, type RoutingItem } from '../src/evaluation/routing-set.js';

const folder = new URL('../data/eval/', import.meta.url);
const items: RoutingItem[] = readdirSync(folder)
  .filter((file) => /^routing.*\.jsonl$/.test(file))
  .sort()
  .flatMap((file) => parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file));

const { router } = buildCore();
const report = evaluateRouting(router, items);
const pct = (part: number, total: number) => `${(share(part, total) * 100).toFixed(1)}%`;

console.log(`Routing evaluation on ${items.length} labelled questions\n`);
console.log(`clear questions:     ${report.clear.total}`);
console.log(`  top-1:             ${pct(report.clear.top1, report.clear.total)}`);
console.log(`  top-3:             ${pct(report.clear.top3, report.clear.total)}`);
console.log(`  clarify rate:      ${pct(report.clear.clarified, report.clear.total)}`);
console.log(`context questions:   ${report.context.total}`);
console.log(`  right or clarified: ${pct(report.context.rightOrClarified, report.context.total)}`);
console.log(`unclear questions:   ${report.unclear.total}`);
console.log(`  asked back:        ${pct(report.unclear.clarified, report.unclear.total)}`);

console.log('\nPer agency (clear questions)');
console.log('agency                 n   top-1   top-3');
for (const row of report.perAgency) {
  console.log(
    `${row.agency.padEnd(20)} ${String(row.total).padStart(3)}  ${pct(row.top1, row.total).padStart(6)}  ${pct(row.top3, row.total).padStart(6)}`,
  );
}

console.log('\nMost frequent confusions (expected → got)');
for (const c of report.confusions.slice(0, 10))
  console.log(`  ${c.count} × ${c.expected} → ${c.got}`);

if (process.argv.includes('--misses')) {
  console.log('\nMisses');
  for (const miss of report.misses) {
    console.log(
      `  [${miss.kind}] ${miss.expected.join('/')} ← got ${miss.got ?? '–'}: ${miss.question}`,
    );
  }
}
