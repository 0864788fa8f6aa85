/**
 * The Worker inside workerd: bundle size, start-up CPU and chat-turn CPU on the built-in path.
 * Budgets: the bundle's (BUNDLE_BUDGET_KIB gzipped and CODE_BUDGET_BYTES minified; a test enforces
 * them, ADR 12), < 50 ms start-up CPU (printed here only: CI never fails on a time).
 */
import { join } from 'node:path';
import {
  BUNDLE_BUDGET_KIB,
  CODE_BUDGET_BYTES,
  dataAndCodeBytes,
  ROOT,
  buildTurnLoopWorker,
  buildWorker,
  kib,
  largestInputs,
} from '../worker/build.js';
import { startDevWorker, startQuietWorker, startupCpuMs } from '../worker/profile.js';

export const title = 'Cloudflare Worker (workerd): bundle, start-up CPU, chat-turn CPU';

const STARTUP_BUDGET_MS = 50;
const LOOP_TURNS = 100;
const LOOP_RUNS = 5;
/** Turns per run for process CPU: /proc counts in 10 ms ticks. */
const QUIET_TURNS = 300;
const TURN_BUDGET_MS = 10;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const build = buildWorker(join(ROOT, 'dist/worker'));
  const gzip = kib(build.gzipBytes);
  console.log(
    `bundle:  ${kib(build.bytes).toFixed(1)} KiB minified, ${gzip.toFixed(1)} KiB gzipped ` +
      `(budget ${BUNDLE_BUDGET_KIB} KiB: ${gzip < BUNDLE_BUDGET_KIB ? 'within' : 'OVER'})`,
  );
  const { data, code } = dataAndCodeBytes(build.metafile);
  console.log(
    `  code and libraries ${kib(code).toFixed(1)} KiB minified ` +
      `(budget ${kib(CODE_BUDGET_BYTES).toFixed(1)} KiB: ${code < CODE_BUDGET_BYTES ? 'within' : 'OVER'}), ` +
      `data ${kib(data).toFixed(1)} KiB`,
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
  const vars = { RATE_LIMIT_PER_MINUTE: '0' };

  // 1. The Worker's own isolate, under V8's profiler. Logging is off here: wrangler dev's
  //    inspector makes every console.log serialise itself for DevTools (see 2 for its real cost).
  const dev = await startDevWorker(loopWorker, { vars: { ...vars, LOG_LEVEL: 'silent' } });
  let isolate: { turn: number[]; pure: number; notFound: number; health: number; first: number };
  try {
    const get = async (path: string) => {
      const response = await fetch(`${dev.url}${path}`);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    };
    // The first chat turn of a fresh isolate imports the app, validates the data and indexes
    // the catalog: cold code, once per isolate.
    const first = await dev.inspector.profile(() => get(`/__bench/turns?n=1`));
    const perItem = async (path: string) => {
      await get(path);
      const values: number[] = [];
      for (let index = 0; index < LOOP_RUNS; index += 1) {
        const cpu = await dev.inspector.profile(() => get(path), { capped: true });
        values.push(cpu / LOOP_TURNS);
      }
      return values;
    };
    isolate = {
      first,
      turn: await perItem(`/__bench/turns?n=${LOOP_TURNS}`),
      pure: median(await perItem(`/__bench/core?n=${LOOP_TURNS}`)),
      notFound: median(await perItem(`/__bench/get?n=${LOOP_TURNS}&path=/no-such-page`)),
      health: median(await perItem(`/__bench/get?n=${LOOP_TURNS}&path=/health`)),
    };
  } finally {
    dev.stop();
  }
  console.log(
    `first chat turn of a fresh isolate (imports the app, validates the data, indexes the catalog): ${ms(isolate.first)} CPU`,
  );
  console.log(
    `chat turn in the Worker's isolate (${LOOP_RUNS} runs of ${LOOP_TURNS} turns in one request, ` +
      `1 in 5 opens a conversation, logging off): median ${ms(median(isolate.turn))} CPU, ` +
      `range ${ms(Math.min(...isolate.turn))}–${ms(Math.max(...isolate.turn))}`,
  );
  console.log(
    `  of which the steps that need no database (redaction, routing, stuck signals, contact, ` +
      `reply): ${ms(isolate.pure)}; for scale, a 404 ${ms(isolate.notFound)}, ` +
      `GET /health (one D1 query) ${ms(isolate.health)}`,
  );

  // 2. The whole workerd process without an inspector, logs on and off: the price of the log
  //    line, and an upper bound that includes the local D1 simulator.
  if (process.platform !== 'linux') {
    console.log('workerd process CPU: needs Linux /proc; skipped');
    return;
  }
  const processCpu: Record<'info' | 'silent', number> = { info: 0, silent: 0 };
  for (const level of ['info', 'silent'] as const) {
    const quiet = await startQuietWorker(loopWorker, { ...vars, LOG_LEVEL: level });
    try {
      const turns = async (count: number) => {
        const response = await fetch(new URL(`/__bench/turns?n=${count}`, quiet.url));
        if (response.status !== 200) throw new Error(`turns answered ${response.status}`);
        await response.arrayBuffer();
      };
      await turns(LOOP_TURNS);
      const values: number[] = [];
      for (let run = 0; run < LOOP_RUNS; run += 1) {
        const before = quiet.cpuMs();
        await turns(QUIET_TURNS);
        values.push((quiet.cpuMs() - before) / QUIET_TURNS);
      }
      processCpu[level] = median(values);
    } finally {
      await quiet.stop();
    }
  }
  const logging = Math.max(0, processCpu.info - processCpu.silent);
  console.log(
    `whole workerd process per turn, no inspector (Worker + local D1 simulator + local proxy, ` +
      `${LOOP_RUNS} runs of ${QUIET_TURNS}): ${ms(processCpu.info)} with its log line, ` +
      `${ms(processCpu.silent)} without: the log line costs ${ms(logging)}`,
  );
  const estimate = median(isolate.turn) + logging;
  const verdict =
    estimate < TURN_BUDGET_MS / 2 ? 'well inside' : estimate < TURN_BUDGET_MS ? 'inside' : 'OVER';
  console.log(
    `chat turn CPU, the Worker's share (isolate + log line): ${ms(estimate)} ` +
      `(free plan ${TURN_BUDGET_MS} ms: ${verdict})`,
  );
  console.log(
    '  (isolate CPU = non-idle V8 profiler samples, each counted for at most two sampling intervals\n' +
      '  (scripts/worker/profile.ts); it includes the D1 client and runtime work in the isolate and\n' +
      '  the profiler’s own overhead. Cloudflare’s machines differ from this one.)',
  );
}
