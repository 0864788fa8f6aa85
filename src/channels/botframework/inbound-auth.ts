import {
  createRemoteJWKSet,
  customFetch,
  jwtVerify,
  type JWTPayload,
  type RemoteJWKSet,
} from 'jose';
import { joseRefusal } from '../../auth/verifier.js';
import { BotAuthError } from './errors.js';

/** What a valid activity token tells us. */
export interface BotIdentity {
  /** The `serviceurl` claim: where the Bot Connector wants the reply. */
  serviceUrl?: string;
  /** The channels the signing key is endorsed for (empty: no restriction). */
  endorsements: string[];
}

export interface InboundAuthOptions {
  appId: string;
  openIdMetadataUrl: string;
  issuer: string;
  fetch: typeof fetch;
  clock: () => Date;
}

/** The Bot Connector's clock and ours may differ; Microsoft's SDKs allow five minutes. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;
/** The metadata names the key set's address, which changes rarely; botbuilder re-reads it daily or less. */
const METADATA_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** When re-reading the metadata fails, the old key set serves this much longer before a retry. */
const METADATA_RETRY_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5000;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Validates the Bearer token of an incoming activity as botbuilder's ChannelValidation does:
 * key from the OpenID metadata's `jwks_uri`, RS256 only, issuer, audience = our app id, expiry
 * with five minutes' tolerance; then, per activity, the `serviceurl` claim and the key's
 * channel endorsements. The metadata and the key set are cached for the life of the isolate.
 */
export function createInboundAuth(options: InboundAuthOptions) {
  let keys: { set: RemoteJWKSet; fetchedAt: number } | undefined;
  let loading: Promise<RemoteJWKSet> | undefined;

  async function loadKeySet(): Promise<RemoteJWKSet> {
    const response = await options.fetch(options.openIdMetadataUrl, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`OpenID metadata answered ${response.status}`);
    const metadata: unknown = await response.json();
    const jwksUri =
      typeof metadata === 'object' && metadata !== null && 'jwks_uri' in metadata
        ? metadata.jwks_uri
        : undefined;
    if (typeof jwksUri !== 'string') throw new Error('OpenID metadata has no jwks_uri');
    // jose caches the keys and fetches them again for an unknown key id (Microsoft rotates keys).
    return createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: FETCH_TIMEOUT_MS,
      [customFetch]: options.fetch,
    });
  }

  /** The cached key set; after a day the metadata is read again, keeping the old set if that fails. */
  async function keySet(): Promise<RemoteJWKSet> {
    const now = options.clock().getTime();
    if (keys && now - keys.fetchedAt < METADATA_MAX_AGE_MS) return keys.set;
    loading ??= loadKeySet()
      .then((set) => {
        keys = { set, fetchedAt: now };
        return set;
      })
      .catch((error: unknown) => {
        if (!keys) throw error;
        keys = { set: keys.set, fetchedAt: now - METADATA_MAX_AGE_MS + METADATA_RETRY_MS };
        return keys.set;
      })
      .finally(() => (loading = undefined));
    return loading;
  }

  return {
    /**
     * Resolves with the identity of a valid token; rejects with `BotAuthError` for a token that
     * does not validate, or with another error when the keys could not be fetched.
     */
    async authenticate(authorization: string | undefined): Promise<BotIdentity> {
      const match = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '');
      if (!match?.[1]) throw new BotAuthError('missing', 'no bearer token');
      const token = match[1];
      if (!COMPACT_JWS.test(token)) throw new BotAuthError('malformed', 'not a compact JWT');
      const set = await keySet();
      let payload: JWTPayload;
      let kid: string | undefined;
      try {
        ({
          payload,
          protectedHeader: { kid },
        } = await jwtVerify(token, set, {
          algorithms: ['RS256'],
          issuer: options.issuer,
          audience: options.appId,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          currentDate: options.clock(),
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw toAuthError(error);
      }
      return {
        ...(typeof payload.serviceurl === 'string' ? { serviceUrl: payload.serviceurl } : {}),
        endorsements: endorsementsOf(set, kid),
      };
    },

    /**
     * Checks that the token was issued for this activity's service URL and channel. A token
     * without the claim is refused too: the reply, with our own Connector token, goes to the
     * activity's service URL, so only the Connector may name it.
     */
    checkActivity(identity: BotIdentity, activity: { serviceUrl: string; channelId: string }) {
      if (identity.serviceUrl === undefined) {
        throw new BotAuthError('service-url-mismatch', 'serviceurl claim is missing');
      }
      if (normalizeUrl(identity.serviceUrl) !== normalizeUrl(activity.serviceUrl)) {
        throw new BotAuthError('service-url-mismatch', 'serviceurl claim does not match');
      }
      if (identity.endorsements.length > 0 && !identity.endorsements.includes(activity.channelId)) {
        throw new BotAuthError('not-endorsed', 'signing key is not endorsed for this channel');
      }
    },
  };
}

export type InboundAuth = ReturnType<typeof createInboundAuth>;

/**
 * Bot Framework keys carry an `endorsements` list of channel ids; botbuilder refuses a token
 * signed by a key that is not endorsed for the activity's channel (when the list is not empty).
 */
function endorsementsOf(set: RemoteJWKSet, kid: string | undefined): string[] {
  const key = set.jwks()?.keys.find((candidate) => candidate.kid === kid);
  // Not a JOSE member, so jose's JWK type does not name it.
  const endorsements = (key as Record<string, unknown> | undefined)?.endorsements;
  return Array.isArray(endorsements)
    ? endorsements.filter((item): item is string => typeof item === 'string')
    : [];
}

/** Channels differ in a trailing slash and the case of the host; nothing else may differ. */
function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url;
  }
}

/** jose's refusals become reasons; a failure to fetch the keys passes unchanged (503, not 401). */
function toAuthError(error: unknown): unknown {
  const refusal = joseRefusal(error);
  return refusal ? new BotAuthError(refusal.reason, refusal.message, { cause: error }) : error;
}
