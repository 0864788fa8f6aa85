import { z } from 'zod';
import type { Catalog } from '../../catalog/catalog.js';
import type { CrisisKind } from '../crisis.js';
import { MODEL_KINDS } from '../crisis-model.js';
import { STUCK_SIGNALS, inContractOrder, type StuckSignal } from '../stuck/signals.js';

/** What the model chose, checked against the catalog and the contract's signal ids. */
export interface AssistAnswer {
  /** Absent when the model could not tell. */
  agencyId?: string;
  /** A topic of that agency; absent when the model gave none or an unknown one. */
  topicId?: string;
  signals: StuckSignal[];
  /** The danger the model hears, if any; an id outside the crisis data counts as none. */
  crisis?: CrisisKind;
}

/**
 * The model's answer did not have the agreed shape; the built-in router's answer stands. A
 * danger it heard all the same is kept: a model that makes up an organisation for a message
 * about danger is still worth hearing about the danger.
 */
export class AssistAnswerError extends Error {
  constructor(
    reason: string,
    readonly crisis?: CrisisKind,
  ) {
    super(reason);
    this.name = 'AssistAnswerError';
  }
}

const answerSchema = z.object({
  agency: z.string().nullable().optional(),
  topic: z.string().nullable().optional(),
  signals: z.array(z.string()).optional(),
  crisis: z.string().nullable().optional(),
});

const SIGNAL_IDS: ReadonlySet<string> = new Set(STUCK_SIGNALS);
const isCrisisKind = (id: unknown): id is CrisisKind =>
  typeof id === 'string' && (MODEL_KINDS as readonly string[]).includes(id);

/**
 * Reads the model's reply. An organisation id outside the catalog is an error (the model made
 * it up), as is anything that is not the agreed JSON; signal ids outside the contract are dropped,
 * and so is a crisis that is not one of the crisis lines'.
 */
export function parseAssistAnswer(raw: string, catalog: Catalog): AssistAnswer {
  // Some models wrap JSON in a Markdown code fence despite being asked not to.
  const json = raw
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AssistAnswerError('not JSON');
  }
  const parsed = answerSchema.safeParse(value);
  if (!parsed.success) throw new AssistAnswerError('not the agreed shape');
  const { agency: agencyId, topic: topicId, signals = [], crisis } = parsed.data;
  const signalIds = signals.filter((id): id is StuckSignal => SIGNAL_IDS.has(id));
  const heard = isCrisisKind(crisis) ? { crisis } : {};
  if (agencyId === null || agencyId === undefined || agencyId === '') {
    return { signals: inContractOrder(signalIds), ...heard };
  }
  const agency = catalog.agencies.get(agencyId);
  if (!agency) throw new AssistAnswerError(`unknown agency ${agencyId}`, heard.crisis);
  const topic = agency.topics.find((t) => t.id === topicId);
  return {
    agencyId,
    ...(topic ? { topicId: topic.id } : {}),
    signals: inContractOrder(signalIds),
    ...heard,
  };
}
