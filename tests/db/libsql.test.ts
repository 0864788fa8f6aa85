import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDrizzleStore } from '../../src/db/drizzle-store.js';
import { createDrizzleEscalationStore } from '../../src/db/escalation-store.js';
import { openLibsqlDatabase } from '../../src/db/libsql.js';
import { anOpenCase } from '../support/escalation.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the embedded database file', () => {
  it('keeps nothing of a purged case in its bytes: not the callback number, not the note', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wegwijzer-db-'));
    folders.push(folder);
    const path = join(folder, 'wegwijzer.db');
    const { db, client } = await openLibsqlDatabase(`file:${path}`);
    const escalations = createDrizzleEscalationStore(db);
    const at = new Date('2026-01-05T09:00:00Z');
    await escalations.create(
      anOpenCase({
        reference: 'TSL-AAA-BBB',
        sessionId: null,
        agencyId: 'toeslagen',
        callbackPhone: '0612398765',
        note: 'liefst na vijf uur bellen',
      }),
    );
    await escalations.resolve('TSL-AAA-BBB', 'helped', at, { sub: 'cw-1' }, { claimedBy: null });
    // Ninety days after it was closed, retention deletes the case.
    await createDrizzleStore(db).purgeBefore(new Date('2026-06-01T00:00:00Z'));
    expect(await escalations.get('TSL-AAA-BBB')).toBeUndefined();
    client.close();
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toContain('0612398765');
    expect(bytes).not.toContain('vijf uur');
  });
});
