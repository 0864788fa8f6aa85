/**
 * Removes personal data from a citizen's message before anything stores, logs or forwards it.
 *
 * Pure and synchronous, so it runs identically on Node and on Cloudflare Workers. Each detector
 * proposes spans; overlaps are settled by a fixed priority, and every kept span is replaced by a
 * placeholder that still tells the router *what* was there ("[BSN]"), which helps routing without
 * revealing the value.
 *
 * The balance: structured identifiers (BSN, IBAN) are checked with their checksums so ordinary
 * numbers survive, but a failed checksum is ignored when the citizen says what the number is.
 * Free-form data (names, addresses, dates) is only redacted in recognisable shapes, so that
 * amounts, years, deadlines and article numbers — which matter for routing — stay readable.
 */

/** The kinds of personal data {@link redact} recognises. */
export type PersonalDataKind =
  'bsn' | 'iban' | 'phone' | 'email' | 'document' | 'plate' | 'address' | 'birthdate' | 'name';

/** The result of {@link redact}: the cleaned text and which kinds were found, in text order. */
export interface Redaction {
  text: string;
  kinds: PersonalDataKind[];
}

/** What each kind becomes in the text: modules that read redacted text look for these. */
export const PLACEHOLDER: Readonly<Record<PersonalDataKind, string>> = {
  bsn: '[BSN]',
  iban: '[IBAN]',
  phone: '[TELEFOON]',
  email: '[E-MAIL]',
  document: '[DOCUMENTNUMMER]',
  plate: '[KENTEKEN]',
  address: '[ADRES]',
  birthdate: '[GEBOORTEDATUM]',
  name: '[NAAM]',
};

/** A placeholder as a regular expression's source ("\\[NAAM\\]"), for modules that find it. */
export function placeholderSource(kind: PersonalDataKind): string {
  return PLACEHOLDER[kind].replace(/[[\]]/g, '\\$&');
}

/**
 * When two detectors claim overlapping text, the earlier kind wins. Self-delimiting formats go
 * first: an e-mail address may contain digits that look like a phone number, an IBAN contains
 * digit runs, and a phone number is a more specific reading of ten digits than anything else.
 */
const PRIORITY: readonly PersonalDataKind[] = [
  'email',
  'iban',
  'phone',
  'bsn',
  'document',
  'plate',
  'birthdate',
  'address',
  'name',
];

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/**
 * Replaces personal data in `text` with placeholders such as `[BSN]` or `[ADRES]`.
 *
 * @returns the redacted text and the distinct kinds found, ordered by first occurrence.
 */
export function redact(text: string): Redaction {
  let result = '';
  let cursor = 0;
  const kinds: PersonalDataKind[] = [];
  for (const span of personalDataSpans(text)) {
    result += text.slice(cursor, span.start) + PLACEHOLDER[span.kind];
    cursor = span.end;
    if (!kinds.includes(span.kind)) kinds.push(span.kind);
  }
  result += text.slice(cursor);
  return { text: result, kinds };
}

/**
 * The phone numbers in `text`, as typed: a person who asked to be called back may give their
 * number in the chat. They are exactly what {@link redact} replaces by "[TELEFOON]". Read from
 * the raw message for the hand-off only; never stored elsewhere.
 */
export function phoneNumbersIn(text: string): string[] {
  return personalDataSpans(text)
    .filter((s) => s.kind === 'phone')
    .map((s) => text.slice(s.start, s.end));
}

/** Where personal data stands in `text`, in text order, overlaps settled. */
function personalDataSpans(text: string): Span[] {
  // Every kind but e-mail addresses and names contains an ASCII digit, and most messages hold
  // none: then those scans, the costliest of a turn, are skipped.
  const digits = /\d/.test(text);
  const ibanShapes = digits ? findIbanShapes(text) : [];
  // Digits inside an IBAN look-alike ("NL12 ABNA 0123 4567 89") belong to that code; they are
  // not a phone number or BSN of their own.
  const outsideIbanShapes = (s: Span): boolean =>
    ibanShapes.every(({ span: shape }) => s.end <= shape.start || s.start >= shape.end);
  const candidates = [
    ...(text.includes('@') ? findEmails(text) : []),
    ...(OBFUSCATION_HINT.test(text) ? findObfuscatedEmails(text) : []),
    ...findNames(text),
  ];
  if (digits) {
    candidates.push(
      ...ibanShapes.filter((shape) => shape.redact).map((shape) => shape.span),
      ...findPhones(text).filter(outsideIbanShapes),
      ...findBsns(text).filter(outsideIbanShapes),
      ...findDocumentNumbers(text),
      ...findPlates(text),
      ...findBirthdates(text),
      ...findAddresses(text),
    );
  }
  return mergeAdjacentAddresses(text, resolveOverlaps(candidates));
}

/** Whether {@link redact} would change `text`, i.e. whether it holds recognisable personal data. */
export function containsPersonalData(text: string): boolean {
  return redact(text).kinds.length > 0;
}

