import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { converse } from '../support/converse.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('a conversation keeps its subject', () => {
  it('keeps a CAK question when the person has no DigiD, and adds the help for people offline', async () => {
    const [first, second] = await converse(
      t,
      [
        'mevrouw hier heeft een brief van het CAK over een eigen bijdrage voor haar thuiszorg, die is heel hoog',
        'ze heeft ook geen digid',
      ],
      { channel: 'kiosk' },
    );
    expect(first.agency.id).toBe('cak');
    expect(second.agency.id).toBe('cak');
    expect(second.contact.organisation).toBe(first.contact.organisation);
    expect(second.stuck.signals).toContain('digital-exclusion');
    // At the kiosk, the help for people offline is the library's staff right there.
    expect(second.reply).toMatch(/Vraag gerust een medewerker hier om hulp/);
  });

  it('keeps a huurtoeslag question when the person asks about their husband', async () => {
    const [, second] = await converse(t, ['mijn huurtoeslag is gestopt', 'en mijn man?']);
    expect(second.agency.id).toBe('toeslagen');
  });

  it('keeps the repayment when the person says which benefit a tax-office letter was about', async () => {
    const [first, second] = await converse(t, [
      'ik heb een brief gehad van de belastingdinst dat ik moet terug betalen maar ik snap er niks van',
      'zorgtoeslag',
    ]);
    expect(first.clarify).toBe(true);
    expect(second.agency).toMatchObject({ id: 'toeslagen', topic: { id: 'terugbetalen' } });
    expect(second.reply).toMatch(/in delen betalen/);
  });

  it('tells a person who says a decision is wrong how to object, and keeps their subject after personal data', async () => {
    const [wrong, data] = await converse(t, [
      'Mijn zorgtoeslag is stopgezet omdat mijn inkomen te hoog zou zijn, maar dat klopt niet',
      'Mijn BSN is 111222333 en ik ben geboren op 12-03-1985',
    ]);
    expect(wrong.agency.id).toBe('toeslagen');
    expect(wrong.reply).toContain('binnen 6 weken bezwaar maken');
    expect(data.agency.id).toBe('toeslagen');
    expect(data.reply).not.toMatch(/Een BSN krijgt u|geboorte/i);
  });

  it('greets back a person who only says hello, without logging them as not understood', async () => {
    const [hello] = await converse(t, ['goedemorgen']);
    expect(hello.reply).toMatch(/^Hallo\. Waar kan ik u mee helpen\?/);
    expect(hello.stuck.signals).toEqual([]);
    expect(hello.reply).toContain(hello.contact.phone);
  });

  it('thanks back after an answer, and stays with the organisation', async () => {
    const [, thanks, bye] = await converse(t, [
      'mijn huurtoeslag is gestopt',
      'dank je wel',
      'doei',
    ]);
    expect(thanks.reply).toMatch(/^Graag gedaan\./);
    expect(thanks.agency.id).toBe('toeslagen');
    expect(thanks.stuck.signals).toEqual([]);
    expect(bye.reply).toMatch(/tot ziens/);
    expect(bye.reply).not.toMatch(/niet precies zeggen/);
  });

  it('answers "weet ik niet" to a question back with whom to call, and keeps the choice open', async () => {
    const [, unsure, picked] = await converse(t, [
      'ik heb een brief van de belastingdienst dat ik moet terugbetalen',
      'weet ik niet',
      'zorgtoeslag',
    ]);
    expect(unsure.reply).toMatch(/^Dat geeft niet\./);
    expect(unsure.stuck.signals).not.toContain('not-understood');
    expect(unsure.contact.organisation).toBe('Belastingdienst');
    expect(picked.agency).toMatchObject({ id: 'toeslagen', topic: { id: 'terugbetalen' } });
  });

  it('answers "weet ik niet" after an answer about one organisation with that organisation', async () => {
    const [, , unsure] = await converse(t, [
      'Hoe vraag ik huurtoeslag aan?',
      'Hoe lang heb ik om terug te betalen?',
      'weet ik niet',
    ]);
    expect(unsure.reply).toMatch(/^Dat geeft niet\./);
    expect(unsure.agency.id).toBe('toeslagen');
    expect(unsure.contact.agencyId).toBe('toeslagen');
  });

  it('answers "weet ik niet" to a question back that named no organisation with the general desk, not a guess', async () => {
    const [asked, unsure, after] = await converse(t, [
      'Hoe lang heb ik om terug te betalen?',
      'weet ik niet',
      'blablabla',
    ]);
    expect(asked.clarify).toBe(true);
    expect(unsure.reply).toMatch(/^Dat geeft niet\./);
    expect(unsure.agency).toBeNull();
    expect(unsure.contact.agencyId).toBe('rijksoverheid');
    expect(after.reply).not.toMatch(/nog steeds over/);
    const [, , picked] = await converse(t, [
      'Hoe lang heb ik om terug te betalen?',
      'weet ik niet',
      'de tweede',
    ]);
    expect(picked.agency.id).toBe(asked.alternatives[1].id);
  });

  it('asks again with the same options when the reply to them names no subject, and answers it after the pick', async () => {
    const [asked, again, picked] = await converse(t, [
      'Hoe lang heb ik om terug te betalen?',
      'wat kost dat?',
      'studieschuld',
    ]);
    expect(asked.clarify).toBe(true);
    expect(again.clarify).toBe(true);
    expect(again.reply).toMatch(/^Dat kan ik u zeggen als ik weet over welk onderwerp het gaat\./);
    expect(again.alternatives.map((one: { id: string }) => one.id)).toEqual(
      asked.alternatives.map((one: { id: string }) => one.id),
    );
    expect(again.stuck.signals).not.toContain('not-understood');
    expect(picked.agency).toMatchObject({ id: 'duo', topic: { id: 'studieschuld' } });
  });

  it('picks an option by a word of its name that names no subject on its own ("verlengen")', async () => {
    const [asked, picked] = await converse(t, ['mijn rijbewijs', 'verlengen']);
    expect(asked.clarify).toBe(true);
    expect(picked.clarify).toBe(false);
    expect(picked.agency).toMatchObject({ id: 'rdw', topic: { id: 'rijbewijs-verlengen' } });
  });

  it.each([
    ['dank u', /^Graag gedaan\./],
    ['iets anders', /^Waar kan ik u dan mee helpen\?/],
    ['none of these', /^What can I help you with, then\?/],
  ])(
    'takes %j to a question back as said, not as a question it failed to understand',
    async (said, reply) => {
      const [, answer] = await converse(t, ['Hoe lang heb ik om terug te betalen?', said]);
      expect(answer.reply).toMatch(reply);
      expect(answer.stuck.signals).toEqual([]);
    },
  );

  it('does not carry the last subject over to a question announced as a new one', async () => {
    const [, next] = await converse(t, ['huurtoeslag aanvragen', 'ik heb een vraag over geld']);
    expect(next.reply).not.toMatch(/nog steeds over huurtoeslag/);
    expect(next.clarify).toBe(true);
  });

  it('asks what the question is about after a greeting with a name', async () => {
    const [first] = await converse(t, ['Goedemiddag, mijn naam is Truus Bakker']);
    expect(first.agency).toBeNull();
    expect(first.reply).not.toMatch(/RDW/);
  });

  it.each([
    ['ok', 'Goed. Heeft u nog een vraag?'],
    ['oké, duidelijk', 'Goed. Heeft u nog een vraag?'],
    ['bedankt', 'Graag gedaan.'],
  ])(
    'takes %j after an answer as heard, not as a question it cannot answer',
    async (said, reply) => {
      const [, second] = await converse(t, ['Wanneer krijg ik mijn AOW?', said]);
      expect(second.reply.startsWith(reply)).toBe(true);
      expect(second.reply).not.toMatch(/niet precies zeggen/);
      // The contact stays the one the conversation is about.
      expect(second.agency.id).toBe('svb');
    },
  );

  it.each([
    ['wanneer zijn ze open', /^Hieronder staan het nummer en de tijden van het CAK\./],
    ['wat is het telefoonnummer', /^Hieronder staan het nummer en de tijden van het CAK\./],
    ['kan ik daar ook langs gaan', /^Wilt u langsgaan bij het CAK\? Bel dan eerst\./],
    [
      'is there someone who speaks english?',
      /^Call and ask whether someone can help you in English\./,
    ],
  ])('answers %j after an answer with how to reach that organisation', async (asked, answer) => {
    const [, second] = await converse(t, [
      'Ik wil mijn eigen bijdrage bij het CAK aanpassen',
      asked,
    ]);
    expect(second.agency.id).toBe('cak');
    expect(second.reply).toMatch(answer);
    expect(second.reply).toContain(second.contact.phone);
  });

  it('takes a question for the number of another organisation to that organisation', async () => {
    const [, second] = await converse(t, [
      'Ik wil mijn eigen bijdrage bij het CAK aanpassen',
      'wat is het telefoonnummer van het UWV',
    ]);
    expect(second.agency.id).toBe('uwv');
    // Its contact, not a topic made of the rest ("WW-uitkering").
    expect(second.agency.topic).toBeUndefined();
    expect(second.reply).toMatch(/^Hieronder staan het nummer en de tijden van het UWV\./);
  });

  it.each([
    ['wat is het nummer van de SVB?', 'Team Klantcontact Rotterdam'],
    ['wat is het nummer van de IND?', 'Klantcontactcentrum IND'],
  ])("answers %j with the team for every question, not one topic's team", async (message, team) => {
    const [answer] = await converse(t, [message]);
    expect(answer.contact.name).toBe(team);
  });

  it.each([
    ['wat is het nummer van de svb', 'svb'],
    ['can I visit the IND office?', 'ind'],
    ['hoe laat is de belastingdienst open', 'belastingdienst'],
  ])('answers %j with how to reach that organisation', async (asked, agencyId) => {
    const [answer] = await converse(t, [asked]);
    expect(answer.agency.id).toBe(agencyId);
    expect(answer.agency.topic).toBeUndefined();
    expect(answer.reply).toContain(answer.contact.phone);
  });

  // "office" is part of the name, not a visit, and "tax" no subject of its own.
  it.each([
    'when is the tax office open?',
    'what is the phone number of the tax office?',
    'what are the opening hours of the tax office?',
  ])('answers %j with the number and hours of the Belastingdienst', async (asked) => {
    const [answer] = await converse(t, [asked], { locale: 'en' });
    expect(answer.agency).toMatchObject({ id: 'belastingdienst' });
    expect(answer.agency.topic).toBeUndefined();
    expect(answer.reply).toMatch(/^Below are the number and the opening hours of the Tax/);
  });

  it.each([
    'i want to speak to a human being, not a bot',
    'ik wil een mens spreken',
    'I want to talk to a real person',
  ])('sends %j, which names no subject, to the general desk without options', async (message) => {
    const [first] = await converse(t, [message]);
    expect(first.agency).toBeNull();
    expect(first.alternatives).toEqual([]);
    expect(first.contact.agencyId).toBe('rijksoverheid');
    expect(first.stuck.signals).toContain('wants-human');
  });

  it('keeps the options of a question that names something besides asking for a person', async () => {
    const [first] = await converse(t, ['Ik moet terugbetalen, ik wil iemand spreken']);
    expect(first.clarify).toBe(true);
    expect(first.alternatives.map((option: { id: string }) => option.id)).toContain('toeslagen');
  });

  it.each([
    [{ defaultLocale: 'nl' }, 'How do I renew my residence permit?', 'en'],
    [{ defaultLocale: 'nl' }, 'huurtoeslag', 'nl'],
    [{ defaultLocale: 'en' }, 'ok', 'en'],
    [{ defaultLocale: 'en' }, 'huurtoeslag', 'en'],
    [{ defaultLocale: 'en', locale: 'nl' }, 'How do I renew my residence permit?', 'nl'],
  ])('with %j answers %j in %s', async (languages, message, locale) => {
    const response = await t.chat({ message, ...languages });
    expect(response.status).toBe(200);
    expect((await response.json()).locale).toBe(locale);
  });

  it('explains authorising someone when a person without DigiD asks whether their daughter may do it', async () => {
    const [, second] = await converse(t, [
      'ik heb geen digid',
      'mijn dochter kan het voor mij doen? mag dat',
    ]);
    expect(second.agency.topic.id).toBe('machtigen');
    expect(second.reply).toContain('Dat heet machtigen.');
    expect(second.reply).not.toMatch(/niet precies zeggen/);
  });

  it('gives a question about the WOZ value the municipality, not its debt line', async () => {
    const [answer] = await converse(t, [
      'ik heb een brief van de gemeente over de woz waarde, die klopt niet',
    ]);
    expect(answer.agency.topic.id).toBe('gemeentelijke-belastingen');
    expect(answer.contact.phone).not.toBe('0800-8115');
    expect(answer.reply).toContain('Belasting voor water komt van het waterschap.');
  });

  it('answers a payment follow-up in a repayment conversation with the repayment help', async () => {
    const [, atOnce, months] = await converse(t, [
      'mijn huurtoeslag is gestopt en nu moet ik 1200 euro terugbetalen',
      'moet ik alles in een keer terugbetalen?',
      'hoeveel maanden',
    ]);
    expect(atOnce.reply).toMatch(/^Moet u toeslag terugbetalen\? Dan mag u in delen betalen/);
    expect(atOnce.reply).not.toMatch(/niet precies zeggen/);
    expect(atOnce.stuck.signals).toContain('debt');
    // Two short follow-ups the conversation's organisation answered are not "not understood".
    expect(months.stuck.signals).not.toContain('not-understood');
    expect(months.agency.id).toBe('toeslagen');
  });

  it('answers "en hoe lang duurt dat?" with how long the subject takes, not its first sentence again', async () => {
    const [, howLong] = await converse(t, ['ik wil bijstand aanvragen', 'en hoe lang duurt dat?']);
    expect(howLong.agency.id).toBe('gemeente');
    expect(howLong.reply).toMatch(/^Onderwerp: Bijstand\. De gemeente beslist binnen 8 weken/);
    expect(howLong.reply).toContain('voorschot');
    expect(howLong.contact.phone).toBe('14 + netnummer');
  });

  it('answers "hoe los ik dat op?" or "krijg ik nu een boete?" after a mistake, and "hoe kom ik daar vanaf?" after a debt, with the way out', async () => {
    const [first, fix, fine] = await converse(t, [
      'ik heb een fout gemaakt in mijn aangifte, ik heb mijn rente vergeten',
      'hoe los ik dat op',
      'krijg ik nu een boete?',
    ]);
    expect(first.stuck.signals).toContain('mistake');
    for (const answer of [fix, fine]) {
      expect(answer.stuck.signals).toContain('mistake');
      expect(answer.reply).toContain('Een fout in uw aangifte kunt u herstellen.');
    }
    const [, getOut] = await converse(t, [
      'ik heb een brief van het cak dat ik wanbetaler ben',
      'hoe kom ik daar vanaf',
    ]);
    expect(getOut.stuck.signals).toContain('debt');
    expect(getOut.reply).toContain('Dan kan de hogere premie bij het CAK stoppen.');
    // Asked without a mistake before it, the same words are an ordinary question.
    const [alone] = await converse(t, ['krijg ik een boete als ik te laat aangifte doe?']);
    expect(alone.stuck.signals).toEqual([]);
  });

  it('sends a waste bill the person cannot pay to the municipal tax, and "in delen betalen?" then to instalments', async () => {
    const [bill, parts] = await converse(
      t,
      [
        'ik heb brief van gemeente moet betalen 300 euro voor afval maar ik heb geen geld',
        'kan ik dat in delen betalen',
      ],
      { channel: 'kiosk' },
    );
    expect(bill.agency).toMatchObject({
      id: 'gemeente',
      topic: { id: 'gemeentelijke-belastingen' },
    });
    expect(bill.reply).toContain('afvalstoffenheffing');
    expect(parts.stuck.signals).toContain('debt');
    expect(parts.reply).toContain('Of vraag of u in termijnen mag betalen.');
    expect(parts.contact.phone).toBe('14 + netnummer');
  });

  it('answers "hoeveel moet ik verdienen?" after bringing a partner over with the conditions, and a first "heb ik recht op?" too', async () => {
    const [, earn] = await converse(t, [
      'Ik wil mijn vrouw uit Marokko naar Nederland halen',
      'hoeveel moet ik verdienen?',
    ]);
    expect(earn.agency.id).toBe('ind');
    expect(earn.reply).toContain('U hebt zelf een vast en voldoende inkomen.');
    const [first] = await converse(t, ['heb ik recht op zorgtoeslag?']);
    expect(first.agency.id).toBe('toeslagen');
    expect(first.reply).toContain('De voorwaarden: u bent 18 jaar of ouder');
  });

  it('sends a mother who must go to a nursing home to the CIZ first, and "wat kost dat?" then to the CAK with what it depends on', async () => {
    const [home, cost, aow] = await converse(
      t,
      ['mijn moeder moet naar een verpleeghuis', 'wat kost dat?', 'zij heeft alleen AOW'],
      { channel: 'kiosk' },
    );
    expect(home.agency).toMatchObject({ id: 'ciz', topic: { id: 'wlz-indicatie' } });
    expect(cost.agency).toMatchObject({ id: 'cak', topic: { id: 'eigen-bijdrage-wlz' } });
    expect(cost.reply).toContain('De eerste 4 maanden betaalt u de lage eigen bijdrage.');
    expect(aow.agency.id).toBe('cak');
    expect(aow.reply).toContain('Met alleen AOW is die lager.');
  });

  it('answers "what can I do?" after a debt with the way out again, not the topic\'s first sentence', async () => {
    const [, what] = await converse(
      t,
      [
        'I got a letter from DUO that I have to pay back my student loan but I have no job',
        'what can I do',
      ],
      { locale: 'en' },
    );
    expect(what.stuck.signals).toContain('debt');
    expect(what.reply).toContain('Is your monthly amount too high? Ask DUO to lower it.');
    // Asked on its own, it is an ordinary question.
    const [alone] = await converse(t, ['wat kan ik doen?']);
    expect(alone.stuck.signals).toEqual([]);
  });

  it('sends a driver of 76 renewing a licence to the CBR, and "the doctor" then to its medical check, not to a GP', async () => {
    const [, age, doctor] = await converse(t, [
      'ik moet een nieuw rijbewijs want die is verlopen',
      'ik ben 76',
      'moet ik naar de dokter?',
    ]);
    expect(age.agency).toMatchObject({ id: 'cbr', topic: { id: 'gezondheidsverklaring' } });
    expect(age.reply).toContain('Bent u 75 jaar of ouder?');
    expect(doctor.agency).toMatchObject({ id: 'cbr', topic: { id: 'gezondheidsverklaring' } });
    expect(doctor.reply).not.toContain('huisartsenpost');
  });

  it('answers "wat is dat eigenlijk?" with what the subject is, and a word on a letter with its meaning', async () => {
    const [, what] = await converse(t, ['ik wil bijstand aanvragen', 'wat is dat eigenlijk?']);
    expect(what.agency.id).toBe('gemeente');
    expect(what.reply).toMatch(/^Onderwerp: Bijstand\. Bijstand is maandelijks geld/);
    const [letter] = await converse(t, [
      'Ik heb een voorlopige aanslag gekregen, wat houdt dat in?',
    ]);
    expect(letter.agency.id).toBe('belastingdienst');
    expect(letter.reply).toContain('Een voorlopige aanslag is een brief met een eerste berekening');
    // A topic without a definition says what it is about, and never that it does not know.
    const [, other] = await converse(t, ['ik wil stemmen bij de verkiezingen', 'wat is dat?']);
    expect(other.reply).not.toMatch(/weet ik niet/);
  });

  it('sends a first complaint to the organisation itself, with the reason and without a topic label', async () => {
    const [answer] = await converse(t, ['ik wil een klacht indienen over de IND']);
    expect(answer.agency.id).toBe('ind');
    expect(answer.reply).toMatch(
      /^De IND kan u helpen\. Een klacht over de IND dient u eerst in bij de IND zelf\./,
    );
    expect(answer.reply).not.toContain('Onderwerp:');
    expect(answer.contact.organisation).toBe('IND');
  });

  it('asks which organisation a need without a subject is about when the conversation’s cannot meet it, and answers what it asked after the choice', async () => {
    const [, asked, chosen] = await converse(t, [
      'ik kan niet inloggen met digid',
      'hoe lang heb ik om terug te betalen?',
      'huurtoeslag',
    ]);
    expect(asked.clarify).toBe(true);
    expect(asked.alternatives.map((option: { id: string }) => option.id)).toContain('toeslagen');
    expect(chosen.agency).toMatchObject({ id: 'toeslagen', topic: { id: 'terugbetalen' } });
    expect(chosen.reply).toContain('Betaal binnen 6 weken na die brief.');
  });

  it('says it does not know what a follow-up asks when no fact says it, instead of the topic again', async () => {
    const [, cost] = await converse(t, ['ik wil een kenteken overschrijven', 'wat kost het?']);
    expect(cost.agency.id).toBe('rdw');
    expect(cost.reply).toMatch(
      /^Onderwerp: Kenteken en overschrijven\. Wat het kost, weet ik niet precies\./,
    );
    expect(cost.contact.organisation).toBe('RDW');
  });

  it('answers a yes or no that replies to nothing without repeating the answer', async () => {
    const [, yes, no] = await converse(t, ['ik wil huurtoeslag aanvragen', 'ja', 'nee']);
    expect(yes.reply).toMatch(/^Goed\. Heeft u nog een vraag\?/);
    expect(no.reply).toMatch(/^Waar kan ik u dan mee helpen\?/);
    for (const answer of [yes, no]) {
      expect(answer.reply).not.toContain('nog steeds over');
      expect(answer.contact.organisation).toBe('Dienst Toeslagen');
      expect(answer.stuck.signals).toEqual([]);
    }
  });

  it('answers a first "nee" without speaking of an answer it never gave', async () => {
    const [no] = await converse(t, ['nee']);
    expect(no.reply).toMatch(/^Waar kan ik u dan mee helpen\?/);
    expect(no.reply).not.toContain('antwoord');
    expect(no.contact.phone).toBe('1400');
  });

  it('adds how long it takes to a first question that asks it', async () => {
    const [answer] = await converse(t, ['hoe lang duurt het voordat mijn paspoort klaar is?']);
    expect(answer.agency.id).toBe('gemeente');
    expect(answer.reply).toContain('6 werkdagen');
  });

  it('says who gets a disabled parking card, and then what it costs where the person lives', async () => {
    const [card, cost] = await converse(t, [
      'hoe krijg ik een gehandicaptenparkeerkaart',
      'wat kost dat?',
    ]);
    expect(card.agency).toMatchObject({
      id: 'gemeente',
      topic: { id: 'gehandicaptenparkeerkaart' },
    });
    expect(card.reply).toContain('100 meter');
    expect(card.reply).not.toContain('laadpaal');
    expect(cost.reply).toContain('verschilt per gemeente');
  });

  it("says how to dial the municipality's 14 number, in the answer and with the contact", async () => {
    const [answer] = await converse(t, ['hoe vraag ik bijstand aan']);
    expect(answer.contact.phone).toBe('14 + netnummer');
    expect(answer.contact.howToDial).toMatch(
      /^Het nummer is 14 en dan het netnummer van uw gemeente\./,
    );
    expect(answer.reply).toContain(answer.contact.howToDial);
  });

  it('thanks an English "thanks" in English, also as the first message', async () => {
    const [first] = await converse(t, ['thanks']);
    expect(first.reply).toMatch(/^You are welcome\./);
  });

  it.each(['ok', 'ja', 'huurtoeslag'])(
    'keeps an English conversation English after the short reply %j',
    async (reply) => {
      const [, second] = await converse(t, ['my rent benefit stopped', reply]);
      expect(second.reply).toMatch(/Benefits Office/);
      expect(second.reply).not.toMatch(/Dienst Toeslagen betaalt/);
    },
  );

  it('takes "the second" to the very topic shown second, not another topic of that organisation', async () => {
    const [first, second] = await converse(t, ['I have to pay back', 'the second']);
    const shown = (first.clarify ? first.alternatives : first.suggestions)[1];
    expect(shown).toBeDefined();
    expect(second.agency).toMatchObject({ id: shown.id, topic: { id: shown.topic.id } });
  });

  it('tells a person writing in another script, in Dutch and English, where to get help', async () => {
    const [answer] = await converse(t, ['أريد مساعدة في الضرائب']);
    expect(answer.reply).toContain('Ik begrijp alleen Nederlands en Engels.');
    expect(answer.reply).toContain('I only understand Dutch and English.');
    expect(answer.contact.phone).toMatch(/\d/);
  });
});

