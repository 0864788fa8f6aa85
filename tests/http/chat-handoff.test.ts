import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { namedIn } from '../../src/core/contact.js';
import { escalations, turns } from '../../src/db/schema.js';
import { createTestApp, WEDNESDAY_MORNING, type TestApp } from '../support/app.js';
import { converse } from '../support/converse.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const ASK_FOR_A_PERSON = 'Ik moet mijn huurtoeslag terugbetalen. Ik wil iemand spreken.';

describe('a hand-off in the chat', () => {
  it('gives the case the signals of the message that asked for it, not only of those before', async () => {
    const [asked] = await converse(t, [
      'Ik kan mijn huurtoeslag niet terugbetalen, het is te veel. Bel mij terug op 0612345670',
    ]);
    expect(asked.stuck.signals).toContain('debt');
    const reference = asked.escalation?.reference;
    expect(reference).toMatch(/^TSL-/);
    const response = await t.staff(`/api/escalations/${reference}`, {
      role: 'caseworker',
      agency: 'toeslagen',
      sub: 'cw-1',
    });
    expect((await response.json()).signals).toEqual(expect.arrayContaining(asked.stuck.signals));
  });

  it('says in the offer that the staff member will read the conversation, and asks for a number', async () => {
    const [offer] = await converse(t, [ASK_FOR_A_PERSON]);
    expect(offer.reply).toContain('Die leest dan ook dit gesprek.');
    expect(offer.reply).toContain('Zet uw telefoonnummer erbij.');
  });

  it('addresses the named caseworker in English as "Ms" or "Mr", whole, in the answer and the hand-off', async () => {
    const [offer, handed] = await converse(t, [
      'My landlord raised the rent way too much and I want to talk to someone about objecting',
      'yes please, 0612345678',
    ]);
    expect(offer.reply).not.toMatch(/Meneer|Mevrouw|\[NAAM\]|\[NAME\]/);
    expect(handed.reply).toMatch(/ (Ms|Mr) [A-Z]\. \(\w+\) /);
    expect(handed.reply).not.toMatch(/Meneer|Mevrouw|\[NAAM\]|\[NAME\]/);
  });

  it.each([
    [
      'a case asked for with the number in the same message',
      ['Can someone call me about my rent allowance? My number is 0612345678'],
    ],
    [
      'the number after a yes',
      ['I want to talk to someone about my rent allowance', 'yes please', '0612345678'],
    ],
  ])('addresses the caseworker in English in %s, and in the case itself', async (_, messages) => {
    const answers = await converse(t, messages, { locale: 'en' });
    const last = answers.at(-1);
    expect(last.escalation?.caseworker.name).toMatch(/^(Ms|Mr|Team) /);
    for (const answer of answers) expect(answer.reply).not.toMatch(/Meneer|Mevrouw/);
  });

  it("offers a call from the municipality's debt help to someone with a bailiff and debts at several organisations", async () => {
    const [answer] = await converse(t, [
      'de deurwaarder staat nu voor de deur, ik heb schulden bij de belastingdienst en het cjib',
    ]);
    expect(answer.agency).toMatchObject({ id: 'gemeente', topic: { id: 'schuldhulp' } });
    expect(answer.stuck.signals).toContain('debt');
    expect(answer.reply).toContain('Die leest dan ook dit gesprek.');
    expect(answer.reply).toMatch(/0800-8115/);
  });

  it('asks for a phone number after a yes without one, and adds the number typed next to the case', async () => {
    const [, yes, number, later] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja, graag',
      'u kunt me bellen op 06-12345678',
      'Hoe lang duurt dat?',
    ]);
    expect(yes.reply).toContain('Op welk telefoonnummer kunnen wij u bellen?');
    // No call is promised before there is a number to call: the time comes with the question.
    expect(yes.reply).not.toMatch(/neemt contact met u op/);
    expect(yes.reply).toContain(
      `Dan belt ${yes.escalation.caseworker.name} u ${yes.escalation.expectedContact.text}.`,
    );
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

  it("never takes an organisation's own number for the person's", async () => {
    await converse(t, [ASK_FOR_A_PERSON, 'ja graag, is 0800-0543 gratis? bel me op 06 12345678']);
    const [row] = await t.db.select().from(escalations);
    expect(row?.callbackPhone).toBe('06 12345678');
  });

  it('says so when the number typed for the call is too short, and takes the whole one after', async () => {
    const [, , short, whole] = await converse(t, [ASK_FOR_A_PERSON, 'ja', '06 123', '06 12345678']);
    expect(short.reply).toMatch(/^Dit telefoonnummer is niet compleet/);
    expect(whole.reply).toMatch(/^Dank u\./);
    const [row] = await t.db.select().from(escalations);
    expect(row?.callbackPhone).toBe('06 12345678');
  });

  it('takes the number typed with other words where it was asked for, and keeps the words for the caseworker', async () => {
    const [, , given] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja, graag',
      'bel me maar op 06-12345678 na vijf uur',
    ]);
    // Their time, not one of ours next to it.
    expect(given.reply).toMatch(
      /^Dank u\. .* krijgt uw telefoonnummer, en ook wat u erbij schreef\./,
    );
    expect(given.reply).not.toContain(given.escalation.expectedContact.text);
    const [row] = await t.db.select().from(escalations);
    expect(row?.callbackPhone).toBe('06-12345678');
    expect(row?.note).toBe('na vijf uur');
  });

  it('keeps the time the person gave when they ask later how their case stands', async () => {
    const [, given, status] = await converse(t, [
      'ik wil een mens spreken over mijn WW uitkering',
      'ja graag, 0612345679, liefst na 15:00',
      'is mijn zaak al klaar?',
    ]);
    expect(given.escalation.reference).toBeTruthy();
    expect(status.reply).toContain(given.escalation.reference);
    expect(status.reply).toContain('Die heeft ook gelezen wat u erbij schreef.');
    expect(status.reply).not.toContain(given.escalation.expectedContact.text);
    expect(status.reply).not.toMatch(/vóór \d/);
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

  it('answers "ja graag" where nothing was offered with the offer, asking only for the number, and hands over on it', async () => {
    const [, asked, yes] = await converse(t, [
      'ik moet 3000 euro bijstand terugbetalen en ik snap het niet',
      'ja graag',
      '06 12345678',
    ]);
    expect(asked.reply).toMatch(
      /^Een medewerker kan u bellen\. Die leest dan ook dit gesprek\. Is dat goed\? Typ dan hier uw telefoonnummer\./,
    );
    // Told once already, "ja, graag" is not asked for again.
    expect(asked.reply).not.toContain('Zeg dan: ja, graag.');
    expect(asked.stuck.signals).toEqual([]);
    expect(yes.escalation?.reference).toMatch(/^GEM-/);
    // The offer said the caseworker reads the conversation: the number typed to it agrees.
    expect((await t.db.select().from(escalations))[0]?.consent).toBe(true);
  });

  it('takes an "ok" after an answer without an offer as heard, not as a request to be called', async () => {
    const [, ok] = await converse(t, ['mijn ww uitkering is gestopt', 'ok']);
    expect(ok.reply).not.toMatch(/Wilt u dat een medewerker u belt\?/);
  });

  it('says a case a caseworker closed was dealt with, instead of that there is none', async () => {
    const [, yes] = await converse(t, [ASK_FOR_A_PERSON, 'ja, graag. 06 12345678']);
    const reference = yes.escalation.reference as string;
    const agency = yes.escalation.agency.id as string;
    const resolved = await t.staff(
      `/api/escalations/${reference}/resolve`,
      { role: 'admin', agency, sub: 'admin-1' },
      { method: 'POST', body: JSON.stringify({ outcome: 'helped' }) },
    );
    expect(resolved.status).toBe(200);
    const [later] = await converse(t, ['is mijn zaak al klaar?'], { sessionId: yes.sessionId });
    expect(later.reply).toMatch(/is afgerond\./);
    expect(later.reply).toContain(reference);
    expect(later.reply).not.toMatch(/geen vraag die al bij een medewerker ligt/);
    expect(later.agency.id).toBe(agency);
  });

  it('names the caseworker who picked the case up, by the name they signed in with', async () => {
    const [, yes] = await converse(t, [
      // A question Mevrouw S. de Vries answers on the line, until someone else has the case.
      'Ik wil een medewerker spreken over mijn huurtoeslag',
      'ja, graag. 06 12345678',
    ]);
    const reference = yes.escalation.reference as string;
    const staff = {
      role: 'caseworker' as const,
      agency: yes.escalation.agency.id as string,
      sub: 'cw-ahmed',
      name: 'Meneer A. El Amrani',
    };
    const post = { method: 'POST', body: JSON.stringify({ outcome: 'helped' }) };
    expect(
      (await t.staff(`/api/escalations/${reference}/claim`, staff, { method: 'POST' })).status,
    ).toBe(200);
    const [open] = await converse(t, ['is mijn zaak al klaar?'], { sessionId: yes.sessionId });
    expect(open.reply).toContain('Uw vraag ligt al bij Meneer A. El Amrani.');
    // Nobody else to ask for on the phone: the line's team.
    expect(open.reply).not.toMatch(/Vraag naar/);
    expect(open.contact.kind).toBe('team');
    expect((await t.staff(`/api/escalations/${reference}/resolve`, staff, post)).status).toBe(200);
    const [closed] = await converse(t, ['is mijn zaak al klaar?'], { sessionId: yes.sessionId });
    expect(closed.reply).toContain('Meneer A. El Amrani heeft hem behandeld.');
    expect(closed.reply).not.toContain('[NAAM]');
    // Asking after one's case twice is waiting for it, not going in circles.
    for (const answer of [open, closed]) expect(answer.stuck.signals).not.toContain('loop');
  });

  it.each([
    ['referred', /heeft u doorverwezen\./],
    ['no-contact', /kon u niet bereiken\. Daarom is uw vraag gesloten\./],
  ])('says what became of a case closed as %s', async (outcome, said) => {
    const [, yes] = await converse(t, [ASK_FOR_A_PERSON, 'ja, graag. 06 12345678']);
    const reference = yes.escalation.reference as string;
    const admin = { role: 'admin' as const, agency: 'toeslagen', sub: 'admin-1' };
    const post = { method: 'POST', body: JSON.stringify({ outcome }) };
    expect((await t.staff(`/api/escalations/${reference}/resolve`, admin, post)).status).toBe(200);
    const [later] = await converse(t, ['is mijn zaak al klaar?'], { sessionId: yes.sessionId });
    expect(later.reply).toMatch(said);
    expect(later.reply).toContain(reference);
  });

  it('keeps the offer open through a follow-up question, and closes it on a new subject', async () => {
    const [, , late] = await converse(t, [ASK_FOR_A_PERSON, 'is dat gratis?', 'ja, graag']);
    expect(late.escalation?.reference).toMatch(/^TSL-/);

    const [, , yes] = await converse(t, [
      ASK_FOR_A_PERSON,
      'Hoe vraag ik een nieuw paspoort aan?',
      'ja, graag',
    ]);
    expect(yes.escalation).toBeUndefined();
  });

  it.each([
    'is mijn zaak al klaar?',
    'ik ben nog steeds niet gebeld',
    'nobody called me yet',
    'hoe staat het met mijn vraag?',
    'has my case been handled?',
    'is er al nieuws?',
  ])('answers %j with the open case, not with another organisation', async (question) => {
    const [, yes, asked] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      question,
    ]);
    expect(asked.agency.id).toBe('toeslagen');
    // Named as the reply's language does ("Mevrouw" in Dutch, "Ms" in English, and a team by
    // its English name: "Team Benefit Repayments").
    expect(asked.reply).toContain(
      namedIn(t.deps.catalog, 'toeslagen', yes.escalation.caseworker.name, asked.locale),
    );
    expect(asked.reply).toContain(yes.escalation.reference);
    expect(asked.reply).not.toContain('Wilt u dat een medewerker u belt?');
  });

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

  it.each([
    ['is mijn zaak al klaar?', null],
    ['has my case been handled?', null],
    ['mijn referentie is TSL-7MB-D8Y, wanneer bellen jullie?', 'toeslagen'],
  ])(
    'answers %j without a case in the conversation by saying so, with whom to call (%s)',
    async (question, agency) => {
      const [asked] = await converse(t, [question]);
      expect(asked.reply).toMatch(/In dit gesprek zie ik|I do not see/);
      expect(asked.agency?.id ?? null).toBe(agency);
      expect(asked.reply).not.toMatch(/Openbaar Ministerie|slachtoffer/i);
      expect(asked.contact.phone).toBeTruthy();
    },
  );

  it.each([
    ['ik heb al 3 keer gebeld niemand helpt mij', 'nl'],
    ['I called them three times and nobody helps me', 'en'],
  ])(
    'hears %j without a case as someone sent round: their contact and the offer, not "no case here"',
    async (message, locale) => {
      const [, sentRound] = await converse(t, ['ik wil bijstand aanvragen', message], { locale });
      expect(sentRound.reply).not.toMatch(/In dit gesprek zie ik|I do not see/);
      expect(sentRound.agency.id).toBe('gemeente');
      expect(sentRound.stuck.signals).toContain('loop');
      expect(sentRound.reply).toMatch(
        /Wilt u dat een medewerker u belt\?|Would you like a member of staff to call you\?/,
      );
    },
  );

  it('answers a question about "my case" with every open case, each with its organisation', async () => {
    const [, first, , second, asked] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
      'is mijn zaak al klaar?',
    ]);
    expect(asked.reply).toContain(first.escalation.reference);
    expect(asked.reply).toContain(second.escalation.reference);
    expect(asked.reply).toMatch(/Uw vraag aan (het )?UWV ligt bij/);
    expect(asked.reply).toMatch(/Uw vraag aan Dienst Toeslagen ligt bij/);
  });

  it('answers a question that names one of two cases with that case only', async () => {
    const [, first, , second, asked] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
      'hoe staat het met mijn vraag over de huurtoeslag?',
    ]);
    expect(asked.agency.id).toBe('toeslagen');
    expect(asked.reply).toContain(first.escalation.reference);
    expect(asked.reply).not.toContain(second.escalation.reference);
  });

  it('mentions the first case again when a later question is about its organisation', async () => {
    let minute = 0;
    t.close();
    t = await createTestApp({
      clock: () => new Date(WEDNESDAY_MORNING.getTime() + 60_000 * minute++),
    });
    const [, first, , , , back] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
      'bedankt',
      'terug naar mijn huurtoeslag, hoe zit het daarmee?',
    ]);
    expect(back.agency.id).toBe('toeslagen');
    expect(back.escalation.reference).toBe(first.escalation.reference);
    expect(back.reply).toContain(first.escalation.reference);
  });

  it('goes on with the first case, not a copy of it, when the conversation comes back to it', async () => {
    // A minute between turns, so that the UWV case is the newer one, as it would be.
    let minute = 0;
    t.close();
    t = await createTestApp({
      clock: () => new Date(WEDNESDAY_MORNING.getTime() + 60_000 * minute++),
    });
    await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
      'en mijn huurtoeslag, daar wil ik ook nog iemand over spreken',
      'ja, graag',
    ]);
    const rows = await t.db.select().from(escalations);
    expect(rows.map((row) => row.agencyId).sort()).toEqual(['toeslagen', 'uwv']);
  });

  it('shows each caseworker the conversation up to their case, not later questions to others', async () => {
    const [, first, , second] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
    ]);
    const read = async (reference: string, agency: string) =>
      (
        await (
          await t.staff(`/api/escalations/${reference}`, {
            role: 'caseworker',
            agency,
            sub: `cw-${agency}`,
          })
        ).json()
      ).transcript.map((turn: { message: string }) => turn.message);
    const toeslagen = await read(first.escalation.reference, 'toeslagen');
    expect(toeslagen.some((message: string) => message.includes('WW-uitkering'))).toBe(false);
    const uwv = await read(second.escalation.reference, 'uwv');
    expect(uwv.some((message: string) => message.includes('WW-uitkering'))).toBe(true);
    // Nor does the UWV read what was asked of Dienst Toeslagen before its own case.
    expect(uwv.some((message: string) => message.includes('huurtoeslag'))).toBe(false);
  });

  it("keeps an earlier subject at another organisation out of the case's conversation", async () => {
    const [, , yes] = await converse(t, [
      'Mijn moeder heeft dementie en kan niet meer alleen wonen. Hoe vraag ik een Wlz-indicatie aan?',
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
    ]);
    expect(yes.escalation.agency.id).toBe('toeslagen');
    const response = await t.staff(`/api/escalations/${yes.escalation.reference}`, {
      role: 'caseworker',
      agency: 'toeslagen',
      sub: 'cw-toeslagen',
    });
    const messages = (await response.json()).transcript.map(
      (turn: { message: string }) => turn.message,
    );
    expect(messages.some((message: string) => message.includes('huurtoeslag'))).toBe(true);
    expect(messages.some((message: string) => message.includes('dementie'))).toBe(false);
  });

  it.each([
    ['ik word gebeld door een incassobureau, wat moet ik doen?', undefined],
    ['de deurwaarder heeft gebeld', undefined],
    ['wanneer belt u mij terug over mijn WW-uitkering?', 'uwv'],
    ['is mijn rijbewijs al klaar?', 'gemeente'],
  ])('routes %j as a new question while a case is open', async (question, agency) => {
    const [, yes, asked] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      question,
    ]);
    expect(asked.reply).not.toMatch(/^Uw vraag ligt al bij/);
    expect(asked.agency?.id).not.toBe(yes.escalation.agency.id);
    if (agency) expect(asked.agency.id).toBe(agency);
  });

  it.each([
    ['a crisis, which the caller must know about', 'ik wil niet meer leven'],
    ['something for no organisation in particular', 'ik ben pas na drie uur thuis'],
  ])('shows the caseworker what the person says after the hand-off: %s', async (_, later) => {
    const [, yes] = await converse(t, [ASK_FOR_A_PERSON, 'ja, graag. 06 12345678']);
    await converse(t, [later], { sessionId: yes.sessionId });
    const reference = yes.escalation.reference as string;
    const response = await t.staff(`/api/escalations/${reference}`, {
      role: 'caseworker',
      agency: yes.escalation.agency.id,
      sub: 'cw-1',
    });
    const body = await response.json();
    expect(body.transcript.map((turn: { message: string }) => turn.message)).toContain(later);
    expect(body.crisisLines).toEqual(
      later === 'ik wil niet meer leven' ? ['zelfmoordpreventie'] : [],
    );
  });

  it.each(['nee ik heb geen telefoon', "I don't have a phone"])(
    'tells a person without a phone how to reach the caseworker anyway: %j',
    async (said) => {
      const [, yes, none] = await converse(t, [ASK_FOR_A_PERSON, 'ja, graag', said]);
      expect(none.reply).toContain(yes.escalation.reference);
      expect(none.reply).toMatch(/Zonder telefoonnummer|Without a phone number/);
      expect(none.agency.id).toBe('toeslagen');
      const [row] = await t.db.select().from(escalations);
      expect(row?.note).toBe(said);
    },
  );

  it('offers no hand-off to "your insurer", which is no one organisation, and says where its number is', async () => {
    const [answer] = await converse(t, [
      'ik kan mijn zorgpremie niet betalen, ik wil iemand spreken',
    ]);
    expect(answer.agency.id).toBe('zorgverzekeraar');
    expect(answer.reply).toContain('Dat staat op uw zorgpas.');
    expect(answer.reply).not.toMatch(/Wilt u dat een medewerker u belt\?/);
    const [later] = await converse(t, ['ja graag, bel me op 0611122233'], {
      sessionId: answer.sessionId,
    });
    expect(later.reply).toMatch(/^Uw zorgverzekeraar kan u niet vanuit dit gesprek terugbellen\./);
    expect(later.escalation).toBeUndefined();
  });

  it('counts no new stuck signal when the person says when to call', async () => {
    const [, , wish] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja, graag. 06 12345678',
      'bel me morgen liever',
    ]);
    expect(wish.reply).toMatch(/Ik geef dit door aan/);
    expect(wish.stuck.signals).toEqual([]);
  });

  it('passes when to call on to the case, and stays with its organisation', async () => {
    const [, yes, wish, other] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja, graag. 06 12345678',
      'ik ben pas na drie uur thuis',
      'bel me morgen over mijn WW',
    ]);
    expect(wish.reply).toContain(
      `Ik geef dit door aan ${yes.escalation.caseworker.name}, bij uw vraag met referentie ${yes.escalation.reference}.`,
    );
    expect(wish.agency.id).toBe('toeslagen');
    expect(wish.stuck.signals).toEqual([]);
    const [row] = await t.db.select().from(escalations);
    expect(row?.note).toBe('ik ben pas na drie uur thuis');
    // A wish that names a subject of its own is a question for that organisation.
    expect(other.agency.id).toBe('uwv');
  });

  it('calls back on the number given for the first case when a second one is made', async () => {
    const [, , , second] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 06 12345678',
      'Ik heb ook een probleem met mijn WW-uitkering, ik wil iemand van het UWV spreken',
      'ja, graag',
    ]);
    expect(second.escalation.reference).toMatch(/^UWV-/);
    expect(second.reply).toContain('Wij bellen u op hetzelfde telefoonnummer');
    expect(second.reply).not.toContain('Op welk telefoonnummer');
    const rows = await t.db.select().from(escalations);
    expect(rows.map((row) => row.callbackPhone)).toEqual(['06 12345678', '06 12345678']);
  });
});

