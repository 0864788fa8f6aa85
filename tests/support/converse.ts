import { expect } from 'vitest';
import type { TestApp } from './app.js';

/**
 * Sends the messages as one conversation (each turn with the session the previous answer gave)
 * and returns every answer's body. `extra` goes into every request ({ channel: 'kiosk' }).
 */
export async function converse(
  t: TestApp,
  messages: readonly string[],
  extra: Record<string, unknown> = {},
  // The chat response's JSON; tests read what they assert on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[]> {
  const answers = [];
  let sessionId: string | undefined;
  for (const message of messages) {
    const response = await t.chat({ message, ...extra, ...(sessionId ? { sessionId } : {}) });
    expect(response.status).toBe(200);
    const body = await response.json();
    sessionId = body.sessionId;
    answers.push(body);
  }
  return answers;
}
