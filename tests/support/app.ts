import type { Context } from 'hono';
import { createApp, type AppDeps } from '../../src/app.js';
import {
  createDrizzleKeyStore,
  createLocalSigner,
  createLocalVerifier,
  ensureLocalKey,
  type StaffClaims,
} from '../../src/auth/index.js';
import { loadConfig } from '../../src/config.js';
import { buildCore, type Core } from '../../src/core-deps.js';
import type { Database } from '../../src/db/drizzle-store.js';
import { openLibsqlDatabase } from '../../src/db/libsql.js';
import { createMemoryLogger } from '../../src/http/logger.js';
import { createMemoryRateLimiter } from '../../src/http/rate-limit.js';
import { buildServiceDeps } from '../../src/service-deps.js';

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
  /** A staff bearer token the app accepts, signed with the test app's local key and clock. */
  tokenFor(claims: StaffClaims, options?: { expiresIn?: string; issuedAt?: Date }): Promise<string>;
  /** A request with a staff token. */
  staff(path: string, claims: StaffClaims, init?: RequestInit): Promise<Response>;
  /** Waits for work deferred past the response (webhooks). */
  settled(): Promise<void>;
  close(): void;
}

/** The real app on a fresh in-memory database, with a fixed clock and a memory logger. */
export async function createTestApp(
  overrides: Partial<AppDeps> = {},
  env: Record<string, string> = {},
): Promise<TestApp> {
  const { db, client } = await openLibsqlDatabase(env.DATABASE_URL ?? ':memory:');
  const logs = createMemoryLogger();
  const clock = overrides.clock ?? (() => WEDNESDAY_MORNING);
  const deferred: Promise<unknown>[] = [];
  const key = await ensureLocalKey(createDrizzleKeyStore(db), clock);
  let ids = 0;
  const deps: AppDeps = {
    ...testCore(),
    ...buildServiceDeps({
      config: loadConfig(env),
      db,
      log: logs,
      defer: (work) => deferred.push(work),
    }),
    // The verifier shares the fixed clock, or tokens from the future would be refused.
    staffVerifier: createLocalVerifier(key, { clock }),
    clock,
    newId: () => `session-${++ids}`,
    log: logs,
    rateLimiter: createMemoryRateLimiter(0),
    clientKey: (c: Context) => c.req.header('x-test-client') ?? 'test',
    ...overrides,
  };
  const app = createApp(deps);
  const tokenFor = (claims: StaffClaims, options: { expiresIn?: string; issuedAt?: Date } = {}) => {
    const issuedAt = options.issuedAt;
    const signer = createLocalSigner(key, { clock: issuedAt ? () => issuedAt : clock });
    return signer.sign(claims, { expiresIn: options.expiresIn ?? '1h' });
  };
  return {
    app,
    db,
    deps,
    logs,
    tokenFor,
    chat: (body, init = {}) =>
      Promise.resolve(
        app.request('/api/chat', {
          ...init,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    staff: async (path, claims, init = {}) =>
      app.request(path, {
        ...init,
        headers: {
          Authorization: `Bearer ${await tokenFor(claims)}`,
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
          ...(init.headers ?? {}),
        },
      }),
    settled: async () => {
      await Promise.allSettled(deferred);
    },
    close: () => client.close(),
  };
}
