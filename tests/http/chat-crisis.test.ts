import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escalations } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { converse } from '../support/converse.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('a person in crisis', () => {
  it('who thinks of suicide gets 113 first and only, and no offer of a call back', async () => {
    const [answer] = await converse(t, ['ik wil niet meer leven']);
    expect(answer.agency.id).toBe('zelfmoordpreventie');
    expect(answer.reply).toMatch(/^Denkt u aan zelfdoding\?/);
    expect(answer.reply).toContain('0800-0113');
    expect(answer.reply).toContain('Bel 112');
    expect(answer.reply).not.toMatch(/maatwerk|ombudsman|Die leest dan ook dit gesprek/);
    expect(answer.contact).toMatchObject({ phone: '0800-0113', openNow: true });
    expect(answer.contact.hours).toBe('dag en nacht, elke dag, ook op feestdagen');
  });

  it('who says yes afterwards is not handed to a caseworker the crisis line never offered', async () => {
    const [, yes] = await converse(t, ['ik wil niet meer leven', 'ja graag']);
    expect(yes.reply).not.toMatch(/Die leest dan ook dit gesprek/);
    expect(await t.db.select().from(escalations)).toEqual([]);
  });

  it('with debts as well gets 113 first, then the answer about the debts', async () => {
    const [answer] = await converse(t, [
      'ik heb zoveel schulden bij de belastingdienst, ik wil er een einde aan maken',
    ]);
    expect(answer.agency.id).toBe('belastingdienst');
    expect(answer.reply).toMatch(/^Denkt u aan zelfdoding\?[^\n]*0800-0113/);
    expect(answer.reply).toMatch(/\n\nDe Belastingdienst kan u helpen/);
  });

  it('who is hit at home gets Veilig Thuis, day and night, and 112 in danger', async () => {
    const [answer] = await converse(t, ['my husband hits me'], { locale: 'en' });
    expect(answer.agency.id).toBe('veilig-thuis');
    expect(answer.reply).toMatch(/^Are you not safe at home/);
    expect(answer.reply).toContain('Call 112');
    expect(answer.contact).toMatchObject({ name: 'Veilig Thuis', phone: '0800-2000' });
  });

  it('who asks about a residence permit of their own gets the IND, with Veilig Thuis first', async () => {
    const [answer] = await converse(t, [
      'mijn man slaat mij en ik wil een eigen verblijfsvergunning',
    ]);
    expect(answer.agency.id).toBe('ind');
    expect(answer.reply).toMatch(/^Bent u thuis niet veilig\?[^\n]*0800-2000/);
  });

  it('is not heard in an ordinary question about a bailiff', async () => {
    const [answer] = await converse(t, ['de deurwaarder dreigt met beslag op mijn loon']);
    expect(answer.reply).not.toMatch(/0800-0113|0800-2000|Bel 112/);
  });
});
