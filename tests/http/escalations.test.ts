import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateLocalKey, createLocalSigner, type StaffClaims } from '../../src/auth/index.js';
import { REFERENCE_PATTERN } from '../../src/core/handoff/reference.js';
import { auditLog, escalations } from '../../src/db/schema.js';
import { signWebhook } from '../../src/handoff/webhook.js';
import { createTestApp, WEDNESDAY_MORNING, type TestApp } from '../support/app.js';
import { converse } from '../support/converse.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

async function conversation(message = 'Ik moet mijn huurtoeslag terugbetalen'): Promise<string> {
  const body = await (await t.chat({ message })).json();
  return body.sessionId as string;
}

async function escalate(body: Record<string, unknown>) {
  return t.app.request('/api/escalations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const caseworker = (agency: string, sub = `cw-${agency}`): StaffClaims => ({
  role: 'caseworker',
  agency,
  sub,
});

describe('POST /api/escalations', () => {
  it('hands the conversation to a named caseworker of the right agency, with a reference and a time', async () => {
    const sessionId = await conversation();
    const response = await escalate({ sessionId, consent: true, callbackPhone: '06 12345678' });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.reference).toMatch(REFERENCE_PATTERN);
    expect(body.reference.startsWith('TSL-')).toBe(true);
    expect(body.agency).toEqual({ id: 'toeslagen', name: 'Dienst Toeslagen' });
    const roster = t.deps.catalog.rosters.get('toeslagen')?.contacts.map((c) => c.name);
    expect(roster).toContain(body.caseworker.name);
    expect(body.status).toBe('open');
    expect(body.expectedContact.text).toMatch(/vandaag vóór \d\d:\d\d/);
    expect(new Date(body.expectedContact.at).getTime()).toBeGreaterThan(
      WEDNESDAY_MORNING.getTime(),
    );
    expect(body.message).toContain(body.reference);
    expect(body.message).toContain(`${body.caseworker.name} van Dienst Toeslagen neemt contact`);
  });

  it("does not repeat the organisation when the team's name already says it", async () => {
    const sessionId = await conversation(
      'Ik heb geen computer en wil hulp bij het invullen van een formulier',
    );
    const body = await (await escalate({ sessionId, consent: true })).json();
    expect(body.agency.id).toBe('informatiepunt');
    expect(body.message).toContain(`doorgestuurd naar ${body.caseworker.name}.`);
    expect(body.message.match(/Informatiepunt Digitale Overheid/g)).toHaveLength(1);
  });

  it('writes the case with its link to the transcript before it answers', async () => {
    const sessionId = await conversation();
    const { reference } = await (await escalate({ sessionId, consent: true })).json();
    const [row] = await t.db.select().from(escalations).where(eq(escalations.reference, reference));
    expect(row).toMatchObject({ sessionId, agencyId: 'toeslagen', status: 'open', consent: true });
  });

  it('continues the same hand-off when asked again, adding the callback number', async () => {
    const sessionId = await conversation();
    const first = await (await escalate({ sessionId, consent: true })).json();
    const again = await escalate({
      sessionId,
      consent: true,
      callbackPhone: '+31 6 12345678',
      note: 'Liefst na 12 uur',
    });
    expect(again.status).toBe(200);
    expect((await again.json()).reference).toBe(first.reference);
    const [row] = await t.db
      .select()
      .from(escalations)
      .where(eq(escalations.reference, first.reference));
    expect(row).toMatchObject({ callbackPhone: '+31 6 12345678', note: 'Liefst na 12 uur' });
  });

  it('makes one case when the same request arrives twice at once (a double click, a retry)', async () => {
    const sessionId = await conversation();
    const request = { sessionId, consent: true, callbackPhone: '06 12345678' };
    const answers = await Promise.all([escalate(request), escalate(request), escalate(request)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201]);
    const references = await Promise.all(answers.map(async (a) => (await a.json()).reference));
    expect(new Set(references).size).toBe(1);
    const rows = await t.db.select().from(escalations).where(eq(escalations.sessionId, sessionId));
    expect(rows).toHaveLength(1);
  });

  it('draws a new reference when the random one is already taken', async () => {
    // The first two draws are the same bytes: the second case's first reference collides.
    const draws = [7, 7, 9];
    const app = await createTestApp({
      randomBytes: (n) => new Uint8Array(n).fill(draws.shift() ?? 11),
    });
    try {
      const open = async (message: string) => {
        const { sessionId } = await (await app.chat({ message })).json();
        return app.app.request('/api/escalations', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sessionId, consent: true }),
        });
      };
      const first = await open('Ik moet mijn huurtoeslag terugbetalen');
      const second = await open('Ik moet mijn huurtoeslag terugbetalen');
      expect([first.status, second.status]).toEqual([201, 201]);
      const [a, b] = await Promise.all([first.json(), second.json()]);
      expect(a.reference).not.toBe(b.reference);
      expect(await app.db.select().from(escalations)).toHaveLength(2);
    } finally {
      app.close();
    }
  });

  it.each([
    ['no consent field', { sessionId: 'x' }, /'consent'/],
    ['consent that is not a boolean', { sessionId: 'x', consent: 'yes' }, /'consent'/],
    ['no session', { consent: true }, /sessionId uit een antwoord van \/api\/chat/],
    [
      'a callback number with letters',
      { sessionId: 'x', consent: true, callbackPhone: 'bel me' },
      /telefoonnummer klopt niet/,
    ],
  ])('refuses %s with 400, what to fix and a contact', async (_name, body, message) => {
    const response = await escalate(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.message).toMatch(message);
    expect(json.contact.phone).toMatch(/\d/);
  });

  it('answers 404 with a contact for an unknown session, saying it is the conversation', async () => {
    const response = await escalate({ sessionId: 'nobody', consent: true });
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.contact.name).toBeTruthy();
    expect(body.error.message).toMatch(/^Dit gesprek kennen wij niet/);
  });

  it('refuses a body of megabytes with 413 and a contact, before reading it', async () => {
    const sessionId = await conversation();
    const huge = 'a'.repeat(1024 * 1024);
    const response = await escalate({ sessionId, consent: true, note: huge });
    expect(response.status).toBe(413);
    expect((await response.json()).contact.phone).toMatch(/\d/);
    const reference = (await (await escalate({ sessionId, consent: true })).json()).reference;
    for (const [action, body] of [
      ['notes', { text: huge }],
      ['resolve', { outcome: 'helped', note: huge }],
    ] as const) {
      const staffResponse = await t.staff(
        `/api/escalations/${reference}/${action}`,
        { role: 'caseworker', agency: 'toeslagen', sub: 'cw-1' },
        { method: 'POST', body: JSON.stringify(body) },
      );
      expect(staffResponse.status).toBe(413);
    }
  });

  it('never writes the callback number or the note to the log', async () => {
    const sessionId = await conversation();
    await escalate({
      sessionId,
      consent: true,
      callbackPhone: '0612345678',
      note: 'Bel mij op woensdag',
    });
    expect(JSON.stringify(t.logs.entries)).not.toMatch(/0612345678|woensdag/);
  });
});

