/**
 * `npm run db:migrate`: brings the libSQL database in DATABASE_URL (a Turso or other libSQL
 * server, or a file) up to date with drizzle/, the same migrations `npm start` applies and
 * `wrangler d1 migrations apply` applies to D1. A Worker cannot migrate itself (it has no
 * migration files at run time), so run this before deploying a Worker that uses a libSQL server:
 *
 *   DATABASE_URL=libsql://…turso.io DATABASE_AUTH_TOKEN=… npm run db:migrate
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { openLibsqlDatabase } from '../src/db/libsql.js';

try {
  const config = loadConfig(process.env);
  const { client } = await openLibsqlDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  client.close();
  console.error(`migrated ${config.DATABASE_URL.replace(/\/\/[^@/]*@/, '//***@')}`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
