import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessions, turns } from '../../src/db/schema.js';
import { retentionCutoff, runRetention } from '../../src/jobs/retention.js';
import { createTestApp, WEDNESDAY_MORNING, type TestApp } from '../support/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('transcript retention', () => {
  it('computes the cutoff in whole days', () => {
    expect(retentionCutoff(new Date('2026-12-31T12:00:00Z'), 30).toISOString()).toBe(
      '2026-12-01T12:00:00.000Z',
    );
  });

  it('deletes conversations older than the retention period with their turns, and keeps newer ones', async () => {
    const old = await (await t.chat({ message: 'huurtoeslag' })).json();
    await t.db
      .update(sessions)
      .set({ updatedAt: new Date('2026-01-01T00:00:00Z') })
      .where(eq(sessions.id, old.sessionId));
    const fresh = await (await t.chat({ message: 'kinderbijslag' })).json();

    const purged = await runRetention(t.deps.store, {
      now: WEDNESDAY_MORNING,
      retentionDays: 90,
      log: t.logs,
    });

    expect(purged).toBe(1);
    expect(await t.db.select().from(turns).where(eq(turns.sessionId, old.sessionId))).toEqual([]);
    expect(await t.db.select().from(sessions).where(eq(sessions.id, old.sessionId))).toEqual([]);
    expect(
      await t.db.select().from(turns).where(eq(turns.sessionId, fresh.sessionId)),
    ).toHaveLength(1);
    expect(t.logs.entries.find((e) => e.event === 'retention.purged')?.fields).toMatchObject({
      sessions: 1,
    });
  });
});