describe('a question about reaching someone, before any subject', () => {
  it.each([
    ['do you speak english', /^Call and ask whether someone can help you in English\./],
    ['ik spreek geen nederlands', /^Bel en vraag of iemand u in het Engels kan helpen\./],
    ['wat is het telefoonnummer', /^Hieronder staan het nummer en de tijden van/],
  ])(
    'answers %j with the general contact, not a topic made of its words',
    async (message, reply) => {
      const [answer] = await converse(t, [message]);
      expect(answer.reply).toMatch(reply);
      expect(answer.agency).toBeNull();
      expect(answer.clarify).toBe(false);
      expect(answer.contact.phone).toBeTruthy();
    },
  );
});

describe('at a library kiosk', () => {
  const STAFF_HERE = 'U bent nu in de bibliotheek. Vraag gerust een medewerker hier om hulp.';

  it.each(['is hier iemand die mij kan helpen', 'kan de mevrouw hier mij helpen?'])(
    'points %j to the library staff first, with the contact to call after',
    async (message) => {
      const [answer] = await converse(t, [message], { channel: 'kiosk' });
      expect(answer.reply.startsWith(STAFF_HERE)).toBe(true);
      expect(answer.stuck.signals).toContain('wants-human');
      expect(answer.contact.phone).toBeTruthy();
    },
  );

  it('answers someone who asks for help in Turkish with the staff here and the English line, not a question back', async () => {
    const [answer] = await converse(
      t,
      ['ik spreek niet goed nederlands, kan iemand mij helpen in het turks'],
      { channel: 'kiosk' },
    );
    expect(answer.clarify).toBe(false);
    expect(answer.reply).toMatch(
      /^U bent nu in de bibliotheek\. Vraag gerust een medewerker hier om hulp\./,
    );
    expect(answer.reply).toContain('Bel en vraag of iemand u in het Engels kan helpen.');
  });

  it('names the library once to someone who cannot manage online', async () => {
    const [answer] = await converse(
      t,
      ['ik heb geen computer en moet mijn huurtoeslag aanvragen'],
      {
        channel: 'kiosk',
      },
    );
    expect(answer.reply.startsWith(STAFF_HERE)).toBe(true);
    expect(answer.reply.match(/bibliotheek/g)).toHaveLength(1);
  });

  it.each(['dank u wel', 'hallo', 'doei'])(
    'answers %j at the kiosk as a greeting or thanks, without sending the person to the staff',
    async (message) => {
      const [answer] = await converse(t, [message], { channel: 'kiosk' });
      expect(answer.reply).not.toContain(STAFF_HERE);
      expect(answer.contact.phone).toBeTruthy();
    },
  );

  it('says nothing of staff here on a website, or to a plain question at the kiosk', async () => {
    const [web] = await converse(t, ['is hier iemand die mij kan helpen']);
    const [plain] = await converse(t, ['hoe vraag ik huurtoeslag aan'], { channel: 'kiosk' });
    expect(web.reply).not.toContain(STAFF_HERE);
    expect(plain.reply).not.toContain(STAFF_HERE);
  });
});

