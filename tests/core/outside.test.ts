import { describe, expect, it } from 'vitest';
import outsideData from '../../data/outside.json';
import { buildCore } from '../../src/core-deps.js';
import { createOutsideTest, outsideDataSchema } from '../../src/core/outside.js';

const { outsideIn } = buildCore();

describe('data/outside.json', () => {
  it('holds valid subjects with an answer in both languages', () => {
    const data = outsideDataSchema.parse(outsideData);
    expect(data.subjects.map((subject) => subject.id)).toEqual([
      'doctor',
      'vaccination',
      'bank',
      'energy',
      'public-transport',
      'public-transport-fine',
      'pension-fund',
      'funeral',
      'primary-school',
      'school',
    ]);
  });
});

describe('a question about a subject no organisation here handles', () => {
  it.each([
    ['I need a doctor', 'doctor'],
    ['ik zoek een nieuwe huisarts', 'doctor'],
    ['waar kan ik een covid vaccinatie halen', 'vaccination'],
    ['where can I get a flu shot?', 'vaccination'],
    ['Waar haal ik mijn reisvaccinaties?', 'vaccination'],
    ['mijn bank heeft mijn rekening geblokkeerd', 'bank'],
    ['mijn pinpas is geblokeerd door de bank', 'bank'],
    ['de bank heeft mijn rekening geblokkeerd', 'bank'],
    ['de bank wil mijn hypotheek niet verlengen', 'bank'],
    ['I lost my debit card', 'bank'],
    ['ik kan mijn energierekening niet betalen', 'energy'],
    ['my electricity bill is too high', 'energy'],
    ['Mijn creditcard is gestolen', 'bank'],
    ['Mijn bankpas is uit mijn auto gestolen', 'bank'],
    ['Waar kan ik een ov-chipkaart kopen?', 'public-transport'],
    ['What is the OV-chip card and where can I get it?', 'public-transport'],
    ['Ik ben 65 en het pensioenfonds wil mijn pensioen afkopen. Mag dat?', 'pension-fund'],
    ['Hoeveel pensioen bouw ik op bij het ABP?', 'pension-fund'],
    ['Wanneer betaalt PFZW mijn pensioen uit?', 'pension-fund'],
    ['Wat komt er kijken bij het regelen van een uitvaart?', 'funeral'],
    ['Moet ik overstappen naar een andere energieleverancier?', 'energy'],
    ['Waar zie ik mijn tentamenuitslag?', 'school'],
    ['How do I apply for a scholarship at my university?', 'school'],
    ['Vanaf welke leeftijd kan mijn dochter naar de basisschool?', 'primary-school'],
    ['Mijn kind wordt 4, hoe schrijf ik hem in op de basisschool?', 'primary-school'],
    ['How do I enrol my son at a primary school?', 'primary-school'],
    ['Op welke middelbare school kan ik mijn zoon aanmelden?', 'school'],
    ['How do I switch my energy contract?', 'energy'],
    ['ik heb een boete van de ns gekregen', 'public-transport-fine'],
    ['I got a fine on the train without a ticket', 'public-transport-fine'],
    ['boete zwartrijden, kan ik bezwaar maken', 'public-transport-fine'],
  ])('%j is about %s', (text, id) => {
    expect(outsideIn(text)?.id).toBe(id);
  });

  it.each([
    ['mijn huisarts moet een formulier invullen voor het CBR', 'the CBR is named'],
    ['ik heb een strafbeschikking gekregen voor zwartrijden', "the prosecutor's penalty order"],
    ['mijn dokter zegt dat ik niet kan werken, krijg ik een uitkering?', 'a benefit is asked for'],
    ['ik heb geld op mijn bankrekening, krijg ik nog huurtoeslag?', 'rent benefit is asked for'],
    ['Moet ik eerst langs de huisarts om naar de fysiotherapeut te kunnen?', 'reimbursement'],
    ['de post schoof ik onder de bank', 'a sofa is no bank'],
    [
      'ik kan de begrafenis van mijn vader niet betalen',
      'paying for it is help from the municipality',
    ],
    ['krijg ik nabestaandenpensioen van de svb', 'the SVB is named'],
    ['Wat kost de huisarts?', 'what a doctor costs is for the insurer'],
    ['Moet ik de huisarts zelf betalen?', 'paying a doctor is for the insurer'],
    [
      'Op wie wordt de rekening van de begrafenis verhaald?',
      'recovering a bill is a legal question',
    ],
    ['Mijn studenten OV-chipkaart werkt niet meer', 'the student travel product is DUO’s'],
    ['Ik kreeg een boete in de trein zonder ov-chipkaart', 'a fine may be collected by the CJIB'],
    ['hoe vraag ik zorgtoeslag aan?', 'no outside subject at all'],
    ['Krijg ik studiefinanciering als ik aan de hogeschool studeer?', 'student finance is DUO’s'],
    [
      'My university applied for my residence permit, when will I get it?',
      'the permit is the IND’s',
    ],
    ['Heb ik recht op zorgtoeslag als student aan de universiteit?', 'a benefit is asked for'],
    ['Mijn zoon spijbelt steeds van de middelbare school', 'truancy is the municipality’s'],
  ])('%j is a question for the catalog (%s)', (text) => {
    expect(outsideIn(text)).toBeUndefined();
  });
});

describe('the outside test on its own', () => {
  const data = outsideDataSchema.parse({
    subjects: [
      {
        id: 'doctor',
        cues: ['dokter'],
        covers: ['nodig'],
        answer: { nl: 'Ga naar uw huisarts.', en: 'Go to your GP.' },
      },
    ],
  });
  const namesOurs = (text: string) => text.split(' ').includes('uitkering');

  it.each([
    ['ik heb een dokter nodig', 'doctor'],
    ['dokter en uitkering', undefined],
    ['ik heb een uitkering nodig', undefined],
  ])('reads %j as %s', (text, id) => {
    expect(createOutsideTest(data, namesOurs)(text)?.id).toBe(id);
  });
});
