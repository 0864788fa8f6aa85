import { asc } from 'drizzle-orm';
import type { JWK } from 'jose';
import { z } from 'zod';
import type { Database } from '../db/drizzle-store.js';
import { authKeys } from '../db/schema.js';
import type { KeyStore, StoredKey } from './local.js';

/** Enough of a JWK to tell a broken row from a key; jose checks the rest when importing. */
const jwkSchema = z.looseObject({ kty: z.string().min(1) });

function parseJwk(text: string, column: string): JWK {
  const result = jwkSchema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`auth_keys.${column} does not hold a JWK`);
  return result.data as JWK;
}

/** The embedded signing key in the `auth_keys` table. */
export function createDrizzleKeyStore(db: Database): KeyStore {
  return {
    async load() {
      // Oldest first (kid breaks a tie): every process that races on first start picks the same key.
      const [row] = await db
        .select()
        .from(authKeys)
        .orderBy(asc(authKeys.createdAt), asc(authKeys.kid))
        .limit(1);
      if (!row) return undefined;
      return {
        kid: row.kid,
        createdAt: row.createdAt,
        privateJwk: parseJwk(row.privateJwk, 'private_jwk'),
        publicJwk: parseJwk(row.publicJwk, 'public_jwk'),
      } satisfies StoredKey;
    },

    async save(key) {
      await db
        .insert(authKeys)
        .values({
          kid: key.kid,
          createdAt: key.createdAt,
          privateJwk: JSON.stringify(key.privateJwk),
          publicJwk: JSON.stringify(key.publicJwk),
        })
        .onConflictDoNothing();
    },
  };
}
