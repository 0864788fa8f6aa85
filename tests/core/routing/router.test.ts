import { describe, expect, it } from 'vitest';
import { candidatesOf, type RoutingDecision } from '../../../src/core/routing/router.js';
import { testCore } from '../../support/app.js';

const { router, catalog } = testCore();

const agencyOf = (decision: RoutingDecision) =>
  'best' in decision ? decision.best.agencyId : undefined;

describe('the built-in router', () => {
  it.each([
    // Nothing besides the name says which topic: no topic, so the answer says what the CJIB does.
    ['I got a letter from the CJIB but I do not understand it', 'cjib', ''],
    ['niemand helpt me met mijn uwv uitkering', 'uwv', ''],
    ['ik word van het kastje naar de muur gestuurd bij toeslagen', 'toeslagen', ''],
    ['Ik wil een betalingsregeling bij het CJIB', 'cjib', 'betalingsregeling'],
    ['Het CJIB stuurt mij een acceptgiro voor mijn zorgpremie', 'cjib', 'acceptgiro-cak-premie'],
    // Two rules fire ("betalen" and "niet kunnen betalen"); the one that names a topic decides it.
    ['Ik kan mijn verkeersboete bij het CJIB niet betalen', 'cjib', 'betalingsregeling'],
  ])('picks the topic of a named agency by the other words of %j', (question, agency, topic) => {
    const decision = router.route(question, {}, question.startsWith('I ') ? 'en' : 'nl');
    expect(decision).toMatchObject({ best: { agencyId: agency, topicId: topic } });
  });

  it.each([
    // Only the insurer's own name matched (through "health insurance"): no topic, rather than the
    // complaint about the insurer, whose terms repeat the name most.
    ['What do I need to know about the Dutch health insurance?', 'zorgverzekeraar', ''],
    // A general word beside the name is the need, and keeps its topic.
    [
      'Ik heb een brief van de belastingdienst dat ik moet terugbetalen',
      'toeslagen',
      'terugbetalen',
    ],
  ])(
    'picks no topic where only the name of an unnamed agency matched: %j',
    (question, agency, topic) => {
      const decision = router.route(question, {}, question.startsWith('What') ? 'en' : 'nl');
      const option = candidatesOf(decision).find((one) => one.agencyId === agency);
      expect(option?.topicId).toBe(topic);
    },
  );

  it.each([
    ['Ik moet mijn huurtoeslag terugbetalen', 'toeslagen'],
    ['wanneer wordt de kinderbijslag betaald', 'svb'],
    ['Hoe vraag ik een WW-uitkering aan?', 'uwv'],
    ['Ik wil mijn studieschuld aflossen', 'duo'],
    ['Hoe betaal ik mijn verkeersboete bij het CJIB?', 'cjib'],
    ['Mijn verblijfsvergunning verloopt, hoe verleng ik die?', 'ind'],
    ['Hoe zet ik een auto op mijn naam? kenteken overschrijven', 'rdw'],
    ['Wanneer moet ik belastingaangifte doen?', 'belastingdienst'],
    ['Ik wil een eenmanszaak inschrijven', 'kvk'],
    ['Mijn paspoort is verlopen, waar vraag ik een nieuw aan?', 'gemeente'],
    ['Ik heb mijn DigiD wachtwoord vergeten', 'digid'],
    ['How do I apply for healthcare allowance?', 'toeslagen'],
    ['When do I get my AOW state pension?', 'svb'],
    // UWV issues the TWV; the IND only the combined permit (GVVA).
    ['Heb ik als werkgever een TWV nodig voor een student uit India?', 'uwv'],
    // "number" names nothing: "BSN number" is the BSN, not a VAT number.
    ['How do I get a BSN number', 'gemeente'],
    // The CBR handles health declarations (in the catalog since session 12).
    ['Ik moet een gezondheidsverklaring invullen voor mijn rijbewijs', 'cbr'],
    // Bankrupt is UWV's only when it is the employer; a person declared bankrupt needs the
    // municipality's debt help, a customer of a bankrupt contractor legal advice.
    ['Ik ben failliet verklaard, wat nu?', 'gemeente'],
    ['My builder went bankrupt before finishing the job', 'juridisch-loket'],
    // The IND imposes an entry ban; "ban" alone once matched the fireworks ban (verbod).
    ['When do you get an entry ban?', 'ind'],
    ['Wanneer krijg je een inreisverbod?', 'ind'],
    // Leave is employment law, not DUO's school holidays.
    ['What vacations am I entitled to in the Netherlands?', 'rijksoverheid'],
  ])('sends %j to %s', (question, expected) => {
    const decision = router.route(question);
    expect(decision.kind).toBe('routed');
    expect(agencyOf(decision)).toBe(expected);
  });

  it("routes the catalog's own example questions to their agency (top 3)", () => {
    const misses: string[] = [];
    let total = 0;
    for (const agency of catalog.agencies.values()) {
      for (const topic of agency.topics) {
        for (const example of topic.examples) {
          total += 1;
          const decision = router.route(example);
          const ids =
            'best' in decision
              ? [decision.best.agencyId, ...decision.alternatives.map((a) => a.agencyId)]
              : decision.alternatives.map((a) => a.agencyId);
          if (!ids.slice(0, 3).includes(agency.id)) misses.push(`${agency.id}: ${example}`);
        }
      }
    }
    expect(misses.length / total, misses.join('\n')).toBeLessThan(0.05);
  });

  it('asks for the subject when nothing fits', () => {
    expect(router.route('xyzzy plugh').kind).toBe('none');
  });

  // A word or two of a long catalog phrase ("gestuurd", "muur") scores far below any real
  // subject: offering its topics (naturalisation, a medical exam) to a person going round in
  // circles was noise.
  it('offers no options for a question without a subject whose words barely fit anything', () => {
    expect(router.route('ik word van het kastje naar de muur gestuurd')).toEqual({
      kind: 'none',
      alternatives: [],
    });
  });

  // A child is in many questions (school, benefits, travel) and says nothing of what about; the
  // word alone took a school question to Veilig Thuis, and English "kind" is a sort of thing.
  it.each([
    'Wanneer mag mijn kind naar de basisschool?',
    'Wie bepaalt welke hulp mijn kind krijgt?',
    'What kind of complaints?',
  ])('asks back about %j instead of guessing from "kind" alone', (question) => {
    expect(router.route(question).kind).toBe('clarify');
  });

  // The router reads redacted text: a greeting with a name is no question about a registration
  // "op naam" (it went to the RDW).
  it.each(['Goedemiddag, mijn naam is [NAAM]', 'Hi, my name is [NAAM]', 'Ik ben [NAAM].'])(
    'asks for the subject after a greeting with a name: %j',
    (greeting) => {
      expect(router.route(greeting).kind).toBe('none');
    },
  );

  // Nor is a value with the words that introduce it: a BSN given beside a question about
  // huurtoeslag asked how to get a BSN, a birth date asked about registering a birth.
  it.each([
    ['Ik heb een vraag over mijn huurtoeslag. Mijn BSN is [BSN].', 'toeslagen'],
    ['mijn bsn is [BSN] en ik heb een vraag over huurtoeslag', 'toeslagen'],
    ['My citizen service number is [BSN], when do I get my AOW?', 'svb'],
    ['Mijn nieuwe rekeningnummer is [IBAN], hoe geef ik dat door aan de SVB?', 'svb'],
  ])('reads %j by its question, not by the personal data in it', (question, agency) => {
    expect(agencyOf(router.route(question))).toBe(agency);
  });

  it.each([
    'Mijn IBAN is [IBAN] en ik ben geboren op [GEBOORTEDATUM]',
    'ik woon op [ADRES], mail me op [E-MAIL] of bel [TELEFOON]',
    'My date of birth is [GEBOORTEDATUM] and I live at [ADRES]',
  ])('finds no subject in personal data alone: %j', (message) => {
    expect(router.subjectOf(message)).toEqual([]);
    expect(router.route(message, { agencyId: 'toeslagen', topicId: 'terugbetalen' })).toMatchObject(
      { kind: 'follow-up', best: { agencyId: 'toeslagen' } },
    );
  });

  // A plate or a document number said nothing to the router before it was redacted, and its
  // placeholder must not either: a fine for a car is no question about its registration.
  it.each([
    ['Ik heb een boete gekregen voor [KENTEKEN]', 'clarify', undefined],
    ['[KENTEKEN] is gestolen', 'routed', 'politie'],
    ['[KENTEKEN]', 'none', undefined],
    ['Mijn paspoort [DOCUMENTNUMMER] is verlopen', 'routed', 'gemeente'],
  ])('reads %j as if the placeholder were not there: %s %s', (message, kind, agency) => {
    const decision = router.route(message);
    expect(decision.kind).toBe(kind);
    expect(agencyOf(decision)).toBe(agency);
    expect(decision).toEqual(router.route(message.replace(/\[[A-Z]+\]/g, ' ')));
  });

  it("keeps a follow-up without a subject with the conversation's agency", () => {
    const decision = router.route('En hoe lang duurt dat?', {
      agencyId: 'toeslagen',
      topicId: 'huurtoeslag',
    });
    expect(decision.kind).toBe('follow-up');
    if (decision.kind === 'follow-up') {
      expect(decision.best.agencyId).toBe('toeslagen');
      expect(decision.best.topicId).toBe('huurtoeslag');
    }
  });

  it.each([
    ['En wat kost dat?', 'ind'],
    ['Kan ik het in termijnen betalen?', 'cak'],
    ['Moet ik daarvoor een afspraak maken?', 'gemeente'],
    ['Kan ik daar bezwaar tegen maken?', 'uwv'],
    ['And how long does it take?', 'ind'],
    // "Niks" and "snap" say how the person feels, not what it is about.
    ['ik snap er echt niks van, kan ik iemand spreken?', 'belastingdienst'],
    ["I don't understand anything of this, can I talk to someone?", 'uwv'],
    // A need the conversation's organisation meets, or what the subject costs or takes.
    ['hoe lang heb ik om terug te betalen?', 'uwv'],
    ['moet ik dat terugbetalen?', 'toeslagen'],
    ['kan ik een betalingsregeling krijgen?', 'belastingdienst'],
    ['wat kost het?', 'digid'],
    ['hoe lang duurt het?', 'digid'],
    // An age names nothing: "30" once meant the 30% ruling for expats.
    ['ze is 30', 'duo'],
    ['hij is 17 jaar', 'duo'],
  ])('keeps %j with the conversation (%s): it names no new subject', (question, agencyId) => {
    const decision = router.route(question, { agencyId });
    expect(decision.kind).toBe('follow-up');
    expect(agencyOf(decision)).toBe(agencyId);
  });

  it.each([
    ['hoe lang heb ik om terug te betalen?', 'digid', 'toeslagen'],
    ['kan ik een betalingsregeling krijgen?', 'digid', 'cjib'],
    ['moet ik dat terugbetalen?', 'rdw', 'duo'],
  ])(
    'asks which organisation %j is about after %s, which has no topic for that need',
    (question, agencyId, offered) => {
      const decision = router.route(question, { agencyId });
      expect(decision.kind).toBe('clarify');
      expect(decision.alternatives.map((option) => option.agencyId)).toContain(offered);
      expect(decision.alternatives.map((option) => option.agencyId)).not.toContain(agencyId);
    },
  );

  it.each([
    [
      'kan ik een betalingsregeling krijgen?',
      'belastingdienst',
      'aanslag-en-teruggave',
      'betalen-en-schulden',
    ],
    ['hoe lang heb ik om terug te betalen?', 'uwv', 'ww', 'terugbetalen-en-boete'],
    ['moet ik dat terugbetalen?', 'toeslagen', 'huurtoeslag', 'terugbetalen'],
    // The conversation's topic meets it already: it stays.
    ['kan ik in delen betalen?', 'toeslagen', 'terugbetalen', 'terugbetalen'],
  ])(
    'answers %j after %s/%s with the topic that meets the need (%s)',
    (question, agencyId, topicId, expected) => {
      const decision = router.route(question, { agencyId, topicId });
      expect(agencyOf(decision)).toBe(agencyId);
      expect('best' in decision && decision.best.topicId).toBe(expected);
    },
  );

  it.each([
    // "operator" once read as "operatie" and moved a huurtoeslag conversation to the recovery
    // operation's caseworker.
    ['operator please', 'toeslagen', 'huurtoeslag', 'asking for a person'],
    ['can I speak to an agent', 'toeslagen', 'huurtoeslag', 'asking for a person'],
    ['ik wil een medewerker spreken', 'toeslagen', 'huurtoeslag', 'asking for a person'],
    // Alone, "man" and "wife" named the IND (a spouse's permit) and "free" customs.
    ['en mijn man?', 'toeslagen', 'huurtoeslag', 'someone else'],
    ['and my wife?', 'toeslagen', 'huurtoeslag', 'someone else'],
    ['mijn zoon wil helpen', 'toeslagen', 'huurtoeslag', 'someone else'],
    ['voor mijn moeder', 'toeslagen', 'huurtoeslag', 'someone else'],
    ['is it free?', 'toeslagen', 'huurtoeslag', 'the cost'],
    ['is dat gratis?', 'toeslagen', 'huurtoeslag', 'the cost'],
    ['mag dat per brief?', 'toeslagen', 'huurtoeslag', 'the way'],
    // "betaalt" named the Juridisch Loket's unpaid invoices.
    ['wie betaalt dat?', 'gemeente', 'wmo', 'who pays'],
    ['who pays for that?', 'gemeente', 'wmo', 'who pays'],
    // "object" once sent an objection to a tax assessment to the OM's traffic fines.
    ['can I object? this is wrong', 'belastingdienst', 'aanslag-en-teruggave', 'an objection'],
    ['kan ik bezwaar maken?', 'belastingdienst', 'aanslag-en-teruggave', 'an objection'],
    ['ze heeft ook geen digid', 'cak', 'eigen-bijdrage-wmo', 'a missing way in'],
    ['ik heb geen computer', 'cak', 'eigen-bijdrage-wmo', 'a missing way in'],
    ["I don't have DigiD", 'cak', 'eigen-bijdrage-wmo', 'a missing way in'],
  ])(
    "keeps %j with the conversation's topic (%s/%s): %s is no new subject",
    (question, agencyId, topicId) => {
      const decision = router.route(question, { agencyId, topicId });
      expect(decision).toMatchObject({ kind: 'follow-up', best: { agencyId, topicId } });
    },
  );

  it.each([
    ['I already tried calling but nobody picks up, this is the third time I ask'],
    ['Ik heb al drie keer gebeld maar niemand neemt op'],
    ['Ze reageren niet op mijn brief'],
  ])(
    'hears %j as about the conversation’s organisation, not a new subject for the ombudsman',
    (complaint) => {
      expect(agencyOf(router.route(complaint))).toBe('ombudsman');
      const decision = router.route(complaint, {
        agencyId: 'belastingdienst',
        topicId: 'aangifte-inkomstenbelasting',
      });
      expect(decision.kind).toBe('follow-up');
      expect('best' in decision && decision.best.topicId).toBe('aangifte-inkomstenbelasting');
      expect(agencyOf(decision)).toBe('belastingdienst');
    },
  );

  it('still takes a complaint that was not handled further, to the ombudsman', () => {
    const decision = router.route('Ik heb al een klacht ingediend maar er is niets mee gedaan', {
      agencyId: 'belastingdienst',
    });
    expect(agencyOf(decision)).toBe('ombudsman');
  });

  it.each(['ik heb geen digid, hoe vraag ik dat aan?', 'mijn digid werkt niet'])(
    'still takes %j to DigiD: it is about DigiD itself',
    (message) => {
      const decision = router.route(message, { agencyId: 'cak', topicId: 'eigen-bijdrage-wmo' });
      expect(agencyOf(decision)).toBe('digid');
    },
  );

  it('answers another topic of the same organisation as a new answer, not as "still about"', () => {
    const decision = router.route('huurtoeslag', { agencyId: 'toeslagen', topicId: 'zorgtoeslag' });
    expect(decision).toMatchObject({
      kind: 'routed',
      best: { agencyId: 'toeslagen', topicId: 'huurtoeslag' },
    });
  });

  it.each([
    ['kan ik uitstel krijgen?', 'belastingdienst', 'aangifte-inkomstenbelasting'],
    ['can I get an extension?', 'belastingdienst', 'aangifte-inkomstenbelasting'],
    ['kan ik uitstel krijgen?', 'belastingdienst', 'betalen-en-schulden'],
    // Proof of having paid a fine is the fine's, not a "bewijs" from the Kadaster.
    ['ik heb het bewijs van betaling', 'cjib', 'verkeersboete-betalen'],
    ['I have proof of payment', 'cjib', 'verkeersboete-betalen'],
    // Below 75 a stated age changes nothing about renewing a licence.
    ['ik ben 40', 'rdw', 'rijbewijs-verlengen'],
    // Coming along is no subject: "digitaal meekomen" is the library's course, not this.
    ['moet ze zelf mee komen', 'gemeente', 'paspoort-id-kaart'],
  ])(
    'keeps the conversation’s topic when the follow-up %j fits it as well as another (%s, %s)',
    (message, agencyId, topicId) => {
      const decision = router.route(message, { agencyId, topicId });
      expect(decision).toMatchObject({ kind: 'follow-up', best: { agencyId, topicId } });
    },
  );

  it('switches when a longer message about a relative names a subject of its own', () => {
    const decision = router.route('Mijn man wil naar Nederland komen, hoe regel ik dat?', {
      agencyId: 'toeslagen',
      topicId: 'huurtoeslag',
    });
    expect(agencyOf(decision)).toBe('ind');
  });

  it('switches when the follow-up names a new subject', () => {
    const decision = router.route('Ik heb een vraag over mijn studieschuld', {
      agencyId: 'toeslagen',
    });
    expect(decision.kind).toBe('routed');
    expect(agencyOf(decision)).toBe('duo');
  });

  it('gives confidences between 0 and 1, best first', () => {
    const decision = router.route('Ik moet mijn huurtoeslag terugbetalen');
    if (decision.kind !== 'routed') throw new Error(`expected routed, got ${decision.kind}`);
    expect(decision.best.confidence).toBeGreaterThan(0.5);
    expect(decision.best.confidence).toBeLessThanOrEqual(1);
    for (const alternative of decision.alternatives) {
      expect(alternative.confidence).toBeLessThanOrEqual(decision.best.confidence);
    }
  });
});

