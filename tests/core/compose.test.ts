import { describe, expect, it } from 'vitest';
import {
  SUGGEST_BELOW,
  composeReply,
  withoutWhatFollows,
  contactSentence,
  suggestedAlternatives,
  whoAt,
} from '../../src/core/compose.js';
import type { Localized } from '../../src/catalog/schema.js';
import { chooseContact } from '../../src/core/contact.js';
import type { Candidate, RoutingDecision } from '../../src/core/routing/router.js';
import { testCore, WEDNESDAY_MORNING } from '../support/app.js';

const { catalog, calendar } = testCore();
const candidate = (agencyId: string, topicId: string): Candidate => ({
  agencyId,
  topicId,
  confidence: 0.8,
  score: 1,
});
const reply = (decision: RoutingDecision, locale: 'nl' | 'en' = 'nl') => {
  const best = 'best' in decision ? decision.best.agencyId : null;
  const contact = chooseContact(catalog, calendar, {
    agencyId: best,
    now: WEDNESDAY_MORNING,
    locale,
  });
  return { text: composeReply(catalog, decision, contact, locale), contact };
};

/** The answer when the question asked what `fact` says. */
const withFact = (decision: RoutingDecision, locale: 'nl' | 'en', fact: Localized) =>
  composeReply(catalog, decision, reply(decision, locale).contact, locale, {
    help: testCore().stuckHelp,
    handoff: testCore().handoff,
    signals: [],
    offerHandoff: false,
    fact,
  });