describe('a hand-off to the municipality', () => {
  const DEBT = 'Ik heb schulden en kom er niet meer uit. Ik wil iemand spreken.';

  it('asks where the person lives after the phone number, and gives the place to the case', async () => {
    const [offer, yes, place, later] = await converse(t, [
      DEBT,
      'ja graag, bel me op 06 12345678',
      'ik woon in zaanstad',
      'Hoe lang duurt dat?',
    ]);
    expect(offer.agency.id).toBe('gemeente');
    expect(yes.escalation.reference).toMatch(/^GEM-/);
    expect(yes.reply).toContain('In welke gemeente woont u?');
    expect(place.reply).toContain('Uw vraag gaat naar de gemeente Zaanstad.');
    expect(place.agency.id).toBe('gemeente');
    expect(later.reply).toContain(yes.escalation.reference);
    expect(later.reply).not.toContain('In welke gemeente');

    const [row] = await t.db.select().from(escalations);
    expect(row?.municipality).toBe('Zaanstad');
    const staff = await t.staff(`/api/escalations/${yes.escalation.reference}`, {
      role: 'caseworker',
      agency: 'gemeente',
      sub: 'cw-gemeente',
    });
    expect((await staff.json()).municipality).toBe('Zaanstad');
    const queue = await t.staff('/api/escalations', {
      role: 'caseworker',
      agency: 'gemeente',
      sub: 'cw-gemeente',
    });
    expect((await queue.json()).cases[0].municipality).toBe('Zaanstad');
  });

  it('asks for the number first, then the place, one question at a time', async () => {
    const [, yes, number, place] = await converse(t, [DEBT, 'ja', '0612345678', 'Den Haag']);
    expect(yes.reply).toContain('Op welk telefoonnummer');
    expect(yes.reply).not.toContain('In welke gemeente');
    expect(number.reply).toContain('In welke gemeente woont u?');
    expect(place.reply).toContain('de gemeente Den Haag');
  });

  it.each([
    ['gemeente Utrecht', 'Utrecht'],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['ik woon in Oss', 'Oss'],
    ['the municipality of Utrecht', 'Utrecht'],
  ])('takes %j as the place %j', async (answer, place) => {
    await converse(t, [DEBT, 'ja graag, bel me op 06 12345678', answer]);
    const [row] = await t.db.select().from(escalations);
    expect(row?.municipality).toBe(place);
  });

  it('takes a new question after the place was asked as a question, not as the place', async () => {
    const [, , next] = await converse(t, [DEBT, 'ja graag, bel me op 06 12345678', 'huurtoeslag']);
    expect(next.reply).not.toContain('Uw vraag gaat naar de gemeente');
    const [row] = await t.db.select().from(escalations);
    expect(row?.municipality).toBeNull();
  });

  it('asks once more where the person lives when a question came instead', async () => {
    const [, , why, place] = await converse(t, [
      DEBT,
      'ja graag, bel me op 06 12345678',
      'waarom?',
      'Zwolle',
    ]);
    expect(why.reply).toContain('In welke gemeente woont u?');
    expect(place.reply).toContain('de gemeente Zwolle');
  });

  it('does not ask a national organisation where the person lives', async () => {
    const [, yes] = await converse(t, [ASK_FOR_A_PERSON, 'ja graag, bel me op 06 12345678']);
    expect(yes.reply).not.toContain('In welke gemeente');
  });
});