function resolveOverlaps(candidates: Span[]): Span[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of ordered) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "Kerkstraat 12, 1234 AB" is one address, so it becomes one placeholder. */
function mergeAdjacentAddresses(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (
      last?.kind === 'address' &&
      span.kind === 'address' &&
      /^[\s,]*$/.test(text.slice(last.end, span.start))
    ) {
      last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/**
 * A pattern for "one of these words, then at most four words, then the value". Context words
 * ("mijn BSN is", "geboren op") turn an ambiguous value into personal data, but only the value
 * they introduce: in "geboren op 3 mei 1975 en betalen voor 1 mei 2026" the deadline stays.
 */
function contextWords(keywords: string): RegExp {
  return new RegExp(
    `(?:${keywords})(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0,4}[^\\p{L}\\p{N}]*$`,
    'iu',
  );
}

/** Whether `context` introduces the value at `index`, within the same sentence. */
function hasContext(text: string, index: number, context: RegExp): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  // A full stop followed by a capital ends a sentence; "geb. 3 mei" does not.
  const sentence = before.split(/[!?\n]|\.\s+(?=\p{Lu})/u).at(-1) ?? '';
  return context.test(sentence);
}

// ---------------------------------------------------------------------------------------------
// E-mail

/**
 * Bounded (RFC 5321 limits) and anchored at the start of a run: an unbounded local part makes
 * every character of a long digit or letter run a new start, which is quadratic.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;

function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => span(m.index, m[0].length, 'email'));
}

/**
 * People hide their address from spam robots the same way they hide it from us: "piet(at)gmail.com",
 * "piet [at] gmail [dot] com". A bracketed "at" or an "@" with spaces around it is deliberate, so
 * any domain counts; its dots may be bracketed too.
 */
const OBFUSCATION_HINT = /@|\bat\b|apenstaartje/iu;
const MARKED_DOT = String.raw`(?:\s*[([{<]\s*(?:dot|punt|\.)\s*[)\]}>]\s*|\s+(?:dot|punt)\s+|\.|\s\.\s)`;
const LOCAL_PART = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}-]{1,63}`;
const MARKED_EMAIL = new RegExp(
  LOCAL_PART +
    String.raw`(?:\s*[([{<]\s*(?:at|@)\s*[)\]}>]\s*|\s+@\s*|\s*@\s+)` +
    `${DOMAIN_LABEL}(?:${MARKED_DOT}${DOMAIN_LABEL}){0,7}${MARKED_DOT}\\p{L}{2,24}(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * "piet at gmail dot com" only counts when the dot is spelled out too and the address is clearly
 * one: a known mail provider, or a mailbox with a dot, digit or underscore ("j.bakker77 at …").
 * "look at example.com" and "we meet at noon dot com" are ordinary text.
 */
const SPELLED_EMAIL = new RegExp(
  `${LOCAL_PART}\\s+(?:at|apenstaartje)\\s+(${DOMAIN_LABEL})` +
    String.raw`(?:\s+(?:dot|punt)\s+[\p{L}\p{N}-]{1,63}){0,3}\s+(?:dot|punt)\s+\p{L}{2,24}(?![\p{L}\p{N}])`,
  'giu',
);
const MAIL_PROVIDERS = new Set(
  (
    'gmail googlemail hotmail outlook live msn yahoo icloud me protonmail proton ziggo ' +
    'kpnmail kpnplanet planet xs4all hetnet home casema upcmail chello telfort tele2 quicknet'
  ).split(' '),
);
function findObfuscatedEmails(text: string): Span[] {
  const spans = [...text.matchAll(MARKED_EMAIL)].map((m) => span(m.index, m[0].length, 'email'));
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const local = m[0].split(/\s/u)[0] ?? '';
    if (MAIL_PROVIDERS.has((m[1] ?? '').toLowerCase()) || /[._\d]/u.test(local))
      spans.push(span(m.index, m[0].length, 'email'));
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// BSN

const BSN_CONTEXT = contextWords(
  '\\b(?:bsn|burgerservice-?\\s?nummer|sofi-?\\s?nummer|citizen\\s+service\\s+number)\\b',
);

/**
 * Nine digits, bare or grouped 3-3-3 or 4-2-3 with dots, spaces or dashes, plus bare eight-digit
 * numbers (old sofinummers written without their leading zero), which only count with context.
 * The lookarounds keep us out of amounts such as "€ 123.456.789" or "1.234.567,00".
 */
const BSN_CANDIDATE =
  /(?<![\p{N}]|\p{N}[.,]|€\s?)(\d{3}[. -]?\d{3}[. -]?\d{3}|\d{4}[. -]?\d{2}[. -]?\d{3}|\d{8})(?![.,]?\p{N})(?!\s?(?:euro|EUR)\b)/gu;

function findBsns(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(BSN_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '');
    const valid = digits.length === 9 && passesElevenTest(digits);
    // A number the citizen calls their BSN is redacted even when it fails the 11-proef: a typo
    // in a BSN is still (nearly) a BSN, and leaking it is worse than hiding a random number.
    if (valid || hasContext(text, m.index, BSN_CONTEXT))
      spans.push(span(m.index, m[0].length, 'bsn'));
  }
  return spans;
}

/** The BSN "11-proef": weights 9..2 for the first eight digits, −1 for the last, sum ≡ 0 mod 11. */
function passesElevenTest(digits: string): boolean {
  if (/^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// ---------------------------------------------------------------------------------------------
// Passport and identity-card numbers

const DOCUMENT_CONTEXT = contextWords(
  '\\b(?:paspoort|reisdocument|id-?\\s?kaart|identiteitskaart|identiteitsbewijs|' +
    'document-?\\s?nummer|passport|id\\s?card|identity\\s?card|identity\\s?document|' +
    'travel\\s?document|document\\s?number)\\p{L}*',
);

/**
 * A Dutch passport or identity-card number: nine characters, letters in the first two places,
 * letters or digits in the next six (never the letter O, which would read as zero) and a digit
 * last: "NW1234567", "NWR4K6F71". Order and case numbers look alike, so only with context.
 */
const DOCUMENT_NUMBER = /(?<![\p{L}\p{N}])[a-np-z]{2}[a-np-z0-9]{6}\d(?![\p{L}\p{N}])/giu;

function findDocumentNumbers(text: string): Span[] {
  return [...text.matchAll(DOCUMENT_NUMBER)]
    .filter((m) => hasContext(text, m.index, DOCUMENT_CONTEXT))
    .map((m) => span(m.index, m[0].length, 'document'));
}

// ---------------------------------------------------------------------------------------------
// Licence plates

/**
 * The RDW's side codes 1 to 14: three groups of letters and digits, separated by dashes, never
 * two groups of the same kind next to each other ("AB-12-CD", "12-ABC-3", "1-ABC-23"). The
 * registration links the car to its keeper, so a plate is personal data.
 */
const PLATE_CODES = (
  'LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL ' +
  'DD-LLL-D D-LLL-DD LL-DDD-L L-DDD-LL LLL-DD-L L-DD-LLL D-LL-DDD DDD-LL-D'
).split(' ');
function plates(separator: string): RegExp {
  const codes = PLATE_CODES.map((code) =>
    code
      .split('-')
      .map((g) => (g[0] === 'L' ? `[A-Z]{${g.length}}` : `\\d{${g.length}}`))
      .join(separator),
  );
  return new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${codes.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    'giu',
  );
}
const PLATE = plates('-');
const PLATE_CONTEXT = contextWords(
  '\\b(?:kenteken|nummerbord|nummerplaat|licen[cs]e\\s?plate|number\\s?plate|registration)',
);

/**
 * Plates are written in capitals; a lower-case one ("ab-123-c") only counts when the person
 * says it is a plate, and one without dashes ("AB123C") likewise.
 */
const UNDASHED_PLATE = plates('');

function findPlates(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(PLATE)) {
    if (m[0] === m[0].toUpperCase() || hasContext(text, m.index, PLATE_CONTEXT))
      spans.push(span(m.index, m[0].length, 'plate'));
  }
  for (const m of text.matchAll(UNDASHED_PLATE)) {
    if (hasContext(text, m.index, PLATE_CONTEXT)) spans.push(span(m.index, m[0].length, 'plate'));
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// IBAN

const IBAN_CONTEXT = contextWords(
  '\\b(?:iban|rekening(?:nummer)?|bankrekening(?:nummer)?|bank\\s*account|account\\s*number)\\b',
);

/**
 * Country code, check digits, then either one unbroken run or groups (as printed, "NL91 ABNA …").
 * Following groups are at most four characters, so the candidate stops at the next real word.
 */
const IBAN_CANDIDATE =
  /(?<![\p{L}\p{N}])[a-z]{2}\d{2}[a-z0-9]{0,30}(?![\p{L}\p{N}])(?: [a-z0-9]{1,4}(?![\p{L}\p{N}])){0,8}/giu;

/** ISO 13616 lengths per country, so a valid prefix is not stretched into the next number. */
const IBAN_LENGTH = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 ' +
    'DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 ' +
    'IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 ' +
    'MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 ' +
    'SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

interface IbanShape {
  span: Span;
  /** Valid, or invalid but called an account number by the citizen. */
  redact: boolean;
}

/**
 * Every run shaped like an IBAN, cut to the country's length. Invalid look-alikes are returned
 * too, so that their digits are not mistaken for a phone number or BSN of their own.
 */
function findIbanShapes(text: string): IbanShape[] {
  const shapes: IbanShape[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    // Prefixes that end at a group boundary, longest first.
    const ends = [...m[0].matchAll(/[a-z0-9]+/giu)].map((g) => g.index + g[0].length);
    const prefixes = ends.reverse().map((end) => m[0].slice(0, end));
    const expected = IBAN_LENGTH.get(m[0].slice(0, 2).toUpperCase());
    const fits = (p: string): boolean => {
      const length = compact(p).length;
      return expected === undefined ? length >= 15 && length <= 34 : length === expected;
    };
    const valid = prefixes.find((p) => fits(p) && ibanChecksumOk(compact(p)));
    const shape =
      valid ??
      prefixes.find(fits) ??
      prefixes.find((p) => compact(p).length >= 15 && compact(p).length <= (expected ?? 34));
    if (shape === undefined) continue;
    // A look-alike with a wrong checksum is still redacted when the citizen calls it their
    // account number: it is most likely their IBAN with a typo.
    const redact = valid !== undefined || (fits(shape) && hasContext(text, m.index, IBAN_CONTEXT));
    shapes.push({ span: span(m.index, shape.length, 'iban'), redact });
  }
  return shapes;
}

function compact(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** ISO 13616 / ISO 7064 mod-97: move the first four characters to the end, A=10…Z=35, ≡ 1. */
function ibanChecksumOk(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) remainder = (remainder * 100 + code - 55) % 97;
    else remainder = (remainder * 10 + Number(ch)) % 97;
  }
  return remainder === 1;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * A run of digit groups starting like a phone number (+, 00 or 0), groups separated by a space,
 * dash, dot or slash; "(0)" and "(020)" are groups too. Not right after "14 ": see below.
 * Bounded, because no phone number has more than eight groups and long digit runs must stay
 * linear to scan.
 */
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+]|\b14 )(?:\+|00|\(?0)\d{0,14}\)?\d{0,14}(?:(?: ?[-./] ?| )\(?\d{1,14}\)?\d{0,14}){0,7}/gu;
const PHONE_GROUP = /\(?\d+\)?\d*/g;

/**
 * Numbers people quote when they ask about an organisation, not their own: 0800 (free) and
 * 0900/0906/0909 (paid) service lines, and 088, the corporate range most government bodies use
 * (Belastingdienst, UWV, SVB …). Redacting those would hide the very contact the citizen asks
 * about. Municipal "14 + area code" numbers (14 020) and 1400 (Rijksoverheid) are too short to
 * be taken for phone numbers; the lookbehind above keeps "14 020" from being read as a start.
 */
const SERVICE_NUMBER = /^(?:800|90[069]|88)/;

function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  const re = new RegExp(PHONE_CANDIDATE);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const candidate = m[0];
    const result = phonePrefix(candidate);
    if (result.length > 0) {
      if (!result.service) spans.push(span(m.index, result.length, 'phone'));
      re.lastIndex = m.index + result.length;
    } else {
      // A date or amount may run into a phone number ("3-5-2025 06 12345678"); retry from the
      // next group instead of skipping the whole run.
      const first = candidate.match(/^(?:\+|00)?\(?\d*\)?\d*/)?.[0].length ?? 0;
      re.lastIndex = m.index + Math.max(1, first);
    }
  }
  return spans;
}

