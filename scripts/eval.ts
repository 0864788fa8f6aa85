/**
 * `npm run eval`: routing evaluation on the repository's labelled set. Prints figures; the
 * floors are enforced by tests (tests/evaluation/routing-floor.test.ts), not here.
 *
 *   npm run eval                         whole set, with the dev / held-out summary
 *   npm run eval -- --split dev --misses  details and misses of one split only
 *   npm run eval -- --probe-misses        misses of the coverage probes' read half
 *   npm run eval -- --story-misses        misses of the stuck messages' read half
 *   npm run eval -- --crisis-misses       misses of the written crisis probes' read half
 *
 * Tune on the development split; the held-out third says whether a change generalises.
 */
import { buildCore } from '../src/core-deps.js';
import {
  evaluateCrisis,
  loadCrisisProbes,
  loadRealCrisisProbes,
} from '../src/evaluation/crisis-eval.js';
import {
  loadCoverageProbes,
  loadStoryProbes,
  loadRoutingCollections,
  loadRoutingSet,
} from '../src/evaluation/load-routing-set.js';
import { evaluateRouting, share, type RoutingReport } from '../src/evaluation/routing-eval.js';
import { pickSplit, type RoutingItem } from '../src/evaluation/routing-set.js';

const all = loadRoutingSet();
const splitArg = process.argv[process.argv.indexOf('--split') + 1];
const split = process.argv.includes('--split') ? splitArg : undefined;
if (split !== undefined && split !== 'dev' && split !== 'holdout') {
  throw new Error('--split takes dev or holdout');
}
const items: RoutingItem[] = split ? pickSplit(all, split) : all;

const { router, crisisIn } = buildCore();
const report = evaluateRouting(router, items);
const pct = (part: number, total: number) =>
  total === 0 ? '–' : `${(share(part, total) * 100).toFixed(1)}%`;

console.log(`Routing evaluation on ${items.length} labelled questions (${split ?? 'whole set'})\n`);
console.log(`clear questions:     ${report.clear.total}`);
console.log(`  top-1:             ${pct(report.clear.top1, report.clear.total)}`);
console.log(`  top-3:             ${pct(report.clear.top3, report.clear.total)}`);
console.log(`  clarify rate:      ${pct(report.clear.clarified, report.clear.total)}`);
console.log(
  `  right or offered:  ${pct(report.clear.oneClick, report.clear.total)} (first time, or one click away)`,
);
if (report.topics.total > 0) {
  const { total, right, general, wrong } = report.topics;
  console.log(
    `  topic (${total} labelled, right organisation): right ${pct(right, total)}, no topic ${pct(general, total)}, wrong ${pct(wrong, total)}`,
  );
}
console.log(`context questions:   ${report.context.total}`);
console.log(`  right or clarified: ${pct(report.context.rightOrClarified, report.context.total)}`);
console.log(`unclear questions:   ${report.unclear.total}`);
console.log(`  asked back:        ${pct(report.unclear.clarified, report.unclear.total)}`);
console.log(
  `  answered anyway:   ${pct(report.unclear.rightGuess, report.unclear.total)} right, ` +
    `${pct(report.unclear.total - report.unclear.clarified - report.unclear.rightGuess, report.unclear.total)} wrong (a guess the issue asks to avoid)`,
);

const HEADER = 'file       clear   top-1   top-3  clarify  context  unclear';
const missLine = (miss: RoutingReport['misses'][number]) =>
  `  [${miss.kind}] ${miss.expected.join('/')} ← got ${miss.got ?? '–'}: ${miss.question}`;

if (!split) {
  const row = (name: string, r: RoutingReport) =>
    `${name.padEnd(10)} ${String(r.clear.total).padStart(5)} ${pct(r.clear.top1, r.clear.total).padStart(7)} ` +
    `${pct(r.clear.top3, r.clear.total).padStart(7)} ${pct(r.clear.clarified, r.clear.total).padStart(8)} ` +
    `${pct(r.context.rightOrClarified, r.context.total).padStart(8)} ${pct(r.unclear.clarified, r.unclear.total).padStart(8)}`;
  console.log('\nBy split (tune on dev; held-out is every third item)');
  console.log(HEADER.replace('file ', 'split'));
  console.log(row('dev', evaluateRouting(router, pickSplit(all, 'dev'))));
  console.log(row('held-out', evaluateRouting(router, pickSplit(all, 'holdout'))));
  console.log(row('whole', report));
  // Collections 5 to 13 were collected blind by other people; ADR 0005 has their figures on
  // arrival, before anyone read them.
  console.log('\nBy collection');
  console.log(HEADER);
  for (const { file, items: collection } of loadRoutingCollections()) {
    console.log(row(file.replace(/^routing-|\.jsonl$/g, ''), evaluateRouting(router, collection)));
  }

  const probes = loadCoverageProbes();
  console.log('\nWritten coverage probes (every product of every organisation; not real phrasing)');
  console.log(HEADER.replace('file ', 'half '));
  const read = evaluateRouting(router, probes.read);
  console.log(row('read', read));
  console.log(row('unread', evaluateRouting(router, probes.unread)));
  // Only the read half's misses are ever printed: the unread half stays a blind measure.
  if (process.argv.includes('--probe-misses')) {
    for (const miss of read.misses) console.log(missLine(miss));
  }

  const stories = loadStoryProbes();
  console.log('\nMessages of people who are stuck (written kiosk messages; unclear = no subject)');
  console.log(HEADER.replace('file ', 'half '));
  const storiesRead = evaluateRouting(router, stories.read);
  console.log(row('read', storiesRead));
  console.log(row('unread', evaluateRouting(router, stories.unread)));
  if (process.argv.includes('--story-misses')) {
    for (const miss of storiesRead.misses) console.log(missLine(miss));
  }
}

// A person in danger must get the crisis line first (ADR 14); these probes measure it.
for (const [title, crisisProbes] of [
  ['Written crisis probes', loadCrisisProbes()],
  ['Real crisis phrasing', loadRealCrisisProbes()],
] as const) {
  console.log(`\n${title} (messages of people in danger; calm ones that only sound so)`);
  console.log('half     in danger   line heard   calm   false alarm');
  for (const half of ['read', 'unread'] as const) {
    const danger = evaluateCrisis(crisisIn, crisisProbes.crisis[half]);
    const calm = evaluateCrisis(crisisIn, crisisProbes.calm[half]);
    console.log(
      `${half.padEnd(8)} ${String(danger.total).padStart(9)} ${pct(danger.right, danger.total).padStart(12)} ${String(calm.total).padStart(6)} ${pct(calm.heard, calm.total).padStart(13)}`,
    );
    // Only the read half's misses are ever printed: the unread half stays a blind measure.
    if (half === 'read' && process.argv.includes('--crisis-misses')) {
      for (const miss of [...danger.misses, ...calm.misses])
        console.log(`  ${miss.kind}: ${miss.text}`);
    }
  }
}

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
  for (const miss of report.misses) console.log(missLine(miss));
}

// Stuck signals: the same figures as `npx tsx scripts/eval-stuck.ts`, on the dev set and the
// held-out sets (floors in tests/evaluation/stuck-floor.test.ts). Imported here, at the end, so
// that this section stays separate from the routing evaluation above.
const { evaluateStuckSets, formatStuckSummary, formatWithoutModel } =
  await import('./eval-stuck.js');
console.log('\nStuck signals (one message at a time, data/eval/stuck*.jsonl)');
const stuckReports = evaluateStuckSets();
console.log(formatStuckSummary(stuckReports));
console.log(`\n${formatWithoutModel(stuckReports)}`);
