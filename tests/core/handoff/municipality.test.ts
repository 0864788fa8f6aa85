import { describe, expect, it } from 'vitest';
import handoffData from '../../../data/handoff.json';
import { handoffConfigSchema } from '../../../src/core/handoff/config.js';
import {
  createMunicipalityReader,
  needsMunicipality,
} from '../../../src/core/handoff/municipality.js';

const config = handoffConfigSchema.parse(handoffData);
const municipalityIn = createMunicipalityReader(config);

describe('the answer to "In welke gemeente woont u?"', () => {
  it.each([
    ['Zaanstad', 'Zaanstad'],
    ['zaanstad', 'Zaanstad'],
    ['ik woon in den haag', 'Den Haag'],
    ['Ik woon in de gemeente Utrecht.', 'Utrecht'],
    ['gemeente Alphen aan den Rijn', 'Alphen aan den Rijn'],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['bergen op zoom', 'Bergen op Zoom'],
    ['De Bilt', 'De Bilt'],
    ['Nuenen, Gerwen en Nederwetten', 'Nuenen Gerwen en Nederwetten'],
    ['I live in Amsterdam', 'Amsterdam'],
    ['Súdwest-Fryslân', 'Súdwest-Fryslân'],
  ])('reads %j as %j', (text, place) => {
    expect(municipalityIn(text)).toBe(place);
  });

  it.each([
    ['a question', 'Hoe lang duurt dat?'],
    ['a sentence', 'ik weet het niet'],
    ['no idea', 'geen idee'],
    ['a refusal', 'dat zeg ik liever niet'],
    ['a number', '0612345678'],
    ['a placeholder', '[TELEFOON]'],
    ['a long message', 'ik woon al heel lang in een klein dorp bij de grote stad'],
    ['a yes', 'ja'],
    ['English no idea', "I don't know"],
    ['thanks', 'ok bedankt'],
    ['an okay', 'Oké'],
  ])('does not read %s as a place', (_kind, text) => {
    expect(municipalityIn(text)).toBeNull();
  });

  it('is asked for cases of the municipality only', () => {
    expect(needsMunicipality(config, 'gemeente')).toBe(true);
    expect(needsMunicipality(config, 'toeslagen')).toBe(false);
  });
});
