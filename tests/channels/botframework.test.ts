import { eq } from 'drizzle-orm';
import { generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBotFrameworkChannel } from '../../src/channels/botframework/channel.js';
import { channelLoginUrl } from '../../src/channels/botframework/login-url.js';
import { loadConfig } from '../../src/config.js';
import { escalations, sessions, turns } from '../../src/db/schema.js';
import { createMemoryLogger } from '../../src/http/logger.js';
import { createTestApp, WEDNESDAY_MORNING, type TestApp } from '../support/app.js';
import {
  APP_ID,
  APP_PASSWORD,
  ISSUER,
  OUTBOUND_TOKEN,
  SCOPE,
  startFakeBotConnector,
  type FakeBotConnector,
  type SignOptions,
} from './fake-bot-connector.js';

const NOW = WEDNESDAY_MORNING;
let connector: FakeBotConnector;
let t: TestApp;
let channelLogs: ReturnType<typeof createMemoryLogger>;

beforeAll(async () => {
  connector = await startFakeBotConnector();
});
afterAll(() => connector.close());

beforeEach(async () => {
  connector.replies.length = 0;
  connector.tokenRequests.length = 0;
  connector.failRepliesWith = undefined;
  channelLogs = createMemoryLogger();
  const config = loadConfig({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: APP_PASSWORD,
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: `${connector.url}/v1/.well-known/openidconfiguration`,
    ToBotFromChannelTokenIssuer: ISSUER,
    ToChannelFromBotLoginUrl: `${connector.url}/botframework.com`,
    ToChannelFromBotOAuthScope: SCOPE,
  });
  // A fresh channel per test: its key and token caches start empty.
  const botFramework = createBotFrameworkChannel(config, { log: channelLogs, clock: () => NOW });
  t = await createTestApp({ botFramework });
});
afterEach(() => t.close());

let activityIds = 0;
function message(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `activity-${++activityIds}`,
    channelId: 'webchat',
    serviceUrl: connector.serviceUrl,
    conversation: { id: 'conversation-1' },
    from: { id: 'user-1', name: 'Burger' },
    recipient: { id: 'bot-1', name: 'Wegwijzer' },
    text,
    locale: 'nl-NL',
    ...extra,
  };
}

/** A message with no text at all, only a value: what Teams sends for a card's button. */
function valueOnly(value: unknown, extra: Record<string, unknown> = {}) {
  const activity: Record<string, unknown> = message('', { value, ...extra });
  delete activity.text;
  return activity;
}

async function post(activity: unknown, token?: string | null, options?: Partial<SignOptions>) {
  const bearer = token === undefined ? await connector.sign({ now: NOW, ...options }) : token;
  const response = await t.app.request('/api/messages', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(bearer === null ? {} : { Authorization: `Bearer ${bearer}` }),
    },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  // The reply goes out after the response: wait for it before looking at the connector.
  await t.settled();
  return response;
}

const replyText = (index: number) => String(connector.replies[index]?.body.text);

async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(body.contact.phone).toMatch(/\d/);
  expect(body.contact.name).toBeTruthy();
}

