import { afterAll, describe, expect, it } from 'vitest';
import { createDrizzleStore } from '../../src/db/drizzle-store.js';
import { createDrizzleEscalationStore } from '../../src/db/escalation-store.js';
import { openLibsqlDatabase } from '../../src/db/libsql.js';
import type { NewTurn, StoredSession } from '../../src/db/store.js';
import { anOpenCase } from '../support/escalation.js';

const { db, client } = await openLibsqlDatabase(':memory:');
const store = createDrizzleStore(db);
const escalations = createDrizzleEscalationStore(db);
afterAll(() => client.close());

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute));
const session = (turnCount: number): StoredSession => ({
  id: 'session-1',
  createdAt: at(0),
  updatedAt: at(turnCount),
  locale: 'nl',
  channel: 'web',
  agencyId: 'toeslagen',
  topicId: 'huurtoeslag',
  pendingOptions: [],
  pendingQuestion: null,
  handoffOffered: false,
  turnCount,
});
const turn = (seq: number): NewTurn => ({
  seq,
  createdAt: at(seq),
  message: `vraag ${seq}`,
  reply: `antwoord ${seq}`,
  agencyId: 'toeslagen',
  topicId: 'huurtoeslag',
  confidence: 0.8,
  clarify: false,
  signals: seq === 8 ? ['loop'] : [],
  redactedKinds: [],
  answeredBy: 'router',
  durationMs: 3,
});

describe('loading a conversation for its next turn', () => {
  it('knows nothing of a session that was never stored', async () => {
    expect(await store.loadConversation('nobody', 6)).toBeUndefined();
  });

  it('reads the session, its last turns oldest first, and no hand-off before there is one', async () => {
    for (let seq = 1; seq <= 8; seq += 1) await store.saveTurn(session(seq), turn(seq));
    const loaded = await store.loadConversation('session-1', 6);
    expect(loaded?.session).toMatchObject({ id: 'session-1', turnCount: 8, agencyId: 'toeslagen' });
    expect(loaded?.history.map((t) => t.seq)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(loaded?.history.at(-1)).toMatchObject({ message: 'vraag 8', signals: ['loop'] });
    expect(loaded?.openEscalations).toEqual([]);
  });

  it('brings the open hand-offs along, newest first, and leaves a resolved one out', async () => {
    const handOff = anOpenCase({
      reference: 'TOE-ABC-DEF',
      sessionId: 'session-1',
      agencyId: 'toeslagen',
      topicId: 'huurtoeslag',
      caseworkerId: 'cw-1',
      caseworkerName: 'Team Huurtoeslag',
      createdAt: at(9),
      expectedContactAt: at(60),
    });
    await escalations.create(handOff);
    const open = async () => (await store.loadConversation('session-1', 6))?.openEscalations;
    expect(await open()).toMatchObject([{ reference: 'TOE-ABC-DEF', status: 'open' }]);
    expect(
      await escalations.claim('TOE-ABC-DEF', { sub: 'cw-1' }, at(30), { claimedBy: null }),
    ).toBe(true);
    expect((await open())?.map((row) => row.status)).toEqual(['claimed']);
    await escalations.create({
      ...handOff,
      reference: 'UWV-ABC-DEF',
      agencyId: 'uwv',
      createdAt: at(40),
    });
    expect((await open())?.map((row) => row.reference)).toEqual(['UWV-ABC-DEF', 'TOE-ABC-DEF']);
    expect(
      await escalations.resolve(
        'TOE-ABC-DEF',
        'geholpen',
        at(90),
        { sub: 'cw-1' },
        { claimedBy: 'cw-1' },
      ),
    ).toBe(true);
    expect((await open())?.map((row) => row.reference)).toEqual(['UWV-ABC-DEF']);
  });
});
