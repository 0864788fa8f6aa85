import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDrizzleEscalationStore } from '../../src/db/escalation-store.js';
import { escalations, sessions, stuckEvents, turns } from '../../src/db/schema.js';
import { expectRedactedToeslagenTurn } from '../support/contract.js';
import { anOpenCase } from '../support/escalation.js';
import { chat, db, newClient } from './support.js';

describe('persistence in D1', () => {
  it('has stored the turn, redacted, when the response arrives', async () => {
    const response = await chat({
      message: 'Mijn BSN is 111222333 en ik moet mijn huurtoeslag terugbetalen',
      channel: 'kiosk',
    });
    expect(response.status).toBe(200);
    const { sessionId } = await response.json<{ sessionId: string }>();

    const stored = await db().select().from(turns).where(eq(turns.sessionId, sessionId));
    expectRedactedToeslagenTurn(stored);
    const [session] = await db().select().from(sessions).where(eq(sessions.id, sessionId));
    expect(session).toMatchObject({ agencyId: 'toeslagen', turnCount: 1, channel: 'kiosk' });
  });

  it('makes the case a first message asks for, on a session written before it, counted once', async () => {
    const response = await chat({
      message: 'bel mij maar terug over mijn zorgtoeslag schuld: 06-11223344',
      channel: 'kiosk',
    });
    expect(response.status).toBe(200);
    const body = await response.json<{ sessionId: string; escalation: { reference: string } }>();
    const [row] = await db()
      .select()
      .from(escalations)
      .where(eq(escalations.reference, body.escalation.reference));
    expect(row).toMatchObject({ agencyId: 'toeslagen', consent: false, sessionId: body.sessionId });
    const [session] = await db().select().from(sessions).where(eq(sessions.id, body.sessionId));
    expect(session?.turnCount).toBe(1);
  });

  it('refuses on D1 a second open case for one conversation and organisation, not for another', async () => {
    const { sessionId } = await (
      await chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })
    ).json<{ sessionId: string }>();
    const store = createDrizzleEscalationStore(db());
    const row = (reference: string, agencyId: string) =>
      anOpenCase({ reference, sessionId, agencyId });
    expect(await store.create(row('TSL-AAA-111', 'toeslagen'))).toBe(true);
    // Two requests at once: the one that writes second finds the first and writes nothing.
    expect(await store.create(row('TSL-AAA-222', 'toeslagen'))).toBe(false);
    expect(await store.create(row('UWV-AAA-333', 'uwv'))).toBe(true);
    const rows = await db().select().from(escalations).where(eq(escalations.sessionId, sessionId));
    expect(rows.map((r) => r.reference).sort()).toEqual(['TSL-AAA-111', 'UWV-AAA-333']);
  });

  it('adds the second turn of a conversation to the same session', async () => {
    const { sessionId } = await (
      await chat({ message: 'huurtoeslag' })
    ).json<{ sessionId: string }>();
    await chat({ message: 'En hoe lang duurt dat?', sessionId });
    const stored = await db().select().from(turns).where(eq(turns.sessionId, sessionId));
    expect(stored.map((turn) => turn.seq).sort()).toEqual([1, 2]);
  });

  it('places a signal heard before the clarifying question under the organisation named next', async () => {
    const client = newClient();
    const first = await (
      await chat({ message: 'ik moet geld terugbetalen' }, client)
    ).json<{ sessionId: string; stuck: { signals: string[] } }>();
    expect(first.stuck.signals).toContain('debt');
    await chat({ message: 'DUO', sessionId: first.sessionId }, client);
    const events = await db().select().from(stuckEvents).where(eq(stuckEvents.signal, 'debt'));
    expect(events.filter((event) => event.excerpt === 'ik moet geld terugbetalen')).toEqual([
      expect.objectContaining({ agencyId: 'duo', topicId: 'studieschuld' }),
    ]);
  });
});
