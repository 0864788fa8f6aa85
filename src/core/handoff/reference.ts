/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A reference people can read out, such as `TSL-4K7-92Q`: the agency's prefix and six random
 * characters (31^6, about 890 million), drawn from a cryptographic source so it cannot be guessed.
 */
export function newReference(prefix: string, randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(6);
  const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length] as string);
  return `${prefix}-${chars.slice(0, 3).join('')}-${chars.slice(3).join('')}`;
}

export const REFERENCE_PATTERN = /^[A-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/;

/**
 * A reference as a caseworker types it after hearing it on the phone (" tsl-4k7-92q"): the
 * stored form, upper case and without surrounding spaces.
 */
export function normaliseReference(typed: string): string {
  return typed.trim().toUpperCase();
}

/** Browsers' and Workers' Web Crypto. */
export const cryptoRandomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
