import { normalize, words } from '../text.js';
import type { HandoffConfig } from './config.js';

/** Whether a case for this organisation has to know which municipality the person lives in. */
export function needsMunicipality(config: HandoffConfig, agencyId: string): boolean {
  return config.municipality.agencies.includes(agencyId);
}

// "Alphen aan den Rijn", "Bergen op Zoom", "Gilze en Rijen": small words inside a name.
const LOWER_IN_NAMES = new Set(['aan', 'den', 'de', 'en', 'op', 'in', 'van', 'bij', 'het']);

// Letters with the marks place names use: 's-Hertogenbosch, Nuenen, Gerwen en Nederwetten.
const PLACE_WORD = /^[\p{L}'’.-]+$/u;

/**
 * Reads the answer to "In welke gemeente woont u?": "Zaanstad", "ik woon in Den Haag",
 * "gemeente utrecht". Returns the place as the person wrote it, capitalised, or null when the
 * message is not a short place answer (a question, a sentence, a number): then the conversation
 * goes on as usual and the case stays without a municipality.
 */
export function createMunicipalityReader(config: HandoffConfig) {
  const { leadIns, notInAName, maxWords } = config.municipality;
  // Longest first, so "ik woon in de gemeente" is removed whole, not just "ik woon".
  const prefixes = leadIns.map((phrase) => words(phrase)).sort((a, b) => b.length - a.length);
  const notInName = new Set(notInAName.map((word) => normalize(word)));

  return function municipalityIn(text: string): string | null {
    const trimmed = text.trim().replace(/[.!]+$/, '');
    if (/[?\d[\]]/.test(trimmed)) return null;
    const parts = trimmed.split(/[\s,]+/).filter(Boolean);
    const lower = parts.map((part) => normalize(part));
    const lead = prefixes.find((prefix) => prefix.every((word, index) => lower[index] === word));
    const name = parts.slice(lead?.length ?? 0);
    if (name.length === 0 || name.length > maxWords) return null;
    if (!name.every((part) => PLACE_WORD.test(part))) return null;
    if (name.some((part) => notInName.has(normalize(part)))) return null;
    return name.map((part, index) => capitalised(part, index === 0)).join(' ');
  };
}

/** "zaanstad" → "Zaanstad", "den haag" → "Den Haag"; "'s-Hertogenbosch" and "aan den" stay. */
function capitalised(word: string, first: boolean): string {
  if (word !== word.toLowerCase() || /^['’]/.test(word)) return word;
  if (!first && LOWER_IN_NAMES.has(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
