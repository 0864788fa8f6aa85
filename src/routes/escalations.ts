import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps, AppEnv } from '../app.js';
import { takesHandoffs, type Catalog } from '../catalog/catalog.js';
import { canAccessCase, getStaff, requireStaff } from '../auth/index.js';
import type { StaffClaims } from '../auth/index.js';
import { normaliseReference, REFERENCE_PATTERN } from '../core/handoff/reference.js';
import { conversationLanguage } from '../core/language.js';
import { redact } from '../core/redact.js';
import type { AuditEntry, TranscriptTurn } from '../db/escalation-store.js';
import type { EscalationRow } from '../db/schema.js';
import type { HandoffConfig } from '../core/handoff/config.js';
import {
  callbackTime,
  handOff,
  NOTE_MAX_LENGTH,
  UnknownSessionError,
} from '../handoff/escalate.js';
import { errorLocale, errorResponse } from '../http/errors.js';
import { ErrorResponseSchema } from '../http/schemas.js';

const errorContent = (description: string) => ({
  content: { 'application/json': { schema: ErrorResponseSchema } },
  description,
});

const EscalationRequestSchema = z
  .object({
    sessionId: z.string().min(1).max(200),
    consent: z.boolean().openapi({
      description:
        'true: the caseworker may read the conversation. Without it, they do not see it.',
    }),
    callbackPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{7,18}[0-9]$/, 'a phone number')
      .optional(),
    municipality: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .optional()
      .openapi({ description: 'Where the person lives, for a case of their municipality' }),
    note: z.string().trim().min(1).max(NOTE_MAX_LENGTH).optional(),
    locale: z.enum(['nl', 'en']).optional(),
  })
  .openapi('EscalationRequest');

const EscalationSchema = z
  .object({
    reference: z.string().openapi({ example: 'TSL-4K7-92Q' }),
    agency: z.object({ id: z.string(), name: z.string() }),
    caseworker: z.object({ name: z.string(), role: z.string(), kind: z.enum(['person', 'team']) }),
    status: z.enum(['open', 'claimed', 'resolved']),
    expectedContact: z.object({
      text: z.string().openapi({ example: 'vandaag vóór 14:30' }),
      at: z.string().openapi({
        description: 'ISO time by which the caseworker will have contacted the person',
      }),
    }),
    consent: z.boolean(),
    municipality: z.string().nullable(),
    callbackNumberKnown: z.boolean(),
    remarkGiven: z.boolean(),
    timeGiven: z.boolean().openapi({
      description: 'The person wrote when to call: no time of ours is promised beside theirs',
    }),
    message: z.string(),
  })
  .openapi('Escalation');

export const createEscalationRoute = createRoute({
  method: 'post',
  path: '/api/escalations',
  summary: 'Hand the conversation to a named caseworker',
  request: {
    body: { content: { 'application/json': { schema: EscalationRequestSchema } }, required: true },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: EscalationSchema } },
      description: 'Hand-off created',
    },
    200: {
      content: { 'application/json': { schema: EscalationSchema } },
      description: 'The conversation already had a hand-off; callback details were added to it',
    },
    400: errorContent('The body is not JSON or does not fit'),
    404: errorContent('Unknown session'),
    413: errorContent('The body is larger than 64 KiB'),
    429: errorContent('Too many requests'),
    503: errorContent('Database unavailable'),
  },
});

const CaseSummarySchema = z
  .object({
    reference: z.string(),
    agency: z.string(),
    topic: z.string().nullable(),
    caseworker: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(['open', 'claimed', 'resolved']),
    consent: z.boolean(),
    signals: z.array(z.string()),
    channel: z.string(),
    createdAt: z.string(),
    expectedContactAt: z.string().openapi({
      description:
        'The end of our callback window. Not promised to the citizen when timePromised is false: call at callbackWish instead',
    }),
    expectedContactFrom: z.string().nullable().openapi({
      description:
        'Extension: the start of the callback window the citizen was told ("09:00–11:00"); null when it was "before" expectedContactAt',
    }),
    timePromised: z.boolean().openapi({
      description:
        'Extension: whether the citizen was told expectedContactAt. False when they said when to call',
    }),
    callbackWish: z.string().nullable().openapi({
      description:
        'Extension: when the citizen asked to be called, in their own (redacted) words ("liefst tussen 10 en 12")',
      example: 'liefst tussen 10 en 12',
    }),
    callbackRequested: z.boolean(),
    municipality: z.string().nullable().openapi({
      description: 'The municipality the person lives in, when the case is for their municipality',
    }),
    claimedBy: z.string().nullable(),
    claimedByName: z.string().nullable().openapi({
      description: "The claimer's display name, when their sign-in carries one",
    }),
    outcome: z.string().nullable(),
    webhook: z.enum(['none', 'pending', 'delivered', 'failed']),
  })
  .openapi('CaseSummary');