describe('a question that names DigiD beside another subject', () => {
  it.each([
    ['ik heb geen digid, hoe kan ik mijn belastingaangifte doen', 'belastingdienst'],
    ['ik heb geen digid, hoe vraag ik huurtoeslag aan', 'toeslagen'],
    ["I don't have DigiD, how do I apply for rent benefit?", 'toeslagen'],
    ['mijn moeder heeft geen digid, kan ik haar zorgtoeslag regelen?', 'toeslagen'],
    ['ik ben mijn DigiD kwijt, hoe vraag ik huurtoeslag aan?', 'toeslagen'],
    ['I lost my DigiD, how do I file my tax return?', 'belastingdienst'],
    ['I lost my DigiD and I need to apply for rent benefit', 'toeslagen'],
    // About the way in itself: getting one, or using one's own for someone else.
    ['ik heb geen digid', 'digid'],
    ['ik heb geen digid, hoe vraag ik die aan', 'digid'],
    ['Ik moet mijn aangifte doen maar heb nog geen DigiD. Kan ik die op tijd krijgen?', 'digid'],
    ['Mijn moeder heeft geen DigiD. Kan ik met mijn eigen DigiD haar zaken regelen?', 'digid'],
    ['ik ben mijn DigiD kwijt, hoe vraag ik een nieuwe aan?', 'digid'],
    ['DigiD wachtwoord vergeten, hoe log ik in bij toeslagen', 'digid'],
    ['I lost my DigiD, how do I get a new one?', 'digid'],
    // DigiD as the means: the question's other subject.
    ['Hoe vraag ik huurtoeslag aan met DigiD?', 'toeslagen'],
    ['kan ik met digid mijn aow aanvragen?', 'svb'],
    ['ik heb mijn digid, hoe vraag ik zorgtoeslag aan', 'toeslagen'],
    // Something wrong with it, or one of its own subjects beside it: DigiD's.
    ['Ik wil met mijn DigiD inloggen bij de belastingdienst maar dat lukt niet', 'digid'],
    ['Where can I report fraud with my DigiD?', 'digid'],
    ['Did you already have a DigiD before moving abroad?', 'digid'],
    ['Ik heb mijn eerste DigiD. Hoe zet ik sms-controle aan om bij DUO in te loggen?', 'digid'],
  ])('routes %j to %s', (question, agency) => {
    const decision = router.route(question, {});
    expect(decision.kind).toBe('routed');
    expect(agencyOf(decision)).toBe(agency);
  });
});

