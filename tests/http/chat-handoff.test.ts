import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escalations, turns } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { converse } from '../support/converse.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const ASK_FOR_A_PERSON = 'Ik moet mijn huurtoeslag terugbetalen. Ik wil iemand spreken.';

describe('a hand-off in the chat', () => {
  it('says in the offer that the staff member will read the conversation, and asks for a number', async () => {
    const [offer] = await converse(t, [ASK_FOR_A_PERSON]);
    expect(offer.reply).toContain('Die leest dan ook dit gesprek.');
    expect(offer.reply).toContain('Zet uw telefoonnummer erbij.');
  });

  it('asks for a phone number after a yes without one, and adds the number typed next to the case', async () => {
    const [, yes, number, later] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja, graag',
      'u kunt me bellen op 06-12345678',
      'Hoe lang duurt dat?',
    ]);
    expect(yes.reply).toContain('Op welk telefoonnummer kunnen wij u bellen?');
    expect(number.escalation.reference).toBe(yes.escalation.reference);
    expect(number.reply).toContain(`${yes.escalation.caseworker.name} krijgt uw telefoonnummer`);
    expect(number.reply).not.toMatch(/\d{6}/);
    // The number is no new subject: the conversation stays with Toeslagen.
    expect(number.agency.id).toBe('toeslagen');
    expect(later.reply).toContain(yes.escalation.reference);

    const [row] = await t.db.select().from(escalations);
    expect(row?.callbackPhone).toBe('06-12345678');
    // The turn itself keeps only the placeholder.
    const stored = await t.db.select().from(turns);
    expect(JSON.stringify(stored)).not.toContain('12345678');
  });

  it.each([
    ['ja graag, bel me op 06 12345678', '06 12345678'],
    ['yes please, my number is +31 6 12345678', '+31 6 12345678'],
    ['0612345678', '0612345678'],
  ])('takes %j as yes with the number to call', async (answer, phone) => {
    const [, yes] = await converse(t, [ASK_FOR_A_PERSON, answer]);
    expect(yes.escalation.reference).toMatch(/^TSL-/);
    expect(yes.reply).not.toContain('Op welk telefoonnummer');
    const [row] = await t.db.select().from(escalations);
    expect(row?.callbackPhone).toBe(phone);
  });

  it('does not take a number quoted in a question as the callback number', async () => {
    await converse(t, [ASK_FOR_A_PERSON, 'ja, graag', 'ik belde 06-12345678 maar niemand nam op']);
    const [row] = await t.db.select().from(escalations);
    expect(row?.callbackPhone).toBeNull();
  });

  it.each(['ja hoor', 'ja, doe maar', 'ja graag bel me', 'please do'])(
    'takes %j as yes',
    async (answer) => {
      const [, yes] = await converse(t, [ASK_FOR_A_PERSON, answer]);
      expect(yes.escalation?.reference).toMatch(/^TSL-/);
    },
  );

  it('opens a second case when the conversation moves on to another organisation', async () => {
    const [, first, moved, second] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja, graag',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
    ]);
    expect(first.escalation.reference).toMatch(/^TSL-/);
    expect(moved.agency.id).toBe('uwv');
    expect(moved.reply).not.toContain(first.escalation.reference);
    expect(moved.reply).toContain('Zeg dan: ja, graag.');
    expect(second.escalation.reference).toMatch(/^UWV-/);
    const rows = await t.db.select().from(escalations);
    expect(rows.map((row) => row.agencyId).sort()).toEqual(['toeslagen', 'uwv']);
  });
});
