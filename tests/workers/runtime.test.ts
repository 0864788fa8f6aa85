import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { buildWorkerApp } from '../../src/entry/worker-app.js';
import { workerDatabase, workerRateLimiter } from '../../src/entry/worker-runtime.js';
import { createMemoryLogger } from '../../src/http/logger.js';
import { expectErrorBody } from '../support/contract.js';

const noToken = { DATABASE_AUTH_TOKEN: undefined };

describe('the Worker’s choice of database and limiter', () => {
  it('uses the D1 binding when DATABASE_URL is not set', () => {
    const chosen = workerDatabase(env, { DATABASE_URL: 'file:.data/wegwijzer.db', ...noToken });
    expect(chosen.database).toBe('d1');
  });

  it.each(['libsql://wegwijzer-example.turso.io', 'https://db.example.org'])(
    'uses a libSQL server (web client) for %s, also with a D1 binding present',
    (url) => {
      const chosen = workerDatabase(
        { ...env, DATABASE_URL: url },
        { DATABASE_URL: url, ...noToken },
      );
      expect(chosen.database).toBe('libsql');
    },
  );

  it('refuses a file: database, which does not exist on Workers, naming the variable', () => {
    const url = 'file:local.db';
    expect(() =>
      workerDatabase({ ...env, DATABASE_URL: url }, { DATABASE_URL: url, ...noToken }),
    ).toThrow(ConfigError);
    expect(() =>
      workerDatabase({ ...env, DATABASE_URL: url }, { DATABASE_URL: url, ...noToken }),
    ).toThrow(/DATABASE_URL/);
  });

  it('refuses to run without any database, naming the variable', () => {
    expect(() =>
      workerDatabase({}, { DATABASE_URL: 'file:.data/wegwijzer.db', ...noToken }),
    ).toThrow(/DATABASE_URL/);
  });

  it('falls back to a per-isolate limit, with a warning, when the binding is missing', async () => {
    const log = createMemoryLogger();
    const limiter = workerRateLimiter({}, { RATE_LIMIT_PER_MINUTE: 1 }, log);
    expect(log.entries.map((entry) => entry.event)).toContain('rate_limit.per_isolate');
    expect(await limiter.allow('a', new Date())).toBe(true);
    expect(await limiter.allow('a', new Date())).toBe(false);
  });

  it('lets a turn through when the binding itself fails, and logs it', async () => {
    const log = createMemoryLogger();
    const broken = { limit: () => Promise.reject(new Error('binding down')) };
    const limiter = workerRateLimiter(
      { CHAT_RATE_LIMITER: broken },
      { RATE_LIMIT_PER_MINUTE: 30 },
      log,
    );
    expect(await limiter.allow('a', new Date())).toBe(true);
    expect(log.entries.map((entry) => entry.event)).toContain('rate_limit.unavailable');
  });

  it('switches the limit off with RATE_LIMIT_PER_MINUTE=0', async () => {
    const limiter = workerRateLimiter(env, { RATE_LIMIT_PER_MINUTE: 0 }, createMemoryLogger());
    for (let turn = 0; turn < 5; turn += 1) expect(await limiter.allow('a', new Date())).toBe(true);
  });

  it('answers 503 with a contact, not a stack trace, when the configuration is invalid', async () => {
    const invalid = new ConfigError([{ variable: 'RETENTION_DAYS', message: 'must be a number' }]);
    const app = await buildWorkerApp(Promise.reject(invalid));
    const request = new Request('https://wegwijzer.test/api/chat', { method: 'POST' });
    const response = await app.fetch(request, env, createExecutionContext());
    expect(response.status).toBe(503);
    expectErrorBody(await response.json(), 'unavailable');
  });
});
