import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * Session 10's precision audit: every signal raised on an ordinary evaluation question was judged
 * by hand (65 % were justified). The cues were narrowed where they fired on another sense of a
 * word, a reference question, someone else's situation or a story that ended well; these are
 * questions from that audit, quoted, that must stay quiet, and justified ones that must still be
 * heard through the same cues.
 */
describe('precision: ordinary questions the audit found misread', () => {
  it.each<[StuckSignal, string]>([
    ['frustration', 'baas heeft mijn loon al 2 maanden niet betaald, wat kan ik doen'],
    ['frustration', 'er staat iemand ingeschreven op mijn adres die hier al jaren niet meer woont'],
    [
      'frustration',
      'mijn klachten zijn erger geworden, kan ik bij het uwv een herbeoordeling wga aanvragen',
    ],
    ['frustration', 'Is uw auto niet voor de APK-vervaldatum gekeurd en verloopt de APK?'],
    [
      'frustration',
      'Ik sta al maanden op de wachtlijst voor een parkeervergunning in het centrum. Waar mag ik in de tussentijd parkeren?',
    ],
    [
      'frustration',
      'Mijn verhuurder doet al maanden niks aan de lekkage en de kapotte kozijnen. Kan mijn huur daardoor omlaag?',
    ],
    ['hardship', 'wajong aanvragen voor mijn dochter met een beperking, ze wordt 18'],
    ['hardship', "I received a letter that I'm uninsured. What should I do?"],
    [
      'hardship',
      'Ik word binnenkort AOW-gerechtigd maar mijn vrouw is 5 jaar jonger en heeft geen inkomen. Krijg ik dan een toeslag op mijn AOW?',
    ],
    [
      'hardship',
      'Ik heb een volledige AOW maar mijn vrouw is nog geen 67 en heeft geen inkomen. Kunnen wij dan een aanvulling krijgen?',
    ],
    ['debt', 'Wat is het verschil tussen een aanmaning en een dwangbevel?'],
    [
      'debt',
      "How does debt counselling at the municipality work? I'm preparing a presentation for school.",
    ],
    ['debt', 'Ze waren van Stichting Schuldhulpmaatje, een nieuw vrijwilligersproject.'],
    [
      'debt',
      'Als je in financiële problemen zit, moet je in je uitgaven en kosten snijden. Het komt aan op keuzes maken.',
    ],
    ['debt', 'Moet je de aanvullende beurs terugbetalen. Ik ga hbo studeren in September'],
    ['debt', 'Wat is de gemeentelijke schuldhulpverlening?'],
    [
      'mistake',
      'My colleague made a mistake in his tax return and fixed it online, is that possible for everyone or only before the deadline?',
    ],
    [
      'mistake',
      'My one-year lease was automatically renewed last summer. Is it too late to have my starting rent reviewed and get back what I overpaid?',
    ],
    [
      'loop',
      'Ik ben voor de tweede keer dit jaar mijn paspoort kwijt, krijg ik nu problemen als ik een nieuwe aanvraag?',
    ],
    [
      'loop',
      'Ik weet niet hoe ik online mijn toeslag moet wijzigen en ik heb niemand die me kan helpen. Is er ergens gratis hulp in de buurt?',
    ],
    [
      'loop',
      'Mijn broer komt een tijdje bij mij inwonen omdat hij zijn huis kwijt is. Heeft dat gevolgen voor mijn huurtoeslag?',
    ],
    [
      'wants-human',
      'Is er hier iemand die mij duidelijk kan maken wat nou de gevolgen zullen zijn/zijn voor de AOW uitkering van opa?',
    ],
  ])('raises no %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });

  it.each<[StuckSignal, string]>([
    ['frustration', 'al 10 maanden gewacht op beslissing naturalisatieverzoek, hoe lang nog'],
    [
      'frustration',
      'A government agency keeps sending me to another agency and nobody helps, who can mediate?',
    ],
    [
      'frustration',
      'medewerker van de sociale dienst was heel onbeschoft tegen mij, klacht al ingediend maar geen oplossing',
    ],
    ['loop', 'al 10 maanden gewacht op beslissing naturalisatieverzoek, hoe lang nog'],
    [
      'loop',
      'A government agency keeps sending me to another agency and nobody helps, who can mediate?',
    ],
    [
      'loop',
      'al maanden geen reactie van de belastingdienst op mijn brief en klacht, waar kan ik nog terecht',
    ],
    ['debt', 'debt collector is charging huge extra costs on a 50 euro bill, is that legal?'],
    ['debt', 'kan ik mijn boete in termijnen betalen, ik heb nu geen geld'],
    [
      'debt',
      'My health premium is now deducted from my salary because of arrears, how do I get out of this scheme?',
    ],
    ['hardship', 'ik denk dat ik gedupeerd ben door de toeslagenaffaire, waar meld ik me'],
    ['hardship', 'homeless since last week, is there emergency shelter?'],
    ['hardship', 'ik word uit mijn huis gezet en heb geen slaapplek, waar kan ik terecht'],
    [
      'digital-exclusion',
      "I received an official letter in Dutch I don't understand, where can I walk in for help?",
    ],
    [
      'digital-exclusion',
      'ik snap niks van de websites van de overheid, is er iemand die me kan helpen in de bibliotheek',
    ],
    ['digital-exclusion', 'Hulp met computers en internet: waar kun je terecht als digibeet?'],
    ['mistake', 'ov boete van duo gekregen omdat ik te laat heb stopgezet'],
    ['mistake', 'UWV gave me a fine because I reported my income too late, can I object?'],
    ['mistake', 'Per ongeluk na je studie met je studenten-ov reizen?'],
    [
      'wants-human',
      'ik snap niks van de websites van de overheid, is er iemand die me kan helpen in de bibliotheek',
    ],
    [
      'wants-human',
      'Ik weet niet hoe ik online mijn toeslag moet wijzigen en ik heb niemand die me kan helpen. Is er ergens gratis hulp in de buurt?',
    ],
    [
      'wants-human',
      'Mijn vader van 82 kan niks met die Berichtenbox van MijnOverheid. Is er een plek waar iemand hem persoonlijk kan helpen?',
    ],
  ])('still hears %s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});