/** The length of the longest prefix of `candidate` that is a whole phone number, or 0. */
function phonePrefix(candidate: string): { length: number; service: boolean } {
  const international = candidate.startsWith('+') || candidate.startsWith('00');
  const body = candidate.startsWith('+') ? 1 : candidate.startsWith('00') ? 2 : 0;
  const ends: { end: number; digits: string }[] = [];
  let digits = '';
  for (const g of candidate.slice(body).matchAll(PHONE_GROUP)) {
    // In "+31 (0)6 …" the (0) is the trunk prefix that is not dialled from abroad.
    const raw = international && g[0].startsWith('(0)') ? g[0].slice(3) : g[0];
    digits += raw.replace(/\D/g, '');
    ends.push({ end: body + g.index + g[0].length, digits });
  }
  for (const { end, digits: d } of ends.reverse()) {
    if (!international) {
      if (d.length === 10 && d.startsWith('0') && !d.startsWith('00')) {
        return { length: end, service: SERVICE_NUMBER.test(d.slice(1)) };
      }
    } else if (d.startsWith('31')) {
      if (d.length === 11) return { length: end, service: SERVICE_NUMBER.test(d.slice(2)) };
    } else if (d.length >= 8 && d.length <= 15) {
      // E.164 allows up to 15 digits; eight is the shortest plausible foreign number.
      return { length: end, service: false };
    }
  }
  return { length: 0, service: false };
}

