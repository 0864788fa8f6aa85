/**
 * The age a person states about themselves ("ik ben 84", "I'm 70 years old"). Some answers
 * depend on it: at AOW age the Anw has stopped, so a widow of 84 needs her AOW changed, not a
 * survivor's benefit. Only the first person counts ("mijn vader van 84" is someone else), and
 * only an age that ends the phrase: "ik ben 20 jaar getrouwd" is not an age.
 */
export function statedAge(text: string): number | undefined {
  const withDigits = text.replace(DUTCH_TENS, (word, unit?: string, tens?: string) => {
    const value = TENS[(tens ?? word).toLowerCase()] ?? 0;
    return String(value + (unit ? (UNITS[unit.toLowerCase()] ?? 0) : 0));
  });
  for (const pattern of AGE_PATTERNS) {
    const match = pattern.exec(withDigits);
    const age = match?.[1] === undefined ? NaN : Number(match[1]);
    if (age >= MIN_AGE && age <= MAX_AGE) return age;
  }
  return undefined;
}

/** "vierentachtig", "tweeëntachtig", "zeventig": ages as older people write them. */
const UNITS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const DUTCH_TENS = new RegExp(
  String.raw`\b(?:(${Object.keys(UNITS).join('|')})(?:en|ën))?(${Object.keys(TENS).join('|')})\b`,
  'gi',
);

const MIN_AGE = 12;
const MAX_AGE = 120;

/** After the number: "jaar", "jaar oud", then the end of the phrase or a joining word. */
const ENDS_NL = String.raw`(?:\s+jaar(?:\s+oud)?|\s+geworden)?(?=\s*(?:[.,!?;:)]|$|en\b|maar\b|dus\b|sinds\b|geworden\b))`;
const ENDS_EN = String.raw`(?:\s+years?\s+old|\s*y\/?o)?(?=\s*(?:[.,!?;:)]|$|and\b|but\b|so\b))`;

const AGE_PATTERNS = [
  // "ik ben 84", "ik ben nu 84 jaar", "ik ben al 67 jaar oud en …"
  new RegExp(
    String.raw`\bik\s+ben\s+(?:nu\s+|al\s+|inmiddels\s+|zelf\s+)?(\d{2,3})${ENDS_NL}`,
    'i',
  ),
  // "ik ben een 84-jarige weduwe", "als 84-jarige snap ik …"
  /\b(?:ik\s+ben\s+(?:een\s+)?|als\s+)(\d{2,3})[-\s]jarige\b/i,
  // "I am 84", "I'm 84 years old and …"
  new RegExp(String.raw`\b(?:i\s+am|i'm|i’m)\s+(?:now\s+|already\s+)?(\d{2,3})${ENDS_EN}`, 'i'),
];

/** Above this a number after "is" is more likely a line (112, 113) than an age. */
const OLDEST = 105;

/** Words before a number that make it someone's age: "ze is 30", "I am 45", "aged 70". */
const BEING = new Set(['is', 'ben', 'bent', 'zijn', 'am', 'are', 'aged']);
/** Becoming an age is a subject of its own ("18 worden", "turning 67"); being it is not. */
const BECOMING = new Set(['worden', 'wordt', 'word', 'geworden', 'werd']);

/**
 * The numbers in a message that say how old someone is ("ze is 30", "hij is 17 jaar"). Being an
 * age names no subject: after a question about student finance, "ze is 30" went to the 30%
 * ruling for expats. An age as a condition does ("rijbewijs vanaf 17 jaar"), and so does
 * becoming one ("mijn zoon is 18 geworden").
 */
export function ageNumbersIn(sequence: readonly string[]): Set<string> {
  const ages = new Set<string>();
  sequence.forEach((word, i) => {
    // Not a line: "is 112 gratis?" asks about the emergency number.
    if (!/^\d{1,3}$/.test(word) || Number(word) > OLDEST) return;
    const before = sequence[i - 1];
    const after = sequence[i + 1];
    if (after !== undefined && BECOMING.has(after)) return;
    if (before !== undefined && BEING.has(before)) ages.add(word);
  });
  return ages;
}