describe('a lost DigiD', () => {
  it.each(['ik ben mijn digid kwijt', 'I lost my DigiD'])(
    'reads %j as not being able to log in, not as applying for a first DigiD',
    (question) => {
      expect(router.route(question)).toMatchObject({
        kind: 'routed',
        best: { agencyId: 'digid', topicId: 'inloggen-lukt-niet' },
      });
    },
  );
});

describe('words that pick no topic of a named organisation', () => {
  it.each([
    'niemand bij de gemeente helpt mij, ik word van het kastje naar de muur gestuurd',
    'de gemeente helpt mij niet',
  ])('answers %j about the municipality as a whole, not its debt help', (question) => {
    expect(router.route(question)).toMatchObject({
      kind: 'routed',
      best: { agencyId: 'gemeente', topicId: '' },
    });
  });
});

describe('the topic of a named organisation', () => {
  it.each([
    ['Wanneer ben je verplicht je in te schrijven bij de KvK?', 'kvk', 'inschrijven'],
    ['do I need to register at KVK?', 'kvk', 'inschrijven'],
    ['Kan ik geld lenen bij DUO om in te burgeren?', 'duo', 'inburgering'],
    ['How do I apply for a DigiD from abroad?', 'digid', 'digid-buitenland'],
    // A divorce changes who the allowance partner is; it is not a question about a child's money.
    ['ik ben gescheiden wat moet ik doen met de toeslagen', 'toeslagen', 'wijzigingen-doorgeven'],
    ['We gaan scheiden! Wat moet ik regelen aan toeslagen?', 'toeslagen', 'wijzigingen-doorgeven'],
  ])(
    'reads %j by its other words, not by the topic that repeats the name most',
    (question, agencyId, topicId) => {
      expect(router.route(question)).toMatchObject({
        kind: 'routed',
        best: { agencyId, topicId },
      });
    },
  );
});

