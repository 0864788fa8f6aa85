import { eq } from 'drizzle-orm';
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { escalations, sessions, stuckEvents, turns } from '../../src/db/schema.js';
import { expectRedactedToeslagenTurn } from '../support/contract.js';
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

  it('makes one case on D1 when the same hand-off request arrives twice at once', async () => {
    const { sessionId } = await (
      await chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })
    ).json<{ sessionId: string }>();
    const request = () =>
      SELF.fetch('https://wegwijzer.test/api/escalations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': newClient() },
        body: JSON.stringify({ sessionId, consent: true }),
      });
    const answers = await Promise.all([request(), request()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    const rows = await db().select().from(escalations).where(eq(escalations.sessionId, sessionId));
    expect(rows).toHaveLength(1);
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
