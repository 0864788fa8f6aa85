import { describe, expect, it } from 'vitest';
import { createTopicFacts, topicFactsSchema, type TopicFactsData } from '../../src/core/facts.js';
import { testCore } from '../support/app.js';

const { catalog, topicFacts } = testCore();

const data = (facts: TopicFactsData['facts']): TopicFactsData => ({
  asks: {
    deadline: { nl: ['tot wanneer'], en: ['until when'] },
    duration: { nl: ['hoe lang'], en: ['how long'] },
    cost: { nl: ['wat kost'], en: ['cost'] },
    conditions: { nl: ['heb ik recht op'], en: ['eligible'] },
    meaning: { nl: ['wat is'], en: ['what is'] },
  },
  otherMatters: ['bezwaar'],
  facts,
});
const fact = (topic: string | string[], about: 'duration' | 'cost' | 'deadline') => ({
  topics: typeof topic === 'string' ? [topic] : topic,
  about,
  nl: 'Binnen 8 weken.',
  en: 'Within 8 weeks.',
});

describe('what a question asks that a fact can answer', () => {
  it.each([
    ['en hoe lang duurt dat?', 'duration'],
    ['Hoelang duurt het?', 'duration'],
    ['wanneer hoor ik iets?', 'duration'],
    ['How long does it take?', 'duration'],
    ['wat kost het?', 'cost'],
    ['Is it free?', 'cost'],
    ['how much does it cost', 'cost'],
    // "Hoe lang heb ik" asks until when one can act, not how long the organisation takes.
    ['hoe lang heb ik om terug te betalen?', 'deadline'],
    ['tot wanneer kan ik dat aanvragen?', 'deadline'],
    ['how long do I have to object?', 'deadline'],
    // Whether it must be paid now asks by when.
    ['do I have to pay it now?', 'deadline'],
    ['moet ik het nu al betalen?', 'deadline'],
    // Money that has not come yet asks when it is paid.
    ['wanneer wordt het betaald?', 'duration'],
    ['ik ben 67 geworden maar ik heb nog geen aow gekregen', 'duration'],
    ["I haven't received my allowance", 'duration'],
    // What a thing is, asked last: "wat is de wachttijd?" asks how long.
    ['wat is de WOZ?', 'meaning'],
    ['What does Wlz mean?', 'meaning'],
    ['wat houdt een voorlopige aanslag in?', 'meaning'],
    ['wat is de wachttijd?', 'duration'],
    // Who can get it, asked before what a thing is: "wat zijn de voorwaarden?" is no definition.
    ['heb ik er recht op?', 'conditions'],
    ['wat zijn de voorwaarden?', 'conditions'],
    ['hoeveel moet ik verdienen?', 'conditions'],
    ['Am I eligible?', 'conditions'],
    ['when do I get it?', 'duration'],
    ['ik wil bijstand aanvragen', undefined],
    ['wie kan mij helpen?', undefined],
  ])('%j asks about %s', (text, kind) => {
    expect(topicFacts.askedAbout(text)).toBe(kind);
  });
});

