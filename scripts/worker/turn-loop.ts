/**
 * A bench-only Worker around the real one: `GET /__bench/turns?n=N` runs N chat turns through
 * the real Worker's `fetch` inside a single request, so a profile of that one request divided by
 * N is the CPU a chat turn costs in workerd, without the local runtime's per-request work
 * (wrangler's proxy, the simulated Rate Limiting binding) that Cloudflare does outside the
 * isolate. Every other request goes to the real Worker unchanged. Never deployed.
 */
import type { ExecutionContext } from '@cloudflare/workers-types';
import worker from '../../src/entry/worker.js';
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

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
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
