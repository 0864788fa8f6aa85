import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

export const APP_ID = 'wegwijzer-test-app';
export const APP_PASSWORD = 'test-secret';
export const ISSUER = 'https://api.botframework.com';
export const SCOPE = 'https://api.botframework.com';
export const KEY_ID = 'connector-key-1';
/** The channels the test key is endorsed for, as Microsoft's keys list them. */
export const ENDORSED = ['webchat', 'msteams', 'emulator'];
export const OUTBOUND_TOKEN = 'outbound-token-1';

export interface RecordedReply {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A Bot Connector on 127.0.0.1: OpenID metadata and keys for inbound tokens, Entra ID's token
 * endpoint (which checks the client-credentials form) and the conversations API (which records
 * replies). It also signs inbound tokens with its key, as the real connector does.
 */
export interface FakeBotConnector {
  url: string;
  /** The activities' serviceUrl: the connector's own address, with the trailing slash channels send. */
  serviceUrl: string;
  replies: RecordedReply[];
  tokenRequests: URLSearchParams[];
  /** When set, the conversations API answers with this status instead of taking the reply. */
  failRepliesWith: number | undefined;
  sign(options?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

export interface SignOptions {
  now: Date;
  issuer?: string;
  audience?: string;
  /** Seconds relative to `now`. */
  expiresIn?: number;
  serviceUrl?: string | null;
  /** Another key with the same key id: the signature cannot validate. */
  key?: CryptoKey;
  claims?: JWTPayload;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, use: 'sig', endorsements: ENDORSED };
  const replies: RecordedReply[] = [];
  const tokenRequests: URLSearchParams[] = [];
  let url = '';

  const server: Server = createServer((request, response) => {
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    void (async () => {
      const path = request.url ?? '';
      if (request.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
        return json(200, { issuer: ISSUER, jwks_uri: `${url}/v1/.well-known/keys` });
      }
      if (request.method === 'GET' && path === '/v1/.well-known/keys') {
        return json(200, { keys: [jwk] });
      }
      if (request.method === 'POST' && path === '/botframework.com/oauth2/v2.0/token') {
        const form = new URLSearchParams(await readBody(request));
        tokenRequests.push(form);
        const valid =
          request.headers['content-type'] === 'application/x-www-form-urlencoded' &&
          form.get('grant_type') === 'client_credentials' &&
          form.get('client_id') === APP_ID &&
          form.get('client_secret') === APP_PASSWORD &&
          form.get('scope') === `${SCOPE}/.default`;
        if (!valid) return json(401, { error: 'invalid_client' });
        return json(200, { token_type: 'Bearer', expires_in: 3599, access_token: OUTBOUND_TOKEN });
      }
      if (request.method === 'POST' && path.startsWith('/v3/conversations/')) {
        if (fake.failRepliesWith) return json(fake.failRepliesWith, { error: 'refused' });
        replies.push({
          path,
          authorization: request.headers.authorization,
          body: JSON.parse(await readBody(request)) as Record<string, unknown>,
        });
        return json(200, { id: `reply-${replies.length}` });
      }
      json(404, { error: 'not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeBotConnector = {
    url,
    serviceUrl: `${url}/`,
    replies,
    tokenRequests,
    failRepliesWith: undefined,
    sign: (options = { now: new Date() }) => {
      const seconds = Math.floor(options.now.getTime() / 1000);
      const serviceUrl = options.serviceUrl === undefined ? `${url}/` : options.serviceUrl;
      return new SignJWT({
        ...(serviceUrl === null ? {} : { serviceurl: serviceUrl }),
        ...options.claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? APP_ID)
        .setIssuedAt(seconds - 60)
        .setNotBefore(seconds - 60)
        .setExpirationTime(seconds + (options.expiresIn ?? 3600))
        .sign(options.key ?? privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
