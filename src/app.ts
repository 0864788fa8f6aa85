import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { bodyErrorLocale, errorLocale, errorResponse, invalidFieldMessage } from './http/errors.js';
import type { LogFields, Logger } from './http/logger.js';
import type { RateLimiter } from './http/rate-limit.js';
import { registerChat } from './routes/chat.js';
import { registerHealth } from './routes/health.js';
import { registerPages } from './routes/pages.js';
import { notFoundPage } from './pages/not-found.js';
import type { TurnDeps } from './turn/context.js';
import type { StaffVariables, TokenVerifier } from './auth/index.js';
import type { HandoffDeps } from './handoff/escalate.js';
import { registerEscalations } from './routes/escalations.js';
import { registerSignals } from './routes/signals.js';
import type { SignalStore } from './db/signal-store.js';
import type { BotFrameworkChannel } from './channels/botframework/channel.js';
import { registerMessages } from './routes/messages.js';

/** Everything the app needs from its runtime; the two entries build this from their environment. */
export interface AppDeps extends TurnDeps, HandoffDeps {
  clock: () => Date;
  /** Verifies staff bearer tokens (identity provider, or the embedded local key). */
  staffVerifier: TokenVerifier;
  signals: SignalStore;
  log: Logger;
  rateLimiter: RateLimiter;
  /** Identifies the client for rate limiting (its address as the runtime sees it). */
  clientKey: (c: Context) => string;
  /** The Bot Framework channel (POST /api/messages); absent when MicrosoftAppId is not set. */
  botFramework?: BotFrameworkChannel;
}

/**
 * `requestLog`: what a route adds to the one log line of its request (an event name and fields),
 * so a chat turn is one line, not two: on Workers every `console.log` costs CPU in the isolate.
 */
export type AppEnv = {
  Variables: {
    requestId: string;
    requestLog?: { event: string; fields: LogFields };
  } & StaffVariables;
};

/** Requests larger than this are refused before they are read: a message is at most 2000 characters. */
const MAX_BODY_BYTES = 64 * 1024;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    // Invalid bodies get the contract's error shape (with a contact), not zod's raw issues.
    defaultHook: async (result, c) => {
      if (result.success) return;
      const locale = await bodyErrorLocale(c);
      const field = result.error.issues[0]?.path[0];
      const message = invalidFieldMessage(
        deps.catalog,
        typeof field === 'string' ? field : undefined,
        locale,
      );
      return errorResponse(c, deps, 400, 'invalid_request', { locale, message });
    },
  });

  app.use(requestId());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginResourcePolicy: false,
    }),
  );
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const routeLog = c.get('requestLog');
    deps.log('info', routeLog?.event ?? 'http.request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      ...routeLog?.fields,
    });
  });

  // The widget runs on agency sites (other origins) and calls the public chat API.
  app.use(
    '/api/chat',
    cors({ origin: '*', allowMethods: ['POST', 'OPTIONS'], allowHeaders: ['Content-Type'] }),
  );
  app.use(
    '/api/chat',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, deps, 413, 'message_too_long'),
    }),
  );
  const rateLimited: MiddlewareHandler = async (c, next) => {
    if (!(await deps.rateLimiter.allow(deps.clientKey(c), deps.clock()))) {
      c.header('Retry-After', '60');
      return errorResponse(c, deps, 429, 'rate_limited', { locale: await bodyErrorLocale(c) });
    }
    await next();
  };
  app.post('/api/chat', rateLimited);
  app.post('/api/escalations', rateLimited);

  registerChat(app, deps);
  registerEscalations(app, deps);
  registerSignals(app, deps);
  registerMessages(app, deps);
  registerHealth(app, deps);
  registerPages(app, deps);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Wegwijzer',
      version: '1.0.0',
      description:
        'Routes a citizen question to the Dutch public organisation that can help, always with a named human contact.',
    },
  });

  // "GET /api/chat" from a browser's address bar or a mistaken client: the endpoint is there, the
  // method is not, and the answer says which one is (405 with Allow), with a contact as ever.
  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/api/chat', (c) => {
    c.header('Allow', 'POST, OPTIONS');
    return errorResponse(c, deps, 405, 'method_not_allowed');
  });
  app.notFound((c) =>
    // A browser that asked for a page gets one with the way back; an API client (and every
    // /api/ path, as the contract says) gets the JSON error with a contact.
    !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html')
      ? c.html(notFoundPage(c.req.query('lang') === 'en' ? 'en' : errorLocale(c)), 404)
      : errorResponse(c, deps, 404, 'not_found'),
  );
  app.onError((error, c) => {
    // A body that is not JSON (or not declared as JSON) surfaces here from the validator.
    if (error instanceof HTTPException && (error.status === 400 || error.status === 415)) {
      return errorResponse(c, deps, 400, 'invalid_json');
    }
    deps.log('error', 'http.unhandled', {
      requestId: c.get('requestId'),
      path: c.req.path,
      error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
    });
    return errorResponse(c, deps, 500, 'internal', { locale: errorLocale(c) });
  });

  return app;
}
