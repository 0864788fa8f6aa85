import type { D1Database } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/d1';
import type { Database } from './drizzle-store.js';
import * as schema from './schema.js';

/**
 * A Cloudflare D1 binding as our drizzle database. The schema comes from the same `drizzle/`
 * migrations as libSQL, applied by `wrangler d1 migrations apply` (never from inside the Worker).
 */
export function openD1Database(binding: D1Database): Database {
  return drizzle(binding, { schema });
}