describe('the facts in data/topic-facts.json', () => {
  it('tell by when a tax assessment must be paid, and that a provisional one may be paid monthly', () => {
    expect(
      topicFacts.answerOf('do I have to pay it now?', 'belastingdienst', 'aanslag-en-teruggave')
        ?.en,
    ).toMatch(/paid monthly/);
  });

  it('tell when the AOW is paid: around the 23rd, also in the first month', () => {
    expect(topicFacts.answerOf('wanneer wordt het betaald?', 'svb', 'aow')?.nl).toMatch(
      /rond de 23e van elke maand/,
    );
  });

  it.each(['zorgtoeslag', 'kindgebonden-budget', 'toeslag-aanvragen'])(
    'tell when %s is paid: around the 20th of the month',
    (topicId) => {
      expect(topicFacts.answerOf('wanneer krijg ik het?', 'toeslagen', topicId)?.nl).toMatch(
        /20e van de maand/,
      );
    },
  );

  it('load, each naming a topic of the catalog', () => {
    expect(topicFacts.answerOf('hoe lang duurt het?', 'gemeente', 'bijstand')?.nl).toMatch(
      /8 weken/,
    );
  });

  it.each([
    ['wat kost het?', 'gemeente', 'bijstand', 'cost'],
    ['how much does it cost?', 'rdw', 'kenteken-en-overschrijven', 'cost'],
    // Known, so not unknown; asked nothing; another matter is the objection help's.
    ['hoe lang duurt het?', 'gemeente', 'bijstand', undefined],
    ['ik wil bijstand aanvragen', 'gemeente', 'bijstand', undefined],
    ['wanneer moet ik bezwaar maken?', 'gemeente', 'bijstand', undefined],
  ])('knows %j of %s/%s is asked but not known: %s', (text, agencyId, topicId, kind) => {
    const found = topicFacts.asked(text, agencyId, topicId);
    expect(found && !found.fact ? found.kind : undefined).toBe(kind);
  });

  it.each([
    ['wat is de WOZ?', 'gemeente', 'gemeentelijke-belastingen', 'nl', /waarde van uw huis/],
    ['What is the Wlz?', 'ciz', 'wlz-indicatie', 'en', /Long-term Care Act/],
    ['wat is dat?', 'uwv', 'ww', 'nl', /uitkering/],
    ['wat is een toeslagpartner?', 'toeslagen', 'wijzigingen-doorgeven', 'nl', /meetelt/],
    ['wat betekent dat', 'cak', 'wanbetalers', 'nl', /6 maanden of langer uw zorgpremie/],
    ['What is the beslagvrije voet?', 'juridisch-loket', 'deurwaarder-en-incasso', 'en', /bailiff/],
  ] as const)('say what a thing is: %j (%s/%s)', (text, agencyId, topicId, locale, expected) => {
    expect(topicFacts.answerOf(text, agencyId, topicId)?.[locale]).toMatch(expected);
  });

  it.each([
    ['heb ik er recht op?', 'toeslagen', 'zorgtoeslag', 'nl', /€ 40\.857/],
    ['hoeveel moet ik verdienen?', 'ind', 'verblijfsvergunning', 'nl', /vast en voldoende inkomen/],
    ['Am I eligible?', 'uwv', 'ww', 'en', /26 weeks in the last 36 weeks/],
    ['wat zijn de voorwaarden?', 'gemeente', 'naturalisatie', 'nl', /5 jaar achter elkaar/],
    ['wat zijn de voorwaarden?', 'ind', 'naturalisatie', 'nl', /5 jaar achter elkaar/],
  ] as const)('say who can get it: %j (%s/%s)', (text, agencyId, topicId, locale, expected) => {
    expect(topicFacts.answerOf(text, agencyId, topicId)?.[locale]).toMatch(expected);
  });

  it('leave "wat is dat?" or "heb ik er recht op?" to the topic\'s own sentence where they hold nothing of that kind', () => {
    expect(topicFacts.asked('wat is dat?', 'gemeente', 'verkiezingen')).toBeUndefined();
    expect(topicFacts.asked('heb ik er recht op?', 'gemeente', 'verkiezingen')).toBeUndefined();
  });

  it('are absent where the topic has none of that kind', () => {
    expect(topicFacts.answerOf('wat kost het?', 'gemeente', 'bijstand')).toBeUndefined();
    expect(topicFacts.answerOf('hoe lang duurt het?', 'gemeente', 'nonsense')).toBeUndefined();
  });

  // "Wanneer moet ik bezwaar maken?" after a WW question once got the WW's own deadline.
  it("do not answer a question about an objection or a complaint with the topic's own fact", () => {
    expect(topicFacts.answerOf('wanneer moet ik bezwaar maken?', 'uwv', 'ww')).toBeUndefined();
    expect(topicFacts.answerOf('how long does a complaint take?', 'uwv', 'ww')).toBeUndefined();
    expect(topicFacts.answerOf('wanneer moet ik de ww aanvragen?', 'uwv', 'ww')?.nl).toMatch(
      /1 week/,
    );
  });

  it('answer it where the topic is that very matter', () => {
    expect(
      topicFacts.answerOf(
        'hoe lang heb ik om beroep in te stellen?',
        'openbaar-ministerie',
        'beroep-verkeersboete',
      )?.nl,
    ).toMatch(/6 weken/);
  });

  it('refuse a fact for a topic the catalog does not have', () => {
    expect(() => createTopicFacts(data([fact('gemeente/nonsense', 'duration')]), catalog)).toThrow(
      /unknown topic gemeente\/nonsense/,
    );
  });

  it('refuse two facts of one kind for one topic: which one would be true?', () => {
    const twice = data([
      fact('gemeente/bijstand', 'duration'),
      fact('gemeente/bijstand', 'duration'),
    ]);
    expect(() => createTopicFacts(twice, catalog)).toThrow(/two duration facts/);
  });

  it('refuse a second fact of a kind for a topic that one fact already names among several', () => {
    const twice = data([
      fact(['gemeente/bijstand', 'gemeente/wmo'], 'duration'),
      fact('gemeente/wmo', 'duration'),
    ]);
    expect(() => createTopicFacts(twice, catalog)).toThrow(/two duration facts for gemeente\/wmo/);
  });

  it('refuse a fact of a kind no question asks about', () => {
    const odd = {
      ...data([]),
      facts: [{ ...fact('gemeente/bijstand', 'duration'), about: 'mood' }],
    };
    expect(topicFactsSchema.safeParse(odd).success).toBe(false);
  });
});
