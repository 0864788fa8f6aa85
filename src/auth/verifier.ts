import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { parseStaffClaims, type StaffClaims } from './claims.js';
import { AuthError, type AuthErrorReason } from './errors.js';

/** Checks a bearer token and says who it speaks for. */
export interface TokenVerifier {
  /**
   * Resolves with the token's claims, or rejects with an `AuthError` naming why the token is
   * refused. Any other rejection means the keys could not be obtained (a service problem).
   */
  verify(token: string): Promise<StaffClaims>;
}

/**
 * Only asymmetric algorithms: the verifier holds public keys, and accepting HMAC would let anyone
 * who knows a public key sign with it as a shared secret (algorithm confusion).
 */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256', 'EdDSA', 'PS256'] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** Clocks of the identity provider and this service may differ by a few seconds. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** Three base64url parts; anything else is refused before jose sees it. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** What `verifyStaffToken` checks a token against. */
export interface VerifyOptions {
  issuer: string;
  audience: string;
  algorithms: readonly AsymmetricAlgorithm[];
  clock?: () => Date;
}

/**
 * Verifies signature, issuer, audience, time window and claims, and translates jose's errors
 * into `AuthError` reasons. The shared core of the local and the JWKS verifier.
 */
export async function verifyStaffToken(
  token: string,
  key: CryptoKey | JWTVerifyGetKey,
  options: VerifyOptions,
): Promise<StaffClaims> {
  if (token.trim() === '') throw new AuthError('missing', 'no token');
  if (!COMPACT_JWS.test(token)) throw new AuthError('malformed', 'not a compact JWT');
  const verifyOptions: JWTVerifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: [...options.algorithms],
    // A token without an expiry would be valid forever once leaked.
    requiredClaims: ['exp', 'sub'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    ...(options.clock ? { currentDate: options.clock() } : {}),
  };
  let payload: unknown;
  try {
    // Two calls instead of a union argument: jose overloads on the key's type.
    ({ payload } =
      typeof key === 'function'
        ? await jwtVerify(token, key, verifyOptions)
        : await jwtVerify(token, key, verifyOptions));
  } catch (error) {
    throw toAuthError(error);
  }
  return parseStaffClaims(payload);
}

/** Why jose refused a token, in our words, with a short message for the log. */
export type JoseRefusal = {
  reason: Exclude<AuthErrorReason, 'missing'>;
  message: string;
};

/**
 * Classifies jose's verification errors; used for staff tokens and Bot Framework tokens alike.
 * Errors about fetching keys (timeouts, a JWKS endpoint that is down) give `undefined`: they say
 * nothing about the token.
 */
export function joseRefusal(error: unknown): JoseRefusal | undefined {
  if (error instanceof errors.JWTExpired) return { reason: 'expired', message: 'token expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return { reason: 'wrong-issuer', message: 'unexpected issuer' };
    if (error.claim === 'aud') return { reason: 'wrong-audience', message: 'unexpected audience' };
    // nbf in the future, a missing exp or sub, an iat in the future: the claims do not hold.
    return { reason: 'invalid-claims', message: error.message };
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    // "none" or HS256 where only asymmetric algorithms are allowed: no valid signature.
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return { reason: 'invalid-signature', message: 'signature not valid' };
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return { reason: 'malformed', message: 'token cannot be read' };
  }
  return undefined;
}

function toAuthError(error: unknown): unknown {
  const refusal = joseRefusal(error);
  return refusal ? new AuthError(refusal.reason, refusal.message, { cause: error }) : error;
}

/** Where the identity provider publishes its keys, and what its tokens must say. */
export interface JwksVerifierOptions {
  jwksUrl: string | URL;
  issuer: string;
  audience: string;
  /** Defaults to the real time; tests and the app pass their own clock. */
  clock?: () => Date;
}

/**
 * Production verifier: keys come from the identity provider's JWKS endpoint. jose caches the key
 * set and fetches it again when a token names an unknown key id (key rotation).
 */
export function createJwksVerifier(options: JwksVerifierOptions): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl));
  return {
    verify: (token) =>
      verifyStaffToken(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ASYMMETRIC_ALGORITHMS,
        clock: options.clock,
      }),
  };
}
