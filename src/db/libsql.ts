import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema.js';
import type { Database } from './drizzle-store.js';

/** The checked-in drizzle-kit migrations, relative to this file so any working directory works. */
export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/**
 * Opens a libSQL database (embedded file, memory or server) and brings its schema up to date.
 * For a `file:` URL the folder is created first, so a fresh clone needs no setup.
 */
export async function openLibsqlDatabase(
  url: string,
  authToken?: string,
): Promise<{ db: Database; client: Client }> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0] ?? '';
    if (path) await mkdir(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken });
  await client.execute('PRAGMA foreign_keys = ON');
  // What retention deletes (a closed case's callback number and note) is overwritten in the
  // file, not left in its free pages for anyone who reads the file.
  if (url.startsWith('file:')) await client.execute('PRAGMA secure_delete = ON');
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, client };
}
