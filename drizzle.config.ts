import { defineConfig } from 'drizzle-kit';

// One migration history serves the libSQL file, a libSQL server and D1: all speak SQLite.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
