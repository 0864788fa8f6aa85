import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { ROOT } from '../../scripts/worker/build.js';

/** wrangler.toml as wrangler itself reads and validates it. */
const config = unstable_readConfig({ config: join(ROOT, 'wrangler.toml') });

describe('wrangler.toml', () => {
  it('runs the Workers entry', () => {
    expect(config.main).toBe(join(ROOT, 'src/entry/worker.ts'));
  });

  it('asks for no compatibility date newer than the installed workerd supports', () => {
    // workerd's version is 1.YYYYMMDD.n; the date is the newest it implements.
    const { version } = createRequire(import.meta.url)('workerd/package.json') as {
      version: string;
    };
    const [, year, month, day] = /^\d+\.(\d{4})(\d{2})(\d{2})\./.exec(version) ?? [];
    expect(day).toBeDefined();
    const supported = `${year}-${month}-${day}`;
    expect(config.compatibility_date <= supported).toBe(true);
  });

  it('binds D1 as DB with the drizzle migrations, in the order drizzle wrote them', () => {
    expect(config.d1_databases).toEqual([
      expect.objectContaining({ binding: 'DB', migrations_dir: 'drizzle' }),
    ]);
    const files = readdirSync(join(ROOT, 'drizzle')).filter((file) => file.endsWith('.sql'));
    const journal = JSON.parse(readFileSync(join(ROOT, 'drizzle/meta/_journal.json'), 'utf8')) as {
      entries: { idx: number; tag: string }[];
    };
    // wrangler applies drizzle/*.sql by their number prefix; drizzle by its journal: the same list.
    expect(files.sort()).toEqual(journal.entries.map((entry) => `${entry.tag}.sql`));
    for (const file of files) expect(file).toMatch(/^\d{4}_[\w-]+\.sql$/);
  });

  it('limits chat turns with the Rate Limiting binding at RATE_LIMIT_PER_MINUTE per minute', () => {
    // The binding's limit cannot be read at run time, so the two numbers are kept equal here.
    expect(config.ratelimits).toEqual([
      expect.objectContaining({
        name: 'CHAT_RATE_LIMITER',
        simple: { limit: Number(config.vars.RATE_LIMIT_PER_MINUTE), period: 60 },
      }),
    ]);
  });

  it('runs retention as a Cron Trigger', () => {
    expect(config.triggers.crons?.length).toBeGreaterThan(0);
    for (const cron of config.triggers.crons ?? []) expect(cron.split(' ')).toHaveLength(5);
  });

  it('keeps secrets out of [vars] (they go in with `wrangler secret put`)', () => {
    for (const name of Object.keys(config.vars)) {
      expect(name).not.toMatch(/TOKEN|SECRET|PASSWORD|KEY|DATABASE_URL/i);
    }
  });
});
