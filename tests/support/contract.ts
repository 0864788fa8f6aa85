import { expect } from 'vitest';

/**
 * The public contract's expectations (/work/shared/contract.md), shared by the Node suite
 * (tests/http) and the Workers suite (tests/workers) so both runtimes are held to the same text.
 * Only vitest is imported here: this file runs inside workerd too.
 */

/** A named person or team with a phone number, hours and whether they are open now: always. */
export function expectContact(contact: unknown): void {
  expect(contact).toMatchObject({
    name: expect.stringMatching(/\S{2,}/),
    role: expect.any(String),
    organisation: expect.any(String),
    phone: expect.stringMatching(/^(\+?\d[\d -]+\d|14 \+ netnummer)$/),
    hours: expect.stringMatching(/\d\d:\d\d/),
    openNow: expect.any(Boolean),
    url: expect.stringMatching(/^https:\/\//),
  });
}

/** Every field of a 200 from `POST /api/chat`. */
export function expectChatResponse(body: unknown): void {
  expect(body).toMatchObject({
    sessionId: expect.stringMatching(/\S/),
    reply: expect.stringMatching(/\S/),
    alternatives: expect.any(Array),
    clarify: expect.any(Boolean),
    stuck: { signals: expect.any(Array) },
  });
  const { agency, alternatives, contact, stuck } = body as {
    agency: unknown;
    alternatives: unknown[];
    contact: unknown;
    stuck: { signals: unknown[] };
  };
  expect(body).toHaveProperty('agency');
  for (const choice of agency === null ? alternatives : [agency, ...alternatives]) {
    expect(choice).toMatchObject({
      id: expect.any(String),
      name: expect.any(String),
      confidence: expect.any(Number),
    });
    const { confidence } = choice as { confidence: number };
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  }
  for (const signal of stuck.signals) expect(signal).toEqual(expect.any(String));
  expectContact(contact);
}

/** The error body of every error status: a code, a plain message and a contact, no stack. */
export function expectErrorBody(body: unknown, code: string): void {
  expect(body).toMatchObject({ error: { code, message: expect.stringMatching(/\S/) } });
  expectContact((body as { contact: unknown }).contact);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.[jt]s:\d+|stack/);
}

/**
 * The one turn stored after "Mijn BSN is 111222333 en ik moet mijn huurtoeslag terugbetalen":
 * routed to Toeslagen by the built-in router, with the BSN replaced. Both suites check it.
 */
export function expectRedactedToeslagenTurn(stored: readonly Record<string, unknown>[]): void {
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    seq: 1,
    agencyId: 'toeslagen',
    clarify: false,
    answeredBy: 'router',
  });
  expect(stored[0]?.message).not.toContain('111222333');
  expect(stored[0]?.message).toContain('[BSN]');
}