describe('composing the built-in answer', () => {
  it('names the organisation, says why, points to the website and names the contact', () => {
    const { text, contact } = reply({
      kind: 'routed',
      best: candidate('toeslagen', 'huurtoeslag'),
      alternatives: [],
    });
    const toeslagen = catalog.agencies.get('toeslagen');
    const why = toeslagen?.topics.find((t) => t.id === 'huurtoeslag')?.why.nl ?? 'missing';
    expect(text).toMatch(/^Dienst Toeslagen kan u helpen\. Onderwerp: Huurtoeslag\./);
    expect(text).toContain(why);
    expect(text).toContain(toeslagen?.website);
    // A named person is reached through the organisation's line: the answer says to ask for them.
    expect(contact.kind).toBe('person');
    expect(text).toContain(`Bel Dienst Toeslagen: ${contact.phone}. Vraag naar ${contact.name}.`);
  });

  it('names a team as the one to call, with its organisation', () => {
    const contact = chooseContact(catalog, calendar, {
      agencyId: 'uwv',
      topicId: 'ww',
      now: WEDNESDAY_MORNING,
      locale: 'en',
    });
    expect(contact.kind).toBe('team');
    expect(contactSentence(catalog, contact, 'en')).toContain(
      `Call ${contact.name} at UWV (Employee Insurance Agency): ${contact.phone}.`,
    );
  });

  describe('the number from abroad', () => {
    const toeslagen = (locale: 'nl' | 'en', abroad?: boolean) =>
      chooseContact(catalog, calendar, {
        agencyId: 'toeslagen',
        topicId: 'terugbetalen',
        now: WEDNESDAY_MORNING,
        locale,
        abroad,
      });

    it('is given in every English answer, after the number to call and its hours', () => {
      const sentence = contactSentence(catalog, toeslagen('en'), 'en');
      expect(sentence).toContain('Calling from outside the Netherlands? Call +31 55 538 53 85.');
      // "Closed now. Opens again at 08:00." and the hours belong to the number before them.
      expect(sentence).toMatch(/0800-0543\. .*Open: .*\. Calling from outside/);
    });

    it('is given in a Dutch answer only when the person says they are abroad', () => {
      expect(contactSentence(catalog, toeslagen('nl'), 'nl')).not.toContain('+31');
      expect(contactSentence(catalog, toeslagen('nl', true), 'nl')).toContain(
        'Belt u vanuit het buitenland? Bel dan +31 55 538 53 85.',
      );
    });

    it('is not given at a library kiosk, where the person is in the Netherlands', () => {
      expect(contactSentence(catalog, toeslagen('en', false), 'en')).not.toContain('+31');
    });

    it('is not said twice when the number to call already is the one from abroad', () => {
      const contact = chooseContact(catalog, calendar, {
        agencyId: 'ind',
        topicId: null,
        now: WEDNESDAY_MORNING,
        locale: 'en',
      });
      const international = {
        ...contact,
        phone: '+31 880 430 430',
        phoneAbroad: '+31 880 430 430',
      };
      expect(contactSentence(catalog, international, 'en')).not.toContain('Calling from outside');
    });

    it('is left out where no source gives one', () => {
      const cjib = chooseContact(catalog, calendar, {
        agencyId: 'cjib',
        now: WEDNESDAY_MORNING,
        locale: 'en',
      });
      expect(cjib.phoneAbroad).toBeUndefined();
      expect(contactSentence(catalog, cjib, 'en')).not.toContain('Calling from outside');
    });
  });

  it.each([
    ['belastingdienst', 'aangifte-inkomstenbelasting', 'nl', /^De Belastingdienst kan u helpen/],
    ['cjib', 'verkeersboete-betalen', 'nl', /^Het CJIB kan u helpen/],
    ['gemeente', 'paspoort-id-kaart', 'nl', /^Uw gemeente kan u helpen/],
    ['svb', 'aow', 'en', /^The SVB \(Social Insurance Bank\) can help you/],
    ['toeslagen', 'huurtoeslag', 'nl', /^Dienst Toeslagen kan u helpen/],
  ] as const)('starts the answer about %s with its article: %s', (agency, topic, locale, start) => {
    const { text } = reply(
      { kind: 'routed', best: candidate(agency, topic), alternatives: [] },
      locale,
    );
    expect(text).toMatch(start);
  });

  it('uses the mid-sentence name where a name starts with a capital only at the start', () => {
    const { text } = reply({
      kind: 'follow-up',
      best: candidate('gemeente', 'paspoort-id-kaart'),
      alternatives: [],
    });
    expect(text).toContain('Dan helpt uw gemeente u verder.');
    expect(text).toContain('van uw gemeente: 14 + netnummer');
  });

  it('answers a follow-up with what it knows of the subject and who knows it exactly, never "I cannot tell you"', () => {
    const decision = {
      kind: 'follow-up' as const,
      best: candidate('gemeente', 'bijstand'),
      alternatives: [],
    };
    const { text } = reply(decision);
    const why = catalog.agencies.get('gemeente')?.topics.find((t) => t.id === 'bijstand')?.why.nl;
    expect(why).toMatch(/8 weken/);
    expect(text).toMatch(/^Uw vraag gaat nog steeds over bijstand\./);
    expect(text).toContain(why);
    expect(text).toContain('Dan helpt uw gemeente u verder.');
    expect(text).not.toMatch(/niet precies zeggen/);
  });

  it('answers a follow-up that asks what a fact says with that fact, then who knows it for them', () => {
    const fact = { nl: 'Binnen 8 weken.', en: 'Within 8 weeks.' };
    const decision = {
      kind: 'follow-up' as const,
      best: candidate('gemeente', 'bijstand'),
      alternatives: [],
    };
    const text = withFact(decision, 'nl', fact);
    expect(text).toMatch(/^Onderwerp: Bijstand\. Binnen 8 weken\. /);
    expect(text).toContain('Dan helpt uw gemeente u verder.');
    expect(text).not.toContain('nog steeds over');
  });

  it.each([
    [
      'cost',
      'nl',
      /^Onderwerp: Bijstand\. Wat het kost, weet ik niet precies\. Dat kan uw gemeente u zeggen\./,
    ],
    ['duration', 'nl', /^Onderwerp: Bijstand\. Hoe lang het duurt, weet ik niet precies\./],
    [
      'deadline',
      'en',
      /^Topic: Social assistance \(bijstand\)\. I do not know exactly until when it can be done\./,
    ],
  ] as const)(
    'says it does not know the %s a follow-up asks about, instead of the topic again (%s)',
    (factUnknown, locale, expected) => {
      const decision = {
        kind: 'follow-up' as const,
        best: candidate('gemeente', 'bijstand'),
        alternatives: [],
      };
      const text = composeReply(catalog, decision, reply(decision, locale).contact, locale, {
        help: testCore().stuckHelp,
        handoff: testCore().handoff,
        signals: [],
        offerHandoff: false,
        factUnknown,
      });
      expect(text).toMatch(expected);
      expect(text).not.toMatch(/nog steeds over|still about/);
    },
  );

  it("adds the fact a first question asks for after the topic's sentence", () => {
    const fact = { nl: 'Na 5 tot 7 werkdagen klaar.', en: 'Ready after 5 to 7 working days.' };
    const decision = {
      kind: 'routed' as const,
      best: candidate('gemeente', 'paspoort-id-kaart'),
      alternatives: [],
    };
    const text = withFact(decision, 'en', fact);
    const why = catalog.agencies.get('gemeente')?.topics.find((t) => t.id === 'paspoort-id-kaart')
      ?.why.en;
    expect(text).toContain(`${why} Ready after 5 to 7 working days.`);
  });

  it("leaves out a sentence of the topic's why that the fact goes on to say more fully", () => {
    const why = catalog.agencies.get('cak')?.topics.find((t) => t.id === 'eigen-bijdrage-wlz')
      ?.why.nl;
    const repeated = why?.split('. ').at(-1)?.replace(/\.$/, '');
    expect(repeated).toBeTruthy();
    const fact = { nl: `${repeated} van 2 jaar eerder.`, en: 'It depends on your income.' };
    const decision = {
      kind: 'routed' as const,
      best: candidate('cak', 'eigen-bijdrage-wlz'),
      alternatives: [],
    };
    const text = withFact(decision, 'nl', fact);
    expect(text).toContain(`${repeated} van 2 jaar eerder.`);
    expect(text.split(repeated ?? '').length - 1).toBe(1);
  });

  // "met uw vraag over een brief van de overheid begrijpen" did not read: a topic named by what
  // one does is a label, not part of the sentence.
  it.each([
    ['informatiepunt', 'brief-begrijpen', 'Onderwerp: Een brief van de overheid begrijpen.'],
    ['digid', 'inloggen-lukt-niet', 'Onderwerp: Inloggen lukt niet.'],
  ])('names the topic of %s/%s as a label after the organisation', (agencyId, topicId, label) => {
    const { text } = reply({
      kind: 'routed',
      best: candidate(agencyId, topicId),
      alternatives: [],
    });
    expect(text.split('\n\n')[0]).toContain(` kan u helpen. ${label}`);
  });

  it('keeps a name with capitals inside as it is mid-sentence ("DigiD aanvragen")', () => {
    const { text } = reply({
      kind: 'follow-up',
      best: candidate('digid', 'digid-aanvragen'),
      alternatives: [],
    });
    expect(text).toContain('nog steeds over DigiD aanvragen.');
  });

  it('does not repeat the organisation after a contact whose name already says it', () => {
    const { text, contact } = reply({
      kind: 'routed',
      best: candidate('digid', 'digid-aanvragen'),
      alternatives: [],
    });
    expect(contact.name).toBe('DigiD Helpdesk');
    expect(text).toContain(`Bel DigiD Helpdesk: ${contact.phone}.`);
  });

  it('offers the options when it asks a question back', () => {
    const { text } = reply({
      kind: 'clarify',
      alternatives: [
        candidate('cjib', 'verkeersboete-betalen'),
        candidate('openbaar-ministerie', 'beroep-verkeersboete'),
      ],
    });
    expect(text).toMatch(/Waar gaat uw vraag over\?/);
    expect(text).toMatch(/\(CJIB\) of .*\(Openbaar Ministerie/);
  });

  it('asks to say it differently when nothing fits, and still names a contact', () => {
    const { text, contact } = reply({ kind: 'none', alternatives: [] });
    expect(text).toContain(catalog.texts.notUnderstood.nl);
    expect(text).toContain(contact.phone);
  });

  it('answers in English', () => {
    const { text } = reply(
      {
        kind: 'routed',
        best: candidate('uwv', catalog.agencies.get('uwv')?.topics[0]?.id ?? ''),
        alternatives: [],
      },
      'en',
    );
    expect(text).toMatch(/can help you\. Topic: /);
    expect(text).toMatch(/Would you rather talk to someone\?/);
  });
});

describe('offering the next best topics after an answer the router is not sure of', () => {
  const unsure = (confidence: number): RoutingDecision => ({
    kind: 'routed',
    best: { ...candidate('uwv', 'ww'), confidence },
    alternatives: [
      candidate('kvk', 'inschrijven'),
      candidate('belastingdienst', 'aangifte-inkomstenbelasting'),
      candidate('rijksoverheid', 'welke-instantie'),
    ],
  });

  it.each<[string, RoutingDecision, string[]]>([
    ['an unsure answer: the next two', unsure(SUGGEST_BELOW - 0.01), ['kvk', 'belastingdienst']],
    ['a sure answer: none', unsure(SUGGEST_BELOW), []],
    [
      'a known confusion decided by a rule: none',
      { ...unsure(0.5), rule: { id: 'r', why: { nl: 'x', en: 'x' } } } as RoutingDecision,
      [],
    ],
    ['a follow-up: none', { ...unsure(0.5), kind: 'follow-up' } as RoutingDecision, []],
    [
      // "een zaak starten (Huurcommissie)" beside starting a business: a word in common only.
      'a topic that scores under a tenth of the answer: not that one',
      {
        ...unsure(0.5),
        best: { ...candidate('kvk', 'inschrijven'), confidence: 0.6, score: 208 },
        alternatives: [
          { ...candidate('uwv', 'ww'), score: 131 },
          { ...candidate('huurcommissie', 'zaak-starten'), score: 18 },
        ],
      } as RoutingDecision,
      ['uwv'],
    ],
    [
      'a question back (it has options of its own): none',
      { kind: 'clarify', alternatives: unsure(0.5).alternatives },
      [],
    ],
  ])('offers for %s', (_case, decision, expected) => {
    expect(suggestedAlternatives(decision).map((c) => c.agencyId)).toEqual(expected);
  });

  it('names them after the answer, in words', () => {
    const { text } = reply(unsure(0.5));
    expect(text).toMatch(/^Het UWV kan u helpen/);
    expect(text).toMatch(
      /Gaat uw vraag over iets anders, bijvoorbeeld .*\(KVK\) of .*\(Belastingdienst\)\?/,
    );
    expect(reply(unsure(0.9)).text).not.toContain('iets anders');
  });

  it('answers in short paragraphs: what and why, the other topics, whom to call', () => {
    const paragraphs = reply(unsure(0.5)).text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Het UWV kan u helpen/);
    expect(paragraphs[1]).toMatch(/^Gaat uw vraag over iets anders/);
    expect(paragraphs[2]).toMatch(/^Wilt u liever met iemand praten\? Bel /);
  });

  it('names an organisation offered without a topic by its name, not its id', () => {
    const decision: RoutingDecision = {
      ...unsure(0.5),
      alternatives: [candidate('cjib', ''), candidate('kvk', 'inschrijven')],
    };
    const { text } = reply(decision);
    expect(text).toContain('bijvoorbeeld het CJIB of ');
    expect(text).not.toMatch(/\bcjib\b/);
  });

  it('does not put brackets inside brackets when a name has its own', () => {
    const decision: RoutingDecision = {
      ...unsure(0.5),
      alternatives: [
        candidate('informatiepunt', 'online-aanvragen'),
        candidate('openbaar-ministerie', 'beroep-verkeersboete'),
      ],
    };
    expect(reply(decision).text).toContain('(Informatiepunt Digitale Overheid, bibliotheek)');
    expect(reply(decision).text).toContain('(Openbaar Ministerie, OM)');
    expect(reply(decision).text).not.toMatch(/\)\)/);
  });
});

