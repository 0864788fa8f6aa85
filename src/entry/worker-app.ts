import type { ExecutionContext } from '@cloudflare/workers-types';
import { Hono } from 'hono';
import { createApp } from '../app.js';
import { createBotFrameworkChannel } from '../channels/botframework/channel.js';
import { buildCatalog } from '../catalog/catalog.js';
import { catalogSources } from '../catalog/sources.js';
import { ConfigError } from '../config.js';
import { buildCore } from '../core-deps.js';
import { dutchHolidays } from '../core/holidays.js';
import { errorResponse } from '../http/errors.js';
import type { WorkerEnv, WorkerRuntime } from './worker-runtime.js';

/** What the Worker's fetch handler calls: Hono's `fetch` with Cloudflare's arguments. */
export type FetchApp = {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response>;
};

/** The same `createApp(deps)` as Node, on the Worker's runtime (database, limiter, log). */
export async function buildWorkerApp(runtime: Promise<WorkerRuntime>): Promise<FetchApp> {
  try {
    const { services, log, rateLimiter, config } = await runtime;
    return createApp({
      ...buildCore(),
      ...services,
      clock: () => new Date(),
      newId: () => crypto.randomUUID(),
      log,
      rateLimiter,
      // Cloudflare sets this to the client's address; a client cannot forge it through the edge.
      clientKey: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
      // Built once per isolate with the app, so its key and token caches live between requests.
      botFramework: createBotFrameworkChannel(config, { log }),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return misconfiguredApp();
  }
}

/** Node refuses to start on bad configuration; a Worker cannot, so it answers 503 with a contact. */
function misconfiguredApp(): FetchApp {
  const deps = {
    catalog: buildCatalog(catalogSources),
    calendar: dutchHolidays,
    clock: () => new Date(),
  };
  return new Hono().all('*', (c) => errorResponse(c, deps, 503, 'unavailable'));
}
