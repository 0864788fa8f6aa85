import type { Activity, OutgoingMessage } from './activity.js';
import { ConnectorError } from './errors.js';

export interface ConnectorClientOptions {
  appId: string;
  password: string;
  /** The authority, without `/oauth2/v2.0/token` (see `channelLoginUrl`). */
  loginUrl: string;
  /** `ToChannelFromBotOAuthScope`; the token is requested for `{scope}/.default`. */
  scope: string;
  fetch: typeof fetch;
  clock: () => Date;
}

/** Renew a token this long before it expires, so a reply never carries one that expires in flight. */
const RENEW_BEFORE_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Talks to the Bot Connector: a client-credentials token from Entra ID, cached until shortly
 * before it expires (one token request serves every reply of the isolate meanwhile), and the
 * reply activity posted to the conversation.
 */
export function createConnectorClient(options: ConnectorClientOptions) {
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function requestToken(): Promise<{ token: string; renewAt: number }> {
    const response = await options.fetch(`${options.loginUrl}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.appId,
        client_secret: options.password,
        scope: `${options.scope.replace(/\/+$/, '')}/.default`,
      }).toString(),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new ConnectorError('token', response.status);
    const body: unknown = await response.json().catch(() => undefined);
    const token = field(body, 'access_token');
    // Entra ID sends a number; older endpoints a numeric string.
    const expiresIn = Number(field(body, 'expires_in'));
    if (typeof token !== 'string' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw new ConnectorError('token', response.status);
    }
    const lifetime = expiresIn * 1000;
    const renewIn = Math.max(lifetime - RENEW_BEFORE_MS, lifetime / 2);
    return { token, renewAt: options.clock().getTime() + renewIn };
  }

  async function token(): Promise<string> {
    if (cached && options.clock().getTime() < cached.renewAt) return cached.token;
    // Replies that arrive together share one token request.
    pending ??= requestToken()
      .then((fresh) => {
        cached = fresh;
        return fresh.token;
      })
      .finally(() => (pending = undefined));
    return pending;
  }

  return {
    /** Posts `message` as a reply to `activity`; rejects with `ConnectorError` when it is refused. */
    async reply(activity: Activity, message: OutgoingMessage): Promise<void> {
      const response = await options.fetch(replyUrl(activity), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token()}`,
          'content-type': 'application/json; charset=utf-8',
        },
        body: JSON.stringify(replyActivity(activity, message)),
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      // A refused token (revoked secret, changed scope) is not reused for the next reply.
      if (response.status === 401 || response.status === 403) cached = undefined;
      if (!response.ok) throw new ConnectorError('reply', response.status);
    },
  };
}

export type ConnectorClient = ReturnType<typeof createConnectorClient>;

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

/** Reply to the activity (threads in Teams); without an activity id, post to the conversation. */
export function replyUrl(activity: Activity): string {
  const base = `${activity.serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`;
  return activity.id ? `${base}/${encodeURIComponent(activity.id)}` : base;
}

/** The Bot Framework activity for a reply: addressed back to whoever wrote, from the bot. */
export function replyActivity(activity: Activity, message: OutgoingMessage) {
  const options = message.options ?? [];
  return {
    type: 'message',
    ...(activity.recipient ? { from: activity.recipient } : {}),
    ...(activity.from ? { recipient: activity.from } : {}),
    conversation: { id: activity.conversation.id },
    ...(activity.id ? { replyToId: activity.id } : {}),
    // Plain text: the reply is ours, and Markdown would turn a `*` or `_` in it into formatting.
    textFormat: 'plain',
    text: message.text,
    locale: replyLocale(message.locale, activity.locale),
    ...(options.length > 0
      ? {
          suggestedActions: {
            ...(activity.from ? { to: [activity.from.id] } : {}),
            actions: options.map((title) => ({ type: 'imBack', title, value: title })),
          },
        }
      : {}),
  };
}

/**
 * The reply's locale tag: the person's own when it is the language answered in ("en-GB" stays
 * "en-GB", "nl-BE" stays "nl-BE"), else the language's usual one.
 */
function replyLocale(answered: 'nl' | 'en', theirs: string | undefined): string {
  if (theirs && theirs.toLowerCase().split('-')[0] === answered) return theirs;
  return answered === 'en' ? 'en-US' : 'nl-NL';
}
