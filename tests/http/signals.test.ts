import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffClaims } from '../../src/auth/index.js';
import { stuckEvents } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const ANALYST: StaffClaims = { role: 'analyst', agency: 'rijksoverheid', sub: 'analyst-1' };
const PERIOD = 'from=2026-11-30&to=2026-12-06';

/** Separate people, each in their own conversation. */
async function people(count: number, message: string) {
  for (let i = 0; i < count; i += 1) {
    const response = await t.chat({ message }, { headers: { 'x-test-client': `p${i}` } });
    expect(response.status).toBe(200);
  }
}

describe('stuck signals from a conversation', () => {
  it('answers a person who wants a human with the contact first and an offer to hand over', async () => {
    const body = await (await t.chat({ message: 'Ik wil gewoon een mens spreken!' })).json();
    expect(body.stuck.signals).toContain('wants-human');
    expect(body.reply.indexOf(body.contact.phone)).toBeLessThan(body.reply.indexOf('ja, graag'));
    expect(body.reply).toMatch(/ja, graag/);
  });

  it('hands the conversation to a named caseworker within two turns when the person says yes', async () => {
    const first = await (
      await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen. Ik wil iemand spreken.' })
    ).json();
    const second = await (
      await t.chat({ message: 'ja, graag', sessionId: first.sessionId })
    ).json();
    expect(second.escalation).toMatchObject({
      reference: expect.stringMatching(/^TSL-/),
      caseworker: { name: expect.any(String) },
      status: 'open',
    });
    expect(second.reply).toContain(second.escalation.reference);
    expect(second.reply).toContain(second.escalation.caseworker.name);
    const third = await (
      await t.chat({ message: 'Hoe lang duurt dat?', sessionId: first.sessionId })
    ).json();
    expect(third.escalation.reference).toBe(second.escalation.reference);
    expect(third.reply).toContain(second.escalation.reference);
  });

  it("keeps the conversation's organisation when the person does not understand and asks for someone", async () => {
    const first = await (
      await t.chat({
        message:
          'Ik heb een brief van de Belastingdienst dat ik 3000 euro moet betalen, dat heb ik niet',
      })
    ).json();
    expect(first.agency.id).toBe('belastingdienst');
    const second = await (
      await t.chat({
        message: 'ik snap er echt niks van, kan ik iemand spreken?',
        sessionId: first.sessionId,
      })
    ).json();
    expect(second.agency.id).toBe('belastingdienst');
    expect(second.stuck.signals).toContain('wants-human');
    const third = await (await t.chat({ message: 'ja, graag', sessionId: first.sessionId })).json();
    expect(third.escalation.reference).toMatch(/^BLD-/);
  });

  it('takes "nee" as no and hands nothing over', async () => {
    const first = await (await t.chat({ message: 'Ik wil een medewerker spreken' })).json();
    const second = await (
      await t.chat({ message: 'nee, dank u', sessionId: first.sessionId })
    ).json();
    expect(second).not.toHaveProperty('escalation');
    expect(second.reply).toMatch(/sturen wij niets door/);
  });

  it('answers a mistake with the agency’s own way to put it right', async () => {
    const body = await (
      await t.chat({
        message: 'Ik heb een fout gemaakt bij mijn huurtoeslag, mijn inkomen was verkeerd ingevuld',
      })
    ).json();
    expect(body.stuck.signals).toContain('mistake');
    const help = t.deps.stuckHelp.agencies.toeslagen?.mistake?.nl;
    expect(help).toBeTruthy();
    expect(body.reply).toContain(help);
  });

  it('logs a signal once per conversation, with a pseudonym and a redacted excerpt', async () => {
    const first = await (
      await t.chat({ message: 'Ik kan mijn schulden niet betalen, mijn BSN is 111222333' })
    ).json();
    await t.chat({ message: 'Ik kan echt niet betalen', sessionId: first.sessionId });
    const rows = await t.db.select().from(stuckEvents);
    const debt = rows.filter((row) => row.signal === 'debt');
    expect(debt).toHaveLength(1);
    expect(debt[0]?.session).not.toBe(first.sessionId);
    expect(debt[0]?.session).toMatch(/^[0-9a-f]{24}$/);
    expect(debt[0]?.excerpt).toContain('[BSN]');
    expect(JSON.stringify(rows)).not.toContain('111222333');
  });
});

