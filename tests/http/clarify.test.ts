import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.js';
import { withoutBrackets } from '../../src/core/compose.js';
import { createTestApp, testCore, type TestApp } from '../support/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const ask = async (message: string, sessionId?: string) =>
  (await t.chat({ message, ...(sessionId ? { sessionId } : {}) })).json();

describe('asking back instead of guessing, through POST /api/chat', () => {
  it('asks one short question with 2–4 options when the subject is missing', async () => {
    const body = await ask('Hoe lang heb ik om terug te betalen?');
    expect(body.clarify).toBe(true);
    expect(body.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(body.alternatives.length).toBeLessThanOrEqual(4);
    expect(body.alternatives.map((a: { id: string }) => a.id)).toContain('toeslagen');
    expect(body.reply).toContain('Waar gaat uw vraag over?');
    // Each option by its name, as it reads inside the reply's brackets ("RVO" after a comma).
    for (const option of body.alternatives)
      expect(body.reply.toLowerCase()).toContain(withoutBrackets(option.name).toLowerCase());
    const [session] = await t.db.select().from(sessions).where(eq(sessions.id, body.sessionId));
    // Each option with the topic shown, so "de tweede" gets the very topic shown second.
    expect(session?.pendingOptions).toEqual(
      body.alternatives.map((a: { id: string; topic: { id: string } }) => `${a.id}/${a.topic.id}`),
    );
  });

  it("gives the one organisation's number when every option is one of its topics", async () => {
    const body = await ask('Waar moet ik op letten als ik bezwaar maak tegen een toeslag?');
    expect(body.clarify).toBe(true);
    expect(new Set(body.alternatives.map((a: { id: string }) => a.id))).toEqual(
      new Set(['toeslagen']),
    );
    expect(body.contact.organisation).toBe('Dienst Toeslagen');
    expect(body.reply).toContain(body.contact.phone);
  });

  it('gives the general line when the options are several organisations', async () => {
    const body = await ask('Hoe lang heb ik om terug te betalen?');
    expect(body.contact.organisation).not.toBe('Dienst Toeslagen');
  });

  // The widget and the kiosk show `alternatives` as buttons: an upset person's reply put the
  // person first and dropped the question, so the buttons stood there unexplained.
  it.each([
    'Belachelijk!! Hoe lang heb ik om terug te betalen?',
    'ik wil iemand spreken over mijn uitkering',
  ])('names every option it offers in the reply, also after help first: %j', async (message) => {
    const body = await ask(message);
    expect(body.stuck.signals.length).toBeGreaterThan(0);
    expect(body.clarify).toBe(true);
    expect(body.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(body.reply).toContain('Waar gaat uw vraag over?');
    for (const option of body.alternatives)
      expect(body.reply.toLowerCase()).toContain(withoutBrackets(option.topic.name).toLowerCase());
  });

  // "niet meer" matched a DigiD topic, "zat" a care assessment: words of anger or of going round
  // are no subject, so nothing is offered and the person is asked what it is about.
  it.each([
    ['Ik ben het zo zat, ik kan niet meer', 'frustration'],
    ['ik word van het kastje naar de muur gestuurd', 'loop'],
  ])('offers no topics found in the words of being stuck: %j', async (message, signal) => {
    const body = await ask(message);
    expect(body.stuck.signals).toContain(signal);
    expect(body.agency).toBeNull();
    expect(body.alternatives).toEqual([]);
    expect(body.reply).toContain(testCore().catalog.texts.askSubject.nl);
  });

  it('keeps the subject that the words of a letter not understood name', async () => {
    const body = await ask('ik snap de brief niet, ik word er gek van');
    expect(body.stuck.signals).toEqual(['frustration', 'digital-exclusion']);
    expect(body.agency.id).toBe('informatiepunt');
  });

  it('resolves the question with the next turn: "huurtoeslag" → Dienst Toeslagen', async () => {
    const first = await ask('Hoe lang heb ik om terug te betalen?');
    const second = await ask('huurtoeslag', first.sessionId);
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.clarify).toBe(false);
    expect(second.agency.id).toBe('toeslagen');
    expect(second.reply).toContain('Toeslagen');
    const [session] = await t.db.select().from(sessions).where(eq(sessions.id, first.sessionId));
    expect(session?.pendingOptions).toEqual([]);
    expect(session?.agencyId).toBe('toeslagen');
  });

  it('keeps what the person asked: "zorgtoeslag" after a question about paying back', async () => {
    const first = await ask('Hoe lang heb ik om terug te betalen? Mail me: jan@voorbeeld.nl');
    const [asked] = await t.db.select().from(sessions).where(eq(sessions.id, first.sessionId));
    expect(asked?.pendingQuestion).toContain('Hoe lang heb ik om terug te betalen?');
    expect(asked?.pendingQuestion).not.toContain('jan@voorbeeld.nl');

    const second = await ask('zorgtoeslag', first.sessionId);
    expect(second.agency.id).toBe('toeslagen');
    expect(second.reply).toMatch(/terugbetalen/i);
    const [session] = await t.db.select().from(sessions).where(eq(sessions.id, first.sessionId));
    expect(session?.topicId).toBe('terugbetalen');
    expect(session?.pendingQuestion).toBeNull();
  });

  it('takes a number as the answer: "de tweede" picks the second option', async () => {
    const first = await ask('Hoe lang heb ik om terug te betalen?');
    const second = await ask('de tweede', first.sessionId);
    expect(second.clarify).toBe(false);
    expect(second.agency.id).toBe(first.alternatives[1].id);
    // Picked from our own list: no other topics offered again.
    expect(second.alternatives).toEqual([]);
    expect(second.reply).not.toMatch(/Gaat uw vraag over iets anders/);
  });

  it.each([
    ['verkeersboete', 'cjib'],
    ['bezwaar tegen de verkeersboete', 'openbaar-ministerie'],
  ])('lets a known confusion pick among the options: "%s" → %s', async (answer, agency) => {
    const first = await (await t.chat({ message: 'ik heb een boete' })).json();
    expect(first.clarify).toBe(true);
    const second = await (await t.chat({ message: answer, sessionId: first.sessionId })).json();
    expect(second.agency.id).toBe(agency);
  });

  it('asks back when two organisations fit a question equally', async () => {
    const body = await ask('Wie int mijn boete?');
    expect(body.clarify).toBe(true);
    expect(body.alternatives.length).toBeGreaterThanOrEqual(2);
  });
});

describe('conversation context through POST /api/chat', () => {
  it("keeps a follow-up with the conversation's organisation", async () => {
    const first = await ask('Hoe verleng ik mijn verblijfsvergunning?');
    expect(first.agency.id).toBe('ind');
    const second = await ask('En wat kost dat?', first.sessionId);
    expect(second.clarify).toBe(false);
    expect(second.agency.id).toBe('ind');
  });

  it('switches when the follow-up names a new subject', async () => {
    const first = await ask('Wie heeft er recht op huurtoeslag?');
    const second = await ask('En hoe zit het met mijn studieschuld?', first.sessionId);
    expect(second.agency.id).toBe('duo');
  });

  it('answers in English when the question is English and no locale is given', async () => {
    const body = await ask('Where do I renew my residence permit?');
    expect(body.locale).toBe('en');
    expect(body.agency.id).toBe('ind');
  });
});