// ---------------------------------------------------------------------------------------------
// Addresses

/**
 * Dutch postcode, optionally followed by a house number. Letter pairs SA, SD and SS are never
 * issued. Lower case is only accepted without a space, because "2025 en" is ordinary text.
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])[1-9]\d{3}(?: ?(?!SA|SD|SS)([A-Z]{2})|([a-z]{2}))(?![\p{L}\p{N}-])(?:,? ?(?:nr\.? ?)?[1-9]\d{0,4}(?:-?[A-Za-z]{1,3}(?!\p{L}))?(?!\p{N}))?/gu;

/** "1500 MB" or "100 KM" are sizes and distances, not postcodes. */
const UNIT_LETTERS = new Set('KB MB GB TB KM CM MM KG KW MW GW PK ML CL DL'.split(' '));

const HOUSE_NUMBER =
  '[1-9]\\d{0,4}(?:-?[A-Za-z]{1,3}(?!\\p{L})|(?: ?- ?)(?:[IVX]{1,4}|\\d{1,4}|hs|bis)(?![\\p{L}\\p{N}])| (?:[A-Z]|II|III|IV|bis|hs|huis|boven)(?![\\p{L}\\p{N}]))?(?![\\p{N}])';

/** Street-name endings that are hardly ever anything else, so lower case is accepted too. */
const STRONG_STREET =
  'straatweg straat laan gracht plein kade singel steeg dreef plantsoen burgwal'.split(' ');
