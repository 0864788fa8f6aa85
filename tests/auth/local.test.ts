import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffClaims } from '../../src/auth/claims.js';
import { createStaffVerifier } from '../../src/auth/from-config.js';
import {
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  createLocalSigner,
  createLocalVerifier,
  ensureLocalKey,
  generateLocalKey,
  type StoredKey,
} from '../../src/auth/local.js';
import type { TokenVerifier } from '../../src/auth/verifier.js';
import { ConfigError } from '../../src/config.js';
import { CASEWORKER, openKeyDatabase, reasonOf, withChangedPayload } from './helpers.js';

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

let key: StoredKey;
let verifier: TokenVerifier;
beforeAll(async () => {
  key = await generateLocalKey();
  verifier = createLocalVerifier(key);
});

/** A token signed with the stored private key, with claims chosen by the test. */
async function signedWith(
  payload: Record<string, unknown>,
  options: { iss?: string; aud?: string; exp?: number; nbf?: number } = {},
): Promise<string> {
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setIssuer(options.iss ?? LOCAL_ISSUER)
    .setAudience(options.aud ?? LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? now() + HOUR);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(await importJWK(key.privateJwk, 'ES256'));
}

const staffPayload = { role: 'caseworker', agency: 'uwv', sub: 'cw-1' };

describe('local tokens', () => {
  it.each<[string, StaffClaims]>([
    ['a caseworker with a name', CASEWORKER],
    ['an analyst without a name', { role: 'analyst', agency: 'toeslagen', sub: 'a1' }],
    ['an admin', { role: 'admin', agency: 'rijksoverheid', sub: 'root' }],
  ])('round-trips the claims of %s', async (_, claims) => {
    const token = await createLocalSigner(key).sign(claims);
    expect(await verifier.verify(token)).toEqual(claims);
  });

  it('signs with ES256, the key id, the local issuer and audience, and an 8-hour default', async () => {
    const token = await createLocalSigner(key).sign(CASEWORKER);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
    expect(header).toMatchObject({ alg: 'ES256', kid: key.kid, typ: 'JWT' });
    expect(payload).toMatchObject({ iss: 'wegwijzer-local', aud: 'wegwijzer-staff' });
    expect(payload.exp - payload.iat).toBe(8 * HOUR);
  });

  it('honours a shorter lifetime', async () => {
    const token = await createLocalSigner(key).sign(CASEWORKER, { expiresIn: '30m' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(1800);
  });

  it('refuses to sign claims that no verifier would accept', async () => {
    await expect(
      createLocalSigner(key).sign({ ...CASEWORKER, role: 'boss' as 'admin' }),
    ).rejects.toMatchObject({ reason: 'invalid-claims' });
  });

  it('follows the clock it is given, for signing and for verifying', async () => {
    const past = new Date(Date.now() - 2 * 24 * HOUR * 1000);
    const token = await createLocalSigner(key, { clock: () => past }).sign(CASEWORKER);
    expect(await reasonOf(verifier.verify(token))).toBe('expired');
    const then = createLocalVerifier(key, { clock: () => past });
    expect(await then.verify(token)).toEqual(CASEWORKER);
  });
});

describe('tampered and foreign tokens are refused with the reason why', () => {
  const cases: [string, () => Promise<string>, string][] = [
    ['an empty token', async () => '', 'missing'],
    ['garbage', async () => 'not-a-token', 'malformed'],
    ['three parts that are not JSON', async () => 'abc.def.ghi', 'malformed'],
    [
      'a token whose claims were changed after signing',
      async () =>
        withChangedPayload(await createLocalSigner(key).sign(CASEWORKER), (payload) => {
          payload.role = 'admin';
        }),
      'invalid-signature',
    ],
    [
      'a token whose agency was changed after signing',
      async () =>
        withChangedPayload(await createLocalSigner(key).sign(CASEWORKER), (payload) => {
          payload.agency = 'svb';
        }),
      'invalid-signature',
    ],
    [
      'a token signed with another key under the same key id',
      async () =>
        createLocalSigner({ ...(await generateLocalKey()), kid: key.kid }).sign(CASEWORKER),
      'invalid-signature',
    ],
    [
      'a token whose signature was cut off',
      async () => (await createLocalSigner(key).sign(CASEWORKER)).replace(/\.[^.]+$/, '.'),
      'invalid-signature',
    ],
    ['an expired token', async () => signedWith(staffPayload, { exp: now() - HOUR }), 'expired'],
    [
      'a token that is not valid yet',
      async () => signedWith(staffPayload, { nbf: now() + HOUR, exp: now() + 2 * HOUR }),
      'invalid-claims',
    ],
    [
      'a token from another issuer',
      async () => signedWith(staffPayload, { iss: 'https://idp.example' }),
      'wrong-issuer',
    ],
    [
      'a token for another audience',
      async () => signedWith(staffPayload, { aud: 'another-app' }),
      'wrong-audience',
    ],
    [
      'a token without an expiry',
      async () =>
        new SignJWT(staffPayload)
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .sign(await importJWK(key.privateJwk, 'ES256')),
      'invalid-claims',
    ],
    [
      'a correctly signed token with an unknown role',
      async () => signedWith({ ...staffPayload, role: 'superuser' }),
      'invalid-claims',
    ],
    [
      'a correctly signed token with an empty agency',
      async () => signedWith({ ...staffPayload, agency: '' }),
      'invalid-claims',
    ],
    [
      'an unsigned token (alg "none")',
      async () =>
        new UnsecuredJWT(staffPayload)
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setExpirationTime('1h')
          .encode(),
      'invalid-signature',
    ],
    [
      'an HS256 token with the public key as the secret (algorithm confusion)',
      async () => {
        const publicKey = await importJWK(key.publicJwk, 'ES256');
        if (publicKey instanceof Uint8Array) throw new Error('expected an EC key');
        const secret = new TextEncoder().encode(await exportSPKI(publicKey));
        return new SignJWT(staffPayload)
          .setProtectedHeader({ alg: 'HS256', kid: key.kid })
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setExpirationTime('1h')
          .sign(secret);
      },
      'invalid-signature',
    ],
    [
      'an HS256 token with the public JWK as the secret (algorithm confusion)',
      async () =>
        new SignJWT(staffPayload)
          .setProtectedHeader({ alg: 'HS256', kid: key.kid })
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(JSON.stringify(key.publicJwk))),
      'invalid-signature',
    ],
    [
      'an RS256 token from a key the service does not know',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return new SignJWT(staffPayload)
          .setProtectedHeader({ alg: 'RS256', kid: key.kid })
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setExpirationTime('1h')
          .sign(privateKey);
      },
      'invalid-signature',
    ],
  ];

  // The token maker goes last so that the test name shows only the sentence and the reason.
  it.each(cases.map(([what, makeToken, reason]) => [what, reason, makeToken] as const))(
    'refuses %s as %s',
    async (_, reason, makeToken) => {
      expect(await reasonOf(verifier.verify(await makeToken()))).toBe(reason);
    },
  );

  it('covers every reason a token can be refused for', () => {
    expect(new Set(cases.map(([, , reason]) => reason))).toEqual(
      new Set([
        'missing',
        'malformed',
        'invalid-signature',
        'expired',
        'invalid-claims',
        'wrong-issuer',
        'wrong-audience',
      ]),
    );
  });
});

