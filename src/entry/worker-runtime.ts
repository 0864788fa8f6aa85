import type { D1Database } from '@cloudflare/workers-types';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { openD1Database } from '../db/d1.js';
import type { Database } from '../db/drizzle-store.js';
import { isLibsqlServerUrl, openLibsqlServerDatabase } from '../db/libsql-server.js';
import { createConsoleLogger, type Logger } from '../http/logger.js';
import { createBindingRateLimiter, type RateLimitBinding } from '../http/rate-limit-binding.js';
import { createMemoryRateLimiter, type RateLimiter } from '../http/rate-limit.js';
import { buildServiceDeps, type ServiceDeps } from '../service-deps.js';

/** The Worker's `env`: the bindings from wrangler.toml, and vars and secrets as strings. */
export interface WorkerEnv {
  /** `[[d1_databases]]` binding; used unless DATABASE_URL names a libSQL server. */
  DB?: D1Database;
  /** `[[ratelimits]]` binding that counts chat turns per client. */
  CHAT_RATE_LIMITER?: RateLimitBinding;
  [variable: string]: unknown;
}

/** Everything a Worker invocation needs besides the core; cheap to build (no routing index). */
export interface WorkerRuntime {
  config: Config;
  log: Logger;
  database: 'd1' | 'libsql';
  services: ServiceDeps;
  rateLimiter: RateLimiter;
}

/**
 * Builds the runtime from `env`. `defer` keeps work alive after the response: the entry passes
 * `waitUntil` from `cloudflare:workers`, which belongs to whichever request is running.
 */
export function buildWorkerRuntime(
  env: WorkerEnv,
  defer: (work: Promise<unknown>) => void,
): WorkerRuntime {
  const config = loadConfig(env);
  const log = createConsoleLogger(config.LOG_LEVEL);
  const { database, db } = workerDatabase(env, config);
  return {
    config,
    log,
    database,
    services: buildServiceDeps({ config, db, log, defer }),
    rateLimiter: workerRateLimiter(env, config, log),
  };
}

/**
 * A libSQL server when DATABASE_URL names one (Turso), else the D1 binding. A `file:` or
 * `:memory:` URL means nothing on Workers, so it is refused rather than silently ignored.
 */
export function workerDatabase(
  env: WorkerEnv,
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_AUTH_TOKEN'>,
): { database: 'd1' | 'libsql'; db: Database } {
  if (isLibsqlServerUrl(config.DATABASE_URL)) {
    return {
      database: 'libsql',
      db: openLibsqlServerDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN),
    };
  }
  const explicit = typeof env.DATABASE_URL === 'string' && env.DATABASE_URL.trim() !== '';
  if (!explicit && env.DB) return { database: 'd1', db: openD1Database(env.DB) };
  throw new ConfigError([
    {
      variable: 'DATABASE_URL',
      message: explicit
        ? 'on Workers it must name a libSQL server (libsql://… or https://…); leave it unset to use the D1 binding DB'
        : 'on Workers, bind a D1 database as DB in wrangler.toml or set a libsql:// or https:// URL',
    },
  ]);
}

/**
 * The shared Rate Limiting binding when it is bound. Without it, each isolate counts on its
 * own, which is a much weaker limit; the warning says so in the logs.
 */
export function workerRateLimiter(
  env: WorkerEnv,
  config: Pick<Config, 'RATE_LIMIT_PER_MINUTE'>,
  log: Logger,
): RateLimiter {
  if (config.RATE_LIMIT_PER_MINUTE === 0) return createMemoryRateLimiter(0);
  if (env.CHAT_RATE_LIMITER) return createBindingRateLimiter(env.CHAT_RATE_LIMITER, log);
  log('warn', 'rate_limit.per_isolate', { reason: 'no CHAT_RATE_LIMITER binding' });
  return createMemoryRateLimiter(config.RATE_LIMIT_PER_MINUTE);
}
