/**
 * The stuck signal ids of the public contract, in the order responses list them.
 *
 * Order is part of the output: signals are always reported in this order, so the same message
 * gives the same array, which keeps responses, logs and the weekly signal counts comparable.
 */
export const STUCK_SIGNALS = [
  'mistake',
  'debt',
  'frustration',
  'loop',
  'wants-human',
  'digital-exclusion',
  'not-understood',
  'hardship',
] as const;

/** One of the eight stuck signal ids of the contract. */
export type StuckSignal = (typeof STUCK_SIGNALS)[number];

/** Sorts and de-duplicates signals into contract order. */
export function inContractOrder(signals: Iterable<StuckSignal>): StuckSignal[] {
  const present = new Set(signals);
  return STUCK_SIGNALS.filter((signal) => present.has(signal));
}