describe('the embedded key in the database', () => {
  it('is created once and reused: a second ensureLocalKey returns the same kid', async () => {
    const { store, client } = await openKeyDatabase();
    expect(await store.load()).toBeUndefined();
    const first = await ensureLocalKey(store);
    const second = await ensureLocalKey(store);
    expect(second.kid).toBe(first.kid);
    expect(second.publicJwk).toEqual(first.publicJwk);
    client.close();
  });

  it('is stored with both halves, so a token signed after a reload still verifies', async () => {
    const { store, client } = await openKeyDatabase();
    const created = await ensureLocalKey(store);
    const reloaded = await store.load();
    expect(reloaded).toBeDefined();
    const token = await createLocalSigner(created).sign(CASEWORKER);
    expect(await createLocalVerifier(reloaded as StoredKey).verify(token)).toEqual(CASEWORKER);
    expect(reloaded?.publicJwk).not.toHaveProperty('d');
    client.close();
  });

  describe('with two processes starting together on one database file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'wegwijzer-auth-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lets both end up with the same key', async () => {
      const url = `file:${join(dir, 'race.db')}`;
      // Migrate once first: the race is about the key, not about creating tables.
      (await openKeyDatabase(url)).client.close();
      const [a, b] = await Promise.all([openKeyDatabase(url), openKeyDatabase(url)]);
      const [keyA, keyB] = await Promise.all([ensureLocalKey(a.store), ensureLocalKey(b.store)]);
      expect(keyA.kid).toBe(keyB.kid);
      const token = await createLocalSigner(keyA).sign(CASEWORKER);
      expect(await createLocalVerifier(keyB).verify(token)).toEqual(CASEWORKER);
      a.client.close();
      b.client.close();
    });
  });
});

describe('choosing the verifier from the configuration', () => {
  it('uses the embedded key when no identity provider is configured, creating it on first use', async () => {
    const { store, client } = await openKeyDatabase();
    const staffVerifier = createStaffVerifier({}, store);
    expect(await reasonOf(staffVerifier.verify('garbage'))).toBe('malformed');
    const stored = await store.load();
    expect(stored).toBeDefined();
    const token = await createLocalSigner(stored as StoredKey).sign(CASEWORKER);
    expect(await staffVerifier.verify(token)).toEqual(CASEWORKER);
    client.close();
  });

  it.each([
    [{ AUTH_AUDIENCE: 'wegwijzer' }, ['AUTH_ISSUER']],
    [{ AUTH_ISSUER: 'https://idp.example' }, ['AUTH_AUDIENCE']],
    [{}, ['AUTH_ISSUER', 'AUTH_AUDIENCE']],
  ])('with AUTH_JWKS_URL but %j, stops with a message naming %j', async (extra, variables) => {
    const { store, client } = await openKeyDatabase();
    let error: unknown;
    try {
      createStaffVerifier({ AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks.json', ...extra }, store);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((issue) => issue.variable)).toEqual(variables);
    client.close();
  });
});