describe('a signal heard before the conversation names its organisation', () => {
  it('is counted under the organisation the answer to the clarifying question names, once', async () => {
    for (let i = 0; i < 5; i += 1) {
      const headers = { 'x-test-client': `p${i}` };
      const first = await (
        await t.chat({ message: 'ik moet geld terugbetalen' }, { headers })
      ).json();
      expect(first.clarify).toBe(true);
      expect(first.stuck.signals).toContain('debt');
      const second = await (
        await t.chat({ message: 'toeslagen', sessionId: first.sessionId }, { headers })
      ).json();
      expect(second.agency.id).toBe('toeslagen');
    }
    // Someone who never says which organisation stays unplaced; their event is not moved.
    await t.chat({ message: 'ik moet geld terugbetalen' }, { headers: { 'x-test-client': 'p9' } });

    const body = await (await t.staff(`/api/signals?${PERIOD}&agency=toeslagen`, ANALYST)).json();
    // The view of all organisations must hide the 5 (6 debt signals in all, so the unplaced one
    // would follow), and so does the view of Toeslagen: switching the filter gives nothing away.
    expect(body.cells).toEqual([
      expect.objectContaining({
        week: '2026-W49',
        agency: 'toeslagen',
        signal: 'debt',
        count: null,
        suppressed: true,
        complement: true,
      }),
    ]);
    expect(body.topics.filter((topic: { count: number | null }) => topic.count === 5)).toEqual([]);
    const debt = (await t.db.select().from(stuckEvents)).filter((row) => row.signal === 'debt');
    expect(debt).toHaveLength(6);
    expect(debt.filter((row) => row.agencyId === 'toeslagen')).toHaveLength(5);
    expect(debt.filter((row) => row.agencyId === null)).toHaveLength(1);
  });
});

