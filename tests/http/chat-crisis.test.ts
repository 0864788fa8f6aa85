import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escalations, stuckEvents } from '../../src/db/schema.js';
import { createTestApp, testCore, type TestApp } from '../support/app.js';
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
    expect(answer.reply).toMatch(/^Denkt u aan zelfdoding, of maakt u zich zorgen om iemand\?/);
    expect(answer.reply).toContain('0800-0113');
    expect(answer.reply).toContain('Bel 112');
    expect(answer.reply).not.toMatch(/maatwerk|ombudsman|Die leest dan ook dit gesprek/);
    expect(answer.contact).toMatchObject({ phone: '0800-0113', openNow: true });
    expect(answer.contact.hours).toBe('dag en nacht, elke dag, ook op feestdagen');
    // In danger, not stuck with an organisation: the report of knelpunten does not count it.
    expect(answer.stuck.signals).toEqual([]);
  });

  it('who was raped gets the Centrum Seksueel Geweld first, within 7 days, without having to report it', async () => {
    const [answer, later] = await converse(t, [
      'ik ben gisteren verkracht',
      'moet ik aangifte doen?',
    ]);
    expect(answer.agency.id).toBe('centrum-seksueel-geweld');
    expect(answer.reply).toMatch(/^Bent u verkracht of aangerand[^\n]*binnen 7 dagen/);
    expect(answer.reply).toContain('U hoeft geen aangifte te doen.');
    expect(answer.contact).toMatchObject({ phone: '0800-0188', openNow: true });
    expect(answer.stuck.signals).toEqual([]);
    // The next message stays with the line, which is said again without the first question.
    expect(later.agency.id).toBe('centrum-seksueel-geweld');
    expect(later.reply).toMatch(/^Het Centrum Seksueel Geweld denkt met u mee, ook over aangifte/);
    expect(await t.db.select().from(escalations)).toEqual([]);
  });

  it('keeps 113 and 112 in every later answer, also one about something else', async () => {
    const [, , debts, open, ok] = await converse(t, [
      'ik wil niet meer leven',
      'niemand kan me helpen',
      'ik heb schulden en het wordt me te veel',
      'wanneer zijn ze open',
      'ok',
    ]);
    expect(open.reply).toContain('Hieronder staan het nummer en de tijden van uw gemeente.');
    for (const answer of [debts, open, ok]) {
      expect(answer.reply).toMatch(/^U kunt nu met iemand van 113 praten\.[^\n]*Bel 112\./);
      expect(answer.reply).not.toMatch(/Die leest dan ook dit gesprek/);
    }
    expect(debts.agency.id).toBe('gemeente');
    // No excerpt of a message in a crisis conversation is kept for the report.
    const events = await t.db.select().from(stuckEvents);
    expect(events.every((event) => event.excerpt === null)).toBe(true);
  });

  it('who says yes afterwards is not handed to a caseworker the crisis line never offered', async () => {
    const [, yes] = await converse(t, ['ik wil niet meer leven', 'ja graag']);
    expect(yes.reply).not.toMatch(/Die leest dan ook dit gesprek/);
    expect(await t.db.select().from(escalations)).toEqual([]);
  });

  it('with debts as well gets 113 first, then the answer about the debts, and 113 to press', async () => {
    const [answer] = await converse(t, [
      'ik heb zoveel schulden bij de belastingdienst, ik wil er een einde aan maken',
    ]);
    expect(answer.agency.id).toBe('belastingdienst');
    expect(answer.reply).toMatch(/^Denkt u aan zelfdoding[^\n]*0800-0113/);
    expect(answer.reply).toMatch(/\n\nDe Belastingdienst kan u helpen/);
    // The tax office is still named, with its own number, in its own answer.
    expect(answer.reply).toMatch(/Bel [^\n]*de Belastingdienst[^\n]*0800-0543/);
    expect(answer.reply).not.toMatch(/maatwerk|ombudsman|Die leest dan ook dit gesprek/);
    expect(answer.contact).toMatchObject({ phone: '0800-0113' });
    // The debt still counts for the tax office, but words about danger to life are not kept.
    const events = await t.db.select().from(stuckEvents);
    expect(events.map((event) => event.agencyId)).toContain('belastingdienst');
    expect(events.every((event) => event.excerpt === null)).toBe(true);
  });

  it("at their wit's end about a bailiff gets the debt help and a caseworker first, and 113 after it", async () => {
    const message = 'Ik heb schulden en de deurwaarder komt morgen, ik weet het niet meer';
    // Only the learned reader hears a danger here; no phrase names one.
    expect(testCore().crisisIn(message)?.learned).toBe(true);
    const [answer] = await converse(t, [message]);
    expect(answer.agency.id).toBe('gemeente');
    expect(answer.reply).toMatch(/^Wat vervelend dat het zo moeizaam gaat/);
    expect(answer.reply).toContain('0800-8115');
    expect(answer.reply).toContain('Wilt u dat een medewerker u belt?');
    expect(answer.reply).toMatch(/\n\nDenkt u aan zelfdoding[^\n]*0800-0113[^\n]*Bel 112\.$/);
    expect(answer.contact.agencyId).toBe('gemeente');
    expect(answer.stuck.signals).toContain('debt');
  });

  it('takes "no, I mean …" after a line only the learned reader heard as the end of that line', async () => {
    const tired = 'I am so tired of this. I have done everything they asked.';
    expect(testCore().crisisIn(tired)?.learned).toBe(true);
    const [first, denied, later] = await converse(t, [
      tired,
      'No, I mean the tax office keeps sending me letters about my tax return',
      'and how long does that take?',
    ]);
    expect(first.agency.id).toBe('zelfmoordpreventie');
    expect(denied.agency.id).toBe('belastingdienst');
    for (const answer of [denied, later]) expect(answer.reply).not.toContain('113');
  });

  it('keeps the line after "nee" when the danger was said in words', async () => {
    const [, denied] = await converse(t, [
      'ik wil niet meer leven',
      'nee, ik bedoel mijn schulden bij de belastingdienst',
    ]);
    expect(denied.reply).toMatch(/^U kunt nu met iemand van 113 praten\./);
  });

  it('who was bereaved by suicide is not asked whether they think of it', async () => {
    const [answer] = await converse(t, [
      'mijn vader heeft zelfmoord gepleegd, krijg ik nabestaandenpensioen?',
    ]);
    expect(answer.reply).not.toMatch(/Denkt u aan zelfdoding/);
    expect(answer.agency.id).toBe('svb');
  });

  it('stays with Veilig Thuis when the next question is part of the same danger', async () => {
    const [, night, passport] = await converse(t, [
      'mijn man slaat mij',
      'waar kan ik vannacht slapen met mijn kinderen?',
      'hij heeft mijn paspoort afgepakt',
    ]);
    for (const answer of [night, passport]) {
      expect(answer.agency.id).toBe('veilig-thuis');
      // The line again and 112, without asking again whether they are safe at home.
      expect(answer.reply).toMatch(/^Veilig Thuis denkt met u mee[^\n]*Bel 112\./);
      expect(answer.reply).not.toMatch(/Bent u thuis niet veilig\?/);
    }
  });

  it('does not ask again whether they are safe when they tell more of the same danger', async () => {
    const [, more, other] = await converse(t, [
      'mijn man slaat mij',
      'hij dreigt mij iets aan te doen als ik wegga',
      'ik wil niet meer leven',
    ]);
    expect(more.agency.id).toBe('veilig-thuis');
    expect(more.reply).toMatch(/^Veilig Thuis denkt met u mee/);
    // Another danger is told for the first time: its line's own first sentences.
    expect(other.agency.id).toBe('zelfmoordpreventie');
    expect(other.reply).toMatch(/^Denkt u aan zelfdoding/);
  });

  it('sends someone who finds a person unconscious to 112', async () => {
    const [answer] = await converse(t, ['er ligt iemand bewusteloos op straat']);
    expect(answer.agency.id).toBe('alarmnummer');
    expect(answer.reply).toMatch(/^Is iemand nu in gevaar[^\n]*Bel meteen 112\./);
    expect(answer.contact.phone).toBe('112');
  });

  it('never offers the crisis line as one of the topics for an ordinary complaint', async () => {
    const [answer] = await converse(t, ['these fines are killing me'], { locale: 'en' });
    expect(answer.reply).not.toMatch(/113|suicide/i);
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
