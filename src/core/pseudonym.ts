/**
 * A one-way name for a session in the stuck-signal log: SHA-256 over a secret salt and the id,
 * shortened. The report counts with it and can never lead back to the conversation.
 */
export function createPseudonymizer(salt: string) {
  const encoder = new TextEncoder();
  return async (sessionId: string): Promise<string> => {
    const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${salt}:${sessionId}`));
    return [...new Uint8Array(digest).slice(0, 12)]
      .map((byte) => byte.toString(16).padStart(2, '0'))
      .join('');
  };
}

/** A salt for one process, when none is configured. */
export function randomSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}