describe('POST /api/messages: a message activity', () => {
  it('answers 200 and posts a reply with the routed agency and a contact phone', async () => {
    const activity = message('Ik moet mijn huurtoeslag terugbetalen');
    const response = await post(activity);
    expect(response.status).toBe(200);
    expect(connector.replies).toHaveLength(1);
    const [reply] = connector.replies;
    expect(reply?.path).toBe(`/v3/conversations/conversation-1/activities/${activity.id}`);
    expect(reply?.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
    expect(reply?.body).toMatchObject({
      type: 'message',
      from: { id: 'bot-1' },
      recipient: { id: 'user-1' },
      conversation: { id: 'conversation-1' },
      replyToId: activity.id,
    });
    // The same answer /api/chat gives: Dienst Toeslagen, with a named person and a phone.
    const chat = await (await t.chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' })).json();
    expect(chat.agency.id).toBe('toeslagen');
    expect(replyText(0)).toContain('Toeslagen');
    expect(replyText(0)).toContain(chat.contact.phone);
    expect(replyText(0)).toContain(chat.contact.name);
  });

  it('continues one session per conversation: the second message is a follow-up', async () => {
    await post(message('Ik moet mijn huurtoeslag terugbetalen'));
    await post(message('En hoe lang duurt dat?'));
    expect(connector.replies).toHaveLength(2);
    const stored = await t.db.select().from(sessions).where(eq(sessions.channel, 'botframework'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ turnCount: 2, agencyId: 'toeslagen' });
    expect(stored[0]?.id).toMatch(/^bf-[A-Za-z0-9_-]{32}$/);
    const [, second] = await t.db.select().from(turns).where(eq(turns.sessionId, stored[0]!.id));
    expect(second).toMatchObject({ seq: 2, agencyId: 'toeslagen', clarify: false });
    expect(replyText(1)).toMatch(/^Onderwerp: Toeslag terugbetalen\./);

    await post(message('Ik moet mijn huurtoeslag terugbetalen', { conversation: { id: 'other' } }));
    const all = await t.db.select().from(sessions).where(eq(sessions.channel, 'botframework'));
    expect(all).toHaveLength(2);
  });

  it('gives each person in a group chat a session of their own, so nobody hands over another', async () => {
    const group = (id: string) => ({
      conversation: { id: 'team-chat', isGroup: true },
      from: { id },
    });
    await post(message('Ik heb schulden en ik wil iemand spreken', group('user-a')));
    await post(message('ja, graag', group('user-b')));
    const stored = await t.db.select().from(sessions).where(eq(sessions.channel, 'botframework'));
    expect(stored).toHaveLength(2);
    expect(await t.db.select().from(escalations)).toHaveLength(0);
    // The person who asked can still say yes to their own offer.
    await post(message('ja, graag', group('user-a')));
    expect(await t.db.select().from(escalations)).toHaveLength(1);
  });

  it('reads a Teams message as the person wrote it: entities decoded, tags and the @mention gone', async () => {
    await post(
      message(
        '<p><at>Wegwijzer</at> ik heb een vraag over de AOW &amp; mijn pensioen.</p><p>Wanneer krijg ik het&#39;s?&nbsp;&lt;dank&gt;</p>',
        { channelId: 'msteams', conversation: { id: 'teams-1' } },
      ),
    );
    const [stored] = await t.db.select().from(turns);
    expect(stored?.message).toBe(
      "ik heb een vraag over de AOW & mijn pensioen.\nWanneer krijg ik het's? <dank>",
    );
    // About the AOW, so the SVB's.
    expect(stored?.agencyId).toBe('svb');
    expect(replyText(0)).toContain('SVB');
  });

  it('keeps what someone typed in Web Chat as it is, also what looks like an entity or a tag', async () => {
    await post(message('wat betekent &amp; in <b>mijn</b> brief over huurtoeslag'));
    const [stored] = await t.db.select().from(turns);
    expect(stored?.message).toBe('wat betekent &amp; in <b>mijn</b> brief over huurtoeslag');
  });

  it('takes a button that sends only a value (a Teams card) as the choice it names', async () => {
    const teams = (id: string, value: unknown) =>
      valueOnly(value, { channelId: 'msteams', conversation: { id } });
    // An Adaptive Card's Action.Submit with a topic reference in its data.
    await post(teams('card-1', { choice: 'toeslagen/huurtoeslag' }));
    // A suggested action's value as a plain string, and a card whose data is Teams' imBack.
    await post(teams('card-2', 'Huurtoeslag'));
    await post(teams('card-3', { msteams: { type: 'imBack', value: 'Huurtoeslag' } }));
    expect(connector.replies).toHaveLength(3);
    const stored = await t.db.select().from(turns);
    expect(stored.map((turn) => [turn.message, turn.agencyId])).toEqual([
      ['Huurtoeslag', 'toeslagen'],
      ['Huurtoeslag', 'toeslagen'],
      ['Huurtoeslag', 'toeslagen'],
    ]);
    for (const index of [0, 1, 2]) {
      expect(replyText(index)).not.toMatch(/Ik begrijp uw vraag nog niet/);
      expect(replyText(index)).toContain('Toeslagen');
    }
  });

  it('answers a click on a clarify option sent as a value only, in the same conversation', async () => {
    await post(message('Hoe lang heb ik om terug te betalen?'));
    const body = connector.replies[0]?.body as {
      suggestedActions?: { actions: { title: string; value: string }[] };
    };
    const choice = body.suggestedActions?.actions[0]?.value;
    expect(choice).toBeTruthy();
    await post(valueOnly({ choice }));
    expect(replyText(1)).not.toMatch(/Ik begrijp uw vraag nog niet|Waar gaat uw vraag over/);
    const stored = await t.db.select().from(turns);
    expect(stored.at(-1)?.message).toBe(choice);
    expect(stored.at(-1)?.clarify).toBe(false);
  });

  it('still asks for words when a value names no choice', async () => {
    await post(valueOnly({ count: 3, flag: true }));
    expect(replyText(0)).toMatch(/^Ik begrijp uw vraag nog niet goed\./);
  });

  it('asks for words, and points to the library, when a photo comes without them', async () => {
    await post(message('', { attachments: [{ contentType: 'image/jpeg' }] }));
    expect(replyText(0)).toMatch(/^Ik kan geen foto of bestand lezen\./);
    expect(replyText(0)).toContain('Informatiepunt');
  });

  it('offers the clarify options as suggested actions, in English for an en-* locale', async () => {
    // The question has no subject, so the answer asks which one (the clarify test set's example).
    await post(message('Hoe lang heb ik om terug te betalen?', { locale: 'en-GB' }));
    const body = connector.replies[0]?.body as {
      locale: string;
      suggestedActions?: { actions: { type: string; title: string; value: string }[] };
    };
    expect(body.locale).toBe('en-GB');
    expect(replyText(0)).toContain('What is your question about?');
    expect(body.suggestedActions?.actions.length).toBeGreaterThanOrEqual(2);
    for (const action of body.suggestedActions?.actions ?? []) {
      expect(action).toMatchObject({ type: 'imBack', value: action.title });
    }
  });

  it('offers the next best topics as suggested actions after an unsure answer', async () => {
    await post(message('Ik ga verhuizen naar het buitenland'));
    const body = connector.replies[0]?.body as {
      suggestedActions?: { actions: { type: string; title: string; value: string }[] };
    };
    expect(replyText(0)).toContain('Gaat uw vraag over iets anders');
    expect(body.suggestedActions?.actions).toHaveLength(2);
  });

  it('never writes the message text to the log', async () => {
    await post(message('Mijn naam is Jan Jansen en ik moet mijn huurtoeslag terugbetalen'));
    const logged = JSON.stringify([t.logs.entries, channelLogs.entries]);
    expect(logged).not.toMatch(/Jansen|terugbetalen/);
    expect(t.logs.entries.some((entry) => entry.event === 'botframework.turn')).toBe(true);
  });

  it('answers a message over 2000 characters with a short explanation and a contact', async () => {
    expect((await post(message('huurtoeslag '.repeat(200)))).status).toBe(200);
    expect(replyText(0)).toContain('Uw bericht is te lang');
    expect(replyText(0)).toMatch(/Bel .+: \d/);
  });

  it('logs a reply the connector refuses, without the text, and still answers 200', async () => {
    connector.failRepliesWith = 502;
    expect((await post(message('Ik moet mijn huurtoeslag terugbetalen'))).status).toBe(200);
    const failure = channelLogs.entries.find(
      (entry) => entry.event === 'botframework.reply_failed',
    );
    expect(failure?.fields).toMatchObject({ step: 'reply', status: 502 });
    expect(JSON.stringify(channelLogs.entries)).not.toMatch(/huurtoeslag|terugbetalen/i);
  });

  it('fetches the outbound token once and reuses it for the next reply', async () => {
    await post(message('Ik moet mijn huurtoeslag terugbetalen'));
    await post(message('Hoe verleng ik mijn verblijfsvergunning?'));
    expect(connector.replies).toHaveLength(2);
    expect(connector.tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(connector.tokenRequests[0]!)).toEqual({
      grant_type: 'client_credentials',
      client_id: APP_ID,
      client_secret: APP_PASSWORD,
      scope: `${SCOPE}/.default`,
    });
    for (const reply of connector.replies) {
      expect(reply.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
    }
  });
});

describe('POST /api/messages: other activities', () => {
  const update = (members: string[]) => ({
    type: 'conversationUpdate',
    id: 'update-1',
    channelId: 'webchat',
    serviceUrl: connector.serviceUrl,
    conversation: { id: 'conversation-2' },
    recipient: { id: 'bot-1' },
    membersAdded: members.map((id) => ({ id })),
  });

  it('welcomes a person who joins, with where to call in danger and a contact', async () => {
    const response = await post(update(['bot-1', 'user-2']));
    expect(response.status).toBe(200);
    expect(connector.replies).toHaveLength(1);
    expect(replyText(0)).toContain('Welkom bij Wegwijzer');
    expect(replyText(0)).toContain('In gevaar? Bel 112.');
    expect(replyText(0)).toMatch(/\d{3,}/);
    // In paragraphs, as every other answer: the danger line and whom to call each stand alone.
    const paragraphs = replyText(0).split('\n\n');
    expect(paragraphs[0]).toMatch(/^Welkom bij Wegwijzer/);
    expect(paragraphs[1]).toMatch(/^In gevaar\? Bel 112\./);
    expect(paragraphs[2]).toMatch(/^Wilt u liever met iemand praten\? Bel /);
  });

  it('puts whom to call in a paragraph of its own after a notice (a photo, an empty message)', async () => {
    await post(message('', { attachments: [{ contentType: 'image/jpeg' }] }));
    await post(message('   ', { conversation: { id: 'conversation-empty' } }));
    for (const index of [0, 1]) {
      const paragraphs = replyText(index).split('\n\n');
      expect(paragraphs).toHaveLength(2);
      expect(paragraphs[1]).toMatch(/Bel .*: \d/);
    }
  });

  it('says nothing when only the bot joins, or for a typing activity', async () => {
    expect((await post(update(['bot-1']))).status).toBe(200);
    expect((await post({ ...message(''), type: 'typing' })).status).toBe(200);
    expect(connector.replies).toHaveLength(0);
  });
});

describe('POST /api/messages: refused', () => {
  /** Why the last activity was refused, as logged. */
  const refusal = () =>
    t.logs.entries.filter((entry) => entry.event === 'botframework.unauthorized').at(-1)?.fields
      .reason;

  it.each<[string, Partial<SignOptions> | null, string]>([
    ['a missing token', null, 'missing'],
    ['an expired token', { expiresIn: -6 * 60 }, 'expired'],
    ['a token from another issuer', { issuer: 'https://sts.windows.net/x/' }, 'wrong-issuer'],
    ['a token for another bot', { audience: 'another-app' }, 'wrong-audience'],
    [
      'a token for another service URL',
      { serviceUrl: 'https://attacker.example/' },
      'service-url-mismatch',
    ],
    ['a token without a service URL', { serviceUrl: null }, 'service-url-mismatch'],
  ])('answers 401 with a contact for %s, and sends nothing', async (_name, options, reason) => {
    const activity = message('Ik moet mijn huurtoeslag terugbetalen');
    const response = await post(activity, options === null ? null : undefined, options ?? {});
    await expectRefused(response, 401, 'unauthorized');
    expect(refusal()).toBe(reason);
    expect(connector.replies).toHaveLength(0);
    expect(await t.db.select().from(sessions)).toHaveLength(0);
  });

  it('answers 401 for a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await connector.sign({ now: NOW, key: privateKey });
    await expectRefused(await post(message('huurtoeslag'), forged), 401, 'unauthorized');
    expect(refusal()).toBe('invalid-signature');
    expect(connector.replies).toHaveLength(0);
  });

  it('answers 401 for a channel the signing key is not endorsed for', async () => {
    const response = await post({ ...message('huurtoeslag'), channelId: 'unknown-channel' });
    await expectRefused(response, 401, 'unauthorized');
    expect(refusal()).toBe('not-endorsed');
  });

  it('accepts a token that expired within the five minutes of clock tolerance', async () => {
    expect((await post(message('huurtoeslag'), undefined, { expiresIn: -4 * 60 })).status).toBe(
      200,
    );
  });

  it('answers 400 with a contact for a body that is not an activity', async () => {
    await expectRefused(
      await post({ type: 'message', text: 'huurtoeslag' }),
      400,
      'invalid_activity',
    );
    await expectRefused(
      await post({ ...message('x'), serviceUrl: 'ftp://x' }),
      400,
      'invalid_activity',
    );
    await expectRefused(await post('{"type": '), 400, 'invalid_json');
    expect(connector.replies).toHaveLength(0);
  });

  it('answers 503 with a contact when the channel is not configured', async () => {
    t.close();
    t = await createTestApp();
    await expectRefused(await post(message('huurtoeslag')), 503, 'unavailable');
  });
});

describe('the outbound login URL', () => {
  const base = {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  };
  it('uses botframework.com for a MultiTenant bot and the tenant for a SingleTenant bot', () => {
    expect(channelLoginUrl({ ...base, MicrosoftAppType: 'MultiTenant' })).toBe(
      'https://login.microsoftonline.com/botframework.com',
    );
    expect(
      channelLoginUrl({
        ...base,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'tenant-1',
      }),
    ).toBe('https://login.microsoftonline.com/tenant-1');
  });

  it('keeps a login URL that is not Microsoft’s (a private cloud or a test double)', () => {
    expect(
      channelLoginUrl({
        ToChannelFromBotLoginUrl: 'http://127.0.0.1:9/botframework.com/',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'tenant-1',
      }),
    ).toBe('http://127.0.0.1:9/botframework.com');
  });

  it('refuses a SingleTenant bot without a tenant id at start-up, naming the variable', () => {
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      MicrosoftAppType: 'SingleTenant',
    });
    expect(() => createBotFrameworkChannel(config, { log: channelLogs })).toThrow(
      /MicrosoftAppTenantId/,
    );
  });
});
