import type { D1Migration } from 'cloudflare:test';

// The Worker's bindings (wrangler.toml) plus the test-only migrations (vitest.workers.config.ts).
declare global {
  namespace Cloudflare {
    interface Env {
      // Like the Worker's own WorkerEnv: vars and secrets by name.
      [variable: string]: unknown;
      DB: D1Database;
      CHAT_RATE_LIMITER: RateLimit;
      RATE_LIMIT_PER_MINUTE: string;
      RETENTION_DAYS: string;
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
