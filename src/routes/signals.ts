import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from '../app.js';
import { getStaff, requireStaff } from '../auth/index.js';
import { addDays, amsterdamToUtc, localDateOf } from '../core/amsterdam-time.js';
import {
  buildSignalReport,
  hiddenElsewhere,
  UNKNOWN,
  type SignalReport,
} from '../core/report/build-report.js';
import { wholeWeeks } from '../core/report/weeks.js';
import { renderReport, reportNames } from '../core/report/render-report.js';
import { SUPPRESSION_THRESHOLD, toCsv } from '../core/report/signals-report.js';
import { errorLocale, errorResponse, invalidFieldMessage } from '../http/errors.js';
import { ErrorResponseSchema } from '../http/schemas.js';

/**
 * A day that exists on the calendar: Date.parse takes 2026-02-31 as 3 March, and years outside
 * 1970–9998 break the week arithmetic (year 0 reads as 1900, a week past 9999 cannot be written).
 */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const instant = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1970 &&
    year <= 9998 &&
    instant.getUTCFullYear() === year &&
    instant.getUTCMonth() === month - 1 &&
    instant.getUTCDate() === day
  );
}

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-01')
  .refine(isCalendarDate, 'a real date');

/** A form sends an empty field as `from=`: that means "not given", not a wrong date. */
const orBlank = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]).optional();

const SignalsQuerySchema = z.object({
  from: orBlank(date).openapi({
    description: 'First day (Amsterdam), default 12 weeks ago; empty means the default',
    example: '2026-09-07',
  }),
  to: orBlank(date).openapi({
    description: 'Last day, inclusive; default today; empty means the default',
    example: '2026-11-29',
  }),
  agency: z
    .string()
    .optional()
    .openapi({
      description: `empty means all; \`${UNKNOWN}\` is the signals no organisation was found for, as the report lists them`,
      example: 'toeslagen',
    }),
  format: z.enum(['json', 'csv']).default('json'),
  locale: z.enum(['nl', 'en']).default('nl'),
});

/** A count as published: the number, or `null` with why it is hidden. */
const publishedCount = {
  count: z.number().nullable().openapi({ description: 'null when hidden' }),
  suppressed: z.boolean(),
  complement: z.literal(true).optional().openapi({
    description:
      'Hidden although 5 or more, so that a small count cannot be worked out from a total ("x")',
  }),
  min: z.number().optional().openapi({
    description: 'For a count hidden as "x": the lowest value it can have, as the report shows',
  }),
  max: z.number().optional().openapi({
    description: 'For a count hidden as "x": the highest value it can have; absent: no limit',
  }),
};
const TotalSchema = z.object({ key: z.string(), ...publishedCount });
const SignalsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    agency: z.string().nullable(),
    suppressionThreshold: z.number(),
    total: TotalSchema,
    cells: z.array(
      z.object({
        week: z.string().openapi({ example: '2026-W49' }),
        agency: z.string(),
        signal: z.string(),
        ...publishedCount,
      }),
    ),
    weekSignals: z
      .array(z.object({ week: z.string(), signal: z.string(), ...publishedCount }))
      .openapi({ description: 'Per week and signal, all agencies of the report together' }),
    weeks: z.array(TotalSchema),
    agencies: z.array(TotalSchema),
    signals: z.array(TotalSchema),
    topics: z.array(TotalSchema).openapi({
      description:
        'The topics with most signals (`agency/topic`, 5 or more); `agency/*` is the rest of an agency\'s topics, listed when one of its topics is hidden as "x"',
    }),
  })
  .openapi('Signals');

const errors = {
  400: {
    content: { 'application/json': { schema: ErrorResponseSchema } },
    description: 'Invalid period or agency',
  },
  401: {
    content: { 'application/json': { schema: ErrorResponseSchema } },
    description: 'No valid bearer token',
  },
  403: {
    content: { 'application/json': { schema: ErrorResponseSchema } },
    description: 'Not an analyst or admin',
  },
};

export const signalsRoute = createRoute({
  method: 'get',
  path: '/api/signals',
  summary: 'Stuck signals by agency, signal and week; no personal data, cells under 5 suppressed',
  security: [{ bearerAuth: [] }],
  request: { query: SignalsQuerySchema },
  responses: {
    200: {
      content: {
        'application/json': { schema: SignalsSchema },
        'text/csv': {
          schema: z.string().openapi({
            description:
              'UTF-8 with a byte order mark, fields separated by `;` (Excel with Dutch settings opens it in columns). Columns week;agency;signal;count;agency_name;signal_name: the ids, then the names the report uses, in `locale`',
          }),
        },
      },
      description: 'The counts',
    },
    ...errors,
  },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/api/signals/report',
  summary: 'The printable knelpuntenrapport as an HTML fragment, charts drawn on the server',
  security: [{ bearerAuth: [] }],
  request: { query: SignalsQuerySchema.omit({ format: true }) },
  responses: {
    200: { content: { 'text/html': { schema: z.string() } }, description: 'The report' },
    ...errors,
  },
});

