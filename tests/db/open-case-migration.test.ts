import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/libsql.js';

/** The migrations up to and including `last`, in a folder of their own. */
function migrationsUpTo(last: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'wegwijzer-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx <= last);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const before = migrationsUpTo(5);
const client = createClient({ url: ':memory:' });
const db = drizzle(client);
afterAll(() => {
  client.close();
  rmSync(before, { recursive: true, force: true });
});

const insertCase = (reference: string, agency: string, minute: number, status = 'open') =>
  client.execute({
    sql: `INSERT INTO escalations (reference, session_id, agency_id, caseworker_id, caseworker_name,
            status, consent, channel, created_at, expected_contact_at)
          VALUES (?, 's1', ?, 'cw', 'Team', ?, 1, 'web', ?, ?)`,
    args: [reference, agency, status, minute * 60_000, minute * 60_000],
  });

describe('the migration to one open case per conversation and organisation', () => {
  it('closes the duplicates a race left behind, keeping a claimed case or else the oldest, then holds', async () => {
    await migrate(db, { migrationsFolder: before });
    await client.execute(
      `INSERT INTO sessions (id, created_at, updated_at, locale, channel) VALUES ('s1', 0, 0, 'nl', 'web')`,
    );
    await insertCase('TSL-1', 'toeslagen', 1);
    await insertCase('TSL-2', 'toeslagen', 1);
    await insertCase('TSL-3', 'toeslagen', 2);
    await insertCase('UWV-1', 'uwv', 3);
    // A caseworker already took the later one: that one stays, with whatever they wrote.
    await insertCase('UWV-2', 'uwv', 4, 'claimed');
    await insertCase('TSL-0', 'toeslagen', 0, 'resolved');

    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });

    const rows = await client.execute(
      'SELECT reference, status, outcome FROM escalations ORDER BY reference',
    );
    expect(rows.rows.map((row) => [row.reference, row.status, row.outcome])).toEqual([
      ['TSL-0', 'resolved', null],
      ['TSL-1', 'open', null],
      ['TSL-2', 'resolved', 'duplicate'],
      ['TSL-3', 'resolved', 'duplicate'],
      ['UWV-1', 'resolved', 'duplicate'],
      ['UWV-2', 'claimed', null],
    ]);
    await expect(insertCase('TSL-4', 'toeslagen', 4)).rejects.toThrow(/UNIQUE/);
    // A closed case makes room for a new one, as before.
    await insertCase('UWV-3', 'uwv', 4, 'resolved');
    await client.execute(`UPDATE escalations SET status = 'resolved' WHERE reference = 'TSL-1'`);
    await insertCase('TSL-5', 'toeslagen', 5);
  });
});
