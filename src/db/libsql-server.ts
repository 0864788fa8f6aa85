import { createClient } from '@libsql/client/web';
import { drizzle } from 'drizzle-orm/libsql/web';
import type { Database } from './drizzle-store.js';
import * as schema from './schema.js';

/** `libsql://`, `https://`, `http://`, `wss://`, `ws://`: a libSQL server such as Turso. */
export function isLibsqlServerUrl(url: string): boolean {
  return /^(libsql|https?|wss?):\/\//.test(url);
}

/**
 * A libSQL server over HTTP/WebSockets with the web client only, so that a Worker bundle never
 * contains the native (Node) driver. It does not migrate: a Worker has no migration files at
 * run time; `npm run db:migrate` does that beforehand (see the README).
 */
export function openLibsqlServerDatabase(url: string, authToken?: string): Database {
  return drizzle(createClient({ url, authToken }), { schema });
}