describe('a request to be called, with the number, where nothing was offered', () => {
  it.each([
    ['u kunt me bellen op 06 12345678', '06 12345678', null],
    [
      'kan iemand mij bellen? mijn nummer is 020-1234567, ook s ochtends',
      '020-1234567',
      'ook s ochtends',
    ],
  ])(
    'makes the case at once for %j, and asks whether the conversation may be read',
    async (request, phone, note) => {
      const [, asked] = await converse(t, [
        'ik moet 3000 euro bijstand terugbetalen en ik snap het niet',
        request,
      ]);
      expect(asked.escalation.reference).toMatch(/^GEM-/);
      expect(asked.reply).toContain(asked.escalation.reference);
      expect(asked.reply).toContain(
        `Mag ${asked.escalation.caseworker.name} ook dit gesprek lezen?`,
      );
      const [row] = await t.db.select().from(escalations);
      expect(row).toMatchObject({ callbackPhone: phone, consent: false, note });
    },
  );

  it('gives the caseworker the conversation after a yes, and not after a no', async () => {
    const [, , yes] = await converse(t, [
      ASK_FOR_A_PERSON.split('.')[0] as string,
      'bel me maar op 06 12345678',
      'ja, graag',
    ]);
    expect(yes.reply).toMatch(/^Dank u\. .+ kan nu ook dit gesprek lezen\./);
    expect((await t.db.select().from(escalations))[0]?.consent).toBe(true);

    const [, , no] = await converse(t, [
      'Ik moet mijn huurtoeslag terugbetalen.',
      'bel me maar op 06 87654321',
      'nee',
      'hoe lang duurt het?',
      'ja',
    ]);
    expect(no.reply).toMatch(/belt u wel, maar leest dit gesprek niet\./);
    const rows = await t.db.select().from(escalations);
    expect(rows.find((row) => row.callbackPhone === '06 87654321')?.consent).toBe(false);
  });

  it.each([
    ['nee, dat wil ik niet', 'nl', /belt u wel, maar leest dit gesprek niet\./],
    ['no, I do not want that', 'en', /will still call you, but will not read this conversation\./],
  ])('takes %j as a no to reading the conversation', async (answer, locale, said) => {
    const [, no] = await converse(t, ['Can someone from UWV call me back? 0612345678', answer], {
      locale,
    });
    expect(no.reply).toMatch(said);
    expect((await t.db.select().from(escalations))[0]?.consent).toBe(false);
  });

  it.each(['not now', 'maybe later'])('takes %j as a no to the offer', async (answer) => {
    const [, no] = await converse(t, ['I want to speak to someone at DUO', answer], {
      locale: 'en',
    });
    expect(no.reply).toMatch(/^All right, we will not pass anything on\./);
  });

  it('takes a change of mind right after the no, and not an "ok" for a yes', async () => {
    const [, , , changed] = await converse(t, [
      'Ik moet mijn huurtoeslag terugbetalen.',
      'bel me maar op 06 87654321',
      'nee',
      'toch wel, ja graag',
    ]);
    expect(changed.reply).toMatch(/kan nu ook dit gesprek lezen/);
    await converse(t, ['kan iemand mij bellen? mijn nummer is 0611122233', 'ok']);
    const rows = await t.db.select().from(escalations);
    expect(rows.map((row) => [row.callbackPhone, row.consent])).toEqual(
      expect.arrayContaining([
        ['06 87654321', true],
        ['0611122233', false],
      ]),
    );
  });

  it('asks for consent after a first message that only asks to be called, not "what is the number"', async () => {
    const [asked] = await converse(t, ['kan iemand mij bellen? mijn nummer is 0612345678']);
    expect(asked.escalation.reference).toBeTruthy();
    expect(asked.reply).toContain(asked.escalation.reference);
    expect(asked.reply).toMatch(/ook dit gesprek lezen\?/);
  });

  it('takes a corrected number while asking for consent, and asks again', async () => {
    const [, , corrected] = await converse(t, [
      'Ik moet mijn huurtoeslag terugbetalen.',
      'bel me maar op 06 87654321',
      'sorry, het is 06 12345678',
    ]);
    expect(corrected.reply).toMatch(/krijgt uw telefoonnummer/);
    expect(corrected.reply).toMatch(/ook dit gesprek lezen\?/);
    const [row] = await t.db.select().from(escalations);
    expect(row).toMatchObject({ callbackPhone: '06 12345678', consent: false });
  });

  it('makes the case for the organisation of the conversation when the request says when to call', async () => {
    await converse(t, ['mijn ww uitkering is gestopt', 'bel me op 0612345678 morgen na 3 uur']);
    const [row] = await t.db.select().from(escalations);
    expect(row?.agencyId).toBe('uwv');
    expect(row?.note).toBe('morgen na 3 uur');
  });

  it('makes no case when the request is asked back about, or comes after a crisis line', async () => {
    const [unsure] = await converse(t, ['kunt u mij bellen over mijn uitkering? 0612345678']);
    expect(unsure.reply).toMatch(/Wilt u dat een medewerker u belt\?/);
    await converse(t, ['ik wil niet meer leven', 'bel me over mijn huurtoeslag op 0612345678']);
    expect(await t.db.select().from(escalations)).toEqual([]);
  });

  it('reads why the person asks to be called for the report', async () => {
    const [asked] = await converse(t, [
      'bel mij maar terug over mijn zorgtoeslag schuld: 06-11223344',
    ]);
    expect(asked.stuck.signals).toContain('wants-human');
  });

  it('makes the case for the subject of a first message, with its words for the caseworker', async () => {
    const [asked] = await converse(t, [
      'bel mij maar terug over mijn zorgtoeslag schuld: 06-11223344',
    ]);
    expect(asked.agency.id).toBe('toeslagen');
    expect(asked.escalation.reference).toMatch(/^TSL-/);
    expect(asked.reply).toContain('Die krijgt uw telefoonnummer en ook wat u erbij schreef.');
    const [row] = await t.db.select().from(escalations);
    // The subject is the case's topic, the request and the number are the case itself.
    expect(row?.note).toBe('schuld');
  });

  it('makes no case for a number someone called, or one they do not want to be called on', async () => {
    await converse(t, [
      'ik moet 3000 euro bijstand terugbetalen',
      'ik belde 06 12345678 maar niemand nam op',
      'bel me niet op 06 12345678',
    ]);
    expect(await t.db.select().from(escalations)).toEqual([]);
  });
});

