import { describe, expect, it } from 'vitest';
import { createTopicFacts, topicFactsSchema, type TopicFactsData } from '../../src/core/facts.js';
import { testCore } from '../support/app.js';

const { catalog, topicFacts } = testCore();

const data = (facts: TopicFactsData['facts']): TopicFactsData => ({
  asks: {
    deadline: { nl: ['tot wanneer'], en: ['until when'] },
    duration: { nl: ['hoe lang'], en: ['how long'] },
    cost: { nl: ['wat kost'], en: ['cost'] },
  },
  facts,
});
const fact = (topic: string, about: 'duration' | 'cost' | 'deadline') => ({
  topic,
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
    ['ik wil bijstand aanvragen', undefined],
    ['wie kan mij helpen?', undefined],
  ])('%j asks about %s', (text, kind) => {
    expect(topicFacts.askedAbout(text)).toBe(kind);
  });
});

describe('the facts in data/topic-facts.json', () => {
  it('load, each naming a topic of the catalog', () => {
    expect(topicFacts.factFor('gemeente', 'bijstand', 'duration')?.nl).toMatch(/8 weken/);
  });

  it('are absent where the topic has none of that kind', () => {
    expect(topicFacts.factFor('gemeente', 'bijstand', 'cost')).toBeUndefined();
    expect(topicFacts.factFor('gemeente', 'nonsense', 'duration')).toBeUndefined();
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

  it('refuse a fact of a kind no question asks about', () => {
    const odd = {
      ...data([]),
      facts: [{ ...fact('gemeente/bijstand', 'duration'), about: 'mood' }],
    };
    expect(topicFactsSchema.safeParse(odd).success).toBe(false);
  });
});
