import { describe, expect, it } from 'vitest';
import { detector, signalsOf } from './detector.js';

describe('the debt signal', () => {
  it.each([
    'Ik kan de aanslag van de belastingdienst niet betalen, wat nu?',
    'Er staat een deurwaarder voor de deur omdat ik de CJIB boete niet heb betaald',
    'Ik heb een aanmaning gekregen van het CAK en de kosten lopen op',
    'Ik moet 4000 euro huurtoeslag terugbetalen maar dat geld heb ik niet',
    'de deurwaader heeft beslag gelegd op mijn loon',
    'ik wil een betalings regeling want ik kan het niet in 1x betalen',
    'Ik zit diep in de schulden en het incassobureau blijft maar bellen',
    'Ik weet niet meer hoe ik al die rekeningen moet betalen, elke week een nieuwe aanmaning, ik ben op',
    'Mijn huurachterstand is opgelopen tot drie maanden',
    "I can't afford to pay back the healthcare allowance",
    'A bailiff sent me a letter about my unpaid fine',
    "I'm behind on my rent and the debt collectors keep calling",
    "I have to pay back 2000 euros of benefits and I don't have the money",
    'You just had to pay, no discussion possible.',
    'and then they tell you that you have to pay more',
    'mijn zorgverzekering heb ik ook al 4 maanden niet betaald',
    // Kiosk review, session 31: typed as a heading, without "ik" or a time.
    'zorgverzekering niet betaald',
    'ik heb mijn zorgverzekering niet betaald',
    'ik heb al twee maanden geen huur betaald',
    "I haven't paid my health insurance for 4 months",
    'ik kan niet meer slapen van al die schulden',
    'ik heb een brief dat ik uit mijn huis moet',
    'ze willen mijn gas en licht afsluiten',
    // Asked to pay, and then in a few words that one cannot, as people say it at a kiosk.
    'ik heb brief van belasting, ik moet veel geld betalen, ik kan niet. wat kan ik doen',
    'ze willen dat ik 3000 euro betaal maar dat heb ik niet',
    'de belasting wil geld van mij, ik heb geen geld',
    "I have to pay a lot of money and I can't",
    "They want me to pay 2000 euros but I don't have it",
    // A fine or debt that keeps growing, and money run out, said plainly.
    'ik krijg steeds brieven met boete erbij',
    'de boete wordt steeds hoger',
    'er komen steeds meer kosten bij',
    'the fine keeps going up',
    'mijn geld is op',
    'my money has run out',
    'ik heb meer tijd nodig om te betalen',
    'I need more time to pay',
    'I got a reminder with extra costs',
  ])('hears debt in %j', (text) => {
    expect(signalsOf(text)).toContain('debt');
  });

  // Policy: asking about a payment arrangement is debt only with a second debt cue (the person
  // cannot pay, has arrears, must repay or faces collection). See data/stuck.json, debt.
  it.each([
    ['wat is een betalingsregeling?', 'a question about payment arrangements only'],
    [
      'Hoe werkt een betalingsregeling bij de Belastingdienst?',
      'a question about payment arrangements only',
    ],
    ['Ik heb geen schulden, ik wil alleen weten hoeveel toeslag ik krijg', 'negated'],
    [
      'Ik wil een automatische incasso instellen voor mijn zorgpremie',
      'a direct debit is no collection',
    ],
    ['Ik wil mijn studieschuld aflossen', 'a student loan is no arrears'],
    ['Moet ik mijn toeslag terugbetalen als ik ga samenwonen?', 'a hypothetical question'],
    ["I'm not in debt, I just want to know my tax refund", 'negated in English'],
    ['ik ben al 3 weken niet betaald door mijn werkgever', 'unpaid wages are owed to the person'],
    ['I have not been paid for two months', 'unpaid wages, in English'],
    ['Next month I have to pay the BPM', 'a plain duty in the present'],
    ['ik moet betalen maar ik kan niet inloggen', 'what cannot be done is logging in'],
    ['ik wil betalen, maar ik kan niet vinden waar', 'what cannot be done is finding it'],
    ["I want to pay but I can't find the form", 'what cannot be done is finding the form'],
    ['het geld is op de rekening gezet', 'money paid into an account'],
    ['ik heb de rekening met een boete erbij betaald', 'a fine that was paid'],
  ])('hears no debt in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('debt');
  });

  it('counts a payment-arrangement question once the person says they cannot pay', () => {
    expect(
      signalsOf('Kan ik een betalingsregeling krijgen? Ik kan het niet in één keer betalen'),
    ).toContain('debt');
  });
});

describe('half a debt cue', () => {
  it.each(['kan ik een betalingsregeling krijgen', 'moet ik alles in een keer terugbetalen?'])(
    'is kept as partial in %j, for the conversation to complete',
    (text) => {
      const result = detector.detectTurn(text);
      expect(result.signals).not.toContain('debt');
      expect(result.partial).toContain('debt');
    },
  );
});
