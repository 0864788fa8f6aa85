import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { turns, sessions } from '../../src/db/schema.js';
import { createMemoryRateLimiter } from '../../src/http/rate-limit.js';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  expectChatResponse,
  expectContact,
  expectRedactedToeslagenTurn,
} from '../support/contract.js';
import { unreachableStore } from '../support/stores.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('POST /api/chat', () => {
  it('answers a clear question with every field of the contract', async () => {
    const response = await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expectChatResponse(body);
    expect(body).toMatchObject({
      sessionId: expect.any(String),
      reply: expect.any(String),
      agency: { id: 'toeslagen', name: expect.any(String), confidence: expect.any(Number) },
      alternatives: expect.any(Array),
      clarify: false,
      stuck: { signals: ['debt'] },
    });
    expect(body.agency.confidence).toBeGreaterThan(0);
    expect(body.agency.confidence).toBeLessThanOrEqual(1);
    expect(body).not.toHaveProperty('escalation');
    expectContact(body.contact);
    expect(body.contact.organisation).toBe(body.agency.name);
  });

  it('says in the reply which organisation helps, why, and whom to call', async () => {
    const body = await (await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })).json();
    expect(body.reply).toContain('Toeslagen');
    expect(body.reply).toContain(body.contact.phone);
    expect(body.reply).toContain(body.contact.name);
  });

  it('offers an explanation by a person to someone who does not understand a letter', async () => {
    const body = await (
      await t.chat({ message: 'Ik begrijp de brief van de Belastingdienst niet' })
    ).json();
    // The contract's digital-exclusion: "cannot read the form"; not-understood is the service
    // failing to understand the person.
    expect(body.stuck.signals).toContain('digital-exclusion');
    expect(body.stuck.signals).not.toContain('not-understood');
    expect(body.reply).toContain('ook met brieven');
    expect(body.reply).toContain(body.contact.phone);
  });

  it('answers the subject, with help for the way in, to someone who lost their DigiD', async () => {
    const body = await (
      await t.chat({ message: 'ik ben mijn DigiD kwijt, hoe vraag ik huurtoeslag aan?' })
    ).json();
    expect(body.agency.id).toBe('toeslagen');
    expect(body.stuck.signals).toEqual(['digital-exclusion']);
    expect(body.reply).toContain('Informatiepunt Digitale Overheid');
  });

  it('answers in English when asked in English', async () => {
    const body = await (
      await t.chat({ message: 'How do I apply for unemployment benefit?' })
    ).json();
    expect(body.locale).toBe('en');
    expect(body.agency.id).toBe('uwv');
    expect(body.reply).toMatch(/can help you/);
  });

  it('gives the number to dial from abroad in the contact, beside its phone, and in an English reply', async () => {
    const body = await (
      await t.chat({ message: 'I have to pay back my allowance', locale: 'en' })
    ).json();
    expect(body.contact).toMatchObject({
      name: 'Team Benefit Repayments',
      phone: '0800-0543',
      phoneAbroad: '+31 55 538 53 85',
    });
    expect(body.reply).toContain('Call Team Benefit Repayments at the Benefits Office');
    expect(body.reply).toContain('+31 55 538 53 85');
  });

  it('gives the number from abroad in Dutch to a person who lives abroad, and not to others', async () => {
    const abroad = await (
      await t.chat({ message: 'Ik woon in Spanje en moet mijn toeslag terugbetalen' })
    ).json();
    expect(abroad.contact.abroad).toBe(true);
    expect(abroad.reply).toContain('Belt u vanuit het buitenland? Bel dan +31 55 538 53 85.');
    const home = await (await t.chat({ message: 'Ik moet mijn toeslag terugbetalen' })).json();
    expect(home.contact.phoneAbroad).toBe('+31 55 538 53 85');
    expect(home.reply).not.toContain('+31');
  });

  it('gives no number from abroad at a library kiosk in the Netherlands, unless the person is abroad', async () => {
    const here = await (
      await t.chat({ message: 'I have to pay back my allowance', locale: 'en', channel: 'kiosk' })
    ).json();
    expect(here.contact.abroad).toBe(false);
    expect(here.reply).not.toContain('+31');
    const there = await (
      await t.chat({
        message: 'My mother lives in Spain and has to pay back her allowance',
        locale: 'en',
        channel: 'kiosk',
      })
    ).json();
    expect(there.reply).toContain('+31 55 538 53 85');
  });

  it('honours an explicit locale', async () => {
    const body = await (await t.chat({ message: 'huurtoeslag', locale: 'en' })).json();
    expect(body.locale).toBe('en');
    expect(body.reply).toMatch(/can help you/);
  });

  it('asks a question back, with a contact, when it cannot tell at all', async () => {
    const body = await (await t.chat({ message: 'blablabla xyzzy' })).json();
    expect(body.clarify).toBe(true);
    expect(body.agency).toBeNull();
    expectContact(body.contact);
    expect(body.reply).toContain(body.contact.phone);
  });

  it('keeps the conversation in one session and starts a new one for an unknown id', async () => {
    const first = await (await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })).json();
    const second = await (
      await t.chat({ message: 'En hoe lang duurt dat?', sessionId: first.sessionId })
    ).json();
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.agency.id).toBe('toeslagen');
    const fresh = await (
      await t.chat({ message: 'huurtoeslag', sessionId: 'does-not-exist' })
    ).json();
    expect(fresh.sessionId).not.toBe('does-not-exist');
    expect(fresh.sessionId).not.toBe(first.sessionId);
  });

  it("gives the conversation's own contact first to a person who cannot reach them", async () => {
    const first = await (
      await t.chat({ message: 'I made a mistake in my tax return, I forgot my savings' })
    ).json();
    expect(first.agency.id).toBe('belastingdienst');
    const second = await (
      await t.chat({
        message: 'I already tried calling but nobody picks up, this is the third time I ask',
        sessionId: first.sessionId,
      })
    ).json();
    expect(second.agency.id).toBe('belastingdienst');
    expect(second.contact.organisation).toBe(first.contact.organisation);
    expect(second.stuck.signals).toEqual(expect.arrayContaining(['frustration', 'loop']));
    // The person first, then the offer to have a caseworker call back.
    expect(second.reply.indexOf(second.contact.phone)).toBeLessThan(
      second.reply.indexOf('yes, please'),
    );
  });

  it('stores the turn, redacted, before it answers', async () => {
    const body = await (
      await t.chat({ message: 'Mijn BSN is 111222333 en ik moet mijn huurtoeslag terugbetalen' })
    ).json();
    const stored = await t.db.select().from(turns).where(eq(turns.sessionId, body.sessionId));
    expectRedactedToeslagenTurn(stored);
    expect(stored[0]?.redactedKinds).toContain('bsn');
    const [session] = await t.db.select().from(sessions).where(eq(sessions.id, body.sessionId));
    expect(session).toMatchObject({ agencyId: 'toeslagen', turnCount: 1, channel: 'web' });
  });

  it('offers the next best topics when it is not sure, and takes one when the person picks it', async () => {
    const first = await (await t.chat({ message: 'Ik ga verhuizen naar het buitenland' })).json();
    expectChatResponse(first);
    expect(first.clarify).toBe(false);
    expect(first.agency.confidence).toBeLessThan(0.7);
    expect(first.suggestions).toEqual(first.alternatives.slice(0, 2));
    expect(first.reply).toContain('Gaat uw vraag over iets anders');
    const picked = first.suggestions[0];
    const second = await (
      await t.chat({ message: picked.topic.name, sessionId: first.sessionId })
    ).json();
    expect(second.agency.id).toBe(picked.id);
  });

  it('understands "de tweede" as the second topic it offered', async () => {
    const first = await (await t.chat({ message: 'Ik ga verhuizen naar het buitenland' })).json();
    expect(first.suggestions).toHaveLength(2);
    const second = await (
      await t.chat({ message: 'de tweede', sessionId: first.sessionId })
    ).json();
    expect(second.agency.id).toBe(first.suggestions[1].id);
  });

  it.each([
    ['uwv', 'hoe vraag ik ww aan', 'Het UWV kan u helpen. Onderwerp: WW-uitkering.'],
    ['toeslagen', 'mijn huurtoeslag is gestopt', 'Dienst Toeslagen kan u helpen'],
    ['toeslagen', 'I have to pay back my rent benefit', 'can help you'],
  ])(
    "answers a first question on %s's own site as a first question, not as a follow-up",
    async (agency, message, answer) => {
      const body = await (await t.chat({ message, agency })).json();
      expect(body.agency.id).toBe(agency);
      expect(body.reply).toContain(answer);
      expect(body.reply).not.toMatch(/nog steeds|niet precies|still about|not exactly/);
    },
  );

  it.each([
    'Hoe lang duurt dat?',
    'ik heb een fout gemaakt in het formulier',
    'hoe kan ik jullie bellen?',
  ])(
    "keeps %j, without a subject, on an agency's own site with that agency, and guesses no topic",
    async (message) => {
      const body = await (await t.chat({ message, agency: 'uwv' })).json();
      expect(body.agency.id).toBe('uwv');
      expect(body.agency.topic).toBeUndefined();
      expect(body.reply).not.toMatch(/WW-uitkering/);
    },
  );

  it('offers no other topics when it is sure', async () => {
    const body = await (await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })).json();
    expect(body.suggestions).toEqual([]);
    expect(body.reply).not.toContain('iets anders');
  });

  it('never writes the message text to the log', async () => {
    await t.chat({ message: 'Mijn naam is Jan Jansen en ik moet mijn huurtoeslag terugbetalen' });
    const logged = JSON.stringify(t.logs.entries);
    expect(logged).not.toMatch(/Jansen|terugbetalen/);
    expect(t.logs.entries.some((entry) => entry.event === 'chat.turn')).toBe(true);
  });

  it('logs a turn as one line with the request and the decision', async () => {
    const before = t.logs.entries.length;
    await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' });
    const lines = t.logs.entries.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      event: 'chat.turn',
      fields: { method: 'POST', path: '/api/chat', status: 200, agency: 'toeslagen' },
    });
    expect(lines[0]?.fields.requestId).toEqual(expect.any(String));
  });

  it.each(['GET', 'PUT', 'DELETE'])(
    'answers %s with 405, the method to use, and a contact',
    async (method) => {
      const response = await t.app.request('/api/chat', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toContain('POST');
      const body = await response.json();
      expect(body.error.code).toBe('method_not_allowed');
      expect(body.error.message).toMatch(/POST/);
      expectContact(body.contact);
    },
  );

  it('refuses a body sent as form data with 400 and a contact', async () => {
    const response = await t.app.request('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'huurtoeslag',
    });
    expect(response.status).toBe(400);
    expectContact((await response.json()).contact);
  });

  it.each([
    ['a body that is not JSON', '{"message": ', 'invalid_json'],
    ['a missing message', {}, 'invalid_request'],
    ['an empty message', { message: '   ' }, 'invalid_request'],
    ['a message that is not a string', { message: 42 }, 'invalid_request'],
    ['an unknown locale', { message: 'huurtoeslag', locale: 'de' }, 'invalid_request'],
    ['an unknown channel', { message: 'huurtoeslag', channel: 'fax' }, 'invalid_request'],
  ])('refuses %s with 400, an error code and a contact', async (_name, body, code) => {
    const response = await t.chat(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error).toEqual({ code, message: expect.any(String) });
    expectContact(json.contact);
  });

  it.each([
    ['an unknown locale', { message: 'huurtoeslag', locale: 'de' }, /'locale'.*nl of en/],
    [
      'an unknown channel',
      { message: 'huurtoeslag', channel: 'fax' },
      /'channel'.*web, kiosk of api/,
    ],
    ['a session id that is no text', { message: 'huurtoeslag', sessionId: 42 }, /'sessionId'/],
    ['an empty message', { message: ' ' }, /1 tot 2000 tekens/],
    // Not an object at all: there is no field to name.
    ['a list instead of an object', [1, 2], /een object met ten minste het veld 'message'/],
    ['null', 'null', /een object met ten minste het veld 'message'/],
  ])('says what to fix for %s', async (_name, body, message) => {
    const json = await (await t.chat(body)).json();
    expect(json.error.message).toMatch(message);
  });

  it('answers an error in English when the body asks for English', async () => {
    const json = await (await t.chat({ message: '', locale: 'en' })).json();
    expect(json.error.message).toBe(
      'Your message did not arrive correctly. Write a question of 1 to 2000 characters.',
    );
  });

  it.each([
    ['a null session id', { sessionId: null }, /Dienst Toeslagen/],
    ['an empty session id', { sessionId: '' }, /Dienst Toeslagen/],
    ['an upper-case locale', { locale: 'EN' }, /Benefits Office/],
    ['a locale with a region', { locale: 'en-GB' }, /Benefits Office/],
  ])('accepts %s as a client would send it', async (_name, extra, reply) => {
    const response = await t.chat({ message: 'huurtoeslag', ...extra });
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json.sessionId).toEqual(expect.any(String));
    expect(json.reply).toMatch(reply);
  });

  it('refuses a message over 2000 characters with 413 and a contact', async () => {
    const response = await t.chat({ message: 'a'.repeat(2001) });
    expect(response.status).toBe(413);
    const json = await response.json();
    expect(json.error.code).toBe('message_too_long');
    expectContact(json.contact);
  });

  it('accepts exactly 2000 characters after trimming', async () => {
    const message = `${'huurtoeslag '.repeat(166)}huurtoes`;
    expect(message).toHaveLength(2000);
    const response = await t.chat({ message: `  ${message}  ` });
    expect(response.status).toBe(200);
  });

  it('numbers the turns of one conversation apart, also when they arrive at once', async () => {
    const first = await (await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })).json();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.chat({ message: `vraag ${i} over de huurtoeslag`, sessionId: first.sessionId }),
      ),
    );
    const stored = await t.db.select().from(turns);
    expect(stored.map((turn) => turn.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    const [session] = await t.db.select().from(sessions);
    expect(session?.turnCount).toBe(11);
  });

  it('counts characters as a person does: 1500 emoji are not too long', async () => {
    const message = '😟'.repeat(1500);
    expect(message.length).toBe(3000);
    expect((await t.chat({ message })).status).toBe(200);
    expect((await t.chat({ message: '😟'.repeat(2001) })).status).toBe(413);
  });

  it('refuses a huge body with 413 before reading it', async () => {
    const response = await t.chat({ message: 'x'.repeat(100_000) });
    expect(response.status).toBe(413);
    expectContact((await response.json()).contact);
  });

  it('gives 503 with the routed contact when the database fails', async () => {
    const failing = await createTestApp({
      store: unreachableStore({ loadSession: async () => undefined }),
    });
    const response = await failing.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' });
    expect(response.status).toBe(503);
    const json = await response.json();
    expect(json.error.code).toBe('unavailable');
    expect(json.contact.agencyId).toBe('toeslagen');
    expect(JSON.stringify(json)).not.toMatch(/unreachable|at .*\.ts/);
    failing.close();
  });

  it('gives 500 with a contact, never a stack trace, when a step breaks', async () => {
    const broken = await createTestApp({
      router: {
        route: () => {
          throw new Error('index corrupted');
        },
        subjectOf: () => [],
        namesBroadWord: () => false,
      },
    });
    const response = await broken.chat({ message: 'huurtoeslag' });
    expect(response.status).toBe(500);
    const json = await response.json();
    expect(json.error.code).toBe('internal');
    expectContact(json.contact);
    expect(JSON.stringify(json)).not.toMatch(/index corrupted|stack|\.ts:/);
    expect(broken.logs.entries.find((e) => e.event === 'chat.turn_failed')?.fields).toMatchObject({
      step: 'route',
    });
    broken.close();
  });

  it('limits turns per client per minute with 429 and a contact', async () => {
    const limited = await createTestApp({ rateLimiter: createMemoryRateLimiter(2) });
    expect((await limited.chat({ message: 'huurtoeslag' })).status).toBe(200);
    expect((await limited.chat({ message: 'huurtoeslag' })).status).toBe(200);
    const third = await limited.chat({ message: 'huurtoeslag' });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    const json = await third.json();
    expect(json.error.code).toBe('rate_limited');
    expectContact(json.contact);
    const other = await limited.chat(
      { message: 'huurtoeslag' },
      { headers: { 'x-test-client': 'other' } },
    );
    expect(other.status).toBe(200);
    limited.close();
  });

  it('lets the widget on another origin call it (CORS)', async () => {
    const response = await t.app.request('/api/chat', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.uwv.nl', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
