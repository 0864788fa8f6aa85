import type { NewEscalation } from '../../src/db/escalation-store.js';

/** An open case as the store takes it, with plain defaults for what a test does not care about. */
export function anOpenCase(
  fields: Pick<NewEscalation, 'reference' | 'sessionId' | 'agencyId'> & Partial<NewEscalation>,
): NewEscalation {
  const at = new Date('2026-12-02T09:00:00Z');
  return {
    topicId: null,
    caseworkerId: 'cw',
    caseworkerName: 'Team',
    status: 'open',
    consent: true,
    callbackPhone: null,
    municipality: null,
    note: null,
    signals: [],
    channel: 'web',
    createdAt: at,
    expectedContactAt: at,
    webhookStatus: 'none',
    ...fields,
  };
}
