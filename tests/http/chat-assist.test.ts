import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stuckEvents, turns } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectChatResponse } from '../support/contract.js';
import { startFakeModel, type FakeModel } from '../support/fake-model.js';

let model: FakeModel;
let t: TestApp;
beforeAll(async () => {
  model = await startFakeModel();
});
afterAll(() => model.close());
beforeEach(async () => {
  t = await createTestApp(
    {},
    {
      OPENAI_BASE_URL: model.baseUrl,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_MODEL: 'small-model',
      OPENAI_TIMEOUT_MS: '300',
    },
  );
});
afterEach(() => t.close());

const QUESTION = 'Ik moet mijn huurtoeslag terugbetalen';

/** The one log line of the last chat turn. */
function lastTurnLog() {
  return t.logs.entries.filter((entry) => entry.event === 'chat.turn').at(-1)?.fields;
}

async function storedAnsweredBy(sessionId: string) {
  const [row] = await t.db.select().from(turns).where(eq(turns.sessionId, sessionId));
  return row?.answeredBy;
}

describe('POST /api/chat with a language model configured (OPENAI_*)', () => {
  it("routes to the model's choice, answered with Wegwijzer's own texts and contact", async () => {
    model.reply('{"agency": "svb", "topic": null, "signals": []}');
    const response = await t.chat({ message: QUESTION });
    expect(response.status).toBe(200);
    const body = await response.json();
    expectChatResponse(body);
    expect(body.agency.id).toBe('svb');
    expect(body.contact.agencyId).toBe('svb');
    expect(body.reply).toContain(body.contact.phone);
    expect(await storedAnsweredBy(body.sessionId)).toBe('llm');
    expect(lastTurnLog()).toMatchObject({ assist: 'changed', answeredBy: 'llm' });
  });

  it('keeps the built-in answer when the model agrees, and adds the signals it hears', async () => {
    model.reply('{"agency": "toeslagen", "signals": ["hardship"]}');
    const body = await (await t.chat({ message: QUESTION })).json();
    expect(body.agency.id).toBe('toeslagen');
    expect(body.stuck.signals).toContain('hardship');
    expect(await storedAnsweredBy(body.sessionId)).toBe('router');
    expect(lastTurnLog()).toMatchObject({ assist: 'agreed' });
  });

  it.each([
    ['answers with an error status', () => model.fail(500), 'status 500'],
    ['does not answer in time', () => model.hang(), 'timeout'],
    ['answers with text instead of JSON', () => model.reply('Ga naar de SVB.'), 'not JSON'],
    [
      'makes up an organisation',
      () => model.reply('{"agency": "belastingkantoor"}'),
      'unknown agency',
    ],
  ])('answers with the built-in router when the model %s', async (_case, arrange, error) => {
    arrange();
    const response = await t.chat({ message: QUESTION });
    expect(response.status).toBe(200);
    const body = await response.json();
    expectChatResponse(body);
    expect(body.agency.id).toBe('toeslagen');
    expect(body.contact.phone).toEqual(expect.any(String));
    expect(await storedAnsweredBy(body.sessionId)).toBe('router');
    expect(lastTurnLog()).toMatchObject({ assist: 'failed' });
    expect(String(lastTurnLog()?.assistError)).toContain(error);
  });

  // Danger told without its name: the built-in check hears no crisis here (the router sends it
  // to the CJIB), which is what the model is asked about.
  const UNNAMED_DANGER =
    'Als hij thuiskomt weet ik nooit in welke bui hij is, ik loop op eieren en mijn telefoon moet altijd open liggen';

  it('puts the crisis line first when the model hears a danger the built-in check did not', async () => {
    model.reply('{"agency": "veilig-thuis", "signals": ["frustration"], "crisis": "violence"}');
    const body = await (await t.chat({ message: UNNAMED_DANGER })).json();
    expect(body.agency.id).toBe('veilig-thuis');
    expect(body.reply).toMatch(/^Bent u thuis niet veilig\?/);
    expect(body.contact).toMatchObject({ agencyId: 'veilig-thuis', phone: '0800-2000' });
    // A crisis line is called, not called back, and the report does not count it.
    expect(body.reply).not.toMatch(/Die leest dan ook dit gesprek/);
    expect(body.stuck.signals).toEqual([]);
    expect(lastTurnLog()).toMatchObject({ assist: 'changed', assistCrisis: 'violence' });
    const events = await t.db.select().from(stuckEvents);
    expect(events.every((event) => event.excerpt === null)).toBe(true);
  });

  it('puts the line first also when the model names no organisation, and the next message stays with it', async () => {
    model.reply('{"agency": null, "crisis": "suicide"}');
    const first = await (
      await t.chat({ message: 'Ik zie het nut van alles niet meer in, ik ben er klaar mee' })
    ).json();
    expect(first.reply).toMatch(/^Denkt u aan zelfdoding/);
    expect(first.contact.phone).toBe('0800-0113');
    model.reply('{"agency": null}');
    const next = await (await t.chat({ message: 'ok', sessionId: first.sessionId })).json();
    expect(next.contact.phone).toBe('0800-0113');
  });

  it('never takes away a crisis line the built-in check heard', async () => {
    model.reply('{"agency": "ind", "signals": [], "crisis": null}');
    const body = await (await t.chat({ message: 'mijn man slaat mij' })).json();
    expect(body.reply).toMatch(/^Bent u thuis niet veilig\?/);
    expect(body.contact).toMatchObject({ agencyId: 'veilig-thuis', phone: '0800-2000' });
  });

  it('hears no crisis in a crisis id it does not know', async () => {
    model.reply('{"agency": "cjib", "crisis": "flood"}');
    const body = await (await t.chat({ message: UNNAMED_DANGER })).json();
    expect(body.agency.id).toBe('cjib');
    expect(body.reply).not.toMatch(/^Bent u thuis niet veilig|Veilig Thuis/);
    expect(lastTurnLog()).toMatchObject({ assist: 'agreed', assistCrisis: null });
  });

  it('keeps the line the built-in check heard when the model hears another crisis', async () => {
    model.reply('{"agency": null, "crisis": "emergency"}');
    const body = await (await t.chat({ message: 'mijn man slaat mij' })).json();
    expect(body.reply).toMatch(/^Bent u thuis niet veilig\?/);
    expect(body.contact.phone).toBe('0800-2000');
  });

  it('still hears the danger when the model makes up an organisation', async () => {
    model.reply('{"agency": "huisarts", "crisis": "violence"}');
    const body = await (await t.chat({ message: UNNAMED_DANGER })).json();
    expect(body.reply).toMatch(/^Bent u thuis niet veilig\?/);
    expect(body.contact.phone).toBe('0800-2000');
    expect(lastTurnLog()).toMatchObject({ assist: 'failed', assistCrisis: 'violence' });
  });

  it('puts 112 first but keeps the answer when only the model hears an emergency in a question it can answer', async () => {
    model.reply('{"agency": "duo", "crisis": "emergency"}');
    const body = await (
      await t.chat({ message: 'Mijn DUO-aflossing is omhoog gegaan en ik kan het niet betalen' })
    ).json();
    expect(body.agency.id).toBe('duo');
    expect(body.reply).toMatch(/^Is iemand nu in gevaar, ernstig gewond of bewusteloos\?/);
    expect(body.reply).toContain('DUO');
  });

  it('sends the model only redacted text, never the personal data in the message', async () => {
    model.reply('{"agency": null}');
    await t.chat({
      message: 'Mijn BSN is 111222333, mijn IBAN NL91ABNA0417164300 en ik moet terugbetalen',
    });
    const sent = JSON.stringify(model.requests.at(-1)?.body);
    expect(sent).toContain('[BSN]');
    expect(sent).not.toContain('111222333');
    expect(sent).not.toContain('NL91ABNA0417164300');
    expect(model.requests.at(-1)).toMatchObject({
      authorization: 'Bearer sk-test',
      body: { model: 'small-model' },
    });
  });

  it("shows the model the conversation's earlier messages", async () => {
    model.reply('{"agency": null}');
    const first = await (await t.chat({ message: QUESTION })).json();
    await t.chat({ message: 'En hoe lang duurt dat?', sessionId: first.sessionId });
    const user = model.requests.at(-1)?.body.messages[1]?.content ?? '';
    expect(user).toContain(`Earlier messages, oldest first:\n- ${QUESTION}`);
    expect(user).toContain('Latest message:\nEn hoe lang duurt dat?');
  });

  it('does not let the model pick an organisation for a subject none here handles, which it could only misroute', async () => {
    model.reply('{"agency": "uwv", "signals": []}');
    const body = await (await t.chat({ message: 'I need a doctor', locale: 'en' })).json();
    expect(body.agency).toBeNull();
    expect(body.reply).toMatch(/^For medical help, go to your GP/);
  });

  it('sends a subject none here handles to 112 when the model hears an emergency in it', async () => {
    model.reply('{"agency": null, "crisis": "emergency"}');
    const body = await (
      await t.chat({
        message: 'I need a doctor for my son, he cannot stop shaking and his lips look grey',
        locale: 'en',
      })
    ).json();
    expect(body.agency.id).toBe('alarmnummer');
    expect(body.reply).toMatch(/^Is someone in danger, badly hurt or unconscious right now\?/);
    expect(body.reply).not.toMatch(/go to your GP/);
    expect(body.contact.phone).toBe('112');
  });

  it('sends a message the router is unsure of to 112 when the model hears an emergency', async () => {
    model.reply('{"agency": null, "crisis": "emergency"}');
    // Danger described in words no phrase of the built-in check lists (the router guessed RDW).
    const body = await (
      await t.chat({
        message:
          'my grandmother seems very confused since this morning and her words come out wrong',
        locale: 'en',
      })
    ).json();
    expect(body.agency.id).toBe('alarmnummer');
    expect(body.contact.phone).toBe('112');
  });
});

describe('POST /api/chat without a language model', () => {
  it('never calls one and answers with the built-in router', async () => {
    const plain = await createTestApp();
    try {
      const before = model.requests.length;
      const body = await (await plain.chat({ message: QUESTION })).json();
      expect(body.agency.id).toBe('toeslagen');
      expect(model.requests.length).toBe(before);
    } finally {
      plain.close();
    }
  });
});
