import { describe, expect, it } from 'vitest';
import { asksWhatNowAboutDecision, saysDecisionIsWrong } from '../../src/core/objection.js';
import { testCore } from '../support/app.js';

const { stuckHelp } = testCore();
const says = (agencyId: string, text: string) =>
  saysDecisionIsWrong(stuckHelp.objection, agencyId, text);

describe('a person who says an organisation decided wrongly', () => {
  it.each([
    ['belastingdienst', 'De belastingdienst heeft een fout gemaakt in mijn aanslag'],
    [
      'toeslagen',
      'Mijn zorgtoeslag is stopgezet omdat mijn inkomen te hoog zou zijn maar dat klopt niet',
    ],
    ['uwv', 'Ik ben het niet eens met de beslissing over mijn WW'],
    ['gemeente', 'Mijn bijstand is ten onrechte stopgezet'],
    ['svb', 'Ik ben het oneens met de korting op mijn AOW'],
    ['duo', 'Hoe kan ik bezwaar maken tegen het besluit van DUO?'],
    ['uwv', 'I disagree with the decision of the UWV about my WW'],
    ['ind', "I don't agree with the IND's decision on my permit"],
    ['belastingdienst', 'My tax assessment is wrong, they counted my income twice'],
    ['svb', 'The SVB made a mistake in my child benefit'],
    // Asked to pay back for a mistake one did not make: the decision is what is disputed.
    ['toeslagen', 'Ik moet mijn huurtoeslag terugbetalen maar ik heb niks fout gedaan'],
    ['duo', 'DUO wil geld terug terwijl ik niets verkeerd heb gedaan'],
    ['uwv', "UWV says I have to pay back my WW but I didn't do anything wrong"],
    // A refusal is a decision one can object to, also when the person only asks why.
    ['uwv', 'mijn ww is afgewezen en ik snap niet waarom'],
    ['ind', 'Mijn aanvraag voor een verblijfsvergunning werd geweigerd'],
    ['uwv', 'My WIA application was rejected'],
    // A cut announced by letter is a decision as well.
    ['uwv', 'ik heb een brief dat ze mijn uitkering gaan korten'],
    ['gemeente', 'Mijn bijstand wordt gekort omdat ik te laat was'],
    ['uwv', 'UWV cut my benefit because I missed an appointment'],
    // A value or amount said to be too high, also asked as "what if": objecting is the answer.
    ['gemeente', 'mijn WOZ-waarde is veel te hoog'],
    ['gemeente', 'en als het te hoog is?'],
    ['cak', 'My contribution is way too high'],
  ])('is heard at %s: %j', (agencyId, text) => {
    expect(says(agencyId, text)).toBe(true);
  });

  it.each([
    ['belastingdienst', 'Ik heb een fout gemaakt in mijn aangifte', 'their own mistake'],
    ['toeslagen', 'Hoe vraag ik huurtoeslag aan?', 'a plain question'],
    ['uwv', 'Klopt het dat ik WW kan krijgen na een tijdelijk contract?', 'asks whether it is so'],
    ['svb', 'For religious reasons I object to having any insurance', 'objects to a duty'],
    ['uwv', 'Wordt mijn WW gekort als ik een bijbaan neem?', 'asks whether it would be'],
    ['toeslagen', 'Mijn inkomen is te hoog voor zorgtoeslag', 'an income too high for a benefit'],
    [
      'zorgverzekeraar',
      'Mijn zorgverzekeraar heeft ten onrechte geweigerd',
      'its own complaints route',
    ],
    [
      'openbaar-ministerie',
      'Ik ben het niet eens met mijn verkeersboete',
      'an appeal to the prosecutor',
    ],
    [
      'belastingdienst',
      'mijn voorlopige aanslag klopt niet',
      'an estimate one changes, not objects to',
    ],
    [
      'belastingdienst',
      "I don't agree with my provisional assessment",
      'an estimate one changes, not objects to',
    ],
  ])('is not heard at %s: %j (%s)', (agencyId, text) => {
    expect(says(agencyId, text)).toBe(false);
  });

  it('names only organisations that are in the catalog', () => {
    const { catalog } = testCore();
    for (const agencyId of stuckHelp.objection.agencies) {
      expect(catalog.agencies.has(agencyId)).toBe(true);
    }
  });
});

describe('asking what to do now about a decision just said to be wrong', () => {
  const objection = stuckHelp.objection;
  const refused = { message: 'mijn vergunning is afgewezen, dat klopt niet', agencyId: 'ind' };

  it.each(['wat kan ik doen', 'Wat moet ik nu doen?', 'en wat nu?', 'What can I do now?'])(
    'hears %j after the refusal, at the same organisation',
    (text) => {
      expect(asksWhatNowAboutDecision(objection, 'ind', text, refused)).toBe(true);
    },
  );

  it.each([
    ['wat kan ik doen', 'uwv', refused, 'another organisation answers'],
    [
      'wat kan ik doen',
      'toeslagen',
      { message: 'hoe vraag ik huurtoeslag aan', agencyId: 'toeslagen' },
      'no decision was said to be wrong',
    ],
    ['wat kan ik doen aan mijn inburgering?', 'ind', refused, 'a question of its own'],
    ['wat kan ik doen', 'ind', undefined, 'nothing came before'],
  ])('does not hear %j at %s (%s)', (text, agencyId, previous, _why) => {
    expect(asksWhatNowAboutDecision(objection, agencyId, text, previous)).toBe(false);
  });
});