describe('GET /api/signals', () => {
  it('counts signals by agency, signal and week, and suppresses cells under 5', async () => {
    await people(6, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    await people(2, 'Ik heb geen DigiD en geen computer, hoe vraag ik zorgtoeslag aan?');
    // A second small count: with only one, Toeslagen's total less the 6 would give it away,
    // and the 6 would be hidden too (complementary suppression, tests/core/report).
    await people(1, 'Ik wil een medewerker spreken over mijn huurtoeslag');
    const response = await t.staff(`/api/signals?${PERIOD}`, ANALYST);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ from: '2026-11-30', to: '2026-12-06', suppressionThreshold: 5 });
    expect(body.cells).toContainEqual({
      week: '2026-W49',
      agency: 'toeslagen',
      signal: 'debt',
      count: 6,
      suppressed: false,
    });
    expect(body.cells).toContainEqual({
      week: '2026-W49',
      agency: 'toeslagen',
      signal: 'digital-exclusion',
      count: null,
      suppressed: true,
    });
    expect(JSON.stringify(body)).not.toMatch(/session|excerpt/);
  });

  it('gives CSV with "<5" for suppressed cells', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    const response = await t.staff(`/api/signals?${PERIOD}&format=csv`, ANALYST);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await response.text();
    expect(csv.split('\n')[0]).toMatch(/^week;agency;signal;count;/);
    expect(csv).toContain('2026-W49;toeslagen;debt;5');
  });

  it('gives a CSV that Excel with Dutch settings opens in columns: UTF-8 with its mark, split by ";"', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    const response = await t.staff(`/api/signals?${PERIOD}&format=csv`, ANALYST);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte order mark tells Excel the file is UTF-8 ("één" stays "één").
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const [header, ...rows] = text.slice(1).trim().split('\n');
    // The header is the first line: no "sep=" line a CSV reader would take for the header.
    expect(header).toBe('week;agency;signal;count;agency_name;signal_name');
    for (const row of rows) expect(row.split(';')).toHaveLength(6);
  });

  it('names the organisation and the signal in Dutch after the ids in the CSV, unplaced ones too', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    // Five people who never say which organisation: their signals stay unplaced ("onbekend").
    await people(5, 'ik moet geld terugbetalen');
    const csv = await (await t.staff(`/api/signals?${PERIOD}&format=csv`, ANALYST)).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('week;agency;signal;count;agency_name;signal_name');
    expect(lines).toContain('2026-W49;toeslagen;debt;5;Dienst Toeslagen;Schuld');
    expect(lines).toContain('2026-W49;onbekend;debt;5;Organisatie onbekend;Schuld');
    // Asked in English, the names are English; the ids stay the same.
    const english = await (
      await t.staff(`/api/signals?${PERIOD}&format=csv&locale=en`, ANALYST)
    ).text();
    expect(english).toContain('2026-W49;onbekend;debt;5;Organisation unknown;Debt');
  });

  it('hides, as "x", a count that would give a small one away next to a total', async () => {
    await people(6, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    await people(1, 'Ik wil een medewerker spreken over mijn huurtoeslag');
    const csv = await (await t.staff(`/api/signals?${PERIOD}&format=csv`, ANALYST)).text();
    expect(csv).toContain('2026-W49;toeslagen;debt;x');
    expect(csv).toContain('2026-W49;toeslagen;wants-human;<5');
    const body = await (await t.staff(`/api/signals?${PERIOD}`, ANALYST)).json();
    expect(body.total).toEqual({ key: 'total', count: 7, suppressed: false });
    expect(body.cells).toContainEqual(
      expect.objectContaining({ signal: 'debt', complement: true }),
    );
  });

  it('widens a period to whole weeks, so that two reports cannot be subtracted to find one day', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    const body = await (
      await t.staff('/api/signals?from=2026-12-02&to=2026-12-03', ANALYST)
    ).json();
    expect(body).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    expect(body.cells).toContainEqual(expect.objectContaining({ signal: 'debt', count: 5 }));
  });

  it('filters by agency', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    const body = await (await t.staff(`/api/signals?${PERIOD}&agency=uwv`, ANALYST)).json();
    expect(body.cells).toEqual([]);
  });

  it('filters by the unknown organisation the report itself lists, as JSON, CSV and report', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    // Five people who never say which organisation: the report lists them as "onbekend".
    await people(5, 'ik moet geld terugbetalen');
    const whole = await (await t.staff(`/api/signals?${PERIOD}`, ANALYST)).json();
    expect(whole.agencies.map((entry: { key: string }) => entry.key)).toContain('onbekend');
    const json = await t.staff(`/api/signals?${PERIOD}&agency=onbekend`, ANALYST);
    expect(json.status).toBe(200);
    const body = await json.json();
    expect(body.agency).toBe('onbekend');
    expect(body.cells).toEqual([
      { week: '2026-W49', agency: 'onbekend', signal: 'debt', count: 5, suppressed: false },
    ]);
    const csv = await t.staff(`/api/signals?${PERIOD}&agency=onbekend&format=csv`, ANALYST);
    expect(csv.status).toBe(200);
    expect(await csv.text()).not.toContain('toeslagen');
    const report = await t.staff(`/api/signals/report?${PERIOD}&agency=onbekend`, ANALYST);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('Knelpuntenrapport: Organisatie onbekend');
  });

  it.each([
    ['no token', null, 401],
    ['a caseworker', { role: 'caseworker', agency: 'toeslagen', sub: 'c' }, 403],
    ['an analyst', ANALYST, 200],
    ['an admin', { role: 'admin', agency: 'rijksoverheid', sub: 'a' }, 200],
  ] as const)('answers %s with %i', async (_name, claims, status) => {
    const response = claims
      ? await t.staff(`/api/signals?${PERIOD}`, claims)
      : await t.app.request(`/api/signals?${PERIOD}`);
    expect(response.status).toBe(status);
  });

  it.each([
    ['a date that is not a date', 'from=2026-13-45'],
    ['a day the month does not have', 'from=2026-02-31&to=2026-03-05'],
    ['the 31st of a month of 30 days', 'from=2026-11-01&to=2026-11-31'],
    ['a year before the calendar the report counts in', 'from=0000-01-01&to=0000-01-05'],
    ['a year whose last week runs past 9999', 'from=9999-12-01&to=9999-12-31'],
    ['from after to', 'from=2026-12-10&to=2026-12-01'],
    ['a period over two years', 'from=2020-01-01&to=2026-12-01'],
  ])('refuses %s with 400, how to write a period, and a contact', async (_name, query) => {
    for (const path of ['/api/signals', '/api/signals/report']) {
      const response = await t.staff(`${path}?${query}&locale=nl`, ANALYST);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('invalid_period');
      expect(body.error.message).toContain('2026-12-01');
      expect(body.contact.phone).toBeTruthy();
    }
  });

  it('names an unknown agency as an unknown agency, not as a wrong period', async () => {
    for (const path of ['/api/signals', '/api/signals/report']) {
      const response = await t.staff(`${path}?${PERIOD}&agency=nasa&locale=nl`, ANALYST);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('unknown_agency');
      expect(body.error.message).toMatch(/organisatie kennen we niet/);
      expect(body.error.message).not.toContain('2026-12-01');
      expect(body.contact.phone).toBeTruthy();
    }
  });

  it('names a wrong format as a wrong format, not as a wrong period', async () => {
    const response = await t.staff(`/api/signals?${PERIOD}&format=xml`, ANALYST);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(/json of csv|json or csv/);
    expect(body.contact.phone).toBeTruthy();
  });

  it.each([
    ['the JSON counts', `/api/signals?${PERIOD}&agency=toeslagen`, 'json'],
    ['the CSV download', `/api/signals?${PERIOD}&agency=toeslagen&format=csv`, 'csv'],
    ['the printable report', `/api/signals/report?${PERIOD}&agency=toeslagen`, 'report'],
  ])('writes who read %s, and which period, to the audit log', async (_name, path, view) => {
    const response = await t.staff(path, ANALYST);
    expect(response.status).toBe(200);
    const audits = t.logs.entries.filter((entry) => entry.event === 'signals.read');
    expect(audits.map((entry) => entry.fields)).toEqual([
      { sub: 'analyst-1', view, agency: 'toeslagen', from: '2026-11-30', to: '2026-12-06' },
    ]);
  });

  it('writes no audit line for a refused request', async () => {
    for (const path of ['/api/signals', '/api/signals/report']) {
      expect((await t.staff(`${path}?agency=nasa`, ANALYST)).status).toBe(400);
      expect((await t.staff(`${path}?from=2026-12-10&to=2026-12-01`, ANALYST)).status).toBe(400);
      expect((await t.app.request(`${path}?${PERIOD}`)).status).toBe(401);
    }
    expect(t.logs.entries.some((entry) => entry.event === 'signals.read')).toBe(false);
  });

  it('takes empty fields, as the dashboard form sends them, as not given', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    const json = await t.staff('/api/signals?from=&to=2026-12-06&agency=', ANALYST);
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ to: '2026-12-06', agency: null });
    const report = await t.staff('/api/signals/report?from=&to=&agency=', ANALYST);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('Knelpuntenrapport');
  });

  it('renders the printable report with a chart and a table for every view', async () => {
    await people(5, 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen');
    const response = await t.staff(`/api/signals/report?${PERIOD}&agency=toeslagen`, ANALYST);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const fragment = await response.text();
    expect(fragment).toContain('Knelpuntenrapport: Dienst Toeslagen');
    expect(fragment.match(/<svg/g)?.length).toBe(
      fragment.match(/class="report-part"/g)!.length - 1,
    );
    expect(fragment).toMatch(/<caption>\s*Soort knelpunt\s*<\/caption>/);
    expect(fragment).toMatch(/Schuld[\s\S]*5/);
  });
});
