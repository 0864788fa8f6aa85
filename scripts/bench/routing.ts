/**
 * Routing speed: the router alone, in-process, per labelled question; and a whole chat turn
 * through the HTTP layer, in-process (`app.request`) and over a real loopback socket. The target
 * is a routing p99 under 1 ms (ADR 0005); this prints figures and never fails on a time.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildCore } from '../../src/core-deps.js';
import { loadRoutingSet } from '../../src/evaluation/load-routing-set.js';
import { createTestApp } from '../../tests/support/app.js';

export const title = 'Routing: time per question in-process, and chat-turn latency over HTTP';

const ROUTING_TARGET_P99_MS = 1;
const WARM_UP_ROUNDS = 5;
const MEASURED_ROUNDS = 10;
/** Bounds for the HTTP loops: this many turns at most, and never longer than this. */
const HTTP_TURNS = 300;
const HTTP_TIME_LIMIT_MS = 15_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
const describe = (times: number[], digits = 3) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${percentile(sorted, 0.5).toFixed(digits)} ms, p99 ${percentile(sorted, 0.99).toFixed(digits)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(digits)} ms (n=${sorted.length})`;
};

export async function run(): Promise<void> {
  const items = loadRoutingSet();
  const questions = items.map((item) => item.question);

  // The router alone: every labelled question, after warm-up (caches and JIT settled).
  const started = performance.now();
  const { router } = buildCore();
  console.log(
    `core build (catalog, index, lexicon): ${(performance.now() - started).toFixed(0)} ms`,
  );
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    for (const item of items) router.route(item.question, {}, item.lang);
  }
  const routing: number[] = [];
  const perQuestion: number[][] = items.map(() => []);
  for (let round = 0; round < MEASURED_ROUNDS; round += 1) {
    items.forEach((item, i) => {
      const t0 = performance.now();
      router.route(item.question, {}, item.lang);
      const elapsed = performance.now() - t0;
      routing.push(elapsed);
      perQuestion[i]?.push(elapsed);
    });
  }
  const p99 = percentile(
    [...routing].sort((a, b) => a - b),
    0.99,
  );
  console.log(
    `routing, in-process, ${items.length} questions × ${MEASURED_ROUNDS}: ${describe(routing)}`,
  );
  // Each question's median over its rounds: what the question itself costs, without the pauses
  // that a busy machine or a garbage collection adds to single samples.
  const typical = perQuestion.map((times) =>
    percentile(
      [...times].sort((a, b) => a - b),
      0.5,
    ),
  );
  const typicalP99 = percentile(
    [...typical].sort((a, b) => a - b),
    0.99,
  );
  console.log(`  per question (median of its rounds): ${describe(typical)}`);
  const verdict = (value: number) => (value < ROUTING_TARGET_P99_MS ? 'met' : 'NOT met');
  console.log(
    `  target p99 < ${ROUTING_TARGET_P99_MS} ms: ${verdict(p99)} over all samples, ` +
      `${verdict(typicalP99)} per question`,
  );

  // A whole chat turn in-process: validation, session, redaction, routing, contact, reply, and
  // the write to an in-memory database.
  const t = await createTestApp();
  try {
    await timeTurns('HTTP turn via app.request (in-memory DB)', questions, (message) =>
      t.chat({ message }),
    );

    // The same over a real socket, on the loopback address only.
    const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      await timeTurns(`HTTP turn over 127.0.0.1:${port} (in-memory DB)`, questions, (message) =>
        fetch(`http://127.0.0.1:${port}/api/chat`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ message }),
        }),
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  } finally {
    t.close();
  }
}

async function timeTurns(
  label: string,
  questions: string[],
  send: (message: string) => Promise<Response>,
): Promise<void> {
  const deadline = performance.now() + HTTP_TIME_LIMIT_MS;
  for (const message of questions.slice(0, 20)) await (await send(message)).arrayBuffer(); // warm-up
  const times: number[] = [];
  let failed = 0;
  for (let i = 0; i < HTTP_TURNS && performance.now() < deadline; i += 1) {
    const message = questions[i % questions.length] as string;
    const t0 = performance.now();
    const response = await send(message);
    await response.arrayBuffer();
    times.push(performance.now() - t0);
    if (response.status !== 200) failed += 1;
  }
  console.log(`${label}: ${describe(times, 2)}${failed ? `, ${failed} not 200` : ''}`);
}