describe('composing for a person who is stuck', () => {
  const { stuckHelp, handoff } = testCore();
  const extras = (
    signals: (
      'wants-human' | 'debt' | 'digital-exclusion' | 'hardship' | 'mistake' | 'frustration'
    )[],
    offerHandoff: boolean,
  ) => ({
    help: stuckHelp,
    handoff,
    signals,
    offerHandoff,
  });

  it('puts the person first for someone who asked for one, without asking again whether they want one', () => {
    const decision: RoutingDecision = { kind: 'none', alternatives: [] };
    const contact = chooseContact(catalog, calendar, {
      agencyId: null,
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    const text = composeReply(catalog, decision, contact, 'nl', extras(['wants-human'], true));
    expect(text.startsWith(stuckHelp.general['wants-human'].nl)).toBe(true);
    expect(text).toContain(
      `Bel ${contact.name} van ${contact.organisationInSentence}: ${contact.phone}.`,
    );
    expect(text).not.toContain('Wilt u liever met iemand praten?');
    expect(text.endsWith(stuckHelp.handoffOffer.nl)).toBe(true);
  });

  it.each([false, true])(
    'keeps the answer to a follow-up when the only help is for going online (kiosk: %s)',
    (kiosk) => {
      // "ik snap de brief niet", then "ik snap er niks van": the library's note on membership
      // does not answer the question, so it must not take the answer's place.
      const decision: RoutingDecision = {
        kind: 'follow-up',
        best: candidate('informatiepunt', 'brief-begrijpen'),
        alternatives: [],
      };
      const contact = chooseContact(catalog, calendar, {
        agencyId: 'informatiepunt',
        now: WEDNESDAY_MORNING,
        locale: 'nl',
      });
      const text = composeReply(catalog, decision, contact, 'nl', {
        ...extras(['digital-exclusion'], false),
        ...(kiosk ? { kiosk } : {}),
      });
      expect(text).toMatch(/^Uw vraag gaat nog steeds over een brief van de overheid begrijpen\./);
      expect(text).toContain(stuckHelp.agencies.informatiepunt?.['digital-exclusion']?.nl);
    },
  );

  it.each([
    [['frustration'], true],
    [['frustration', 'wants-human'], false],
  ] as const)('after the person, still answers an angry question (%j: %s)', (signals, answered) => {
    const decision: RoutingDecision = {
      kind: 'routed',
      best: candidate('cjib', 'verkeersboete-betalen'),
      alternatives: [],
    };
    const contact = chooseContact(catalog, calendar, {
      agencyId: 'cjib',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    const [first, second] = composeReply(
      catalog,
      decision,
      contact,
      'nl',
      extras([...signals], true),
    ).split('\n\n');
    expect(first?.startsWith(stuckHelp.general.frustration.nl)).toBe(true);
    expect(second?.startsWith('Het CJIB kan u helpen. Onderwerp: Verkeersboete betalen.')).toBe(
      answered,
    );
  });

  it('puts the help for a stuck person before other topics an unsure answer offers', () => {
    const decision: RoutingDecision = {
      kind: 'routed',
      best: { ...candidate('toeslagen', 'terugbetalen'), confidence: 0.5 },
      alternatives: [candidate('uwv', 'ww'), candidate('duo', 'studieschuld')],
    };
    const contact = chooseContact(catalog, calendar, {
      agencyId: 'toeslagen',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    const paragraphs = composeReply(
      catalog,
      decision,
      contact,
      'nl',
      extras(['debt'], false),
    ).split('\n\n');
    expect(paragraphs[1]).toBe(stuckHelp.agencies.toeslagen?.debt?.nl);
    expect(paragraphs[2]).toMatch(/^Gaat uw vraag over iets anders/);
    expect(paragraphs[3]).toMatch(/^Wilt u liever met iemand praten/);
  });

  /** The Dutch answer for a Toeslagen topic, to a person who shows these signals. */
  const toeslagenReply = (topicId: string, ...args: Parameters<typeof extras>) => {
    const contact = chooseContact(catalog, calendar, {
      agencyId: 'toeslagen',
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    const decision: RoutingDecision = {
      kind: 'routed',
      best: candidate('toeslagen', topicId),
      alternatives: [],
    };
    return composeReply(catalog, decision, contact, 'nl', extras(...args));
  };

  it('gives the payment help before the mistake help when there is room for one (the person first)', () => {
    const text = toeslagenReply('kinderopvangtoeslag', ['mistake', 'debt', 'wants-human'], true);
    expect(text).toContain(stuckHelp.agencies.toeslagen?.debt?.nl ?? 'missing');
    expect(text).not.toContain(stuckHelp.agencies.toeslagen?.mistake?.nl ?? 'missing');
  });

  it('adds the agency’s own payment help to a debt question', () => {
    const text = toeslagenReply('terugbetalen', ['debt'], false);
    expect(text).toContain(stuckHelp.agencies.toeslagen?.debt?.nl ?? 'missing');
    expect(text).not.toContain(stuckHelp.handoffOffer.nl);
  });

  it.each(Object.keys(stuckHelp.agencies).filter((id) => stuckHelp.agencies[id]?.debt))(
    'names the free debt line 0800-8115 in the payment help of %s, in both languages',
    (agencyId) => {
      const debt = stuckHelp.agencies[agencyId]?.debt;
      expect(debt?.nl).toContain('0800-8115');
      expect(debt?.en).toContain('0800-8115');
    },
  );

  it.each([
    // [agency, topic, whether the general library text is added]
    ['toeslagen', 'zorgtoeslag', true],
    // The Informatiepunt's own answer already is the library; the reply does not say it twice.
    ['informatiepunt', 'online-aanvragen', false],
  ] as const)(
    'helps someone who cannot manage online when routed to %s (general text: %s)',
    (agencyId, topicId, general) => {
      const decision: RoutingDecision = {
        kind: 'routed',
        best: candidate(agencyId, topicId),
        alternatives: [],
      };
      const contact = chooseContact(catalog, calendar, {
        agencyId,
        now: WEDNESDAY_MORNING,
        locale: 'nl',
      });
      const text = composeReply(
        catalog,
        decision,
        contact,
        'nl',
        extras(['digital-exclusion'], false),
      );
      // The help is the second paragraph, right after the answer.
      expect(text.split('\n\n')[1]).toBe(
        stuckHelp.agencies[agencyId]?.['digital-exclusion']?.nl ??
          stuckHelp.general['digital-exclusion'].nl,
      );
      const own = stuckHelp.agencies[agencyId]?.['digital-exclusion']?.nl;
      expect(text.includes(stuckHelp.general['digital-exclusion'].nl)).toBe(general);
      if (!general) expect(text).toContain(own ?? 'missing');
    },
  );
});

describe('helping a person for whom a rule works out harshly', () => {
  const { stuckHelp, handoff } = testCore();
  const hardshipReply = (
    agencyId: string,
    topicId: string,
    locale: 'nl' | 'en' = 'nl',
    signals: ('hardship' | 'debt' | 'frustration')[] = ['hardship'],
  ) => {
    const decision: RoutingDecision = {
      kind: 'routed',
      best: candidate(agencyId, topicId),
      alternatives: [],
    };
    const contact = chooseContact(catalog, calendar, { agencyId, now: WEDNESDAY_MORNING, locale });
    return composeReply(catalog, decision, contact, locale, {
      help: stuckHelp,
      handoff,
      signals,
      offerHandoff: false,
    });
  };
  const ownText = (agencyId: string, key: 'hardship' | 'repaymentHardship') =>
    stuckHelp.agencies[agencyId]?.[key]?.nl ?? 'missing';

  it.each([
    ['duo', 'studieschuld'],
    ['gemeente', 'bijstand'],
    ['ind', 'naturalisatie'],
  ])('gives %s’s own way to ask for an exception, then the ombudsman', (agencyId, topicId) => {
    const paragraph = hardshipReply(agencyId, topicId).split('\n\n')[1];
    expect(paragraph).toBe(`${ownText(agencyId, 'hardship')} ${stuckHelp.ombudsmanRoute.nl}`);
  });

  it.each([
    ['svb', 'aow'],
    ['uwv', 'ww'],
    ['toeslagen', 'huurtoeslag'],
  ])(
    'gives %s’s way to ask for less back when the person also has to repay',
    (agencyId, topicId) => {
      const reply = hardshipReply(agencyId, topicId, 'nl', ['debt', 'hardship']);
      expect(reply).toContain(
        `${ownText(agencyId, 'repaymentHardship')} ${stuckHelp.ombudsmanRoute.nl}`,
      );
      expect(reply).not.toContain(stuckHelp.general.hardship.nl);
    },
  );

  it.each([
    ['svb', 'aow'],
    ['uwv', 'ww'],
  ])(
    'does not talk about repaying to a person at %s who only finds a rule unfair (a cut benefit)',
    (agencyId, topicId) => {
      const reply = hardshipReply(agencyId, topicId);
      expect(reply).not.toContain(ownText(agencyId, 'repaymentHardship'));
      expect(reply.split('\n\n')[1]).toBe(
        `${stuckHelp.general.hardship.nl} ${stuckHelp.ombudsmanRoute.nl}`,
      );
      expect(reply).toContain('binnen 6 weken bezwaar maken');
    },
  );

  it('says it in English too', () => {
    const reply = hardshipReply('svb', 'aow', 'en');
    expect(reply).toContain(stuckHelp.general.hardship.en);
    expect(reply).toContain(stuckHelp.ombudsmanRoute.en);
  });

  it('keeps the way to an exception and the ombudsman for an upset person, whose one help text it is', () => {
    const reply = hardshipReply('toeslagen', 'terugbetalen', 'nl', [
      'debt',
      'frustration',
      'hardship',
    ]);
    expect(reply.startsWith(stuckHelp.general.frustration.nl)).toBe(true);
    expect(reply).toContain(stuckHelp.ombudsmanRoute.nl);
    expect(reply).not.toContain(stuckHelp.agencies.toeslagen?.debt?.nl ?? 'missing');
  });

  it('gives the general text about maatwerk, then the ombudsman, where an agency has none', () => {
    expect(stuckHelp.agencies.kadaster?.hardship).toBeUndefined();
    expect(hardshipReply('kadaster', 'eigenaar-opzoeken').split('\n\n')[1]).toBe(
      `${stuckHelp.general.hardship.nl} ${stuckHelp.ombudsmanRoute.nl}`,
    );
  });

  it('does not send a person on to the ombudsman when the ombudsman is the answer', () => {
    expect(hardshipReply('ombudsman', 'klacht-over-behandeling')).not.toContain(
      stuckHelp.ombudsmanRoute.nl,
    );
  });
});

describe('telling a person who says a decision is wrong how to object', () => {
  const { stuckHelp, handoff } = testCore();
  const objectionReply = (signals: ('hardship' | 'frustration')[], locale: 'nl' | 'en' = 'nl') => {
    const decision: RoutingDecision = {
      kind: 'routed',
      best: candidate('belastingdienst', 'aanslag-en-teruggave'),
      alternatives: [],
    };
    const contact = chooseContact(catalog, calendar, {
      agencyId: 'belastingdienst',
      now: WEDNESDAY_MORNING,
      locale,
    });
    return composeReply(catalog, decision, contact, locale, {
      help: stuckHelp,
      handoff,
      signals,
      offerHandoff: false,
      objection: true,
    });
  };

  it('says to call first, then to object within 6 weeks, after the answer', () => {
    const paragraphs = objectionReply([]).split('\n\n');
    expect(paragraphs[0]).toMatch(/^De Belastingdienst kan u helpen/);
    expect(paragraphs[1]).toBe(stuckHelp.objection.text.nl);
    expect(paragraphs[1]).toContain('binnen 6 weken bezwaar maken');
  });

  it('says it in English too', () => {
    expect(objectionReply([], 'en')).toContain(stuckHelp.objection.text.en);
  });

  it('keeps it for an upset person, after the person to call', () => {
    const reply = objectionReply(['frustration']);
    expect(reply.startsWith(stuckHelp.general.frustration.nl)).toBe(true);
    expect(reply).toContain(stuckHelp.objection.text.nl);
  });

  it("does not say it twice where a harsh rule's help already says how to object", () => {
    expect(objectionReply(['hardship'])).not.toContain(stuckHelp.objection.text.nl);
  });

  it.each(['nl', 'en'] as const)(
    "gives the IND's own 4 weeks, not the general 6, against an IND decision (%s)",
    (locale) => {
      const contact = chooseContact(catalog, calendar, {
        agencyId: 'ind',
        now: WEDNESDAY_MORNING,
        locale,
      });
      const text = composeReply(
        catalog,
        { kind: 'routed', best: candidate('ind', 'verblijfsvergunning'), alternatives: [] },
        contact,
        locale,
        { help: stuckHelp, handoff, signals: [], offerHandoff: false, objection: true },
      );
      expect(text).toMatch(locale === 'nl' ? /binnen 4 weken bezwaar/ : /within 4 weeks/);
      expect(text).not.toMatch(/6 weken|6 weeks/);
    },
  );
});

describe('naming an organisation in the middle of a sentence', () => {
  it.each([
    ['cjib', 'nl', 'van het CJIB:'],
    ['belastingdienst', 'nl', 'van de Belastingdienst:'],
    ['toeslagen', 'nl', 'Bel Dienst Toeslagen:'],
    ['cjib', 'en', 'at the CJIB (Central Judicial Collection Agency):'],
  ] as const)('calls %s by its name with its article (%s): %j', (agencyId, locale, expected) => {
    const contact = chooseContact(catalog, calendar, { agencyId, now: WEDNESDAY_MORNING, locale });
    expect(contactSentence(catalog, contact, locale)).toContain(expected);
  });
});

describe('naming a person or team with their organisation', () => {
  it.each([
    ['Team WW Klantcontact', 'uwv', 'nl', 'Team WW Klantcontact van het UWV'],
    [
      'Team WW Klantcontact',
      'uwv',
      'en',
      'Team WW Customer Contact at UWV (Employee Insurance Agency)',
    ],
    // A team's English name, found by the Dutch one a case stores.
    [
      'Klantcontactcentrum',
      'rijksoverheid',
      'en',
      'Customer Contact at the Government Information line (1400)',
    ],
    [
      'Team Terugvordering Toeslagen',
      'toeslagen',
      'en',
      'Team Benefit Repayments at the Benefits Office (Dienst Toeslagen)',
    ],
    ['Klachtenlijn Nationale ombudsman', 'ombudsman', 'nl', 'Klachtenlijn Nationale ombudsman'],
    [
      'Informatiepunt Digitale Overheid in uw bibliotheek',
      'informatiepunt',
      'nl',
      'Informatiepunt Digitale Overheid in uw bibliotheek',
    ],
    // A team's English name that names the organisation stands on its own.
    [
      'Informatiepunt Digitale Overheid in uw bibliotheek',
      'informatiepunt',
      'en',
      'Digital Government Information Point in your public library',
    ],
    // "IND" inside "Kinderen" is no mention of the IND.
    ['Team Kinderen', 'ind', 'nl', 'Team Kinderen van de IND'],
  ] as const)('says %j of %s (%s) as %j', (name, agencyId, locale, expected) => {
    expect(whoAt(catalog, name, agencyId, locale)).toBe(expected);
  });
});

describe('keeping a why and a fact from saying the same thing twice', () => {
  it.each([
    ['A. B.', 'B and more.', 'A.'],
    ['A. B.', 'C.', 'A. B.'],
    [
      'Hoeveel u betaalt, hangt af van uw inkomen.',
      'Hoeveel u betaalt, hangt af van uw inkomen en vermogen.',
      '',
    ],
    ['Bel ons! Het kan ook online.', 'het kan ook online, in Mijn UWV.', 'Bel ons!'],
  ])('%j before %j keeps %j', (why, next, kept) => {
    expect(withoutWhatFollows(why, next)).toBe(kept);
  });
});