describe('the answer that makes a case with the number to call', () => {
  /** Saturday 5 December 2026, 11:00 in Amsterdam: the caseworkers call on Monday. */
  const SATURDAY_MORNING = new Date('2026-12-05T10:00:00Z');

  it.each([
    [
      'a request with the number',
      ['kan iemand mij bellen over mijn bijstand? mijn nummer is 020 555 1234'],
    ],
    ['a change of mind after a no', [ASK_FOR_A_PERSON, 'nee', 'toch wel, bel me op 0612345670']],
    ['a yes with the number', [ASK_FOR_A_PERSON, 'ja graag, 0612345678']],
    [
      'a request for a person with the number',
      ['ik wil een mens spreken over mijn huurtoeslag, bel me op 0612345678'],
    ],
  ])(
    'says when they will be called after %s, and no words of theirs that are not there',
    async (_, messages) => {
      const answers = await converse(t, messages);
      const made = answers.at(-1);
      expect(made.escalation.reference).toBeTruthy();
      expect(made.reply).toContain(
        `neemt contact met u op, ${made.escalation.expectedContact.text}.`,
      );
      expect(made.reply).not.toContain('wat u erbij schreef');
      const [row] = await t.db.select().from(escalations);
      expect(row?.note).toBeNull();
    },
  );

  it('says the day they will be called when the case is made on a Saturday', async () => {
    const weekend = await createTestApp({ clock: () => SATURDAY_MORNING });
    try {
      const [made] = await converse(weekend, [
        'ik wil een mens spreken over mijn huurtoeslag, bel me op 0612345678',
      ]);
      expect(made.escalation.expectedContact.text).toMatch(/^maandag 7 december/);
      expect(made.reply).toContain(made.escalation.expectedContact.text);
    } finally {
      weekend.close();
    }
  });

  it.each([
    ['a request', ['bel me op 0612345678 over mijn huurtoeslag, ik ben slechthorend']],
    ['a yes', [ASK_FOR_A_PERSON, '0612345678, ik ben slechthorend']],
  ])(
    'passes on what else %s says, and still says when they will be called',
    async (_, messages) => {
      const answers = await converse(t, [...messages, 'is mijn zaak al klaar?']);
      const [made, status] = answers.slice(-2);
      expect(made.reply).toContain('Die krijgt uw telefoonnummer en ook wat u erbij schreef.');
      expect(made.reply).toContain(made.escalation.expectedContact.text);
      // Their words said no time, so ours stands later too.
      expect(status.reply).toContain(made.escalation.expectedContact.text);
      const [row] = await t.db.select().from(escalations);
      expect(row?.note).toContain('slechthorend');
    },
  );
});

