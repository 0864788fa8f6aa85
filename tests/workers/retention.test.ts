import { createScheduledController, env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, turns } from '../../src/db/schema.js';
import worker from '../../src/entry/worker.js';
import { chat, db } from './support.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('retention as a Cron Trigger', () => {
  it('deletes conversations older than RETENTION_DAYS with their turns, and keeps newer ones', async () => {
    const old = await (await chat({ message: 'huurtoeslag' })).json<{ sessionId: string }>();
    const fresh = await (await chat({ message: 'kinderbijslag' })).json<{ sessionId: string }>();
    await db()
      .update(sessions)
      .set({ updatedAt: new Date(Date.now() - 91 * DAY_MS) })
      .where(eq(sessions.id, old.sessionId));

    // The handler Cloudflare calls for `[triggers] crons` (SELF.scheduled cannot reach it here).
    const controller = createScheduledController({ scheduledTime: new Date(), cron: '17 * * * *' });
    await worker.scheduled(controller, env);

    expect(await db().select().from(sessions).where(eq(sessions.id, old.sessionId))).toEqual([]);
    expect(await db().select().from(turns).where(eq(turns.sessionId, old.sessionId))).toEqual([]);
    expect(
      await db().select().from(turns).where(eq(turns.sessionId, fresh.sessionId)),
    ).toHaveLength(1);
  });
});