const CaseSchema = CaseSummarySchema.extend({
  callbackPhone: z.string().nullable(),
  note: z.string().nullable(),
  crisisLines: z.array(z.string()).openapi({
    description:
      'Crisis lines (ids) the conversation went to, such as zelfmoordpreventie: read it before calling. Empty without consent.',
  }),
  language: z.enum(['nl', 'en']).nullable().openapi({
    description: 'The language the conversation was in, to call the person in; null when unknown',
  }),
  transcript: z
    .array(
      z.object({
        seq: z.number(),
        at: z.string(),
        message: z.string(),
        reply: z.string(),
        signals: z.array(z.string()),
      }),
    )
    .nullable()
    .openapi({ description: 'The redacted conversation; null without the citizen’s consent' }),
  notes: z.array(z.object({ author: z.string(), at: z.string(), text: z.string() })),
  heldByAnother: z.boolean().openapi({
    description:
      'Extension: a colleague claimed the case, so this reader’s claim, note and resolve answer 409 (an admin may still take it over)',
  }),
}).openapi('Case');

const ReferenceParam = z.object({
  reference: z.string().openapi({
    param: { name: 'reference', in: 'path' },
    example: 'TSL-4K7-92Q',
    description: 'In any case, with or without surrounding spaces, as read out on the phone',
  }),
});

const staffErrors = {
  401: errorContent('No valid bearer token'),
  403: errorContent('Another agency’s case, or a role that may not do this'),
  404: errorContent('Unknown reference'),
};

const listRoute = createRoute({
  method: 'get',
  path: '/api/escalations',
  summary: 'The caseworker’s own agency’s queue',
  security: [{ bearerAuth: [] }],
  request: {
    query: z.object({
      status: z.enum(['open', 'claimed', 'resolved']).optional(),
      agency: z.string().optional().openapi({ description: 'Admins only: one agency' }),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ cases: z.array(CaseSummarySchema) }) } },
      description: 'Queue',
    },
    401: staffErrors[401],
    403: staffErrors[403],
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/escalations/{reference}',
  summary: 'One case, with the redacted transcript when the citizen consented',
  security: [{ bearerAuth: [] }],
  request: { params: ReferenceParam },
  responses: {
    200: { content: { 'application/json': { schema: CaseSchema } }, description: 'The case' },
    ...staffErrors,
  },
});

const claimRoute = createRoute({
  method: 'post',
  path: '/api/escalations/{reference}/claim',
  summary: 'Take the case',
  security: [{ bearerAuth: [] }],
  request: { params: ReferenceParam },
  responses: {
    200: { content: { 'application/json': { schema: CaseSummarySchema } }, description: 'Claimed' },
    ...staffErrors,
    409: errorContent(
      'The case is resolved, or claimed by someone else (an admin may take it over)',
    ),
  },
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/api/escalations/{reference}/resolve',
  summary: 'Close the case with an outcome',
  security: [{ bearerAuth: [] }],
  request: {
    params: ReferenceParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            outcome: z.enum(['helped', 'referred', 'no-contact', 'duplicate']),
            note: z.string().trim().min(1).max(2000).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: CaseSummarySchema } },
      description: 'Resolved',
    },
    ...staffErrors,
    400: errorContent('Invalid outcome'),
    413: errorContent('The body is larger than 64 KiB'),
    409: errorContent('Already resolved, or claimed by someone else'),
  },
});

const noteRoute = createRoute({
  method: 'post',
  path: '/api/escalations/{reference}/notes',
  summary: 'Add a note to the case',
  security: [{ bearerAuth: [] }],
  request: {
    params: ReferenceParam,
    body: {
      content: {
        'application/json': { schema: z.object({ text: z.string().trim().min(1).max(2000) }) },
      },
      required: true,
    },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } },
      description: 'Added',
    },
    ...staffErrors,
    413: errorContent('The body is larger than 64 KiB'),
    409: errorContent('Claimed by someone else'),
  },
});

function summary(row: EscalationRow, config: HandoffConfig) {
  const when = callbackTime(config, row);
  return {
    reference: row.reference,
    agency: row.agencyId,
    topic: row.topicId,
    caseworker: { id: row.caseworkerId, name: row.caseworkerName },
    status: row.status,
    consent: row.consent,
    signals: row.signals,
    channel: row.channel,
    createdAt: row.createdAt.toISOString(),
    expectedContactAt: row.expectedContactAt.toISOString(),
    expectedContactFrom: when.from?.toISOString() ?? null,
    timePromised: when.promised,
    callbackWish: when.wish,
    callbackRequested: row.callbackPhone !== null,
    municipality: row.municipality,
    claimedBy: row.claimedBy,
    claimedByName: row.claimedByName,
    outcome: row.outcome,
    webhook: row.webhookStatus,
  };
}

