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
    'Alles moet tegenwoordig via internet en ik heb niet eens een smartphone, ik voel me echt buitengesloten',
    "I don't have a DigiD and I live abroad",
    'My Dutch is not good, the letter is only in Dutch',
    "I can't read the form, my eyesight is poor",
    'I have no computer and no internet at home',
    'i dont have a digid',
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
  ])('hears no digital exclusion in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('digital-exclusion');
  });
});