describe('an offer for someone in debt', () => {
  it.each([
    ['ik heb schulden en kom er niet meer uit', true],
    ['ik heb een brief dat ik uit mijn huis moet', true],
    ['ik kan mijn huurtoeslag niet terugbetalen', false],
    ['De deurwaarder komt morgen beslag leggen en ik kan niet betalen', true],
  ])(
    "is made for %j at the municipality's debt help and for a bailiff only (%s)",
    async (message, offered) => {
      const [answer] = await converse(t, [message]);
      expect(answer.stuck.signals).toContain('debt');
      expect(/Wilt u dat een medewerker u belt\?/.test(answer.reply)).toBe(offered);
    },
  );
});

describe('an answer to the offer', () => {
  it('takes a number typed with when to call as a yes, and passes the words on without a time of ours', async () => {
    const [, yes] = await converse(t, [ASK_FOR_A_PERSON, '06-12345678, liefst tussen 10 en 12']);
    expect(yes.escalation.reference).toMatch(/^TSL-/);
    expect(yes.reply).toContain('Die krijgt uw telefoonnummer en ook wat u erbij schreef.');
    expect(yes.reply).not.toContain('vandaag vóór');
    const [row] = await t.db.select().from(escalations);
    expect(row).toMatchObject({
      callbackPhone: '06-12345678',
      consent: true,
      note: 'liefst tussen 10 en 12',
    });
  });

  it('shows the caseworker the time the person asked for, and no deadline they were never given', async () => {
    const [, yes] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 0612345679 liefst tussen 10 en 12',
    ]);
    expect(yes.reply).not.toContain(yes.escalation.expectedContact.text);
    const staff = { role: 'caseworker', agency: yes.escalation.agency.id, sub: 'cw-1' } as const;
    const one = await (await t.staff(`/api/escalations/${yes.escalation.reference}`, staff)).json();
    expect(one).toMatchObject({ timePromised: false, callbackWish: 'liefst tussen 10 en 12' });
    const { cases } = await (await t.staff('/api/escalations', staff)).json();
    expect(cases[0]).toMatchObject({ timePromised: false, callbackWish: 'liefst tussen 10 en 12' });
    // A case made with a number alone was promised our time.
    const [, plain] = await converse(t, [ASK_FOR_A_PERSON, 'ja graag, bel me op 0612345679']);
    const other = await (
      await t.staff(`/api/escalations/${plain.escalation.reference}`, staff)
    ).json();
    expect(other).toMatchObject({ timePromised: true, callbackWish: null });
  });

  it('gives a case without a topic to the general team for private people', async () => {
    const [asked, yes] = await converse(t, [
      'Ik snap er niks van, niemand neemt op bij de belastingdienst',
      'ja, graag 06-33334444',
    ]);
    expect(asked.agency.id).toBe('belastingdienst');
    expect(yes.escalation.reference).toMatch(/^BLD-/);
    const [row] = await t.db.select().from(escalations);
    expect(row).toMatchObject({
      topicId: null,
      caseworkerId: 'team-belastingtelefoon-particulieren',
    });
  });

  it('gives a UWV case without a topic to its general team, not to the specialist or the employers line', async () => {
    const [asked, yes] = await converse(t, [
      'Ik snap er niks van, niemand neemt op bij het UWV',
      'ja, graag 06-33334444',
    ]);
    expect(asked.agency.id).toBe('uwv');
    expect(yes.escalation.reference).toBeTruthy();
    const [row] = await t.db.select().from(escalations);
    expect(row).toMatchObject({ topicId: null, caseworkerId: 'team-ww-klantcontact' });
  });

  it('keeps only the words beyond the yes, the wish to be called and the number in the note', async () => {
    const [, yes] = await converse(t, [
      ASK_FOR_A_PERSON,
      'ja graag, bel me op 0612345679 liefst tussen 10 en 12',
    ]);
    expect(yes.reply).toContain('Die krijgt uw telefoonnummer en ook wat u erbij schreef.');
    const [row] = await t.db.select().from(escalations);
    expect(row).toMatchObject({ callbackPhone: '0612345679', note: 'liefst tussen 10 en 12' });
  });

  it.each([
    'nee, ik wil een mens spreken',
    'no wait, please call me',
    'nee ik snap het nog steeds niet',
  ])('does not take %j as no: it asks for more', async (answer) => {
    const [, reply] = await converse(t, [ASK_FOR_A_PERSON, answer]);
    expect(reply.reply).not.toMatch(/dan sturen wij niets door|we will not pass/);
  });

  it('closes the offer after a no and a question, so a later "ok" hands nothing over', async () => {
    const [, , , ok] = await converse(t, [ASK_FOR_A_PERSON, 'nee', 'is dat gratis?', 'ok']);
    expect(ok.escalation).toBeUndefined();
  });

  it.each([
    'nee dank je, ik bel zelf wel',
    'nee, ik wil niet gebeld worden',
    'no, I will call myself',
  ])('takes %j as no', async (answer) => {
    const [, no] = await converse(t, [ASK_FOR_A_PERSON, answer]);
    expect(no.reply).toMatch(/^(Goed, dan sturen wij niets door|All right, we will not pass)/);
  });

  it('answers a no that asks something else as the question', async () => {
    const [, no] = await converse(t, [ASK_FOR_A_PERSON, 'nee, maar hoe zit het met mijn AOW?']);
    expect(no.agency.id).toBe('svb');
    expect(no.reply).not.toMatch(/dan sturen wij niets door/);
  });

  it.each(['ja graag', 'toch wel, bel me maar op 06 87654321'])(
    'hands over on %j right after a no: a change of mind',
    async (changed) => {
      const [, , yes] = await converse(t, [ASK_FOR_A_PERSON, 'nee', changed]);
      expect(yes.escalation?.reference).toMatch(/^TSL-/);
    },
  );

  it('takes "ok" after a no as heard, and does not make the offer again right away', async () => {
    const [, , ok] = await converse(t, [ASK_FOR_A_PERSON, 'nee', 'ok']);
    expect(ok.escalation).toBeUndefined();
    const [, , upset] = await converse(t, [ASK_FOR_A_PERSON, 'nee', 'ik ben het echt zat']);
    expect(upset.reply).not.toMatch(/Wilt u dat een medewerker u belt\?/);
    expect(upset.contact.phone).toBeTruthy();
  });
});
