/**
 * The Worker inside workerd: bundle size, start-up CPU and chat-turn CPU on the built-in path.
 * Budgets: < 400 KiB gzipped (a test enforces it), < 50 ms start-up CPU (printed here only:
 * CI never fails on a time).
 */
import { join } from 'node:path';
import {
  BUNDLE_BUDGET_KIB,
  ROOT,
  buildTurnLoopWorker,
  buildWorker,
  kib,
  largestInputs,
} from '../worker/build.js';
import { startDevWorker, startupCpuMs } from '../worker/profile.js';
import { BENCH_QUESTIONS } from '../worker/questions.js';

export const title = 'Cloudflare Worker (workerd): bundle, start-up CPU, chat-turn CPU';

const STARTUP_BUDGET_MS = 50;
/** Turns before measuring: a long-lived isolate has its hot code compiled by then. */
const WARM_UP_TURNS = 30;
const MEASURED_TURNS = 50;
const LOOP_TURNS = 100;
const LOOP_RUNS = 5;
const TURN_BUDGET_MS = 10;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const build = buildWorker(join(ROOT, 'dist/worker'));
  const gzip = kib(build.gzipBytes);
  console.log(
    `bundle:  ${kib(build.bytes).toFixed(1)} KiB minified, ${gzip.toFixed(1)} KiB gzipped ` +
      `(budget ${BUNDLE_BUDGET_KIB} KiB: ${gzip < BUNDLE_BUDGET_KIB ? 'within' : 'OVER'})`,
  );
  console.log('  largest parts (minified KiB):');
  for (const { name, bytes } of largestInputs(build.metafile, 8)) {
    console.log(`    ${kib(bytes).toFixed(1).padStart(7)}  ${name}`);
  }

  const startup = startupCpuMs(build.outdir, 5);
  const startupMedian = median(startup);
  console.log(
    `start-up CPU (global scope, wrangler check startup, 5 runs): median ${ms(startupMedian)}, ` +
      `range ${ms(Math.min(...startup))}–${ms(Math.max(...startup))} ` +
      `(budget ${STARTUP_BUDGET_MS} ms: ${startupMedian < STARTUP_BUDGET_MS ? 'within' : 'OVER'}; ` +
      `profiles in ${build.outdir})`,
  );

  // The bench Worker is the real one plus /__bench/turns; the limiter is off so that a loop of
  // turns from one address is never refused.
  const loopWorker = buildTurnLoopWorker(join(ROOT, 'dist/worker-bench'));
  const dev = await startDevWorker(loopWorker, { vars: { RATE_LIMIT_PER_MINUTE: '0' } });
  try {
    let clients = 0;
    const chat = (message: string) => () =>
      fetch(`${dev.url}/api/chat`, {
        method: 'POST',
        // One address per turn, so the Rate Limiting binding (30 per client per minute) stays out.
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': `10.0.${++clients}` },
        body: JSON.stringify({ message }),
      }).then(async (response) => {
        if (response.status !== 200) throw new Error(`chat answered ${response.status}`);
        await response.arrayBuffer();
      });
    const question = (turn: number) => BENCH_QUESTIONS[turn % BENCH_QUESTIONS.length] ?? '';

    const first = await dev.inspector.profile(chat(question(0)));
    for (let turn = 1; turn < WARM_UP_TURNS; turn += 1) await chat(question(turn))();
    const turns: number[] = [];
    for (let turn = 0; turn < MEASURED_TURNS; turn += 1) {
      turns.push(await dev.inspector.profile(chat(question(turn))));
    }
    const health: number[] = [];
    for (let request = 0; request < 10; request += 1) {
      health.push(
        await dev.inspector.profile(() => fetch(`${dev.url}/health`).then((r) => r.arrayBuffer())),
      );
    }
    console.log(
      `first chat turn of a fresh isolate (imports the app, validates the data, indexes the catalog): ${ms(first)} CPU`,
    );
    console.log(
      `chat turn, built-in router on D1, after ${WARM_UP_TURNS} warm-up turns: ` +
        `median ${ms(median(turns))}, p90 ${ms(percentile(turns, 0.9))} CPU (${MEASURED_TURNS} turns)`,
    );
    console.log(`for scale, GET /health (one D1 query): median ${ms(median(health))} CPU`);

    // The same turns, LOOP_TURNS at a time inside one request: what the app itself costs per
    // turn, D1 client included, without the local runtime's own per-request work. Then the same
    // for the turn's database-free steps, a 404 and GET /health, to split the cost.
    const perItem = async (path: string) => {
      const run = async () => {
        const response = await fetch(`${dev.url}${path}`);
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        await response.arrayBuffer();
      };
      await run();
      const values: number[] = [];
      for (let index = 0; index < LOOP_RUNS; index += 1) {
        values.push((await dev.inspector.profile(run)) / LOOP_TURNS);
      }
      return values;
    };
    const perTurn = await perItem(`/__bench/turns?n=${LOOP_TURNS}`);
    const perPureTurn = median(await perItem(`/__bench/core?n=${LOOP_TURNS}`));
    const notFound = median(await perItem(`/__bench/get?n=${LOOP_TURNS}&path=/no-such-page`));
    const healthInside = median(await perItem(`/__bench/get?n=${LOOP_TURNS}&path=/health`));
    const loopMedian = median(perTurn);
    const verdict =
      loopMedian < TURN_BUDGET_MS / 2
        ? 'well inside'
        : loopMedian < TURN_BUDGET_MS
          ? 'inside'
          : 'OVER';
    console.log(
      `chat turn inside the isolate (${LOOP_RUNS} runs of ${LOOP_TURNS} turns in one request, ` +
        `1 in 5 opens a conversation): median ${ms(loopMedian)} CPU per turn, ` +
        `range ${ms(Math.min(...perTurn))}–${ms(Math.max(...perTurn))} (free plan 10 ms: ${verdict})`,
    );
    console.log(
      `  of which the steps that need no database (redaction, routing, stuck signals, contact, ` +
        `reply): median ${ms(perPureTurn)} CPU per turn`,
    );
    console.log(
      `  for scale, inside the isolate: a 404 (HTTP handling, no database) ${ms(notFound)}, ` +
        `GET /health (one D1 query) ${ms(healthInside)} CPU per request`,
    );
  } finally {
    dev.stop();
  }
  console.log(
    '  (CPU = non-idle V8 profiler samples in the Worker’s isolate under local workerd, as `wrangler\n' +
      '  check startup` counts them; it includes runtime work such as the D1 client, so it is an upper\n' +
      '  bound, and Cloudflare’s machines differ)',
  );
}
