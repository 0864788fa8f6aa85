import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffClaims } from '../../src/auth/claims.js';
import { AuthError } from '../../src/auth/errors.js';
import {
  createLocalSigner,
  createLocalVerifier,
  generateLocalKey,
  type LocalSigner,
  type StoredKey,
} from '../../src/auth/local.js';
import { getStaff, requireStaff, type StaffEnv } from '../../src/auth/middleware.js';
import type { TokenVerifier } from '../../src/auth/verifier.js';
import { createMemoryLogger } from '../../src/http/logger.js';
import { testCore, WEDNESDAY_MORNING } from '../support/app.js';
import { CASEWORKER } from './helpers.js';

const ANALYST: StaffClaims = { role: 'analyst', agency: 'uwv', sub: 'an-1' };
const ADMIN: StaffClaims = { role: 'admin', agency: 'rijksoverheid', sub: 'ad-1' };

let key: StoredKey;
let signer: LocalSigner;
let verifier: TokenVerifier;
beforeAll(async () => {
  key = await generateLocalKey();
  signer = createLocalSigner(key);
  verifier = createLocalVerifier(key);
});

/** A tiny app with one staff route for caseworkers and admins, as the case endpoints will be. */
function tinyApp(staffVerifier: TokenVerifier = verifier) {
  const { catalog, calendar } = testCore();
  const log = createMemoryLogger();
  const app = new Hono<StaffEnv>();
  app.use(
    '/cases/*',
    requireStaff(staffVerifier, {
      roles: ['caseworker', 'admin'],
      deps: { catalog, calendar, clock: () => WEDNESDAY_MORNING, log },
    }),
  );
  app.get('/cases/mine', (c) => c.json({ staff: c.get('staff'), viaHelper: getStaff(c) }));
  return { app, log };
}

const get = (app: Hono<StaffEnv>, headers: Record<string, string> = {}, query = '') =>
  app.request(`/cases/mine${query}`, { headers });

/** The contract's error body: a code, a message and a contact with a phone number. */
async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({
    error: { code, message: expect.stringMatching(/\S/) },
    contact: { name: expect.any(String), phone: expect.stringMatching(/\d/) },
  });
  return body;
}

describe('requireStaff', () => {
  it('answers 401 with WWW-Authenticate when there is no Authorization header', async () => {
    const response = await get(tinyApp().app);
    await expectError(response, 401, 'unauthorized');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="wegwijzer"');
  });

  it.each([
    ['garbage', 'Bearer garbage'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a token the service did not sign', 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2ln'],
  ])('answers 401 with error="invalid_token" for %s', async (_, authorization) => {
    const response = await get(tinyApp().app, { authorization });
    await expectError(response, 401, 'unauthorized');
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer realm="wegwijzer", error="invalid_token"',
    );
  });

  it('answers 401 for a token that has expired', async () => {
    const old = createLocalSigner(key, {
      clock: () => new Date(Date.now() - 24 * 3600 * 1000),
    });
    const token = await old.sign(CASEWORKER);
    const { app, log } = tinyApp();
    await expectError(await get(app, { authorization: `Bearer ${token}` }), 401, 'unauthorized');
    expect(log.entries[0]?.fields).toMatchObject({ reason: 'expired' });
  });

  it('answers 403 for a valid token of a role that may not use the route', async () => {
    const token = await signer.sign(ANALYST);
    await expectError(
      await get(tinyApp().app, { authorization: `Bearer ${token}` }),
      403,
      'forbidden',
    );
  });

  it.each([
    ['a caseworker', CASEWORKER],
    ['an admin', ADMIN],
  ])('lets %s through with the claims in c.get("staff")', async (_, claims) => {
    const token = await signer.sign(claims);
    const response = await get(tinyApp().app, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ staff: claims, viaHelper: claims });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it.each([
    ['Dutch by default', '', {}, /inloggen|ingelogd/i],
    ['English when asked with ?locale=en', '?locale=en', {}, /sign/i],
    ['English for Accept-Language: en', '', { 'accept-language': 'en-GB' }, /sign/i],
  ])('explains a 401 in %s', async (_, query, headers, text) => {
    const body = await expectError(await get(tinyApp().app, headers, query), 401, 'unauthorized');
    expect(body.error.message).toMatch(text);
  });

  it('logs why a token was refused, but never the token itself', async () => {
    const { app, log } = tinyApp();
    await get(app, { authorization: 'Bearer secret-garbage' });
    expect(log.entries).toContainEqual(
      expect.objectContaining({
        event: 'auth.rejected',
        fields: expect.objectContaining({ reason: 'malformed' }),
      }),
    );
    expect(JSON.stringify(log.entries)).not.toContain('secret-garbage');
  });

  it('answers 503 when the keys cannot be obtained, instead of blaming the token', async () => {
    const unreachable: TokenVerifier = {
      verify: async () => {
        throw new Error('identity provider timed out');
      },
    };
    const { app, log } = tinyApp(unreachable);
    await expectError(await get(app, { authorization: 'Bearer a.b.c' }), 503, 'unavailable');
    expect(log.entries.map((entry) => entry.event)).toContain('auth.unavailable');
  });

  it('passes the AuthError reason through a verifier unchanged', async () => {
    const refusing: TokenVerifier = {
      verify: async () => {
        throw new AuthError('wrong-audience');
      },
    };
    const { app, log } = tinyApp(refusing);
    await expectError(await get(app, { authorization: 'Bearer a.b.c' }), 401, 'unauthorized');
    expect(log.entries[0]?.fields).toMatchObject({ reason: 'wrong-audience' });
  });
});

describe('getStaff', () => {
  it('fails loudly on a route where requireStaff did not run', async () => {
    const app = new Hono();
    app.get('/open', (c) => c.json(getStaff(c)));
    app.onError((error, c) => c.text(error.message, 500));
    const response = await app.request('/open');
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/requireStaff/);
  });
});
