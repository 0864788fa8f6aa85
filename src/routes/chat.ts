import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Catalog } from '../catalog/catalog.js';
import { suggestedAlternatives } from '../core/compose.js';
import type { Candidate } from '../core/routing/router.js';
import type { AppEnv, AppDeps } from '../app.js';
import { errorResponse } from '../http/errors.js';
import {
  ChatRequestSchema,
  ChatResponseSchema,
  ErrorResponseSchema,
  isTooLong,
  MAX_MESSAGE_LENGTH,
} from '../http/schemas.js';
import { askedBack, DependencyError, newTurnContext, type TurnContext } from '../turn/context.js';
import { runPipeline, TurnError } from '../turn/pipeline.js';
import { chatTurnSteps } from '../turn/steps/index.js';

const errorContent = (description: string) => ({
  content: { 'application/json': { schema: ErrorResponseSchema } },
  description,
});

export const chatRoute = createRoute({
  method: 'post',
  path: '/api/chat',
  summary: 'Ask a question; get the organisation that can help and a named human contact',
  request: {
    body: { content: { 'application/json': { schema: ChatRequestSchema } }, required: true },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: ChatResponseSchema } },
      description: 'The answer',
    },
    400: errorContent('The body is not JSON or does not fit the schema'),
    413: errorContent(`The message is longer than ${MAX_MESSAGE_LENGTH} characters`),
    429: errorContent('Too many turns from this client this minute'),
    500: errorContent('Unexpected failure; the body still carries a contact'),
    503: errorContent('The service is degraded (database unavailable)'),
  },
});

export function registerChat(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(chatRoute, async (c) => {
    const body = c.req.valid('json');
    if (isTooLong(body.message)) {
      return errorResponse(c, deps, 413, 'message_too_long', {
        locale: body.locale ?? body.defaultLocale,
      });
    }
    const context = newTurnContext(
      {
        message: body.message,
        sessionId: body.sessionId,
        locale: body.locale,
        ...(body.defaultLocale ? { defaultLocale: body.defaultLocale } : {}),
        channel: body.channel,
        agencyHint: body.agency,
      },
      deps.clock(),
    );
    try {
      await runPipeline(chatTurnSteps, context, deps);
    } catch (error) {
      const failed = error instanceof TurnError ? error : undefined;
      const unavailable = failed?.cause instanceof DependencyError;
      deps.log(unavailable ? 'warn' : 'error', 'chat.turn_failed', {
        requestId: c.get('requestId'),
        step: failed?.step ?? null,
        error: describeError(failed?.cause ?? error),
        timings: context.timings,
      });
      return errorResponse(
        c,
        deps,
        unavailable ? 503 : 500,
        unavailable ? 'unavailable' : 'internal',
        {
          locale: context.locale,
          contact: context.contact,
        },
      );
    }
    c.set('requestLog', { event: 'chat.turn', fields: turnSummary(context) });
    return c.json(toChatResponse(deps.catalog, context), 200);
  });
}

/** What is logged of a turn: decisions and timings, never the text. */
function turnSummary(context: TurnContext) {
  const decision = context.decision;
  return {
    channel: context.input.channel,
    locale: context.locale,
    decision: decision?.kind ?? null,
    agency: decision && 'best' in decision ? decision.best.agencyId : null,
    redacted: context.redacted?.kinds ?? [],
    signals: context.signals,
    answeredBy: context.answeredBy,
    ...(context.assist
      ? {
          assist: context.assist.outcome,
          assistError: context.assist.error ?? null,
          assistCrisis: context.assist.crisis ?? null,
        }
      : {}),
    timings: context.timings,
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return 'unknown error';
}

function agencyRef(catalog: Catalog, candidate: Candidate, locale: 'nl' | 'en') {
  const agency = catalog.agencies.get(candidate.agencyId);
  const topic = agency?.topics.find((t) => t.id === candidate.topicId);
  return {
    id: candidate.agencyId,
    name: agency?.name[locale] ?? candidate.agencyId,
    confidence: candidate.confidence,
    ...(topic ? { topic: { id: topic.id, name: topic.name[locale] } } : {}),
  };
}

export function toChatResponse(catalog: Catalog, context: TurnContext) {
  const { decision, contact, session, reply } = context;
  if (!decision || !contact || !session || reply === undefined) {
    throw new Error('turn finished without a decision, contact, session or reply');
  }
  const ref = (candidate: Candidate) => agencyRef(catalog, candidate, context.locale);
  const routed = decision.kind === 'routed' || decision.kind === 'follow-up';
  return {
    sessionId: session.id,
    reply,
    agency: routed
      ? ref(decision.best)
      : decision.alternatives[0]
        ? ref(decision.alternatives[0])
        : null,
    alternatives: decision.alternatives.map(ref),
    // A contact question answered without an organisation ("do you speak English?") asks nothing back.
    clarify: askedBack(context) && !context.contactQuestion,
    /** The router answered but is not sure: these alternatives are offered to pick from. */
    suggestions: suggestedAlternatives(decision).map(ref),
    contact,
    stuck: { signals: context.signals },
    locale: context.locale,
    ...(context.escalation
      ? {
          escalation: {
            reference: context.escalation.reference,
            agency: context.escalation.agency,
            caseworker: context.escalation.caseworker,
            status: context.escalation.status,
            expectedContact: context.escalation.expectedContact,
          },
        }
      : {}),
  };
}
