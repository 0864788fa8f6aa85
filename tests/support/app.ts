import type { Context } from 'hono';
import { createApp, type AppDeps } from '../../src/app.js';
import { buildCore, type Core } from '../../src/core-deps.js';
import { createDrizzleStore, type Database } from '../../src/db/drizzle-store.js';
import { openLibsqlDatabase } from '../../src/db/libsql.js';
import { createMemoryLogger } from '../../src/http/logger.js';
import { createMemoryRateLimiter } from '../../src/http/rate-limit.js';

let core: Core | undefined;
/** The core is pure and immutable, so tests share one build of it. */
export function testCore(): Core {
  core ??= buildCore();
  return core;
}

/** Wednesday 2 December 2026, 10:00 in Amsterdam: every line is open. */
export const WEDNESDAY_MORNING = new Date('2026-12-02T09:00:00Z');
/** Sunday 6 December 2026, 15:00 in Amsterdam: government lines are closed. */
export const SUNDAY_AFTERNOON = new Date('2026-12-06T14:00:00Z');

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Database;
  deps: AppDeps;
  logs: ReturnType<typeof createMemoryLogger>;
  chat(body: unknown, init?: RequestInit): Promise<Response>;
  close(): void;
}

/** The real app on a fresh in-memory database, with a fixed clock and a memory logger. */
export async function createTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const { db, client } = await openLibsqlDatabase(':memory:');
  const logs = createMemoryLogger();
  let ids = 0;
  const deps: AppDeps = {
    ...testCore(),
    store: createDrizzleStore(db),
    clock: () => WEDNESDAY_MORNING,
    newId: () => `session-${++ids}`,
    log: logs,
    rateLimiter: createMemoryRateLimiter(0),
    clientKey: (c: Context) => c.req.header('x-test-client') ?? 'test',
    ...overrides,
  };
  const app = createApp(deps);
  return {
    app,
    db,
    deps,
    logs,
    chat: (body, init = {}) =>
      Promise.resolve(
        app.request('/api/chat', {
          ...init,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    close: () => client.close(),
  };
}
