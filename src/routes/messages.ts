import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps, AppEnv } from '../app.js';
import { ActivitySchema } from '../channels/botframework/activity.js';
import type { BotIdentity } from '../channels/botframework/inbound-auth.js';
import { BotAuthError } from '../channels/botframework/errors.js';
import { respondTo } from '../channels/botframework/respond.js';
import { errorResponse } from '../http/errors.js';
import { ErrorResponseSchema } from '../http/schemas.js';

type BotEnv = { Variables: { botIdentity: BotIdentity } };

/** Teams and Web Chat activities are small; channelData and cards can still add some weight. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

const errorContent = (description: string) => ({
  content: { 'application/json': { schema: ErrorResponseSchema } },
  description,
});

export function registerMessages(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  /**
   * Authentication comes before the body is validated, so that nobody without a Bot Connector
   * token learns anything from the answers. The per-activity checks (serviceurl claim,
   * endorsements) need the validated body and run in the handler.
   */
  const authenticate: MiddlewareHandler<BotEnv> = async (c, next) => {
    const channel = deps.botFramework;
    if (!channel) return errorResponse(c, deps, 503, 'unavailable');
    try {
      c.set('botIdentity', await channel.authenticate(c.req.header('authorization')));
    } catch (error) {
      if (error instanceof BotAuthError) {
        deps.log('warn', 'botframework.unauthorized', { reason: error.reason });
        return errorResponse(c, deps, 401, 'unauthorized');
      }
      // The Bot Framework's keys could not be fetched: our problem, not the token's.
      deps.log('error', 'botframework.keys_unavailable', {
        error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
      });
      return errorResponse(c, deps, 503, 'unavailable');
    }
    await next();
  };

  const messagesRoute = createRoute({
    method: 'post',
    path: '/api/messages',
    summary: 'Bot Framework channel (Azure Bot Service, Web Chat, Teams): receives activities',
    description:
      'Called by the Bot Connector with an activity and its JWT. The answer to a message is ' +
      'posted back to the conversation on the activity’s serviceUrl; this response is empty.',
    middleware: authenticate,
    security: [{ botFrameworkJwt: [] }],
    request: {
      body: { content: { 'application/json': { schema: ActivitySchema } }, required: true },
    },
    responses: {
      200: { description: 'Activity accepted; any reply goes to the Bot Connector' },
      400: errorContent('The body is not a Bot Framework activity'),
      401: errorContent('The Bot Connector token is missing or does not validate'),
      413: errorContent(`The activity is larger than ${MAX_ACTIVITY_BYTES} bytes`),
      503: errorContent('The channel is not configured, or the Bot Framework keys are unreachable'),
    },
  });

  // Registered before the route, so it runs first: an oversized body is not even read.
  app.post(
    '/api/messages',
    bodyLimit({
      maxSize: MAX_ACTIVITY_BYTES,
      onError: (c) => errorResponse(c, deps, 413, 'message_too_long'),
    }),
  );
  app.openAPIRegistry.registerComponent('securitySchemes', 'botFrameworkJwt', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Issued by the Bot Connector; audience MicrosoftAppId',
  });

  app.openapi(
    messagesRoute,
    async (c) => {
      const channel = deps.botFramework;
      if (!channel) return errorResponse(c, deps, 503, 'unavailable');
      const activity = c.req.valid('json');
      try {
        channel.checkActivity(c.get('botIdentity'), activity);
      } catch (error) {
        if (!(error instanceof BotAuthError)) throw error;
        deps.log('warn', 'botframework.unauthorized', { reason: error.reason });
        return errorResponse(c, deps, 401, 'unauthorized');
      }
      const reply = await respondTo(activity, channel.sessionIdFor, deps, c.get('requestId'));
      // The Bot Connector waits for this response; the reply is posted after it.
      if (reply) deps.defer(channel.reply(activity, reply));
      return c.body(null, 200);
    },
    (result, c) => {
      if (!result.success) return errorResponse(c, deps, 400, 'invalid_activity');
    },
  );
}