describe('an answer says each thing once', () => {
  it.each([
    'Ik moet mijn huurtoeslag terugbetalen',
    'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen',
    'ik heb zoveel schulden bij de belastingdienst, ik wil er een einde aan maken',
    'mijn man slaat mij',
    'Ik heb een fout gemaakt in mijn aangifte',
    'ik heb geen DigiD en wil zorgtoeslag aanvragen',
  ])('in the answer to %j', async (message) => {
    const [answer] = await converse(t, [message]);
    const sentences = (answer.reply as string)
      .split(/(?<=[.?!])\s+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.split(' ').length >= 3);
    const twice = sentences.filter((sentence, i) => sentences.indexOf(sentence) !== i);
    expect(twice).toEqual([]);
  });
});

describe('an answer of the Informatiepunt at the library kiosk', () => {
  it.each([
    [
      'ik snap de brief niet',
      'nl',
      /Wilt u liever bellen\? Bel .*: 1400\./,
      /hulp van het Informatiepunt is hier/,
    ],
    [
      "I don't understand the letter",
      'en',
      /Would you rather call\? Call .*: 1400\./,
      /Information Point is right here/,
    ],
  ])(
    'says for %j that the help is right here, and 1400 only as the way to call',
    async (message, locale, phone, here) => {
      const [answer] = await converse(t, [message], { channel: 'kiosk' });
      expect(answer.agency.id).toBe('informatiepunt');
      expect(answer.locale).toBe(locale);
      expect(answer.reply).not.toMatch(/nog niet kunnen controleren|could not check/);
      expect(answer.contact.note).not.toMatch(/nog niet kunnen controleren|could not check/);
      expect(answer.contact.note).toMatch(here);
      expect(answer.reply).toMatch(phone);
      expect(answer.contact.phone).toBe('1400');
    },
  );

  it('still says on a website that the Informatiepunt has no number we checked', async () => {
    const [answer] = await converse(t, ['ik snap de brief niet']);
    expect(answer.agency.id).toBe('informatiepunt');
    expect(answer.reply).toMatch(/nog niet kunnen controleren/);
  });
});

