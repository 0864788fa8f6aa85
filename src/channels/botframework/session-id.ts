import { base64url } from 'jose';

const encoder = new TextEncoder();
/** Separates this use of the secret from any other. */
const PURPOSE = 'wegwijzer/botframework/session-id/v1';

/**
 * Names the Wegwijzer session of a Bot Framework conversation, so that every activity of one
 * conversation continues one session. The id is a keyed hash (HMAC-SHA256 with the bot's app
 * password) rather than a plain hash: session ids are bearer-like on /api/chat and
 * /api/escalations, and a Teams conversation id is known to everyone in the chat, so the id
 * must not be computable from the conversation id alone. A new app password starts new
 * sessions, which only costs the conversation's context.
 *
 * In a group conversation (a Teams group chat or channel) each person has a session of their
 * own: one person's "ja, graag" must never hand over another person's conversation.
 */
export function createSessionIds(secret: string) {
  let key: Promise<CryptoKey> | undefined;
  return async (activity: {
    channelId: string;
    conversation: { id: string; isGroup?: boolean | undefined };
    from?: { id: string } | undefined;
  }) => {
    key ??= crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const person = activity.conversation.isGroup ? [activity.from?.id ?? ''] : [];
    const data = encoder.encode(
      JSON.stringify([PURPOSE, activity.channelId, activity.conversation.id, ...person]),
    );
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, data));
    // 192 bits are plenty against guessing and keep the id short.
    return `bf-${base64url.encode(mac.slice(0, 24))}`;
  };
}
