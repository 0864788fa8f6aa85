import { z } from 'zod';
import { STUCK_SIGNALS, type StuckSignal } from '../core/stuck/signals.js';
import { localizedSchema } from './schema.js';

/** Signals an agency answers in its own way: how it puts right a mistake, a debt, a harsh rule. */
export const AGENCY_SIGNALS = ['mistake', 'debt', 'hardship'] as const;
export type AgencySignal = (typeof AGENCY_SIGNALS)[number];
export const isAgencySignal = (signal: StuckSignal): signal is AgencySignal =>
  (AGENCY_SIGNALS as readonly StuckSignal[]).includes(signal);

const agencyHelpSchema = z.object({
  mistake: localizedSchema.optional(),
  debt: localizedSchema.optional(),
  hardship: localizedSchema.optional(),
  /**
   * Hardship when the person also has to pay back: the agency's way to ask for less or nothing.
   * Without a debt it would miss the point (an AOW cut is not a repayment), so the agency's
   * `hardship` or the general text about maatwerk and objecting answers instead.
   */
  repaymentHardship: localizedSchema.optional(),
  /**
   * For a person who cannot manage online, when this agency's answer differs from the general
   * one (the Informatiepunt's own answer already is the library: it only adds what is new).
   */
  'digital-exclusion': localizedSchema.optional(),
  /**
   * For a person who says this agency's decision is wrong, when its term to object differs from
   * the general 6 weeks (an IND decision: 4 weeks, Vreemdelingenwet art. 69); instead of
   * `objection.text`.
   */
  objection: localizedSchema.optional(),
  /** Where the agency's own page on this is; shown as a link. */
  sources: z.array(z.string().min(1)).default([]),
});

/**
 * What a person gets when they are stuck (data/stuck-help.json): a general text per signal,
 * and per agency how that agency corrects mistakes, arranges payment and weighs hardship.
 */
export const stuckHelpSchema = z.object({
  general: z.object(
    Object.fromEntries(STUCK_SIGNALS.map((signal) => [signal, localizedSchema])) as Record<
      StuckSignal,
      typeof localizedSchema
    >,
  ),
  /** Offered with loop, wants-human and frustration: the hand-off to a caseworker. */
  handoffOffer: localizedSchema,
  /** The same offer to someone who already said "ja, graag": only the number is asked. */
  handoffOfferAfterYes: localizedSchema,
  /**
   * Added to every hardship text, the agency's own or the general one: a person whom the
   * organisation does not help can go to the ombudsman (not when the ombudsman is the answer).
   */
  ombudsmanRoute: localizedSchema,
  agencies: z.record(z.string(), agencyHelpSchema),
  /**
   * For a person who says an organisation's decision is wrong ("mijn aanslag klopt niet", "I
   * disagree with the decision"): ask the organisation first, then object within 6 weeks. Only
   * for the organisations whose decisions are objected to that way (`agencies`: a traffic fine
   * goes to the public prosecutor, an insurer has its own complaints route). `cues` are regular
   * expressions, matched on the lower-cased message.
   */
  objection: z.object({
    text: localizedSchema,
    agencies: z.array(z.string().min(1)).min(1),
    cues: z.array(z.string().min(1)).min(1),
    /**
     * What one changes instead of objecting to, though it reads as a decision said to be wrong:
     * a provisional tax assessment is adjusted in Mijn Belastingdienst, not objected to.
     */
    notFor: z.array(z.string().min(1)).default([]),
    /**
     * What a person asks next about the same decision ("wat kan ik doen?" after "mijn
     * vergunning is afgewezen"): the way to object is said again, not the topic's sentence.
     */
    whatNow: z.array(z.string().min(1)).default([]),
  }),
});
export type StuckHelp = z.infer<typeof stuckHelpSchema>;
export type AgencyHelp = z.infer<typeof agencyHelpSchema>;