describe('plain words at a library kiosk', () => {
  it.each([
    ['ik wil studeren geld', 'duo'],
    ['ik wil nederlands paspoort', 'gemeente'],
    ['ik wil hulp in huis', 'gemeente'],
    ['I need help at home', 'gemeente'],
    // "schors" stems apart from "schorsen".
    ['Hoe schors ik mijn auto?', 'rdw'],
    ['How do I register my car in the Netherlands?', 'rdw'],
    // "gescheiden" is the past of "scheiden", not a word of its own.
    ['ik ben gescheiden, wat moet ik regelen?', 'juridisch-loket'],
    ['we are separating, what about the house?', 'juridisch-loket'],
    // Being scammed is a matter for the police's fraud desk.
    ['I was scammed online', 'politie'],
    ['hoe stop ik mijn bedrijf', 'kvk'],
    // A seizure is the bailiff's, whoever holds the account.
    ['ik heb beslag op mijn bankrekening', 'juridisch-loket'],
  ])('sends %j to %s', (question, agency) => {
    expect(agencyOf(router.route(question))).toBe(agency);
  });
});

describe('English contractions', () => {
  it.each([
    ["I'm 67, when do I get my pension?", 'svb'],
    ['I’m getting married, what do I need to arrange?', 'gemeente'],
  ])('reads %j without a letter "m" that would mean the M-form', (question, agency) => {
    const decision = router.route(question);
    expect(agencyOf(decision)).toBe(agency);
    expect(candidatesOf(decision).map((c) => c.agencyId)).not.toContain('belastingdienst');
  });

  // The "s" of "what's" once matched the "s" of "neighbour's child" and sent a graduate to
  // Veilig Thuis.
  it.each([
    ["Graduated? What's next?", 'duo'],
    ["It's about my son's student finance", 'duo'],
  ])('reads %j without a letter "s" of its own', (question, agency) => {
    const decision = router.route(question);
    expect(agencyOf(decision)).toBe(agency);
    expect(candidatesOf(decision).map((c) => c.agencyId)).not.toContain('veilig-thuis');
  });
});