/** Endings that also end ordinary words ("snelweg", "loopbaan"), so only capitalised names. */
const WEAK_STREET = (
  'weg dijk hof park pad markt baan wal dam haven veld ring boulevard allee erf hoven ' +
  'tuin zijde vaart wetering akker brink poort'
).split(' ');

/** Lower-case name particles ("van der", "ter") that may sit between the capitalised words. */
const TUSSENVOEGSEL = new Set(
  "van de der den ter ten te het 't ’t la le du da di del della el al bin von".split(' '),
);
const PARTICLE = "(?:van|de|der|den|ter|ten|het|'t)";

/** A capitalised word, optionally followed by particles: "Burgemeester van", "Lange". */
const CAPITALISED_PART = `\\p{Lu}[\\p{L}'’.-]*(?: ${PARTICLE})*`;

/** Street name ending in a known suffix, up to two capitalised words before it, and a number. */
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CAPITALISED_PART} ){0,2}` +
    `([\\p{L}'’-]*(?:${[...STRONG_STREET, ...WEAK_STREET].join('|')}))\\.? (${HOUSE_NUMBER})`,
  'gu',
);

/** Street names without a suffix that start with a typical modifier ("Lange Voorhout 9-II"). */
const MODIFIED_STREET = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:Lange|Korte|Nieuwe|Oude|Hoge|Lage|Achter|Binnen|Buiten|Grote|Kleine|' +
    `Sint|Burgemeester) (?:${PARTICLE} )*\\p{Lu}\\p{Ll}+ ${HOUSE_NUMBER}`,
  'gu',
);

/**
 * Words after which a capitalised name with a number is an address even without a street suffix
 * ("ik woon op Voorhout 9", "adres: Binnenhof 1"). Case-insensitive, so the address itself is
 * checked again with {@link CONTEXT_ADDRESS}.
 */
const ADDRESS_CONTEXT = new RegExp(
  '(?:\\b(?:woon|wonen|woont|woonachtig|wonende)\\s+(?:aan|op)(?:\\s+de|\\s+het)?' +
    '|\\b(?:woon|post|bezoek|correspondentie)?adres(?:\\s+is|\\s*:)?' +
    '|\\baddress(?:\\s+is|\\s*:)?|\\blive\\s+(?:at|on))' +
    `\\s+((?:\\S+ ){1,3}${HOUSE_NUMBER})`,
  'giu',
);
const CONTEXT_ADDRESS = new RegExp(`^(?:${CAPITALISED_PART} ){1,3}${HOUSE_NUMBER}$`, 'u');

/**
 * English order: house number first, then capitalised words and a street type: "10 Downing
 * Street", "221B Baker St", "Flat 2, 14 Mill Lane". The capitals and the street type keep "3
 * more roads" or "10 minutes walk" out.
 */
