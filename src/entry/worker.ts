import { createClient } from '@libsql/client/web';
import { drizzle } from 'drizzle-orm/libsql/web';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { buildCore } from '../core-deps.js';
import * as schema from '../db/schema.js';
import { createConsoleLogger } from '../http/logger.js';
import { createMemoryRateLimiter } from '../http/rate-limit.js';
import { buildServiceDeps } from '../service-deps.js';

type WorkerEnv = Record<string, unknown>;

// Built once per isolate: parsing the catalog and indexing it is the expensive part of start-up.
let app: ReturnType<typeof createApp> | undefined;

function appFor(env: WorkerEnv) {
  if (app) return app;
  const config = loadConfig(env);
  const core = buildCore();
  // A libSQL server (Turso) over HTTP; the schema is migrated with `drizzle-kit migrate` beforehand.
  const client = createClient({ url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN });
  const log = createConsoleLogger(config.LOG_LEVEL);
  app = createApp({
    ...core,
    ...buildServiceDeps({
      config,
      db: drizzle(client, { schema }),
      log,
      defer: (work) => void work.catch(() => undefined),
    }),
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
    log,
    // Per isolate only; a shared limit across Cloudflare's network needs a binding.
    rateLimiter: createMemoryRateLimiter(config.RATE_LIMIT_PER_MINUTE),
    clientKey: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
  });
  return app;
}

export default {
  fetch(request: Request, env: WorkerEnv, executionContext: unknown) {
    return appFor(env).fetch(request, env, executionContext as never);
  },
};