describe('how people actually ask', () => {
  it.each([
    ['AOW', 'Wanneer krijg ik mijn AOW?', 'svb'],
    ['WW', 'Ik wil WW aanvragen', 'uwv'],
    ['WIA', 'Ik zit in de WIA, mag ik werken?', 'uwv'],
    ['Wmo', 'Wmo aanvragen voor huishoudelijke hulp', 'gemeente'],
    ['APK', 'Mijn APK is verlopen', 'rdw'],
    ['BSN', 'Hoe krijg ik een BSN?', 'gemeente'],
    ['IND', 'Afspraak bij de IND', 'ind'],
    ['CJIB', 'Ik kreeg een brief van het CJIB', 'cjib'],
  ])('knows the abbreviation %s', (_abbreviation, question, expected) => {
    expect(agencyOf(router.route(question))).toBe(expected);
  });

  it.each([
    ['de belasting', 'Ik krijg geld terug van de belasting', 'belastingdienst'],
    ['stufi', 'Wanneer krijg ik mijn stufi?', 'duo'],
    ['bijstand', 'Ik wil bijstand aanvragen', 'gemeente'],
    ['fiscus', 'De fiscus wil geld van mij', 'belastingdienst'],
    ['sofinummer', 'Hoe kom ik aan een sofinummer?', 'gemeente'],
    ['overlijdt', 'Wat moet ik doen als iemand overlijdt?', 'gemeente'],
    ['lawaai', 'Mijn buurman maakt elke nacht lawaai', 'gemeente'],
    ['passed away', 'My father passed away, what do I need to arrange?', 'gemeente'],
    ['help with rent', 'Krijg ik hulp bij het betalen van de huur?', 'toeslagen'],
    ['graf', 'Mijn moeders graf wordt volgend jaar geruimd, kan ik dat tegenhouden?', 'gemeente'],
    ['Oekraïners', 'Wij hebben twee Oekraïners in huis, krijgen zij leefgeld?', 'gemeente'],
    ['host family', 'Our host family can no longer house us, where do we go?', 'gemeente'],
    ['overhangende takken', 'Moet de buurman zijn overhangende takken snoeien?', 'juridisch-loket'],
    ['sublet', 'My landlord says I may not sublet a room, is that true?', 'juridisch-loket'],
    ['flitsfoto', 'Kan ik de flitsfoto zien van mijn snelheidsovertreding?', 'cjib'],
    ['theory exam', 'How long is the waiting time for the motorcycle theory exam?', 'cbr'],
    ['hoortoestellen', 'Worden hoortoestellen vergoed?', 'zorgverzekeraar'],
    ['pay slip', 'My pay slip does not show my holiday hours, is that allowed?', 'rijksoverheid'],
    ['BSGW', 'Ik heb een aanslag van BSGW gekregen, wat is dat?', 'gemeente'],
    ['dementie', 'Mag mijn vader nog autorijden met dementie?', 'cbr'],
    [
      'dementie en niet meer thuis',
      'Heeft u een familielid met een verstandelijke beperking of dementie die niet meer thuis kan blijven wonen?',
      'ciz',
    ],
    [
      'gedekt',
      'Worden behandelingen bij de fysio gedekt door mijn basisverzekering?',
      'zorgverzekeraar',
    ],
    ['meldkamer', 'Wat doet de meldkamer als ik 112 bel?', 'alarmnummer'],
    ['birth declaration', "I'm late with the birth declaration of my son", 'gemeente'],
    ['suïcide', 'Hoe praat ik met mijn vriend over suïcide?', 'zelfmoordpreventie'],
    ['vaarbewijs', 'Waar doe ik examen voor mijn klein vaarbewijs?', 'cbr'],
    ['BE-rijbewijs', 'Waar haal ik een BE-rijbewijs?', 'cbr'],
    ['T-rijbewijs', 'Wat kost een T-rijbewijs?', 'cbr'],
    ['verpleeghuis betalen', 'mijn vader gaat naar een verpleeghuis, wat moeten we betalen', 'cak'],
    [
      'rekening die ik niet ken',
      'ik krijg steeds brieven van een deurwaarder voor een rekening die ik niet ken',
      'juridisch-loket',
    ],
    ['0900-8844', 'Is 0900-8844 gratis te bellen?', 'politie'],
    ['cybercrime', 'Who do I report cybercrime to?', 'politie'],
    ['kinderontvoering', 'Wat kan ik doen tegen kinderontvoering door mijn ex?', 'juridisch-loket'],
    ['staatsburger', 'Wanneer kan mijn vrouw Nederlands staatsburger worden?', 'ind'],
    ['erfpacht', 'What is erfpacht and how does it work?', 'gemeente'],
    [
      'company doctor',
      'What do I do if I do not agree with the advice of the company doctor?',
      'uwv',
    ],
    ['zorg in het buitenland', 'Wordt medische zorg in het buitenland vergoed?', 'zorgverzekeraar'],
    ['hulpmiddelen', 'Worden hulpmiddelen volledig vergoed?', 'zorgverzekeraar'],
    [
      'tandarts voor kinderen',
      'Moet ik de tandarts voor kinderen zelf betalen?',
      'zorgverzekeraar',
    ],
  ])('knows the everyday word %s', (_word, question, expected) => {
    expect(agencyOf(router.route(question))).toBe(expected);
  });

  it.each([
    ['Mijn kinderbijslah is niet betaald', 'svb'],
    ['verblijfsvergunnig verlengen', 'ind'],
    ['Ik moet mijn huurtoeslach terug betalen', 'toeslagen'],
    ['Mijn rijbewys is verlopen', 'rdw'],
    ['Hoe vraag ik bijstant aan?', 'gemeente'],
  ])('reads through the misspelling in %j', (question, expected) => {
    expect(agencyOf(router.route(question))).toBe(expected);
  });

  it.each([
    ['huur toeslag aanvragen', 'toeslagen'],
    ['belasting aangiffe doen', 'belastingdienst'],
    ['Ik ben gedupeerd door de kinderopvangtoeslagaffaire', 'toeslagen'],
    ['Wat is de huurprijsverhoging dit jaar?', 'huurcommissie'],
  ])('splits or joins the Dutch compound in %j', (question, expected) => {
    expect(agencyOf(router.route(question))).toBe(expected);
  });

  it('asks back with 2–4 options when the question lacks its subject', () => {
    const decision = router.route('Hoe lang heb ik om terug te betalen?');
    expect(decision.kind).toBe('clarify');
    expect(decision.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(decision.alternatives.length).toBeLessThanOrEqual(4);
    expect(decision.alternatives.map((c) => c.agencyId)).toContain('toeslagen');
  });

  // "money back" is a refund: read word by word, paying money back offered healthcare allowance
  // ("money back for health insurance") and the tax refund before any repayment.
  it.each(['I have to pay money back', 'Do I have to pay it back?'])(
    'offers repayments for %j, not refunds',
    (question) => {
      const decision = router.route(question);
      expect(decision.kind).toBe('clarify');
      const offered = decision.alternatives.map((c) => `${c.agencyId}/${c.topicId}`);
      expect(offered[0]).toBe('toeslagen/terugbetalen');
      expect(offered).not.toContain('toeslagen/zorgtoeslag');
    },
  );

  // Each of these words once counted as a subject because a catalog phrase holds it ("processing
  // time", "repayment period"), and the question went to that phrase's organisation.
  it.each([
    'What is the repayment period?',
    'How long does it take to process?',
    'Wat is de juiste procedure?',
    'Wat gebeurt er nadat u een melding heeft gedaan?',
    'Do I always need to meet the criteria?',
    'Mag de wettelijke vertegenwoordiger info opvragen?',
  ])('asks back rather than guess on general words alone: %j', (question) => {
    expect(['clarify', 'none']).toContain(router.route(question).kind);
  });

  // Words that ordinary messages use all the time (counts, adverbs, "opgelost", "system") named a
  // subject because some catalog phrase holds them, so a complaint about the chat itself went to
  // that phrase's organisation (the CAK for "eigen", the Belastingdienst for "druk 1, druk 3").
  it.each([
    'Elke keer als ik bel krijg ik een keuzemenu, druk 1, druk 3, druk 2 en dan zegt een stem dat ik het later nog eens moet proberen',
    'Je vraagt telkens of mijn vraag is opgelost. NEE. Niks is opgelost.',
    'Honestly this system is designed to make people give up.',
    'I typed the same question in three different ways and you give me the same useless answer every time.',
    'Ik heb een vraag die niet in een paar zinnen past. Mag ik gewoon ergens een afspraak maken met iemand?',
  ])('asks back when a stuck message names no subject: %j', (message) => {
    expect(['clarify', 'none']).toContain(router.route(message).kind);
  });

  // "praten" only ever appeared in 113's catalog text, so a wish to talk to a person went to the
  // suicide line as the one organisation the words fit. A crisis line is reached by words of
  // danger or a subject of its own, never as the only guess.
  it.each(['Ik wil praten met iemand', 'Kan ik met iemand praten?', 'I want to talk to someone'])(
    'does not send %j to a crisis line',
    (message) => {
      expect(agencyOf(router.route(message))).not.toBe('zelfmoordpreventie');
    },
  );

  // Snowball read "geweldig" (great) as "geweld" (violence), and "gedacht" (thought of) as 113's
  // "gedachten" (suicidal thoughts).
  it.each([
    'Mijn scootmobiel bevalt geweldig, maar de accu is snel leeg',
    'Wat een geweldige vrouw',
    'Ze hebben weer niet aan de oudjes gedacht',
  ])('sends %j to no crisis line', (message) => {
    expect(['zelfmoordpreventie', 'veilig-thuis', 'centrum-seksueel-geweld']).not.toContain(
      agencyOf(router.route(message)),
    );
  });

  it.each(['ik wil praten over zelfmoord', 'I need to talk about suicide'])(
    'still sends %j to 113',
    (message) => {
      expect(agencyOf(router.route(message))).toBe('zelfmoordpreventie');
    },
  );

  // A word that looks general in one language names a subject in the other, or in a phrase.
  it.each([
    ['Where can I get a copy of the deed of my house?', 'kadaster'],
    ['Ik heb geen vaste woning', 'gemeente'],
    ['Rijbewijs vanaf 17 jaar: hoe zit dat?', 'rdw'],
    ['Hoeveel dagen mag je achter elkaar werken in de horeca?', 'rijksoverheid'],
    ['Am I entitled to severance pay?', 'juridisch-loket'],
    ['Wanneer moet bij een verslikking 112 worden gealarmeerd?', 'alarmnummer'],
  ])('still routes %j, whose subject only looks general', (question, expected) => {
    expect(agencyOf(router.route(question))).toBe(expected);
  });

  it('goes to the one organisation the words fit when a question without a subject fits only one', () => {
    // "brief" and "begrijpen" name no subject, but only the Informatiepunt reads letters with people.
    const decision = router.route('Ik heb een brief gekregen die ik niet begrijp');
    expect(decision.kind).toBe('routed');
    expect('best' in decision && decision.best.agencyId).toBe('informatiepunt');
    expect(router.route('Hoe lang duurt het?').kind).toBe('none');
  });

  it.each([
    ['Ik word binnenkort 67', 'svb'],
    ['I am turning 67 next year', 'svb'],
    ['Mijn moeder van 67 heeft een vraag over huurtoeslag', 'toeslagen'],
  ])('reads turning 67 as the AOW age in %j', (question, expected) => {
    expect(agencyOf(router.route(question))).toBe(expected);
  });

  it('takes the answer to its own question: by subject, or by number', () => {
    const options = ['toeslagen', 'uwv', 'duo'];
    expect(agencyOf(router.route('huurtoeslag', { options }))).toBe('toeslagen');
    expect(agencyOf(router.route('de tweede', { options }))).toBe('uwv');
    expect(agencyOf(router.route('3', { options }))).toBe('duo');
  });

  it.each([
    ['de tweede optie', 'uwv'],
    ['nummer 3', 'duo'],
    ['the second one please', 'uwv'],
    ['eerste', 'toeslagen'],
  ])('takes %j as a pick by place (%s)', (answer, agency) => {
    const options = ['toeslagen', 'uwv', 'duo'];
    expect(agencyOf(router.route(answer, { options }))).toBe(agency);
  });

  it('gives the named organisation no topic from stray words like "ander" or "keer"', () => {
    const decision = router.route(
      'ik word gek van de belastingdienst, al drie keer gebeld en elke keer een ander verhaal',
    );
    expect(decision).toMatchObject({ kind: 'routed', best: { agencyId: 'belastingdienst' } });
    // Not the 30% ruling's "andere werkgever", nor paying "in 1 keer".
    expect('best' in decision && decision.best.topicId).toBe('');
  });

  it('keeps a reply that names nothing with the conversation, not with an option it mentioned', () => {
    const decision = router.route('what documents does she need', {
      agencyId: 'gemeente',
      topicId: 'geboorte-huwelijk-overlijden',
      options: ['ind', 'svb'],
    });
    expect(agencyOf(decision)).toBe('gemeente');
  });

  it('reads "first" inside a question of its own as no pick from the list', () => {
    const options = ['svb', 'ind'];
    const decision = router.route('what do I need to arrange first', { options });
    expect(agencyOf(decision)).not.toBe('svb');
  });

  it.each([
    ['Hoe lang heb ik om terug te betalen?', 'zorgtoeslag', 'toeslagen/terugbetalen'],
    ['Hoe lang heb ik om terug te betalen?', 'studiefinanciering', 'duo/studieschuld'],
    ['Hoe lang heb ik om terug te betalen?', 'de tweede', 'uwv/terugbetalen-en-boete'],
    ['Ik heb een vraag over een toeslag', 'kinderopvangtoeslag', 'toeslagen/kinderopvangtoeslag'],
    ['Ik heb een vraag over een toeslag', 'de eerste', 'toeslagen/toeslag-aanvragen'],
    // Words the catalog does not know ("gehad") or the organisation's name name no subject.
    ['ik heb een brief gehad dat ik moet terug betalen', 'zorgtoeslag', 'toeslagen/terugbetalen'],
    [
      'ik heb een brief gehad van de belastingdinst dat ik moet terug betalen',
      'zorgtoeslag',
      'toeslagen/terugbetalen',
    ],
    ['I have to pay back money', 'healthcare allowance', 'toeslagen/terugbetalen'],
  ])(
    'keeps the need of %j when the answer %j picks an organisation (%s)',
    (question, answer, expected) => {
      const options = ['toeslagen', 'uwv', 'duo'];
      const decision = router.route(answer, { options, optionsFor: question });
      expect('best' in decision && `${decision.best.agencyId}/${decision.best.topicId}`).toBe(
        expected,
      );
    },
  );

  it('takes an option picked by its place to the topic that was shown there', () => {
    // "I have to pay back" offered DUO's student debt and the Belastingdienst's assessments;
    // "the second" went to the Belastingdienst's business taxes.
    const options = ['duo/studieschuld', 'belastingdienst/aanslag-en-teruggave'];
    const decision = router.route('the second', { options, optionsFor: 'I have to pay back' });
    expect(decision).toMatchObject({
      best: { agencyId: 'belastingdienst', topicId: 'aanslag-en-teruggave' },
    });
  });

  it("takes an option picked by its organisation's name alone to the topic that was shown with it", () => {
    const options = [
      'toeslagen/terugbetalen',
      'uwv/terugbetalen-en-boete',
      'duo/te-veel-ontvangen-en-ov',
    ];
    const decision = router.route('DUO', {
      options,
      optionsFor: 'studiefinancering terugbetalen te veel',
    });
    expect(decision).toMatchObject({
      best: { agencyId: 'duo', topicId: 'te-veel-ontvangen-en-ov' },
    });
  });

  it('picks no topic for a name that two of the options shared', () => {
    const options = ['uwv/ww', 'gemeente/bijstand', 'svb/aow', 'uwv/wia'];
    const decision = router.route('UWV', {
      options,
      optionsFor: 'Ik heb een vraag over een uitkering',
    });
    expect(decision).toMatchObject({ best: { agencyId: 'uwv', topicId: '' } });
  });

  it('lets a new subject win over the options it offered', () => {
    const decision = router.route('Nee, het gaat over mijn paspoort', {
      options: ['toeslagen', 'uwv'],
    });
    expect(agencyOf(decision)).toBe('gemeente');
  });

  it('leans towards an organisation the question names', () => {
    expect(agencyOf(router.route('Wanneer krijg ik een dwangbevel van het CJIB?'))).toBe('cjib');
  });
});

describe('a benefit the person does not name', () => {
  it.each([
    ['mijn toeslag is gestopt en ik snap niet waarom', 'toeslagen/toeslag-aanvragen'],
    ['my allowance stopped', 'toeslagen/toeslag-aanvragen'],
    ['ik krijg geen toeslag meer', 'toeslagen/toeslag-aanvragen'],
    // Named, it is that benefit's own topic.
    ['mijn zorgtoeslag is gestopt', 'toeslagen/zorgtoeslag'],
    ['mijn huurtoeslag is ineens gestopt', 'toeslagen/huurtoeslag'],
  ])('routes %j to %s, not to one benefit picked for the person', (question, topic) => {
    const decision = router.route(question);
    expect(decision.kind).toBe('routed');
    if (decision.kind !== 'routed') return;
    expect(`${decision.best.agencyId}/${decision.best.topicId}`).toBe(topic);
  });
});

describe('a kind of thing the person does not know which of', () => {
  it.each([
    'ik wil een uitkering aanvragen maar ik weet niet welke',
    "I want to apply for a benefit but I don't know which one",
  ])('offers the common cases for %j, though "uitkering aanvragen" is also the WIA\'s', (text) => {
    const decision = router.route(text);
    expect(decision.kind).toBe('clarify');
    expect(decision.alternatives.map((option) => `${option.agencyId}/${option.topicId}`)).toEqual(
      expect.arrayContaining(['uwv/ww', 'gemeente/bijstand', 'svb/aow']),
    );
  });

  it('still routes "which office", which asks for an organisation, not which benefit', () => {
    const decision = router.route(
      "I don't know which office to contact about my problem, it's complicated with pension and tax from 2 countries.",
    );
    expect(decision.kind).toBe('routed');
  });
});

describe('a report at the police station', () => {
  it('is a report, also when made for a son', () => {
    const decision = router.route('mijn zoon wil aangifte doen op het politiebureau');
    expect(decision.kind === 'routed' && decision.best.topicId).toBe('aangifte-doen');
  });
});

describe('gifts to a church or a charity', () => {
  it.each(['ik heb giften gedaan aan de kerk', 'I donated to charity, can I deduct it?'])(
    'are a deduction in the tax return: %j',
    (question) => {
      const decision = router.route(question);
      expect(decision.kind === 'routed' && decision.best.topicId).toBe(
        'aangifte-inkomstenbelasting',
      );
    },
  );
});

describe('money to furnish a home', () => {
  it.each(['krijg ik geld voor meubels?', 'and what about money for furniture?'])(
    "is asked of the municipality's bijstand (special assistance): %j",
    (question) => {
      const decision = router.route(question);
      expect(
        decision.kind === 'routed' && `${decision.best.agencyId}/${decision.best.topicId}`,
      ).toBe('gemeente/bijstand');
    },
  );
});

describe('getting too little, without saying of what', () => {
  // "ik krijg te weinig" at the kiosk went to bijstand, the one topic that held "te weinig".
  it('asks whether it is wages, an allowance, a benefit or bijstand', () => {
    const decision = router.route('ik krijg te weinig');
    expect(decision.kind).toBe('clarify');
    expect(decision.alternatives.map((option) => option.agencyId)).toEqual(
      expect.arrayContaining(['juridisch-loket', 'toeslagen', 'uwv', 'gemeente']),
    );
  });

  it.each([
    ['ik krijg te weinig loon van mijn baas', 'juridisch-loket'],
    ['ik krijg te weinig AOW', 'svb'],
  ])('routes %j, which says of what, to %s', (question, agency) => {
    expect(agencyOf(router.route(question))).toBe(agency);
  });
});

describe('a follow-up that names another organisation', () => {
  it('is about that organisation, not the follow-up rule of the conversation', () => {
    const context = { agencyId: 'cjib', topicId: 'verkeersboete-betalen' };
    expect(agencyOf(router.route('en als ik bezwaar wil maken?', context))).toBe(
      'openbaar-ministerie',
    );
    expect(
      agencyOf(router.route('WAAROM GEEN ANTWOORD OP MIJN BEZWAAR bij het UWV', context)),
    ).toBe('uwv');
  });
});

describe('topics of the municipality named by what people ask', () => {
  it.each([
    // Voting has its own why: "U vraagt een paspoort aan" answered a lost voting pass.
    ['Ik ben mijn stempas kwijt, wat nu?', 'verkiezingen', 'nl'],
    ['Kan ik iemand machtigen om voor mij te stemmen?', 'verkiezingen', 'nl'],
    ['Can I vote in the municipal elections as an EU citizen?', 'verkiezingen', 'en'],
    ['Ik heb mijn briefstem nog niet ontvangen', 'verkiezingen', 'nl'],
    ['Ik heb een tas gevonden in de bus, waar lever ik die in?', 'gevonden-voorwerpen', 'nl'],
    ['Mijn fiets is weggehaald, staat hij in het fietsdepot?', 'gevonden-voorwerpen', 'nl'],
    ['Wanneer is de volgende raadsvergadering?', 'gemeenteraad-en-inspraak', 'nl'],
    ['Ik wil inspreken bij de gemeenteraad over de nieuwe flat', 'gemeenteraad-en-inspraak', 'nl'],
    // "zoek" once took day care to finding a home.
    ['ik zoek een dagbesteding voor mijn man', 'wmo', 'nl'],
    ['Kan ik een gehandicaptenparkeerkaart aanvragen?', 'gehandicaptenparkeerkaart', 'nl'],
  ] as const)('answers %j with the topic %s', (question, topic, lang) => {
    expect(router.route(question, {}, lang)).toMatchObject({
      best: { agencyId: 'gemeente', topicId: topic },
    });
  });
});

describe('a hunting licence or a firearm', () => {
  it.each([
    ['Hoe verleng ik mijn jachtakte?', 'nl'],
    ['Welke regels gelden er voor een jachtvergunning?', 'nl'],
    ['Ik wil een wapenvergunning aanvragen', 'nl'],
    ['How do I get a gun permit?', 'en'],
  ] as const)('goes to the police, who issue it: %j', (question, lang) => {
    expect(router.route(question, {}, lang)).toMatchObject({
      best: { agencyId: 'politie', topicId: 'jachtakte-en-wapens' },
    });
  });

  it('leaves "verlof" and "vergunning" the subjects they were', () => {
    expect(agencyOf(router.route('Wanneer vervalt het recht op de vergunning?'))).toBe('ind');
    expect(agencyOf(router.route('Hoeveel verlof heb ik?'))).toBe('rijksoverheid');
  });
});

describe('everyday trouble', () => {
  // "werk kwijt" went to looking for work, with a residence permit and fireworks as other topics.
  it.each(['ik ben mijn werk kwijt', 'ik heb mijn baan verloren'])(
    "hears losing one's job in %j as the WW",
    (question) => {
      const decision = router.route(question);
      expect(decision.kind).toBe('routed');
      expect('best' in decision && `${decision.best.agencyId}/${decision.best.topicId}`).toBe(
        'uwv/ww',
      );
    },
  );

  it.each([
    ['bewindvoerder aanvragen voor mijn moeder', 'juridisch-loket'],
    ['mijn vader heeft dementie en kan zijn geldzaken niet meer regelen', 'juridisch-loket'],
    ['tozo lening terugbetalen', 'gemeente'],
    ['ze willen mijn gas en licht afsluiten', 'gemeente'],
    ['ik heb al geklaagd bij de gemeente maar ze doen niks', 'ombudsman'],
    ['ik word bedreigd door mijn ex', 'veilig-thuis'],
    ['mijn zorgverzekering vergoedt de fysio niet', 'zorgverzekeraar'],
    ['wijkverpleging aanvragen', 'zorgverzekeraar'],
    ['Mijn klant betaalt mijn factuur al 3 maanden niet', 'juridisch-loket'],
    ['gezag over mijn kind aanvragen', 'juridisch-loket'],
    ['werkkostenregeling', 'belastingdienst'],
    ['Ben ik piekbelaster?', 'rvo'],
    ['Welke verschillende soorten vaarbewijzen zijn er?', 'cbr'],
    ['Is it legal to carry pepper spray in the Netherlands?', 'politie'],
    ['Wat kan ik doen als iemand vermist wordt?', 'politie'],
    ['ik denk dat mijn oude buurman financieel wordt uitgebuit door zijn neef', 'veilig-thuis'],
    // A word that names the subject outweighs the rest ("hoe werkt dat", "aanmelden").
    ['hypotheekrenteaftrek hoe werkt dat', 'belastingdienst'],
    ['KOR aanmelden', 'belastingdienst'],
    ['wanneer krijg ik mijn belastinggeld terug', 'belastingdienst'],
    ['testament van mijn overleden oma inzien', 'juridisch-loket'],
    // "In aanmerking komen" says what is asked, not about what: the subject decides.
    ['Wanneer kom ik in aanmerking voor een hoortoestel?', 'zorgverzekeraar'],
    ['Wanneer kom ik in aanmerking voor LIV?', 'belastingdienst'],
    // A compound with a plain tail ("-trajecten") still names its subject.
    ['Hoe lang duren schuldhulpverleningstrajecten?', 'gemeente'],
    ['Can my landlord evict me if I complain?', 'juridisch-loket'],
    ['What is rental allowance?', 'toeslagen'],
    ['Where do I pay tax when my employer is in Spain?', 'belastingdienst'],
    ['no, I will call myself', undefined],
  ])('routes %j to %s', (question, agency) => {
    expect(agencyOf(router.route(question))).toBe(agency);
  });
});

describe('a word for a whole kind of thing', () => {
  it.each([
    ['ik wil een uitkering', true],
    ['Welke toeslagen kan ik krijgen?', true],
    ['what benefits can I get?', true],
    ['hoe laat is het?', false],
    ['mijn rijbewijs is verlopen', false],
  ])('%j uses one: %s', (text, expected) => {
    expect(router.namesBroadWord(text)).toBe(expected);
  });

  it.each([
    ['ik wil een uitkering', ['uwv/ww', 'gemeente/bijstand', 'svb/aow', 'uwv/wia']],
    ['mijn uitkering is te laat', ['uwv/ww', 'gemeente/bijstand', 'svb/aow', 'uwv/wia']],
    // "uitkering aanvragen" was also a phrase of the WIA's ("wga-uitkering aanvragen").
    ['waar moet ik me uitkerin aanvrage', ['uwv/ww', 'gemeente/bijstand', 'svb/aow', 'uwv/wia']],
    // "gestopt" leans to the WW four times over the rest, yet bijstand and the AOW stop too.
    [
      'mijn uitkering is gestopt en ik weet niet waarom',
      ['uwv/ww', 'gemeente/bijstand', 'svb/aow', 'uwv/wia'],
    ],
    [
      'ik wil aangifte doen',
      ['belastingdienst/aangifte-inkomstenbelasting', 'politie/aangifte-doen'],
    ],
    [
      'ik heb een vraag over belasting',
      [
        'belastingdienst/aangifte-inkomstenbelasting',
        'gemeente/gemeentelijke-belastingen',
        'belastingdienst/auto-en-wegenbelasting',
      ],
    ],
    [
      'Kan ik een betalingsregeling aanvragen?',
      [
        'cjib/betalingsregeling',
        'belastingdienst/betalen-en-schulden',
        'toeslagen/terugbetalen',
        'duo/studieschuld',
      ],
    ],
    [
      'I need help with my allowance',
      [
        'toeslagen/zorgtoeslag',
        'toeslagen/huurtoeslag',
        'toeslagen/kinderopvangtoeslag',
        'toeslagen/kindgebonden-budget',
      ],
    ],
  ])(
    'asks %j back with the common cases, not the topics that use the word most',
    (question, options) => {
      const decision = router.route(question);
      expect(decision.kind).toBe('clarify');
      expect(decision.alternatives.map((one) => `${one.agencyId}/${one.topicId}`)).toEqual(options);
    },
  );

  it.each([
    ['Kan ik een betalingsregeling krijgen voor mijn verkeersboete?', 'cjib'],
    ['Ik wil een betalingsregeling voor mijn studieschuld', 'duo'],
    ['Kan ik een betalingsregeling krijgen bij de belastingdienst?', 'belastingdienst'],
  ])('still answers %j, which names what is to be paid, directly', (question, agency) => {
    expect(agencyOf(router.route(question))).toBe(agency);
  });

  it.each([
    ['I get an allowance and need to pay it back', 'toeslagen/terugbetalen'],
    [
      'My partner moved in with me, do I need to report that for my allowances?',
      'toeslagen/wijzigingen-doorgeven',
    ],
  ])(
    'answers %j when every option is one organisation and the rest chose its topic for all',
    (question, topic) => {
      const decision = router.route(question, {}, 'en');
      expect(decision.kind).toBe('routed');
      expect(candidatesOf(decision).map((one) => `${one.agencyId}/${one.topicId}`)[0]).toBe(topic);
    },
  );

  it('reads the word as written, so "allowed" is not "allowance"', () => {
    const decision = router.route('Is my employer allowed to make me work on Sundays?', {}, 'en');
    expect(decision.alternatives.map((one) => one.agencyId)).not.toContain('toeslagen');
  });
});

describe('a bare number', () => {
  it.each(['2', '3', '1', '2024'])('"%s" without a list to pick from names no subject', (text) => {
    expect(router.route(text).kind).toBe('none');
  });

  it('still picks from the list we offered', () => {
    const asked = router.route('Hoe lang heb ik om terug te betalen?');
    const options = asked.alternatives.map((option) => `${option.agencyId}/${option.topicId}`);
    const picked = router.route('2', { options });
    expect('best' in picked && picked.best.agencyId).toBe(asked.alternatives[1]?.agencyId);
  });

  it('that names an organisation itself is that organisation: 112', () => {
    const decision = router.route('112');
    expect('best' in decision && decision.best.agencyId).toBe('alarmnummer');
  });
});

describe('pasted web page code', () => {
  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'])(
    '%j names no subject: a script is not a question about NL-Alert',
    (text) => {
      expect(router.route(text).kind).toBe('none');
    },
  );

  it('still reads the words between tags', () => {
    expect(agencyOf(router.route('<b>huurtoeslag</b>'))).toBe('toeslagen');
  });
});