describe('the caseworker API', () => {
  async function openCase(consent = true) {
    const sessionId = await conversation();
    const body = await (await escalate({ sessionId, consent, callbackPhone: '0612345678' })).json();
    return body.reference as string;
  }

  it('shows the own agency’s queue, and a case with its redacted transcript', async () => {
    const reference = await openCase();
    const list = await (await t.staff('/api/escalations', caseworker('toeslagen'))).json();
    expect(list.cases.map((c: { reference: string }) => c.reference)).toEqual([reference]);
    const one = await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'));
    expect(one.status).toBe(200);
    const body = await one.json();
    expect(body.transcript).toHaveLength(1);
    expect(body.transcript[0].message).toBe('Ik moet mijn huurtoeslag terugbetalen');
    expect(body.callbackPhone).toBe('0612345678');
  });

  it.each([
    ['Ik moet mijn huurtoeslag terugbetalen', 'nl'],
    ['I have to pay back my rent benefit', 'en'],
  ])('tells the caseworker the language to call in after %j: %s', async (message, language) => {
    const sessionId = await conversation(message);
    const { reference } = await (await escalate({ sessionId, consent: true })).json();
    const body = await (
      await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'))
    ).json();
    expect(body.language).toBe(language);
  });

  it('tells the caseworker the language the person used most, not that of the last messages', async () => {
    const dutch = [
      'Ik moet mijn huurtoeslag terugbetalen',
      'Hoeveel moet ik precies terugbetalen?',
      'Kan ik het in delen betalen?',
      'Hoe lang mag ik erover doen?',
      'Wat gebeurt er als ik niet kan betalen?',
      'Ik heb al een betalingsregeling bij de gemeente',
      'Waarom moet ik dit terugbetalen?',
      'Ik snap de brief van de Belastingdienst niet',
      'Ik wil een mens spreken over mijn huurtoeslag',
      'Wanneer krijg ik bericht over mijn bezwaar?',
    ];
    const english = ['Can you please explain it in English?', 'I do not understand the letter'];
    const answers = await converse(t, [...dutch, ...english]);
    const sessionId = answers.at(-1).sessionId;
    expect(answers.at(-1).locale).toBe('en');
    const { reference } = await (await escalate({ sessionId, consent: false })).json();
    const body = await (
      await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'))
    ).json();
    // Read without consent too: the language is not the conversation's words.
    expect(body.transcript).toBeNull();
    expect(body.language).toBe('nl');
  });

  it("shows a municipality's own caseworker only that municipality's cases", async () => {
    const made: string[] = [];
    for (const municipality of ['Utrecht', 'Zwolle']) {
      const sessionId = await conversation('Hoe vraag ik bijstand aan?');
      const body = await (await escalate({ sessionId, consent: true, municipality })).json();
      made.push(body.reference as string);
    }
    const [utrechtCase, zwolleCase] = made;
    const utrecht = { ...caseworker('gemeente', 'cw-utrecht'), municipality: 'Utrecht' };
    const list = await (await t.staff('/api/escalations', utrecht)).json();
    expect(list.cases.map((c: { reference: string }) => c.reference)).toEqual([utrechtCase]);
    expect((await t.staff(`/api/escalations/${zwolleCase}`, utrecht)).status).toBe(403);
    // The central desk, without a municipality, sees both.
    const desk = await (await t.staff('/api/escalations', caseworker('gemeente'))).json();
    expect(desk.cases).toHaveLength(2);
  });

  it('does not show the transcript without consent', async () => {
    const reference = await openCase(false);
    const body = await (
      await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'))
    ).json();
    expect(body.transcript).toBeNull();
  });

  it('records every read of a case in the audit log', async () => {
    const reference = await openCase();
    await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen', 'cw-7'));
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.reference, reference));
    expect(rows).toEqual([
      expect.objectContaining({ action: 'read-case', actorSub: 'cw-7', agencyId: 'toeslagen' }),
    ]);
  });

  it('lets a caseworker claim and resolve a case, and refuses a second claim by someone else', async () => {
    const reference = await openCase();
    const claim = await t.staff(
      `/api/escalations/${reference}/claim`,
      caseworker('toeslagen', 'a'),
      { method: 'POST' },
    );
    expect((await claim.json()).status).toBe('claimed');
    const other = await t.staff(
      `/api/escalations/${reference}/claim`,
      caseworker('toeslagen', 'b'),
      { method: 'POST' },
    );
    expect(other.status).toBe(409);
    // What one caseworker claimed, a colleague cannot close or write in; an admin can step in.
    const closedByOther = await t.staff(
      `/api/escalations/${reference}/resolve`,
      caseworker('toeslagen', 'b'),
      json({ outcome: 'helped' }),
    );
    expect(closedByOther.status).toBe(409);
    const notedByOther = await t.staff(
      `/api/escalations/${reference}/notes`,
      caseworker('toeslagen', 'b'),
      json({ text: 'Ik bel haar wel' }),
    );
    expect(notedByOther.status).toBe(409);
    const resolve = await t.staff(
      `/api/escalations/${reference}/resolve`,
      caseworker('toeslagen', 'a'),
      json({ outcome: 'helped', note: 'Betalingsregeling afgesproken' }),
    );
    expect(resolve.status).toBe(200);
    expect(await resolve.json()).toMatchObject({ status: 'resolved', outcome: 'helped' });
    const detail = await (
      await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'))
    ).json();
    expect(detail.notes).toEqual([
      expect.objectContaining({ author: 'a', text: 'Betalingsregeling afgesproken' }),
    ]);
  });

  describe('two caseworkers acting on one case at the same moment', () => {
    /** Both requests read the case before either writes, as on a server with real latency. */
    function readTogether() {
      const store = t.deps.escalations;
      const get = store.get.bind(store);
      const waiting: (() => void)[] = [];
      t.deps.escalations = {
        ...store,
        get: async (reference) => {
          const row = await get(reference);
          // The first two reads wait for each other; a later one (reading back) does not.
          if (waiting.length >= 2) return row;
          await new Promise<void>((resume) => {
            waiting.push(resume);
            if (waiting.length === 2) waiting.forEach((go) => go());
          });
          return row;
        },
      };
      return () => {
        t.deps.escalations = store;
      };
    }

    it.each([
      ['both claim it', ['claim', 'claim']],
      ['both close it', ['resolve', 'resolve']],
      ['one closes it while the other claims it', ['resolve', 'claim']],
    ] as const)('lets only one win when %s', async (_name, actions) => {
      const reference = await openCase();
      const restore = readTogether();
      const responses = await Promise.all(
        actions.map((action, i) =>
          t.staff(
            `/api/escalations/${reference}/${action}`,
            caseworker('toeslagen', i === 0 ? 'a' : 'b'),
            action === 'claim'
              ? { method: 'POST' }
              : json({ outcome: i === 0 ? 'helped' : 'no-contact', note: `notitie ${i}` }),
          ),
        ),
      );
      restore();
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const winner = responses.findIndex((response) => response.status === 200);
      const detail = await (
        await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'))
      ).json();
      expect(detail.claimedBy).toBe(winner === 0 ? 'a' : 'b');
      expect(detail.status).toBe(actions[winner] === 'claim' ? 'claimed' : 'resolved');
      // The loser's note is not kept with an outcome that is not theirs.
      expect(detail.notes.map((note: { author: string }) => note.author)).not.toContain(
        winner === 0 ? 'b' : 'a',
      );
    });
  });

  it('shows colleagues the name of whoever claimed a case, and the login id when the sign-in has no name', async () => {
    const named = await openCase();
    const claim = await t.staff(
      `/api/escalations/${named}/claim`,
      { ...caseworker('toeslagen', 'cw-a'), name: 'Sanne de Vries' },
      { method: 'POST' },
    );
    expect(await claim.json()).toMatchObject({
      claimedBy: 'cw-a',
      claimedByName: 'Sanne de Vries',
    });
    const read = await (await t.staff(`/api/escalations/${named}`, caseworker('toeslagen'))).json();
    expect(read).toMatchObject({ claimedBy: 'cw-a', claimedByName: 'Sanne de Vries' });

    const unnamed = await openCase();
    await t.staff(`/api/escalations/${unnamed}/claim`, caseworker('toeslagen', 'cw-b'), {
      method: 'POST',
    });
    const list = await (await t.staff('/api/escalations', caseworker('toeslagen'))).json();
    const row = list.cases.find((item: { reference: string }) => item.reference === unnamed);
    expect(row).toMatchObject({ claimedBy: 'cw-b', claimedByName: null });
  });

  it.each([
    ['a caseworker with a name', { ...caseworker('toeslagen', 'cw-r'), name: 'Sanne de Vries' }],
    ['a caseworker without one', caseworker('toeslagen', 'cw-r')],
  ])('records %s who closes a case nobody claimed as the one who handled it', async (_, closer) => {
    const reference = await openCase();
    const resolve = await t.staff(
      `/api/escalations/${reference}/resolve`,
      closer,
      json({ outcome: 'helped' }),
    );
    expect(resolve.status).toBe(200);
    const handled = {
      status: 'resolved',
      claimedBy: 'cw-r',
      claimedByName: 'name' in closer ? closer.name : null,
    };
    expect(await resolve.json()).toMatchObject(handled);
    const read = await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'));
    expect(await read.json()).toMatchObject(handled);
    const list = await (await t.staff('/api/escalations', caseworker('toeslagen'))).json();
    expect(
      list.cases.find((item: { reference: string }) => item.reference === reference),
    ).toMatchObject(handled);
    const [row] = await t.db.select().from(escalations).where(eq(escalations.reference, reference));
    expect(row?.claimedAt).toEqual(WEDNESDAY_MORNING);
  });

  it('keeps the one who claimed a case as its handler when an admin closes it', async () => {
    const reference = await openCase();
    await t.staff(
      `/api/escalations/${reference}/claim`,
      { ...caseworker('toeslagen', 'a'), name: 'Sanne de Vries' },
      { method: 'POST' },
    );
    const admin = { role: 'admin' as const, agency: 'rijksoverheid', sub: 'ad' };
    const resolve = await t.staff(
      `/api/escalations/${reference}/resolve`,
      admin,
      json({ outcome: 'referred' }),
    );
    expect(await resolve.json()).toMatchObject({ claimedBy: 'a', claimedByName: 'Sanne de Vries' });
  });

  describe('a reference typed as it was read out on the phone', () => {
    const typings: [string, (reference: string) => string][] = [
      ['in lower case', (reference) => reference.toLowerCase()],
      ['with spaces around it', (reference) => ` ${reference}  `],
      [
        'in mixed case with a space',
        (reference) => ` ${reference.slice(0, 5).toLowerCase()}${reference.slice(5)}`,
      ],
    ];
    const endpoints: [string, string, RequestInit, number][] = [
      ['read', '', {}, 200],
      ['claimed', '/claim', { method: 'POST' }, 200],
      ['noted on', '/notes', json({ text: 'Gebeld, niet opgenomen' }), 201],
      ['resolved', '/resolve', json({ outcome: 'helped' }), 200],
    ];
    it.each(
      typings.flatMap(([how, type]) =>
        endpoints.map(
          ([what, path, init, status]) => [what, how, type, path, init, status] as const,
        ),
      ),
    )('finds the case to be %s when typed %s', async (_, __, type, path, init, status) => {
      const reference = await openCase();
      const response = await t.staff(
        `/api/escalations/${encodeURIComponent(type(reference))}${path}`,
        caseworker('toeslagen'),
        init,
      );
      expect(response.status).toBe(status);
      if (path !== '/notes') expect((await response.json()).reference).toBe(reference);
    });
  });

  it('tells a colleague that someone else holds a case, so their page offers nothing the API would refuse', async () => {
    const reference = await openCase();
    const heldFor = async (claims: StaffClaims) =>
      (await (await t.staff(`/api/escalations/${reference}`, claims)).json()).heldByAnother;
    // Nobody holds an open case.
    expect(await heldFor(caseworker('toeslagen', 'b'))).toBe(false);
    await t.staff(`/api/escalations/${reference}/claim`, caseworker('toeslagen', 'a'), {
      method: 'POST',
    });
    expect(await heldFor(caseworker('toeslagen', 'a'))).toBe(false);
    expect(await heldFor(caseworker('toeslagen', 'b'))).toBe(true);
    // An admin may step in for a colleague who is away.
    expect(await heldFor({ role: 'admin', agency: 'rijksoverheid', sub: 'ad' })).toBe(false);
  });

  it('lets an admin close a case a caseworker claimed, for when that caseworker is away', async () => {
    const reference = await openCase();
    await t.staff(`/api/escalations/${reference}/claim`, caseworker('toeslagen', 'a'), {
      method: 'POST',
    });
    const admin = { role: 'admin' as const, agency: 'rijksoverheid', sub: 'ad' };
    const resolve = await t.staff(
      `/api/escalations/${reference}/resolve`,
      admin,
      json({ outcome: 'referred' }),
    );
    expect(resolve.status).toBe(200);
  });

  it("stores a caseworker's notes without the personal data typed in them", async () => {
    const reference = await openCase();
    const note = await t.staff(
      `/api/escalations/${reference}/notes`,
      caseworker('toeslagen', 'a'),
      json({ text: 'Gebeld, BSN 111222333 gecontroleerd, mail piet@example.nl' }),
    );
    expect(note.status).toBe(201);
    await t.staff(
      `/api/escalations/${reference}/resolve`,
      caseworker('toeslagen', 'a'),
      json({ outcome: 'helped', note: 'Teruggebeld op 06-12345678' }),
    );
    const detail = await (
      await t.staff(`/api/escalations/${reference}`, caseworker('toeslagen'))
    ).json();
    expect(detail.notes.map((n: { text: string }) => n.text)).toEqual([
      'Gebeld, BSN [BSN] gecontroleerd, mail [E-MAIL]',
      'Teruggebeld op [TELEFOON]',
    ]);
  });

  describe('authorisation: role × agency × endpoint', () => {
    const endpoints = [
      ['list', 'GET', () => '/api/escalations', undefined],
      ['read', 'GET', (r: string) => `/api/escalations/${r}`, undefined],
      ['claim', 'POST', (r: string) => `/api/escalations/${r}/claim`, undefined],
      ['note', 'POST', (r: string) => `/api/escalations/${r}/notes`, { text: 'gebeld' }],
      ['resolve', 'POST', (r: string) => `/api/escalations/${r}/resolve`, { outcome: 'helped' }],
    ] as const;
    const who: [string, StaffClaims | null, Record<string, number>][] = [
      ['no token', null, { list: 401, read: 401, claim: 401, note: 401, resolve: 401 }],
      [
        'a caseworker of the agency',
        caseworker('toeslagen'),
        { list: 200, read: 200, claim: 200, note: 201, resolve: 200 },
      ],
      [
        'a caseworker of another agency',
        caseworker('uwv'),
        { list: 200, read: 403, claim: 403, note: 403, resolve: 403 },
      ],
      [
        'an analyst of the agency',
        { role: 'analyst', agency: 'toeslagen', sub: 'an' },
        { list: 403, read: 403, claim: 403, note: 403, resolve: 403 },
      ],
      [
        'an admin of another agency',
        { role: 'admin', agency: 'rijksoverheid', sub: 'ad' },
        { list: 200, read: 200, claim: 200, note: 201, resolve: 200 },
      ],
    ];
    const cases = who.flatMap(([name, claims, expected]) =>
      endpoints.map(
        ([endpoint, method, path, body]) =>
          [name, endpoint, claims, method, path, body, expected[endpoint]] as const,
      ),
    );

    it.each(cases)('%s → %s', async (_name, endpoint, claims, method, path, body, status) => {
      const reference = await openCase();
      const init: RequestInit = { method, ...(body ? { body: JSON.stringify(body) } : {}) };
      const response = claims
        ? await t.staff(path(reference), claims, init)
        : await t.app.request(path(reference), {
            ...init,
            headers: { 'Content-Type': 'application/json' },
          });
      expect(response.status).toBe(status);
      if (endpoint === 'list' && status === 200) {
        const listed = (await response.json()).cases.map((c: { reference: string }) => c.reference);
        expect(listed.includes(reference)).toBe(
          claims?.agency === 'toeslagen' || claims?.role === 'admin',
        );
      }
    });

    it('does not let list filters reach another agency', async () => {
      await openCase();
      const response = await t.staff('/api/escalations?agency=toeslagen', caseworker('uwv'));
      expect((await response.json()).cases).toEqual([]);
    });

    it('answers 404 for an unknown or malformed reference, saying it is the case', async () => {
      for (const reference of ['TSL-222-222', 'not-a-reference', '../../etc']) {
        const response = await t.staff(
          `/api/escalations/${encodeURIComponent(reference)}`,
          caseworker('toeslagen'),
        );
        expect(response.status).toBe(404);
        expect((await response.json()).error.message).toMatch(
          /zaak bestaat niet|case does not exist/,
        );
      }
    });
  });

  it.each([
    [
      'signed with another key',
      async () => createLocalSigner(await generateLocalKey()).sign(caseworker('toeslagen')),
    ],
    [
      'expired',
      () =>
        t.tokenFor(caseworker('toeslagen'), {
          expiresIn: '1h',
          issuedAt: new Date(WEDNESDAY_MORNING.getTime() - 2 * 3600_000),
        }),
    ],
    [
      'with a changed payload',
      async () => {
        const [header, , signature] = (await t.tokenFor(caseworker('uwv'))).split('.');
        const payload = Buffer.from(
          JSON.stringify({
            ...caseworker('toeslagen'),
            iss: 'wegwijzer-local',
            aud: 'wegwijzer-staff',
            exp: 9999999999,
          }),
        ).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
  ])('refuses a token %s with 401', async (_name, token) => {
    const reference = await openCase();
    const response = await t.app.request(`/api/escalations/${reference}`, {
      headers: { Authorization: `Bearer ${await token()}` },
    });
    expect(response.status).toBe(401);
  });
});

