import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  UnsecuredJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../../src/auth/errors.js';
import { createJwksVerifier, type TokenVerifier } from '../../src/auth/verifier.js';
import { reasonOf, withChangedPayload } from './helpers.js';

const ISSUER = 'https://idp.test/tenant';
const AUDIENCE = 'api://wegwijzer';
const claims = { role: 'caseworker', agency: 'svb', sub: 'idp-user-7', name: 'Noor' };

interface IdpKey {
  alg: 'RS256' | 'ES256' | 'EdDSA' | 'PS256';
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

async function idpKey(alg: IdpKey['alg'], kid: string): Promise<IdpKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, kid, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg } };
}

/** What the identity provider would issue; tests override what they are about. */
function idpToken(
  key: IdpKey,
  options: { payload?: Record<string, unknown>; iss?: string; aud?: string; exp?: string } = {},
) {
  return new SignJWT(options.payload ?? claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '1h')
    .sign(key.privateKey);
}

let rsa: IdpKey;
let ec: IdpKey;
let ed: IdpKey;
let ps: IdpKey;
let stranger: IdpKey;
let server: Server;
let baseUrl: string;
let jwksRequests = 0;
let verifier: TokenVerifier;

beforeAll(async () => {
  [rsa, ec, ed, ps, stranger] = await Promise.all([
    idpKey('RS256', 'rsa-1'),
    idpKey('ES256', 'ec-1'),
    idpKey('EdDSA', 'ed-1'),
    idpKey('PS256', 'ps-1'),
    idpKey('RS256', 'rsa-1'),
  ]);
  const jwks = JSON.stringify({ keys: [rsa.jwk, ec.jwk, ed.jwk, ps.jwk] });
  // A stand-in identity provider on the loopback interface, on a port the system picks.
  server = createServer((request, response) => {
    if (request.url === '/keys') {
      jwksRequests++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    } else {
      response.writeHead(500).end('down');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  verifier = createJwksVerifier({ jwksUrl: `${baseUrl}/keys`, issuer: ISSUER, audience: AUDIENCE });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the identity provider verifier (JWKS)', () => {
  it.each([
    ['RS256', () => rsa],
    ['ES256', () => ec],
    ['EdDSA', () => ed],
    ['PS256', () => ps],
  ])('accepts a %s token signed with a published key', async (_, key) => {
    expect(await verifier.verify(await idpToken(key()))).toEqual(claims);
  });

  it('keeps the key set instead of fetching it for every token', async () => {
    const before = jwksRequests;
    await verifier.verify(await idpToken(rsa));
    await verifier.verify(await idpToken(ec));
    expect(jwksRequests - before).toBe(0);
  });

  const cases: [string, () => Promise<string>, string][] = [
    [
      'a token whose role was raised after signing',
      async () =>
        withChangedPayload(await idpToken(rsa), (payload) => {
          payload.role = 'admin';
        }),
      'invalid-signature',
    ],
    [
      'a token signed with a key that is not published, under a published key id',
      () => idpToken(stranger),
      'invalid-signature',
    ],
    [
      'a token naming a key id that is not published',
      () => idpToken({ ...stranger, kid: 'unknown' }),
      'invalid-signature',
    ],
    ['an expired token', () => idpToken(rsa, { exp: '-2h' }), 'expired'],
    [
      'a token from another issuer',
      () => idpToken(rsa, { iss: 'https://evil.test' }),
      'wrong-issuer',
    ],
    [
      'a token for another application',
      () => idpToken(rsa, { aud: 'api://other' }),
      'wrong-audience',
    ],
    [
      'a token without a role',
      () => idpToken(rsa, { payload: { agency: 'svb', sub: 'x' } }),
      'invalid-claims',
    ],
    [
      'an unsigned token (alg "none")',
      async () =>
        new UnsecuredJWT(claims)
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .encode(),
      'invalid-signature',
    ],
    [
      'an HS256 token with the RSA public key as the secret (algorithm confusion)',
      async () =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(await exportSPKI(rsa.publicKey))),
      'invalid-signature',
    ],
    ['garbage', async () => 'garbage', 'malformed'],
  ];

  it.each(cases.map(([what, makeToken, reason]) => [what, reason, makeToken] as const))(
    'refuses %s as %s',
    async (_, reason, makeToken) => {
      expect(await reasonOf(verifier.verify(await makeToken()))).toBe(reason);
    },
  );

  it('reports an identity provider that cannot be reached as a failure, not as a bad token', async () => {
    const down = createJwksVerifier({
      jwksUrl: `${baseUrl}/broken`,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const failure = await down.verify(await idpToken(rsa)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(AuthError);
  });
});