describe('trouble with the neighbours', () => {
  it.each([
    'Wie helpt bij burenoverlast?',
    'mijn buren maken elke nacht lawaai',
    'noisy neighbours what can I do',
  ])('%j goes to the municipality, whose neighbourhood mediation helps first', (question) => {
    const decision = router.route(question);
    expect(decision.kind).toBe('routed');
    expect(candidatesOf(decision)[0]).toMatchObject({
      agencyId: 'gemeente',
      topicId: 'overlast-en-buurtbemiddeling',
    });
  });
});

describe('a complaint about an organisation', () => {
  it('goes to that organisation first, with no topic of its own to name', () => {
    const decision = router.route('klacht over de belastingdienst');
    expect(decision.kind).toBe('routed');
    expect(candidatesOf(decision)[0]).toMatchObject({ agencyId: 'belastingdienst', topicId: '' });
  });

  it.each([
    // Health complaints are symptoms, not a complaint about the UWV.
    [
      'mijn klachten zijn erger geworden, kan ik bij het uwv een herbeoordeling wga aanvragen',
      'uwv/wia',
    ],
    // Complained already and no answer: the ombudsman.
    [
      'Ik heb al een klacht ingediend bij de belastingdienst maar ze reageren niet',
      'ombudsman/te-traag-geen-reactie',
    ],
  ])('is not heard in %j', (question, topic) => {
    const [best] = candidatesOf(router.route(question));
    expect(`${best?.agencyId}/${best?.topicId}`).toBe(topic);
  });
});
