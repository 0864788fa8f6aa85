import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

describe('the mistake signal', () => {
  it.each([
    'Ik heb een fout gemaakt in mijn aangifte van vorig jaar, hoe kan ik dat herstellen?',
    'Ik heb per ongeluk mijn bruto inkomen ingevuld in plaats van netto bij de zorgtoeslag',
    'Ik ben vergeten door te geven dat mijn vriend bij mij is komen wonen en nu krijg ik een brief',
    'help ik heb het verkeerde inkomen opgegeven bij de huurtoeslag, krijg ik nu een boete?',
    'ik heb een fout gemaak met de aanvraag en weet niet wat ik moet doen',
    'Stom van me, ik heb mijn nieuwe baan niet doorgegeven aan het UWV.',
    'Ik heb de bezwaartermijn gemist omdat ik in het ziekenhuis lag',
    'Sorry, ik heb me vergist bij het invullen van het formulier',
    'Ik schaam me kapot. Ik heb te laat doorgegeven dat ik meer ben gaan werken en nu moet ik alles terugbetalen. Hoe kon ik zo dom zijn?',
    'I made a mistake on my tax return and put the wrong income',
    'I accidentally ticked the wrong box on the benefits form',
    'I forgot to tell the tax office that I moved out of the Netherlands',
    'i made a mistak in my aplication',
    'I did not report my new job to UWV and now they want money back',
    "Apparently I should have deregistered and now I'm fined",
    'ik had me moeten uitschrijven en nu krijg ik een boete',
  ])('hears a mistake of the person in %j', (text) => {
    expect(signalsOf(text)).toContain('mistake');
  });

  it.each([
    [
      'ik heb géén fout gemaakt, de Belastingdienst heeft mijn inkomen verkeerd berekend',
      'negated',
    ],
    ['De gemeente heeft een fout gemaakt met mijn adres', 'the organisation made the mistake'],
    ['Wat gebeurt er als ik een fout maak in mijn aangifte?', 'a hypothetical question'],
    ['Hoe vul ik mijn aangifte in?', 'an ordinary question'],
    ["I didn't make any mistake, your system did", 'negated in English'],
    ['They made an error in my assessment', 'someone else erred'],
    ['Ik heb niks verkeerd ingevuld', 'negated with "niks"'],
    ['should I have registered earlier?', 'asks whether it was needed'],
  ])('hears no mistake in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('mistake');
  });
});
