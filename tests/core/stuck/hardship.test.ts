import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

describe('the hardship signal', () => {
  it.each([
    'Door deze terugvordering kan ik de huur niet meer betalen',
    'Ik heb niks meer te eten voor mijn kinderen',
    'Als dit doorgaat raak ik mijn huis kwijt',
    'Dit is toch onredelijk, ik ben alleenstaande moeder met drie kinderen',
    'Ik lig in het ziekenhuis en moet voor 1 juni mijn bezwaar indienen',
    'mijn kinderen en ik moeten naar de voedselbnak',
    'Mijn uitkering is stopgezet en nu heb ik helemaal geen inkomen',
    'Ik heb kanker, zit midden in de chemo en nu moet ik binnen twee weken al die papieren aanleveren, anders stopt mijn uitkering. Hoe dan?',
    "Because of this I can't afford food for my kids",
    'We are going to be evicted, I have two small children',
    'It is unreasonable to demand this while I am in hospital',
    "I'm a single mother and have no income since they stopped my benefit",
    'Ik moet ineens alles terugbetalen. Kan niemand een uitzondering maken?',
    'Kan er voor mij geen uitzondering gemaakt worden? Ik ben mantelzorger',
    'Is there nobody who can make an exception for my situation?',
    'ik krijg minder bijstand sinds mijn dochter bij ons is komen wonen',
    'I fell through the cracks',
    'They cut my benefit because my son turned 18 and lives at home',
    'Door de kostendelersnorm hebben we de helft minder',
    "I don't qualify because I earn 10 euros too much",
  ])('hears hardship in %j', (text) => {
    expect(signalsOf(text)).toContain('hardship');
  });

  it.each([
    ['Mijn kinderen krijgen kinderbijslag, wanneer wordt die betaald?', 'children alone'],
    ['Ik ben ziek, moet ik me ziekmelden bij het UWV?', 'illness alone'],
    ['Wat is de deadline voor de aangifte?', 'a deadline alone'],
    ['Is het redelijk dat ik zoveel huur betaal voor dit huis?', 'asks about fairness'],
    ['Het is niet onredelijk wat ze vragen', 'negated'],
    ['Ik wil geen uitzondering maken voor mezelf, ik betaal gewoon', 'an exception declined'],
    ['My kids are at school, when do I get child benefit?', 'children alone in English'],
    ['ik betaal minder huur sinds mijn zoon bij mij woont', 'paying less, not getting less'],
    ['What is the kostendelersnorm?', 'asks what the rule is'],
    ['I did not fall through the cracks, they helped me', 'negated'],
  ])('hears no hardship in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('hardship');
  });
});
