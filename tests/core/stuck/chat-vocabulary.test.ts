import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * The chat vocabulary of session 7 (cues whose comment starts with "broad: chat phrasing"): how
 * people type being stuck into a chat box or a kiosk, short, often without a subject or with
 * spelling slips. Each case is written here, not copied from an evaluation set.
 */
describe('chat phrasing of being stuck', () => {
  it.each<[StuckSignal, string]>([
    ['mistake', 'ik heb het bedrag van mijn pensioen verkeerd overgenomen'],
    ['mistake', 'Ik denk dat ik een tikfout heb gemaakt in mijn IBAN'],
    ['mistake', 'I think I made a typo in my address'],
    ['mistake', 'op mijn aangifte staat een nul te veel bij de rente'],
    ['mistake', 'There is one zero too many in the amount I entered'],
    ['mistake', 'ik was twee weken te laat met mijn bezwaar'],
    ['mistake', 'ik heb die brief te laat gezien, hij lag onder een stapel'],
    ['mistake', 'I was late filing my return because I was abroad'],
    ['mistake', 'I transferred the money to the wrong account number'],
    ['mistake', 'ik heb de boete naar het verkeerde rekeningnummer overgemaakt'],
    ['mistake', "I ticked 'no' for savings but I actually have a savings account"],
    ['debt', 'de aflossing van DUO is veel te hoog voor mij nu'],
    ['debt', 'kan mijn maandbedrag omlaag? ik werk minder uren'],
    ['debt', 'The monthly payments are too high since I lost hours'],
    ['debt', 'Ze hebben zomaar 400 euro van mijn rekening afgeschreven'],
    ['debt', 'they took money out of my bank account without any warning'],
    ['debt', 'ik verdien te weinig voor die 300 per maand'],
    ['debt', 'moet 1200 euro terug betale maar heb het nie'],
    ['debt', 'I have to pay it back but I do not have the money'],
    ['debt', "I don't even open the letters anymore"],
    ['hardship', 'nog maar 20 euro tot het eind van de maand'],
    ['hardship', 'I have 8 euros left until payday'],
    ['hardship', 'ik moet mijn hele toeslag terugbetalen, hoe kan dat eerlijk zijn'],
    ['hardship', 'How is that fair to a single mother?'],
    ['hardship', 'Het mag volgens de regels, maar voor ons gezin is het een ramp'],
    ['hardship', 'Er is geen regeling waar ik in pas'],
    [
      'hardship',
      "I'm a freelancer with a disability and there is no scheme that fits my situation",
    ],
    ['hardship', 'ik krijg minder AOW omdat ik voor mijn zieke moeder zorg en zij bij mij inwoont'],
    ['hardship', 'Als ik meer uren ga werken houd ik netto minder over, werken loont gewoon niet'],
    ['hardship', 'ze tellen het geld van mijn oma als inkomen'],
    ['hardship', 'The online form will not accept my real income'],
    ['loop', 'De gemeente stuurt me naar de SVB en de SVB stuurt me weer terug'],
    ['loop', 'het UWV zegt dat ik bij de gemeente moet zijn, maar daar zeggen ze: ga naar het UWV'],
    [
      'loop',
      'The tax office told me to call Toeslagen, then Toeslagen told me to call the tax office',
    ],
    ['loop', 'They sent me back to the municipality again'],
    ['loop', 'I have uploaded my payslips three times now'],
    ['loop', 'I keep getting the same reply from the helpdesk'],
    // Session 8: sent between two desks, each saying it is the other's job.
    ['loop', 'I keep getting sent between the municipality and the IND, nobody helps me'],
    ['loop', 'ze sturen me heen en weer tussen de SVB en de gemeente'],
    ['loop', 'De gemeente en het UWV zeggen allebei dat de ander erover gaat'],
    ['loop', "every office says it's the other office's job"],
    ['loop', 'De gemeente zegt dat ze mijn aanvraag kwijt zijn'],
    ['loop', 'De gemeente heeft mijn aanvraag kwijtgeraakt'],
    ['loop', 'De IND is mijn dossier kwijtgeraakt'],
    ['wants-human', 'Ik wil zonder computer een gesprek met iemand'],
    ['loop', 'ik heb 6 keer gebeld en niemand weet het'],
    ['loop', 'Dit is mijn vierde mail over dezelfde brief'],
    ['loop', 'Every time I call they tell me to wait another week'],
    ['loop', 'I have been waiting since March for my permit'],
    ['wants-human', 'Ik heb liever dat een medewerker naar mijn papieren kijkt'],
    ['wants-human', 'kan iemand me gewoon terugbelt, ik ben de hele dag thuis'],
    ['wants-human', 'Kan ik ergens zonder afspraak binnenlopen?'],
    ['wants-human', 'Ik zoek iemand die met me meekijkt naar de aanvraag'],
    ['wants-human', 'Kan er iemand bij mij thuis komen helpen? Ik loop slecht'],
    ['wants-human', 'Is there an office where I can go with my documents?'],
    ['wants-human', 'I just want to show someone my papers'],
    ['wants-human', 'Please put me through to a caseworker'],
    ['wants-human', 'Can someone sit with me when I fill this in?'],
    ['digital-exclusion', 'Wie kan mij helpen met het invullen van de aanvraag?'],
    ['digital-exclusion', 'Lezen gaat niet zo goed bij mij'],
    [
      'digital-exclusion',
      'Mijn man deed dat altijd op de computer, nu hij weg is weet ik het niet',
    ],
    ['digital-exclusion', 'ik weet niet hoe dat moet met dat inloggen op de computer'],
    ['digital-exclusion', 'Ik ben niet handig met internet'],
    ['digital-exclusion', 'mijn telefoon is te oud voor die app'],
    ['digital-exclusion', 'The app will not install on my old phone'],
    ['digital-exclusion', 'Mijn vader spreekt alleen Arabisch'],
    ['digital-exclusion', 'Is er uitleg in haar eigen taal?'],
    ['digital-exclusion', 'kan iemand die brief voor mij voorlezen'],
    ['digital-exclusion', 'i get lost on all the government websites'],
    ['not-understood', 'Begrijpt u me nou niet?'],
    ['not-understood', 'dat antwoord heeft niks met mijn vraag te maken'],
    ['not-understood', 'That has nothing to do with my question'],
    ['not-understood', 'Ik zeg het nog een keer: ik woon alleen'],
    ['not-understood', 'Nee, ik zei dat ik geen partner heb'],
    ['not-understood', "No, I said I don't have a car"],
    ['not-understood', 'the bot just does not get it'],
    ['not-understood', 'Stop sending me links, I read them all'],
    ['frustration', 'Ik word behandeld alsof ik fraude heb gepleegd'],
    ['frustration', 'They treat me like a criminal'],
    ['frustration', 'waarom duurt dit zo lang'],
    ['frustration', "I'm at my wits' end with this"],
    ['frustration', 'jullie maken gezinnen kapot met die regels'],
  ])('hears %s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });

  it.each<[StuckSignal, string, string]>([
    ['mistake', 'De gemeente heeft mijn aanslag verkeerd berekend', 'the organisation erred'],
    ['debt', 'Wordt de premie automatisch van mijn rekening afgeschreven?', 'an ordinary payment'],
    ['debt', 'Hoe hoog is de maandelijkse aflossing van mijn studieschuld?', 'a plain question'],
    ['hardship', 'Gaat mijn huurtoeslag omlaag als ik meer ga verdienen?', 'a question'],
    ['hardship', 'Telt mijn spaargeld mee als vermogen?', 'a question about a rule'],
    ['loop', 'Bij mijn tweede poging lukte het wel', 'a second try that worked'],
    ['loop', 'Ik ben doorverwezen naar de gemeente en daar hielpen ze me meteen', 'one referral'],
    ['loop', 'Waiting since Monday, is that normal for a passport?', 'a short wait'],
    [
      'wants-human',
      'Er kwam iemand van de gemeente op huisbezoek voor de controle',
      'a control visit',
    ],
    ['wants-human', 'Moet ik een afspraak maken voor een paspoort?', 'an appointment, asked'],
    ['wants-human', 'Kan ik zonder afspraak een paspoort aanvragen?', 'walking in, asked'],
    ['loop', 'the letter was sent between Christmas and New Year', 'a date, not desks'],
    [
      'loop',
      'Worden gegevens automatisch gestuurd tussen de gemeente en de Belastingdienst?',
      'data, not the person',
    ],
    ['loop', 'Both say I should bring my other passport', 'another thing, not the other desk'],
    [
      'loop',
      'Mijn ouders zeggen allebei dat ik een andere studie moet kiezen',
      'another choice, not the other desk',
    ],
    ['loop', 'What is the difference between the municipality and the IND?', 'a comparison'],
    ['loop', 'zorgpas kwijt', 'the person lost their own card'],
    ['loop', 'verkeersboete betalen, acceptgiro kwijt', 'the person lost a payment slip'],
    ['wants-human', 'Wanneer is het spreekuur van de wijkagent?', 'opening hours'],
    ['digital-exclusion', 'Mijn vrouw spreekt Turks en Nederlands', 'bilingual'],
    ['digital-exclusion', 'Hoe vul ik het formulier voor huurtoeslag in?', 'a how-to question'],
    ['not-understood', 'Nee, dat klopt, ik woon in Utrecht', 'agreeing'],
    ['frustration', 'Waarom duurt het zo lang voordat mijn paspoort klaar is?', 'a question'],
    ['frustration', 'Hij werd behandeld in het ziekenhuis', 'treatment, not treatment like'],
  ])('raises no %s in %j (%s)', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });

  it.each<[StuckSignal, string]>([
    ['wants-human', 'Ik heb liever niet dat iemand me belt'],
    ['mistake', 'Ik heb geen tikfout gemaakt, het staat goed'],
  ])('hears no %s when it is negated: %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
