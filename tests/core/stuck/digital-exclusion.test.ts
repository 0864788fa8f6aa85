import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

describe('the digital-exclusion signal', () => {
  it.each([
    'Ik heb geen DigiD, hoe kan ik dan toeslag aanvragen?',
    'Ik heb geen computer en geen internet thuis',
    'Ik kan niet goed lezen, kan iemand de brief voorlezen?',
    'Ik snap die website niet',
    'ik begrijp het formlier niet',
    'Mijn Nederlands is niet zo goed, kunt u het simpel uitleggen?',
    'Ik ben 82 en kan niet met de computer omgaan',
    // Kiosk review, session 31: the verb left out, as spoken.
    'ik kan niet met computer',
    'Alles moet tegenwoordig via internet en ik heb niet eens een smartphone, ik voel me echt buitengesloten',
    "I don't have a DigiD and I live abroad",
    'My Dutch is not good, the letter is only in Dutch',
    "I can't read the form, my eyesight is poor",
    'I have no computer and no internet at home',
    'i dont have a digid',
    // Stuck online, as people type it in a chat.
    'ik kom er niet uit met die website',
    'Met het formulier kom ik echt niet verder',
    'ik krijg steeds een foutmelding',
    'de website werkt niet',
    "I can't figure out the form",
    "I'm stuck with the online form",
    'I keep getting an error when I try to log in',
    'mijn DigiD is geblokkeerd en ik moet vandaag iets indienen bij het UWV',
    'my DigiD is blocked',
    'ik ben oud en snap die computer niet',
    'ik weet niet hoe internet werkt',
    'ik begrijp niet wat ze willen',
    "I don't understand what they want from me",
    'They only communicate in Dutch',
    'I need help filling in the form',
    'The form is too difficult for me',
  ])('hears digital exclusion in %j', (text) => {
    expect(signalsOf(text)).toContain('digital-exclusion');
  });

  it.each([
    ['Ik heb mijn DigiD wachtwoord vergeten', 'an everyday DigiD question'],
    ['Ik heb mijn DigiD, hoe log ik in bij Mijn toeslagen?', 'has a DigiD'],
    ['Ik begrijp niet waarom ik deze brief kreeg', 'asks why, can read it'],
    ['Ik spreek goed Nederlands maar heb een vraag over de AOW', 'speaks Dutch well'],
    ['Ik heb wel een computer, maar de website is traag', 'has a computer'],
    ['I have a DigiD but forgot my password', 'has a DigiD'],
    ['Werkt de website van DUO niet?', 'asks whether a site is down'],
    ['Ik kom er niet uit welke toeslag ik moet aanvragen', 'cannot choose, not stuck online'],
    ['Ik heb geen problemen met de website, maar wanneer krijg ik mijn geld?', 'negated'],
    ['Ik kreeg een foutmelding, maar daarna lukte het wel', 'one error, then it worked'],
    ['What does it mean to be self-employed?', 'asks what a word means, not what a letter says'],
    ['I filled in the form myself without help', 'managed alone'],
  ])('hears no digital exclusion in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('digital-exclusion');
  });
});
