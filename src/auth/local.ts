import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
} from 'jose';
import { parseStaffClaims, type StaffClaims } from './claims.js';
import { verifyStaffToken, type TokenVerifier } from './verifier.js';

/** Issuer of tokens signed with the embedded key (`npm run token`). */
export const LOCAL_ISSUER = 'wegwijzer-local';
/** Audience of staff tokens signed with the embedded key. */
export const LOCAL_AUDIENCE = 'wegwijzer-staff';
/** ES256 runs on WebCrypto everywhere (Node and Workers) and gives short tokens. */
export const LOCAL_ALGORITHM = 'ES256';
/** How long a token from `npm run token` is valid unless asked otherwise. */
export const DEFAULT_EXPIRES_IN = '8h';
/** Local tokens are for development and demos; one that is forgotten should not work for long. */
export const MAX_EXPIRES_IN_SECONDS = 30 * 24 * 3600;

/** The embedded signing key as stored: both halves as JWK, named by its thumbprint. */
export interface StoredKey {
  kid: string;
  createdAt: Date;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Where the embedded key lives, so the server and the token command share it. */
export interface KeyStore {
  /** The key in use: the oldest stored one, so every process picks the same key. */
  load(): Promise<StoredKey | undefined>;
  /** Stores a key; a key with the same kid already stored is kept as it is. */
  save(key: StoredKey): Promise<void>;
}

/** Creates a new ES256 key pair; the kid is the public key's RFC 7638 thumbprint. */
export async function generateLocalKey(clock: () => Date = () => new Date()): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(LOCAL_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  const tag = { kid, alg: LOCAL_ALGORITHM, use: 'sig' };
  return {
    kid,
    createdAt: clock(),
    privateJwk: { ...privateJwk, ...tag },
    publicJwk: { ...publicJwk, ...tag },
  };
}

/**
 * Returns the stored key, creating one on first start. Two processes starting together may both
 * create a key; both save (insert-or-ignore) and then read back, and since `load` returns the
 * oldest key they end up signing and verifying with the same one.
 */
export async function ensureLocalKey(
  store: KeyStore,
  clock: () => Date = () => new Date(),
): Promise<StoredKey> {
  const existing = await store.load();
  if (existing) return existing;
  await store.save(await generateLocalKey(clock));
  const chosen = await store.load();
  if (!chosen) throw new Error('the signing key was saved but cannot be read back');
  return chosen;
}

/** Signs staff tokens with the embedded key. */
export interface LocalSigner {
  /** A signed token for these claims; `expiresIn` is seconds or `30m`, `8h`, `7d` (default 8h). */
  sign(claims: StaffClaims, options?: { expiresIn?: string | number }): Promise<string>;
}

/** A signer for tokens that `createLocalVerifier` (with the same key) accepts. */
export function createLocalSigner(
  key: StoredKey,
  options: { clock?: () => Date } = {},
): LocalSigner {
  const clock = options.clock ?? (() => new Date());
  let privateKey: Promise<CryptoKey | Uint8Array> | undefined;
  return {
    async sign(claims, { expiresIn = DEFAULT_EXPIRES_IN } = {}) {
      const { sub, ...custom } = parseStaffClaims(claims);
      const seconds = parseExpiresIn(expiresIn);
      privateKey ??= importJWK(key.privateJwk, LOCAL_ALGORITHM);
      const now = Math.floor(clock().getTime() / 1000);
      return new SignJWT(custom)
        .setProtectedHeader({ alg: LOCAL_ALGORITHM, kid: key.kid, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + seconds)
        .setJti(crypto.randomUUID())
        .sign(await privateKey);
    },
  };
}

/** A verifier for tokens signed with the embedded key; it holds only the public half. */
export function createLocalVerifier(
  key: StoredKey,
  options: { clock?: () => Date } = {},
): TokenVerifier {
  let publicKey: Promise<CryptoKey> | undefined;
  return {
    async verify(token) {
      publicKey ??= importPublicKey(key.publicJwk);
      return verifyStaffToken(token, await publicKey, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: [LOCAL_ALGORITHM],
        clock: options.clock,
      });
    },
  };
}

async function importPublicKey(jwk: JWK): Promise<CryptoKey> {
  const key = await importJWK(jwk, LOCAL_ALGORITHM);
  // An EC JWK always imports as a CryptoKey; a byte array would mean a symmetric key was stored.
  if (key instanceof Uint8Array) throw new Error('the stored public key is not an EC key');
  return key;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * Reads a lifetime: whole seconds, or a number with `s`, `m`, `h` or `d`. Throws a `RangeError`
 * for anything else, or for more than `MAX_EXPIRES_IN_SECONDS`.
 */
export function parseExpiresIn(value: string | number): number {
  let seconds: number | undefined;
  if (typeof value === 'number') {
    seconds = value;
  } else {
    const match = /^(\d+)\s*([smhd])$/.exec(value.trim());
    const unit = match?.[2] === undefined ? undefined : UNIT_SECONDS[match[2]];
    if (match?.[1] !== undefined && unit !== undefined) seconds = Number(match[1]) * unit;
  }
  if (seconds === undefined || !Number.isInteger(seconds) || seconds <= 0) {
    throw new RangeError(`expiry must look like 30m, 8h or 7d, not "${value}"`);
  }
  if (seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new RangeError(`expiry may be at most ${MAX_EXPIRES_IN_SECONDS / 86400} days`);
  }
  return seconds;
}