describe('an honest mistake with an allowance', () => {
  it('says that putting it right oneself avoids a fine, also when asked about the fine', async () => {
    const [first, second] = await converse(t, [
      'ik heb per ongeluk een verkeerd inkomen opgegeven bij de toeslagen',
      'krijg ik nu een boete?',
    ]);
    expect(first.agency.id).toBe('toeslagen');
    expect(first.stuck.signals).toContain('mistake');
    expect(first.reply).toMatch(/zet u het zelf recht\? Dan kunt u een boete voorkomen/);
    expect(second.agency.id).toBe('toeslagen');
    expect(second.reply).toMatch(/boete voorkomen/);
  });
});

describe('asking to pay in small pieces after a repayment', () => {
  it('stays with the UWV and keeps the way out, instead of a small boat licence', async () => {
    const [, second] = await converse(t, [
      'ik heb een brief van het UWV dat ik 3000 euro moet terugbetalen van mijn WW',
      'kan het in kleine stukjes',
    ]);
    expect(second.agency.id).toBe('uwv');
    expect(second.stuck.signals).toContain('debt');
    expect(second.reply).toMatch(/betalingsregeling/);
  });
});

describe('what to do now after a refusal', () => {
  it('gives the way to object again, not only the topic sentence', async () => {
    const [first, second] = await converse(t, [
      'ik heb een brief van de IND gekregen, mijn vergunning is afgewezen',
      'wat kan ik doen',
    ]);
    expect(first.reply).toMatch(/bezwaar maken/);
    expect(second.agency.id).toBe('ind');
    expect(second.reply).toMatch(/^Klopt een besluit van de IND volgens u niet\?/);
    expect(second.reply).not.toMatch(/nog steeds over/);
  });
});