const MAX_DAYS = 2 * 366;
const DEFAULT_DAYS = 12 * 7 - 1;

export function registerSignals(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.use('/api/signals', requireStaff(deps.staffVerifier, { roles: ['analyst', 'admin'], deps }));
  app.use(
    '/api/signals/*',
    requireStaff(deps.staffVerifier, { roles: ['analyst', 'admin'], deps }),
  );

  // A wrong date in the query is a wrong period, not a chat message that did not arrive; a wrong
  // format or language is named as what it is, not as a wrong period.
  const wrongPeriod = (
    result: { success: true } | { success: false; error: { issues: { path: PropertyKey[] }[] } },
    c: Context<AppEnv>,
  ) => {
    if (result.success) return undefined;
    const field = result.error.issues[0]?.path[0];
    if (field === 'format' || field === 'locale') {
      const message = invalidFieldMessage(deps.catalog, field, errorLocale(c));
      return errorResponse(c, deps, 400, 'invalid_request', { message });
    }
    return errorResponse(c, deps, 400, 'invalid_period');
  };

  /** The report for a query, or what is wrong with the query: its period or its agency. */
  async function reportFor(given: {
    from?: string;
    to?: string;
    agency?: string;
  }): Promise<SignalReport | 'invalid_period' | 'unknown_agency'> {
    const query = {
      from: given.from || undefined,
      to: given.to || undefined,
      agency: given.agency || undefined,
    };
    const asked = query.to ?? localDateOf(deps.clock());
    const days = Math.round((Date.parse(asked) - Date.parse(query.from ?? asked)) / 86_400_000);
    if (days < 0 || days > MAX_DAYS) return 'invalid_period';
    const { from, to } = wholeWeeks(query.from ?? addDays(asked, -DEFAULT_DAYS), asked);
    // The report lists the signals it could not place under UNKNOWN, so a reader can ask for them.
    if (query.agency && query.agency !== UNKNOWN && !deps.catalog.agencies.has(query.agency))
      return 'unknown_agency';
    const rows = await deps.signals.hourlyCounts({
      from: amsterdamToUtc(from, 0),
      to: amsterdamToUtc(addDays(to, 1), 0),
    });
    const whole = buildSignalReport(rows, { from, to, agency: null });
    if (!query.agency) return whole;
    // One organisation's view hides what the view of all of them hides, or switching the
    // filter would give it away.
    const agency = query.agency;
    return buildSignalReport(
      rows.filter((row) => (row.agencyId ?? UNKNOWN) === agency),
      { from, to, agency },
      { alsoHide: hiddenElsewhere(whole, agency) },
    );
  }

  /**
   * Every view of the counts goes through here, so the audit log records who read which
   * agency and period whether they downloaded the data or printed the report (ADR 8).
   */
  async function readReport(
    c: Context<AppEnv>,
    query: { from?: string; to?: string; agency?: string },
    view: 'json' | 'csv' | 'report',
  ) {
    const report = await reportFor(query);
    if (typeof report !== 'string') {
      const { from, to, agency } = report;
      deps.log('info', 'signals.read', { sub: getStaff(c).sub, view, agency, from, to });
    }
    return report;
  }

  app.openapi(
    signalsRoute,
    async (c) => {
      const query = c.req.valid('query');
      const report = await readReport(c, query, query.format);
      if (typeof report === 'string')
        return errorResponse(c, deps, 400, report, { locale: query.locale });
      if (query.format === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header(
          'Content-Disposition',
          `attachment; filename="knelpunten-${report.agency ?? 'alle'}-${report.from}-${report.to}.csv"`,
        );
        // The names in the query's language, Dutch by default, as the report's.
        const names = reportNames(deps.catalog, deps.signalLabels, query.locale);
        return c.body(toCsv(report.cells, names), 200);
      }
      return c.json({ ...report, suppressionThreshold: SUPPRESSION_THRESHOLD }, 200);
    },
    wrongPeriod,
  );

  app.openapi(
    reportRoute,
    async (c) => {
      const query = c.req.valid('query');
      const report = await readReport(c, query, 'report');
      if (typeof report === 'string')
        return errorResponse(c, deps, 400, report, { locale: query.locale });
      return c.html(renderReport(report, deps.catalog, deps.signalLabels, query.locale), 200);
    },
    wrongPeriod,
  );
}
