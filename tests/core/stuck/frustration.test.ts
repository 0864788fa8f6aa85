import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

describe('the frustration signal', () => {
  it.each([
    'Ik word er gek van, al drie weken geen antwoord van het UWV!!!',
    'Dit is echt belachelijk, niemand helpt me',
    'IK BEN HET ZAT. WAAROM DUURT DIT ZO LANG',
    'wat een puinhoop is het bij jullie',
    'ik ben zo gefrusteerd over die toeslagen',
    'Ik ben ten einde raad, ik weet het echt niet meer',
    'kutzooi, al weken wacht ik op mijn geld',
    'Sorry dat ik zo boos ben maar ik heb drie keer gebeld, twee keer een brief gestuurd en nog steeds niets gehoord. Hoe lang nog?',
    'This is ridiculous, nobody helps me!!',
    "I'm so fed up with the Belastingdienst, it's driving me crazy",
    'I have been waiting for months and still nothing',
    'WHY DOES NOBODY ANSWER THE PHONE',
    // Scolding the service itself, as people do in a chat that does not help.
    'Wat een domme computer',
    'stomme bot, ik wil gewoon mijn geld',
    'This stupid bot keeps sending me to the same page',
    'WAAROM KRIJG IK MIJN GELD NIET??',
    "I'm completely lost in Dutch bureaucracy",
    "I'm drowning in paperwork",
    'ik verdrink in de formulieren',
    'ze hebben me nooit teruggebeld',
    'I was told to wait and nobody ever called back',
    "I don't know who to turn to",
    'ik weet niet bij wie ik terecht kan',
    'This system is broken',
    'het systeem deugt niet',
    "I've been waiting on hold for over an hour",
    "It feels like they don't care at all",
    'The gemeente refuses to help me',
    'de gemeente weigert mij te helpen',
    'het kan ze niks schelen',
    'This is the worst service I have ever had',
    'de slechtste klantenservice ooit',
  ])('hears frustration in %j', (text) => {
    expect(signalsOf(text)).toContain('frustration');
  });

  it.each([
    ['Ik ben niet boos, ik wil alleen iets vragen', 'negated'],
    [
      'Ik woon al maanden in Nederland, hoe vraag ik zorgtoeslag aan?',
      '"al maanden" without a complaint',
    ],
    ['Bedankt voor de hulp!', 'one exclamation mark'],
    ['Ik heb een vraag over de AOW en de SVB', 'acronyms are not shouting'],
    ["I'm not angry, just confused", 'negated in English'],
    ['Wat is een deurwaarder?', 'a plain question'],
    ['Mijn computer is stuk, kan ik de aangifte op papier doen?', 'a computer, not scolded'],
    ['Is er een app voor de AOW?', 'an app, not scolded'],
    ['MOET IK ZORGTOESLAG TERUGBETALEN?', 'a plain question typed with caps lock on'],
    ['the system is not broken, it works fine', 'negated'],
    ["I don't care which insurer I choose", 'the person does not mind'],
  ])('hears no frustration in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('frustration');
  });
});