/**
 * The largest body the hand-off API reads: a note of 2000 characters with room to spare. The
 * request for a case is open to anyone, so a larger body is refused before it is read.
 */
const MAX_BODY_BYTES = 64 * 1024;

export function registerEscalations(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });

  // Registered before the routes, so it runs first.
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => errorResponse(c, deps, 413, 'message_too_long'),
  });
  app.post('/api/escalations', limit);
  app.post('/api/escalations/*', limit);

  app.openapi(createEscalationRoute, async (c) => {
    const body = c.req.valid('json');
    const locale = body.locale ?? errorLocale(c);
    try {
      const { created, escalation } = await handOff(deps, {
        sessionId: body.sessionId,
        consent: body.consent,
        callbackPhone: body.callbackPhone,
        municipality: body.municipality,
        note: body.note,
        now: deps.clock(),
        locale,
      });
      deps.log('info', 'escalation.requested', {
        requestId: c.get('requestId'),
        reference: escalation.reference,
        agency: escalation.agency.id,
        created,
        consent: escalation.consent,
      });
      return c.json(escalation, created ? 201 : 200);
    } catch (error) {
      if (error instanceof UnknownSessionError)
        return errorResponse(c, deps, 404, 'not_found', {
          locale,
          message: deps.catalog.texts.unknownSession[locale],
        });
      deps.log('error', 'escalation.failed', {
        requestId: c.get('requestId'),
        error: String(error),
      });
      return errorResponse(c, deps, 503, 'unavailable', { locale });
    }
  });

  const staffOnly = requireStaff(deps.staffVerifier, { roles: ['caseworker', 'admin'], deps });
  app.on('GET', '/api/escalations', staffOnly);
  app.use('/api/escalations/*', staffOnly);

  const audit = (staff: StaffClaims, action: AuditEntry['action'], row: EscalationRow | null) =>
    deps.escalations.audit({
      at: deps.clock(),
      actorSub: staff.sub,
      actorRole: staff.role,
      actorAgency: staff.agency,
      action,
      reference: row?.reference ?? null,
      agencyId: row?.agencyId ?? null,
    });

  /** 404 for no such case, 403 for another agency's: the contract's order. */
  async function caseFor(c: Context<AppEnv>, typed: string) {
    const staff = getStaff(c);
    const reference = normaliseReference(typed);
    const row = REFERENCE_PATTERN.test(reference)
      ? await deps.escalations.get(reference)
      : undefined;
    if (!row) {
      const message = deps.catalog.texts.unknownCase[errorLocale(c)];
      return { staff, response: errorResponse(c, deps, 404, 'not_found', { message }) };
    }
    if (!canAccessCase(staff, row)) {
      deps.log('warn', 'escalation.cross_agency', {
        sub: staff.sub,
        agency: staff.agency,
        reference,
      });
      return { staff, response: errorResponse(c, deps, 403, 'forbidden') };
    }
    return { staff, row };
  }

  /** A caseworker may type what they checked on the phone; the case keeps no raw BSN. */
  function addNote(row: EscalationRow, staff: StaffClaims, at: Date, text: string) {
    return deps.escalations.addNote(row.reference, {
      authorSub: staff.sub,
      at,
      text: redact(text).text,
    });
  }

  app.openapi(listRoute, async (c) => {
    const staff = getStaff(c);
    const query = c.req.valid('query');
    // A caseworker's list is their own agency's, whatever the filter says.
    const agencyIds =
      staff.role === 'admin' ? (query.agency ? [query.agency] : 'all') : [staff.agency];
    const rows = (await deps.escalations.list({ agencyIds, status: query.status })).filter((row) =>
      canAccessCase(staff, row),
    );
    await audit(staff, 'list', null);
    return c.json({ cases: rows.map((row) => summary(row, deps.handoff)) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const found = await caseFor(c, c.req.valid('param').reference);
    if (!found.row) return found.response;
    const { row, staff } = found;
    // Read also without consent: only the language the person used is passed on, not the words.
    const conversation = row.sessionId ? await deps.escalations.transcript(row.sessionId) : [];
    const turns = row.consent && row.sessionId ? conversation : null;
    const transcript = turns && caseTranscript(turns, row, deps.catalog);
    // Whoever calls must know that the person spoke of suicide or violence, before or after.
    const crisisLines = [
      ...new Set(
        (turns ?? []).flatMap((turn) =>
          turn.agencyId && deps.crisisIn.lineOf(turn.agencyId) ? [turn.agencyId] : [],
        ),
      ),
    ];
    const notes = await deps.escalations.notes(row.reference);
    const session = row.sessionId ? await deps.store.loadSession(row.sessionId) : undefined;
    await audit(staff, 'read-case', row);
    return c.json(
      {
        ...summary(row, deps.handoff),
        callbackPhone: row.callbackPhone,
        note: row.note,
        // The language the person used most, not that of their last message: ten Dutch
        // messages and a last English one are a Dutch conversation.
        language:
          conversationLanguage(
            conversation.map((turn) => turn.message),
            deps.detectLanguage,
          ) ??
          session?.locale ??
          null,
        crisisLines,
        transcript:
          transcript?.map((turn) => ({
            seq: turn.seq,
            at: turn.at.toISOString(),
            message: turn.message,
            reply: turn.reply,
            signals: turn.signals,
          })) ?? null,
        notes: notes.map((note) => ({
          author: note.authorSub,
          at: note.at.toISOString(),
          text: note.text,
        })),
        // The page offers no action the API would refuse with 409.
        heldByAnother: heldByAnother(row, staff),
      },
      200,
    );
  });

  app.openapi(claimRoute, async (c) => {
    const found = await caseFor(c, c.req.valid('param').reference);
    if (!found.row) return found.response;
    const { row, staff } = found;
    if (row.status === 'resolved' || heldByAnother(row, staff)) {
      return errorResponse(c, deps, 409, 'conflict');
    }
    const now = deps.clock();
    const by = { sub: staff.sub, ...(staff.name ? { name: staff.name } : {}) };
    // A colleague who claimed or closed it since we read it keeps it.
    if (!(await deps.escalations.claim(row.reference, by, now, row))) {
      return errorResponse(c, deps, 409, 'conflict');
    }
    await audit(staff, 'claim', row);
    return c.json(
      summary(
        {
          ...row,
          status: 'claimed',
          claimedBy: staff.sub,
          claimedByName: staff.name ?? null,
          claimedAt: now,
        },
        deps.handoff,
      ),
      200,
    );
  });

  app.openapi(resolveRoute, async (c) => {
    const found = await caseFor(c, c.req.valid('param').reference);
    if (!found.row) return found.response;
    const { row, staff } = found;
    if (row.status === 'resolved' || heldByAnother(row, staff)) {
      return errorResponse(c, deps, 409, 'conflict');
    }
    const { outcome, note } = c.req.valid('json');
    const now = deps.clock();
    // A case closed without a claim was still handled by someone: the one who closes it. One a
    // colleague closed or claimed since we read it keeps their outcome, and gets no note of ours.
    const by = { sub: staff.sub, ...(staff.name ? { name: staff.name } : {}) };
    if (!(await deps.escalations.resolve(row.reference, outcome, now, by, row))) {
      return errorResponse(c, deps, 409, 'conflict');
    }
    if (note) await addNote(row, staff, now, note);
    await audit(staff, 'resolve', row);
    // Read back, so the answer shows who holds it as a later read will.
    const resolved = (await deps.escalations.get(row.reference)) ?? row;
    return c.json(summary(resolved, deps.handoff), 200);
  });

  app.openapi(noteRoute, async (c) => {
    const found = await caseFor(c, c.req.valid('param').reference);
    if (!found.row) return found.response;
    const { row, staff } = found;
    if (heldByAnother(row, staff)) return errorResponse(c, deps, 409, 'conflict');
    await addNote(row, staff, deps.clock(), c.req.valid('json').text);
    await audit(staff, 'note', row);
    return c.json({ ok: true as const }, 201);
  });
}

/**
 * A case one caseworker claimed is theirs to note and close; an admin may still step in (a
 * caseworker who fell ill).
 */
function heldByAnother(row: EscalationRow, staff: StaffClaims): boolean {
  return row.claimedBy !== null && row.claimedBy !== staff.sub && staff.role !== 'admin';
}

/**
 * What the person said to this organisation or to no organisation in particular ("ik ben pas
 * om drie uur thuis"), and anything for an organisation nobody here takes hand-offs for, a
 * crisis line above all: the caseworker who is about to call must know that. A question to
 * another organisation that takes hand-offs, before the hand-off or after it, is not this
 * caseworker's to read: a mother's dementia asked about at the CIZ is no business of Dienst
 * Toeslagen, and a later question belongs to that organisation's own case.
 */
function caseTranscript(
  turns: TranscriptTurn[],
  row: EscalationRow,
  catalog: Catalog,
): TranscriptTurn[] {
  const forThisCase = (agencyId: string | null) =>
    agencyId === null || agencyId === row.agencyId || !takesHandoffs(catalog, agencyId);
  return turns.filter((turn) => forThisCase(turn.agencyId));
}
