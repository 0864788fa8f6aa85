import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrizzleKeyStore } from '../../src/auth/key-store.js';
import { createLocalVerifier, ensureLocalKey } from '../../src/auth/local.js';
import { openLibsqlDatabase } from '../../src/db/libsql.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

let dir: string;
let databaseUrl: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wegwijzer-token-'));
  databaseUrl = `file:${join(dir, 't.db')}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the token command as a person would, with a clean auth environment. */
async function token(args: string[], env: Record<string, string> = {}) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    // The same Node that runs the tests, whatever the PATH of the machine says.
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    DATABASE_URL: databaseUrl,
    AUTH_JWKS_URL: '',
    AUTH_ISSUER: '',
    AUTH_AUDIENCE: '',
    ...env,
  };
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/token.ts', ...args], {
      cwd: ROOT,
      env: childEnv,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('npm run token', () => {
  it('prints only a token, which a verifier built from the same database accepts', async () => {
    const result = await token(['--role', 'analyst', '--agency', 'toeslagen', '--sub', 'a1']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);

    const { db, client } = await openLibsqlDatabase(databaseUrl);
    try {
      // What the server does on start: it finds the key the command created, not a new one.
      const key = await ensureLocalKey(createDrizzleKeyStore(db));
      expect(await createLocalVerifier(key).verify(result.stdout.trim())).toEqual({
        role: 'analyst',
        agency: 'toeslagen',
        sub: 'a1',
      });
    } finally {
      client.close();
    }
  }, 90_000);

  it('refuses an unknown role with exit code 2 and names the valid roles', async () => {
    const result = await token(['--role', 'boss', '--agency', 'uwv', '--sub', 'x']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/caseworker, analyst, admin/);
  }, 90_000);

  it('refuses when an identity provider is configured, because its tokens come from there', async () => {
    const result = await token(['--role', 'admin', '--agency', 'uwv', '--sub', 'x'], {
      AUTH_JWKS_URL: 'http://127.0.0.1:9/keys',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/AUTH_JWKS_URL/);
  }, 90_000);
});
