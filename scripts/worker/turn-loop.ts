/**
 * A bench-only Worker around the real one: `GET /__bench/turns?n=N` runs N chat turns through
 * the real Worker's `fetch` inside a single request, so a profile of that one request divided by
 * N is the CPU a chat turn costs in workerd, without the local runtime's per-request work
 * (wrangler's proxy, the simulated Rate Limiting binding) that Cloudflare does outside the
 * isolate. `GET /__bench/core?n=N` runs only the turn's steps that need no database (redaction,
 * language, routing, stuck detection, contact, reply, guard) N times: our own share of a turn.
 * `GET /__bench/get?n=N&path=/health` sends N GET requests through the real Worker, to separate
 * the cost of a D1 query (`/health`) from that of HTTP handling alone (a path that is a 404).
 * Every other request goes to the real Worker unchanged. Never deployed.
 */
import type { ExecutionContext } from '@cloudflare/workers-types';
import { buildCore } from '../../src/core-deps.js';
import worker from '../../src/entry/worker.js';
import { newTurnContext, type TurnDeps } from '../../src/turn/context.js';
import { runPipeline } from '../../src/turn/pipeline.js';
import { chatTurnSteps } from '../../src/turn/steps/index.js';
import type { WorkerEnv } from '../../src/entry/worker-runtime.js';
import { BENCH_QUESTIONS } from './questions.js';

/** One turn; `sessionId` continues a conversation (the later-turn path reads its history). */
async function turn(
  env: WorkerEnv,
  ctx: ExecutionContext,
  message: string,
  sessionId?: string,
): Promise<string> {
  const request = new Request('http://bench.local/api/chat', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '10.9.9.9' },
    body: JSON.stringify({ message, ...(sessionId ? { sessionId } : {}) }),
  });
  // The real Worker's types use the global Request/Response of workers-types; same objects here.
  const response = await worker.fetch(request as never, env, ctx);
  if (response.status !== 200)
    throw new Error(`chat answered ${response.status}: ${await response.text()}`);
  const body: { sessionId: string } = await response.json();
  return body.sessionId;
}

/**
 * The steps of a turn that touch no database: all but `persist`, since the session step reads
 * nothing when a conversation starts (no session id), as every bench turn here does.
 */
const PURE_STEPS = chatTurnSteps.filter((step) => step.name !== 'persist');
let deps: TurnDeps | undefined;

async function pureTurns(count: number): Promise<void> {
  // Those steps read the core and, for a new session, `newId`; never the stores.
  deps ??= { ...buildCore(), newId: () => crypto.randomUUID() } as TurnDeps;
  const now = new Date();
  for (let index = 0; index < count; index += 1) {
    const message = BENCH_QUESTIONS[index % BENCH_QUESTIONS.length] ?? '';
    await runPipeline(PURE_STEPS, newTurnContext({ message, channel: 'web' }, now), deps);
  }
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/__bench/get') {
      // GET requests through the real Worker: `/health` (one D1 query) or a 404 (no database).
      const count = Number(url.searchParams.get('n') ?? '10');
      const path = url.searchParams.get('path') ?? '/health';
      for (let index = 0; index < count; index += 1) {
        const response = await worker.fetch(
          new Request(`http://bench.local${path}`) as never,
          env,
          ctx,
        );
        await response.arrayBuffer();
      }
      return new Response(`${count} requests\n`);
    }
    if (url.pathname === '/__bench/core') {
      const count = Number(url.searchParams.get('n') ?? '10');
      await pureTurns(count);
      return new Response(`${count} pure turns\n`);
    }
    if (url.pathname !== '/__bench/turns') return worker.fetch(request as never, env, ctx);
    const count = Number(url.searchParams.get('n') ?? '10');
    // Five questions per conversation: the first opens it, the next four are later turns.
    let sessionId: string | undefined;
    for (let index = 0; index < count; index += 1) {
      const question = BENCH_QUESTIONS[index % BENCH_QUESTIONS.length] ?? '';
      sessionId = await turn(env, ctx, question, index % 5 === 0 ? undefined : sessionId);
    }
    return new Response(`${count} turns\n`);
  },
};