describe('the escalation webhook', () => {
  it('posts a signed body to the agency’s case system, retrying until it is delivered, without delaying the answer', async () => {
    const received: { signature: string; timestamp: string; body: string }[] = [];
    let calls = 0;
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        calls += 1;
        received.push({
          signature: String(request.headers['x-wegwijzer-signature']),
          timestamp: String(request.headers['x-wegwijzer-timestamp']),
          body,
        });
        response.writeHead(calls === 1 ? 503 : 200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const hooked = await createTestApp(
      {},
      {
        ESCALATION_WEBHOOK_URL: `http://127.0.0.1:${port}/cases`,
        ESCALATION_WEBHOOK_SECRET: 'geheim',
      },
    );
    // Retries wait 1 s, 4 s, …; the test replaces time with an immediate sleep.
    const { createWebhookNotifier } = await import('../../src/handoff/webhook.js');
    hooked.deps.notifier = createWebhookNotifier({
      url: `http://127.0.0.1:${port}/cases`,
      secret: 'geheim',
      escalations: hooked.deps.escalations,
      log: hooked.logs,
      sleep: async () => undefined,
      clock: hooked.deps.clock,
    });
    const sessionId = (await (await hooked.chat({ message: 'huurtoeslag terugbetalen' })).json())
      .sessionId;
    const response = await hooked.app.request('/api/escalations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sessionId, consent: true, callbackPhone: '0612345678' }),
    });
    expect(response.status).toBe(201);
    const { reference } = await response.json();
    await hooked.settled();

    expect(calls).toBe(2);
    const last = received.at(-1);
    expect(last?.signature).toBe(
      `sha256=${await signWebhook('geheim', last?.timestamp ?? '', last?.body ?? '')}`,
    );
    expect(JSON.parse(last?.body ?? '{}')).toMatchObject({
      event: 'escalation.created',
      reference,
      agency: 'toeslagen',
      callbackPhone: '0612345678',
    });
    const [row] = await hooked.db
      .select()
      .from(escalations)
      .where(eq(escalations.reference, reference));
    expect(row).toMatchObject({ webhookStatus: 'delivered', webhookAttempts: 2 });
    hooked.close();
    server.close();
  });

  it('tells the case system what the person adds in the chat after the hand-off: the number, then the place', async () => {
    const events: Record<string, unknown>[] = [];
    const hooked = await createTestApp(
      {},
      { ESCALATION_WEBHOOK_URL: 'http://127.0.0.1:9/cases', ESCALATION_WEBHOOK_SECRET: 's' },
    );
    hooked.deps.notifier = {
      async deliver(row, event) {
        const { webhookBody } = await import('../../src/handoff/webhook.js');
        events.push(webhookBody(row, event));
      },
    };
    await converse(hooked, [
      'Ik heb schulden en kom er niet meer uit. Ik wil iemand spreken.',
      'ja, graag',
      '06 12345678',
      'ik woon in zaanstad',
    ]);
    await hooked.settled();
    expect(events).toMatchObject([
      { event: 'escalation.created', callbackPhone: null, municipality: null },
      { event: 'escalation.updated', callbackPhone: '06 12345678', municipality: null },
      { event: 'escalation.updated', callbackPhone: '06 12345678', municipality: 'Zaanstad' },
    ]);
    hooked.close();
  });

  it('stops at a client error and records the failure', async () => {
    const server = createServer((_request, response) => response.writeHead(400).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const hooked = await createTestApp(
      {},
      { ESCALATION_WEBHOOK_URL: `http://127.0.0.1:${port}/`, ESCALATION_WEBHOOK_SECRET: 's' },
    );
    const sessionId = (await (await hooked.chat({ message: 'huurtoeslag' })).json()).sessionId;
    const { reference } = await (
      await hooked.app.request('/api/escalations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sessionId, consent: false }),
      })
    ).json();
    await hooked.settled();
    const [row] = await hooked.db
      .select()
      .from(escalations)
      .where(eq(escalations.reference, reference));
    expect(row).toMatchObject({ webhookStatus: 'failed', webhookAttempts: 1 });
    hooked.close();
    server.close();
  });
});