const ENGLISH_STREET_TYPES = (
  'Street St Road Rd Lane Ln Avenue Ave Drive Square Place Close Court Crescent Terrace Way ' +
  'Gardens Grove Boulevard Row Mews Parade Walk Hill'
).split(' ');
const ENGLISH_STREET = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:(?:[Ff]lat|[Aa]partment|[Aa]pt\\.?|[Uu]nit) \\d{1,4}[A-Za-z]?,? )?' +
    "[1-9]\\d{0,3}[A-Za-z]?,? (?:\\p{Lu}[\\p{L}'’-]* ){1,3}" +
    `(?:${ENGLISH_STREET_TYPES.flatMap((t) => [t, t.toLowerCase()]).join('|')})\\.?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** A British postcode in full ("SW1A 2AA", "M1 1AE"): outward code, space, inward code. */
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/gu;

function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const letters = (m[1] ?? m[2] ?? '').toUpperCase();
    if (!UNIT_LETTERS.has(letters)) spans.push(span(m.index, m[0].length, 'address'));
  }
  for (const m of text.matchAll(STREET)) {
    const street = m[1] ?? '';
    const number = m[2] ?? '';
    const capitalised = /^\p{Lu}/u.test(street);
    const strong = STRONG_STREET.some((s) => street.toLowerCase().endsWith(s));
    // "Arbeidsmarkt 2025" is a year, not a house number.
    const yearLike = /^(?:19|20)\d\d$/.test(number);
    if ((capitalised || strong) && !yearLike) spans.push(span(m.index, m[0].length, 'address'));
  }
  for (const re of [ENGLISH_STREET, UK_POSTCODE]) {
    for (const m of text.matchAll(re)) spans.push(span(m.index, m[0].length, 'address'));
  }
  for (const m of text.matchAll(MODIFIED_STREET)) {
    spans.push(span(m.index, m[0].length, 'address'));
  }
  for (const m of text.matchAll(ADDRESS_CONTEXT)) {
    const address = m[1] ?? '';
    if (CONTEXT_ADDRESS.test(address)) {
      spans.push(span(m.index + m[0].length - address.length, address.length, 'address'));
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Dates of birth

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
  jan: 1,
  feb: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const BIRTH_CONTEXT = contextWords(
  'geboren|geboorte-?\\s?datum|geboortedag|\\bgeb\\.|\\bborn\\b|date\\s+of\\s+birth|birth\\s?date|' +
    'birthday|\\bd\\.?o\\.?b\\b|verjaardag|\\bjarig',
);

const NUMERIC_DATE =
  /(?<![\p{N}.,/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[.,/-]\p{N})/gu;
const ISO_DATE = /(?<![\p{N}.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}]|[.,/-]\p{N})/gu;
const DAY_MONTH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\.? (?:of )?(${MONTH_NAMES})\\.?(?:,? (\\d{4}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const MONTH_DAY_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Oldest and newest year we treat as a birth year without context. Anyone born after 2012 is too
 * young to ask us themselves, whereas 2013 onwards is where deadlines ("15 maart 2025") live and
 * those matter for routing. Before 1900 a date is historical, not a living person's birthday.
 */
const BIRTH_YEARS = { from: 1900, to: 2012 };

function findBirthdates(text: string): Span[] {
  const spans: Span[] = [];
  const consider = (index: number, length: number, day: number, month: number, year?: number) => {
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    const inContext = hasContext(text, index, BIRTH_CONTEXT);
    const oldEnough = year !== undefined && year >= BIRTH_YEARS.from && year <= BIRTH_YEARS.to;
    if (inContext || oldEnough) spans.push(span(index, length, 'birthdate'));
  };
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const year = m[4] ?? '';
    // Two-digit years are ambiguous ("01-02-03" could be anything), so only with context.
    consider(
      m.index,
      m[0].length,
      Number(m[1]),
      Number(m[3]),
      year.length === 4 ? Number(year) : undefined,
    );
  }
  for (const m of text.matchAll(ISO_DATE)) {
    consider(m.index, m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  }
  for (const m of text.matchAll(DAY_MONTH_DATE)) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? 0;
    consider(
      m.index,
      m[0].length,
      Number(m[1]),
      month,
      m[3] === undefined ? undefined : Number(m[3]),
    );
  }
  for (const m of text.matchAll(MONTH_DAY_DATE)) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()] ?? 0;
    consider(
      m.index,
      m[0].length,
      Number(m[2]),
      month,
      m[3] === undefined ? undefined : Number(m[3]),
    );
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Phrases after which people give their name. "ik ben" is weaker and handled more strictly.
 * A closing greeting ("Met vriendelijke groet,") is followed by the name on the same or the
 * next line, as in an e-mail signature.
 */
/**
 * The words that introduce one's own name. "i am called" stands before "i am": the longer
 * phrase must win. The router drops them with the name ("mijn naam is [NAAM]" names no subject).
 */
export const NAME_INTRODUCTIONS = [
  'mijn naam is',
  'ik heet',
  'ik ben',
  'my name is',
  "my name's",
  'i am called',
  "i'm called",
  'i am',
  "i'm",
] as const;

const NAME_TRIGGER = new RegExp(
  `(?<!\\p{L})(?:(${NAME_INTRODUCTIONS.join('|')}|` +
    '(?:voor|achter|geboorte|meisjes|volledige )?naam\\s*:|(?:full |first |last )?name\\s*:)[ \\t]*' +
    '|(?:groetjes|groeten|groet|mvg|regards),?[ \\t]*\\r?\\n?[ \\t]*)',
  'giu',
);

/** Capitalised words that start a sentence or clause, never a name. */
const NOT_A_NAME = new Set(
  (
    'Ik I Mijn My En And Maar But Of Or Wij We Het Dit Dat Die Deze Hoe Wat Waar Wanneer ' +
    'Waarom Wie Kan Kunt Graag Hallo Hoi Dag Hello Hi Bedankt Dank Thanks Please Een A An ' +
    'The Niet Not Nog Al Ook Ja Nee Yes No Geen U Jij Je Hij Zij Ze He She They You Is ' +
    'Ben Am Heb Wil Moet'
  ).split(' '),
);

/**
 * After "ik ben" or "I am" a capitalised word is often not a name: a nationality, a role or a state,
 * capitalised by habit or at the start of a line. Only reject, never guess: this list keeps
 * "ik ben Nederlander" intact while "ik ben Fatima" is still redacted.
 */
const NOT_A_NAME_AFTER_IK_BEN = new Set(
  (
    'Nederlander Nederlands Nederlandse Duitser Duits Duitse Belg Belgisch Belgische Pool ' +
    'Pools Poolse Turk Turks Turkse Marokkaan Marokkaans Marokkaanse Surinamer Surinaams ' +
    'Surinaamse Antilliaan Antilliaans Antilliaanse Syriër Syrisch Syrische Eritreeër ' +
    'Eritrees Eritrese Oekraïner Oekraïens Oekraïense Roemeen Roemeens Roemeense Bulgaar ' +
    'Bulgaars Bulgaarse Brit Brits Britse Engels Engelse Amerikaan Amerikaans Amerikaanse ' +
    'Fransman Frans Franse Spaans Spaanse Italiaans Italiaanse Indiaas Indiase Chinees ' +
    'Chinese Europeaan Europees Europese Student Studente Scholier Ondernemer ' +
    'Zelfstandige Zelfstandig Freelancer Werkloos Werkzoekende Ziek Zwanger Gepensioneerd ' +
    'Getrouwd Gescheiden Weduwe Weduwnaar Alleenstaand Alleenstaande Mantelzorger Moeder ' +
    'Vader Ouder Eigenaar Huurder Verhuurder Werkgever Werknemer Statushouder Vluchteling ' +
    'Expat Arbeidsmigrant Blij Bang Boos Benieuwd Bezig Op In Bij Van Aan Met Voor Na ' +
    'Onlangs Sinds Verhuisd Geboren Afgestudeerd Zelf Hier Daar Klaar Te Erg Heel Zo Nu ' +
    'Net Gisteren Vandaag Morgen Gehandicapt Arbeidsongeschikt Thuiswonend ' +
    'Dutch British English American German Polish Turkish Moroccan Indian Chinese Ukrainian ' +
    'Syrian Eritrean Spanish Italian French Belgian Romanian Bulgarian Brazilian Canadian ' +
    'Australian Japanese Irish Scottish Portuguese Greek Russian Pakistani Nigerian European ' +
    'EU Muslim Christian Jewish Not So Very Really Still Also Just Now Currently Here Married ' +
    'Divorced Unemployed Self-employed Retired Pregnant Sick Disabled Student Dutchman'
  ).split(' '),
);

const NAME_TOKEN = /[\p{L}'’.-]+/uy;

/**
 * The weak triggers: "ik ben" and "I am" are followed by a name less often than by a state
 * ("ik ben Nederlander", "I am Dutch"); after them only capitalised words outside a list count.
 */
const WEAK_TRIGGER = new Set(['ik ben', 'i am', "i'm"]);

/**
 * After "mijn naam is", "ik heet" or "my name is" a name often comes in lower case, from people
 * who type everything that way. These words, met first, say something about the name instead.
 */
const NOT_A_LOWER_CASE_NAME = new Set(
  (
    'verkeerd fout foutief onjuist niet anders veranderd gewijzigd gespeld nog al ook wel ' +
    'bekend onbekend dubbel wrong incorrect misspelled spelled different changed not also ' +
    'still the a an in on op bij en and u je jullie iedereen welkom'
  ).split(' '),
);

/** Lower-case words that end a lower-case name: the sentence goes on. */
const AFTER_A_LOWER_CASE_NAME = new Set(
  (
    'en ik maar of want wil heb had woon kom ben is uit met mijn hoe wat waar ' +
    'graag vraag and i but or because want have live am from with my how what where please ' +
    'question'
  ).split(' '),
);

/** How people name the others they write about, in Dutch and in English. */
const RELATIVES_NL =
  'zoon|dochter|man|vrouw|moeder|vader|broer|zus|partner|vriend|vriendin|buurman|buurvrouw|' +
  'oma|opa|kleinzoon|kleindochter|schoonmoeder|schoonvader|schoonzoon|schoondochter|neef|' +
  'nicht|oom|tante|kind|zoontje|dochtertje|echtgenoot|echtgenote|ex|collega|werkgever|' +
  'baas|huisgenoot|kinderen|ouders|zoons|dochters';
const RELATIVES_EN =
  'son|daughter|husband|wife|mother|father|mom|mum|dad|brother|sister|partner|neighbour|' +
  'neighbor|friend|boyfriend|girlfriend|grandmother|grandfather|child|uncle|aunt|cousin|' +
  'nephew|niece|colleague|boss|employer|landlord|landlady|flatmate|roommate|children|parents';
const POSSESSIVE = "(?:mijn|onze|m'n|zijn|haar|hun|my|our|his|her|their)";

/**
 * Other people's names come after how they are related or addressed: "mijn zoon Kevin van
 * Dijk", "met mevrouw Jansen-de Wit", "my wife Sarah". Only capitalised names count there, and
 * not a capitalised word that describes instead ("mijn moeder Nederlands", "mijn man UWV").
 */
const OTHER_PERSON_TRIGGER = new RegExp(
  `(?<!\\p{L})(?:${POSSESSIVE}\\s+(?:${RELATIVES_NL}|${RELATIVES_EN})|` +
    'mevrouw|mevr\\.?|meneer|mijnheer|dhr\\.?|de heer|' +
    'mr\\.?|mrs\\.?|ms\\.?)(?:[ \\t]*[(,:][ \\t]*|[ \\t]+)',
  'giu',
);

/**
 * Someone else's name given the way one gives one's own: "mijn vrouw heet Maria Jansen", "zij
 * heet", "his name is", "my wife's name is", "she is called". The verb says a name follows, so
 * these are read like "ik heet": a lower-case name counts too, and "zij heet u welkom" does not.
 */
const OTHER_NAME_INTRODUCTION = new RegExp(
  `(?<!\\p{L})(?:(?:${POSSESSIVE}\\s+(?:${RELATIVES_NL}|${RELATIVES_EN})|hij|zij|ze)\\s+(?:heet|heten)` +
    `|(?:zijn|haar|hun)\\s+(?:voor|achter)?naam\\s+is` +
    `|de\\s+naam\\s+van\\s+${POSSESSIVE}\\s+(?:${RELATIVES_NL})\\s+is` +
    `|(?:${POSSESSIVE}\\s+(?:${RELATIVES_EN})['’]s|his|her|their)\\s+(?:(?:first|last|full)\\s+)?name\\s+is` +
    `|the\\s+name\\s+of\\s+${POSSESSIVE}\\s+(?:${RELATIVES_EN})\\s+is` +
    `|(?:${POSSESSIVE}\\s+(?:${RELATIVES_EN})|he|she|they)(?:\\s+is|\\s+are|['’]s|['’]re)\\s+called)[ \\t]+`,
  'giu',
);

/** "dit is Truus Bakker" introduces a person only with a first and a last name. */
const THIS_IS_TRIGGER = /(?<!\p{L})(?:dit is|this is)[ \t]+/giu;

function findNames(text: string): Span[] {
  const spans: Span[] = [];
  const capitalisedNamesAfter = (trigger: RegExp, fullNameOnly: boolean) => {
    for (const m of text.matchAll(trigger)) {
      const start = m.index + m[0].length;
      const end = nameEnd(text, start, true);
      const name = text.slice(start, end);
      if (name && (!fullNameOnly || /\s/u.test(name))) spans.push(span(start, end - start, 'name'));
    }
  };
  // A name after words that say one follows; a lower-case one too where `lowerCase` allows.
  const introducedName = (start: number, strict: boolean, lowerCase: boolean) => {
    let end = nameEnd(text, start, strict);
    if (end === start && lowerCase) end = lowerCaseNameEnd(text, start);
    if (end > start) spans.push(span(start, end - start, 'name'));
  };
  capitalisedNamesAfter(OTHER_PERSON_TRIGGER, false);
  capitalisedNamesAfter(THIS_IS_TRIGGER, true);
  for (const m of text.matchAll(OTHER_NAME_INTRODUCTION)) {
    introducedName(m.index + m[0].length, false, true);
  }
  for (const m of text.matchAll(NAME_TRIGGER)) {
    const strict = WEAK_TRIGGER.has((m[1] ?? '').toLowerCase());
    introducedName(m.index + m[0].length, strict, m[1] !== undefined && !strict);
  }
  return spans;
}

/** Where a lower-case name ends: up to three words, stopping where the sentence goes on. */
function lowerCaseNameEnd(text: string, start: number): number {
  let pos = start;
  let end = start;
  for (let words = 0; words < 3; words += 1) {
    NAME_TOKEN.lastIndex = pos;
    const token = NAME_TOKEN.exec(text)?.[0];
    if (token === undefined) break;
    const word = token.replace(/[.'’-]+$/u, '');
    const lower = word.toLowerCase();
    if (words === 0 && NOT_A_LOWER_CASE_NAME.has(lower)) break;
    if (AFTER_A_LOWER_CASE_NAME.has(lower) || !/^\p{L}/u.test(word)) break;
    if (!TUSSENVOEGSEL.has(lower) || words > 0) end = pos + word.length;
    if (word.length < token.length || !text.startsWith(' ', pos + token.length)) break;
    pos += token.length + 1;
  }
  return end;
}

/**
 * Where a name starting at `start` ends: at most three capitalised words, with lower-case
 * tussenvoegsels ("van der") allowed between them but never at the end.
 */
function nameEnd(text: string, start: number, strict: boolean): number {
  let pos = start;
  let end = start;
  let words = 0;
  while (words < 3) {
    NAME_TOKEN.lastIndex = pos;
    const token = NAME_TOKEN.exec(text)?.[0];
    if (token === undefined) break;
    // "Jan." ends a sentence; "J." is an initial and belongs to the name.
    const word = /^(?:\p{Lu}\.)+$/u.test(token) ? token : token.replace(/[.'’-]+$/u, '');
    const next = text.slice(pos + token.length);
    const lower = word.toLowerCase();
    if (
      TUSSENVOEGSEL.has(lower) ||
      ((lower === 'in' || lower === 'op') && /^ (?:'t|’t|de|den|ten|het)\b/u.test(next))
    ) {
      // Tentative: only part of the name if a capitalised word follows.
    } else if (/^\p{Lu}/u.test(word) && !NOT_A_NAME.has(word)) {
      if (strict && words === 0 && isNotANameAfterIkBen(word)) break;
      words += 1;
      end = pos + word.length;
    } else {
      break;
    }
    if (word.length < token.length || !next.startsWith(' ')) break;
    pos += token.length + 1;
  }
  return end;
}

function isNotANameAfterIkBen(word: string): boolean {
  // Acronyms ("AOW'er", "ZZP'er", "ZZP") describe a situation, not a person.
  return NOT_A_NAME_AFTER_IK_BEN.has(word) || /['’]er$/u.test(word) || /^\p{Lu}{2,}/u.test(word);
}

function span(start: number, length: number, kind: PersonalDataKind): Span {
  return { start, end: start + length, kind };
}
