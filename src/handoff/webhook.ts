import type { EscalationStore } from '../db/escalation-store.js';
import type { EscalationRow } from '../db/schema.js';
import type { Logger } from '../http/logger.js';

/**
 * What the case system hears: a new hand-off, and later what the person added to it (the phone
 * number typed after "ja, graag", the municipality asked after it, a note or consent).
 */
export type WebhookEvent = 'escalation.created' | 'escalation.updated';

/** Tells an agency's case system about a hand-off. */
export interface EscalationNotifier {
  deliver(row: EscalationRow, event?: WebhookEvent): Promise<void>;
}

export interface WebhookOptions {
  url: string;
  secret: string;
  escalations: EscalationStore;
  log: Logger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  /** First retry delay; each next one is four times longer (1 s, 4 s, 16 s, …). */
  baseDelayMs?: number;
  clock?: () => Date;
}

/** The body the case system receives; the transcript itself stays behind the staff API. */
export function webhookBody(row: EscalationRow, event: WebhookEvent = 'escalation.created') {
  return {
    event,
    reference: row.reference,
    agency: row.agencyId,
    topic: row.topicId,
    caseworker: { id: row.caseworkerId, name: row.caseworkerName },
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    expectedContactAt: row.expectedContactAt.toISOString(),
    consent: row.consent,
    signals: row.signals,
    channel: row.channel,
    municipality: row.municipality,
    // Contact details go to the agency only when the person agreed to share the conversation.
    ...(row.consent ? { callbackPhone: row.callbackPhone, note: row.note } : {}),
  };
}

/** HMAC-SHA256 over "<timestamp>.<body>", hex; Web Crypto, so it runs on Node and Workers. */
export async function signWebhook(
  secret: string,
  timestamp: string,
  body: string,
): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`));
  return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Posts each new case, and each later change the person makes to it, to
 * `ESCALATION_WEBHOOK_URL`, signed, retrying with backoff on network
 * errors, 429 and 5xx; a 4xx other than 429 will not get better and is not retried. The
 * delivery state is stored on the case. Never throws: the caller does not wait for it.
 */
export function createWebhookNotifier(options: WebhookOptions): EscalationNotifier {
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelayMs ?? 1000;
  const clock = options.clock ?? (() => new Date());

  return {
    async deliver(row, event = 'escalation.created') {
      const body = JSON.stringify(webhookBody(row, event));
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        let retry: boolean;
        let outcome = 'network error';
        try {
          const timestamp = String(Math.floor(clock().getTime() / 1000));
          const signature = await signWebhook(options.secret, timestamp, body);
          const response = await send(options.url, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'X-Wegwijzer-Event': event,
              'X-Wegwijzer-Timestamp': timestamp,
              'X-Wegwijzer-Signature': `sha256=${signature}`,
            },
            body,
          });
          outcome = `HTTP ${response.status}`;
          if (response.ok) {
            await record(options, row.reference, 'delivered', attempt);
            return;
          }
          retry = response.status === 429 || response.status >= 500;
        } catch {
          retry = true;
        }
        options.log('warn', 'webhook.failed', { reference: row.reference, attempt, outcome });
        if (!retry || attempt === maxAttempts) {
          await record(options, row.reference, 'failed', attempt);
          return;
        }
        await record(options, row.reference, 'pending', attempt);
        await sleep(baseDelay * 4 ** (attempt - 1));
      }
    },
  };
}

async function record(
  options: WebhookOptions,
  reference: string,
  status: EscalationRow['webhookStatus'],
  attempts: number,
) {
  try {
    await options.escalations.setWebhook(reference, status, attempts);
  } catch (error) {
    options.log('error', 'webhook.status_not_saved', { reference, error: String(error) });
  }
}
