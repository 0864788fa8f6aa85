import { describe, expect, it } from 'vitest';
import { detector, routed, signalsOf, unrouted } from './detector.js';

describe('the loop signal in one message', () => {
  it.each([
    'Ze sturen me van het kastje naar de muur',
    'Ik word steeds doorverwezen naar een andere afdeling',
    'De gemeente zegt dat ik bij het UWV moet zijn en het UWV zegt: daar gaan wij niet over',
    'Voor de vierde keer: ik heb het al uitgelegd',
    'van het kastje na de muur gestuurd, echt waar',
    'Ze verwijzen naar elkaar en niemand voelt zich verantwoordelijk',
    'Ik heb al 5 keer gebeld en elke keer krijg ik een ander antwoord',
    'Ik word gek van dit rondjes draaien, elke keer moet ik mijn verhaal opnieuw vertellen aan een nieuwe medewerker',
    'They keep referring me to another department',
    "I've been sent from one office to the next for weeks",
    'I already explained this, for the third time',
    "I'm going around in circles with the IND",
    // Counting one's own attempts, as people type it in a chat.
    'Dit is de derde keer dat ik het vraag',
    'Het is de 3e keer dat we bellen',
    'I already tried calling but nobody picks up, this is the third time I ask',
    'I keep asking the same thing',
    'ik blijf maar bellen en niemand neemt op',
    'I was sent from department to department',
    'De gemeente zegt dat ik bij het UWV moet zijn',
    'I was sent to another department again',
    'de IND reageert al 8 maanden niet',
    "The IND hasn't responded in 8 months and my permit expired",
    'No response from the IND for 8 months',
    'The UWV says I should ask the gemeente and the gemeente says I should ask the UWV',
    'De gemeente zegt dat het de Belastingdienst is, de Belastingdienst zegt dat het de gemeente is',
    'Nobody feels responsible for my case',
  ])('hears being sent around or asking again in %j', (text) => {
    expect(signalsOf(text)).toContain('loop');
  });

  it.each([
    ['Ik ben doorverwezen naar jullie door de huisarts', 'one referral'],
    ['Waar moet ik mijn verhuizing doorgeven?', 'an ordinary question'],
    ['Ik ben niet van het kastje naar de muur gestuurd, ze hielpen me meteen', 'negated'],
    ['I was referred to you by my employer', 'one referral in English'],
    ['Ik reis elke dag heen en weer naar mijn werk', 'commuting'],
    ['De tweede keer dat ik huurtoeslag aanvroeg ging het goed', 'a second application'],
    ['This is the second time I apply for a passport, what do I need?', 'a second application'],
    ['Is this the first time I have to file a tax return?', 'a first time'],
    ['I studied here from January to July 2007', 'a period of time'],
    ['Can you walk me through it from beginning to end?', 'from one thing to another'],
    ['De gemeente zei dat ik de brief naar huis mocht meenemen', 'sent home, not to a desk'],
    [
      'They referred me to another organisation for help with the form',
      'one referral to another organisation',
    ],
    ['I have not replied for two weeks because I was on holiday', 'the person did not reply'],
    ['De gemeente zegt dat ik een brief krijg', 'one organisation says one thing'],
  ])('hears no loop in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('loop');
  });
});

describe('the loop signal over the conversation', () => {
  it.each([
    [
      'a rephrasing of the same need',
      ['Ik moet mijn zorgtoeslag terugbetalen maar ik begrijp de brief niet'],
      'hoe moet ik die zorgtoeslag terugbetalen, die brief snap ik niet',
    ],
    [
      'the same question again',
      ['Wanneer wordt de kinderbijslag betaald?'],
      'wanneer wordt de kinderbijslag betaald??',
    ],
    ['the same single subject again', ['Hoeveel huurtoeslag krijg ik?'], 'huurtoeslag?'],
    [
      'an English rephrasing',
      ['How do I apply for healthcare allowance?'],
      'I want to apply for the healthcare allowance, how?',
    ],
    [
      'a repeat of an earlier, not the last, turn',
      ['Mijn WW-uitkering is niet betaald deze maand', 'Ja', 'Bij het UWV'],
      'Deze maand is mijn WW uitkering niet betaald',
    ],
    ['a person who says they are sent around', [], 'Ik word van het kastje naar de muur gestuurd'],
  ])('hears a loop in %s', (_case, earlier, current) => {
    const turns = earlier.map((text) => routed(text));
    expect(detector.detectConversation(turns, routed(current))).toContain('loop');
  });

  it.each([
    [
      'a different question on the same subject',
      ['Hoeveel huurtoeslag krijg ik?'],
      'Wanneer wordt de huurtoeslag betaald?',
    ],
    ['an unrelated question', ['Hoe verleng ik mijn paspoort?'], 'Wanneer krijg ik kinderbijslag?'],
    ['short answers', ['ja'], 'ja'],
    ['the first message', [], 'Ik moet mijn huurtoeslag terugbetalen'],
  ])('hears no loop in %s', (_case, earlier, current) => {
    const turns = earlier.map((text) => routed(text));
    expect(detector.detectConversation(turns, routed(current))).not.toContain('loop');
  });

  it('says which earlier turn is repeated', () => {
    const result = detector.detect(
      [unrouted('Mijn toeslag is gestopt'), routed('Hoe vraag ik kinderbijslag aan?')],
      routed('waarom is mijn toeslag gestopt'),
    );
    expect(result.evidence).toContainEqual({
      signal: 'loop',
      cue: expect.stringMatching(/turn 1/),
    });
  });
});
