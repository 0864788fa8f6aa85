import { base64url, decodeJwt } from 'jose';
import type { StaffClaims } from '../../src/auth/claims.js';
import { AuthError, type AuthErrorReason } from '../../src/auth/errors.js';
import { createDrizzleKeyStore } from '../../src/auth/key-store.js';
import { openLibsqlDatabase } from '../../src/db/libsql.js';

/** A caseworker of UWV: the claims most tests sign. */
export const CASEWORKER: StaffClaims = {
  role: 'caseworker',
  agency: 'uwv',
  sub: 'cw-1',
  name: 'Sam de Vries',
};

/** A fresh in-memory database with its key store. */
export async function openKeyDatabase(url = ':memory:') {
  const { db, client } = await openLibsqlDatabase(url);
  return { db, client, store: createDrizzleKeyStore(db) };
}

/** Re-encodes a token's payload after `change`, keeping the original header and signature. */
export function withChangedPayload(
  token: string,
  change: (payload: Record<string, unknown>) => void,
): string {
  const [header, , signature] = token.split('.');
  const payload: Record<string, unknown> = { ...decodeJwt(token) };
  change(payload);
  return [header, base64url.encode(JSON.stringify(payload)), signature].join('.');
}

/** The reason a verification was refused, or `accepted` when it was not. */
export async function reasonOf(
  verification: Promise<unknown>,
): Promise<AuthErrorReason | 'accepted'> {
  try {
    await verification;
    return 'accepted';
  } catch (error) {
    if (error instanceof AuthError) return error.reason;
    throw error;
  }
}
