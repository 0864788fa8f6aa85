import { z } from 'zod';

/**
 * The service configuration, parsed once from the environment. This is the only module that
 * knows environment variable names; everything else receives a typed `Config`.
 */
const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url().optional());

const port = z.preprocess(
  emptyToUndefined,
  z.coerce.number().int().min(1).max(65535).default(8787),
);

const nonNegativeInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(fallback));

const databaseUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(
      /^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/|:memory:)/,
      'must be a libSQL URL: file:…, libsql://…, https://… or :memory:',
    )
    .default('file:.data/wegwijzer.db'),
);

export const configSchema = z.object({
  PORT: port,
  HOST: z.preprocess(emptyToUndefined, z.string().min(1).default('127.0.0.1')),
  /** Behind a reverse proxy (Node only): the header in which it passes the client's address. */
  TRUSTED_PROXY_HEADER: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'a header name, such as X-Forwarded-For')
      .optional(),
  ),
  DATABASE_URL: databaseUrl,
  DATABASE_AUTH_TOKEN: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: optionalString,
  /** How long a turn waits for the language model before the built-in answer goes out. */
  OPENAI_TIMEOUT_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(100).max(60_000).default(5000),
  ),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  ),
  // Bot Framework's own override names, so the channel can point at a sovereign cloud or a test double.
  ToBotFromChannelOpenIdMetadataUrl: z.preprocess(
    emptyToUndefined,
    z.string().url().default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  ),
  ToBotFromChannelTokenIssuer: z.preprocess(
    emptyToUndefined,
    z.string().min(1).default('https://api.botframework.com'),
  ),
  ToChannelFromBotLoginUrl: z.preprocess(
    emptyToUndefined,
    z.string().url().default('https://login.microsoftonline.com/botframework.com'),
  ),
  ToChannelFromBotOAuthScope: z.preprocess(
    emptyToUndefined,
    z.string().min(1).default('https://api.botframework.com'),
  ),
  AUTH_JWKS_URL: optionalUrl,
  AUTH_ISSUER: optionalString,
  AUTH_AUDIENCE: optionalString,
  RATE_LIMIT_PER_MINUTE: nonNegativeInt(30),
  RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(90)),
  /** Salt for the pseudonymous session names in the stuck-signal log; random per process if unset. */
  PSEUDONYM_SALT: optionalString,
  ESCALATION_WEBHOOK_URL: optionalUrl,
  ESCALATION_WEBHOOK_SECRET: optionalString,
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  ),
});

export type Config = z.infer<typeof configSchema>;

/** Pairs that only make sense together. */
function checkPairs(config: Config): { variable: string; message: string }[] {
  const issues: { variable: string; message: string }[] = [];
  if (config.ESCALATION_WEBHOOK_URL && !config.ESCALATION_WEBHOOK_SECRET) {
    issues.push({
      variable: 'ESCALATION_WEBHOOK_SECRET',
      message: 'required with ESCALATION_WEBHOOK_URL: the webhook body is signed with it',
    });
  }
  return issues;
}

/** Thrown when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  constructor(public readonly issues: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' +
        issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment (Node's `process.env` or a Worker's `env`) into a `Config`.
 * Throws a `ConfigError` that names every invalid variable.
 */
export function loadConfig(env: Record<string, unknown>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    const issues = checkPairs(result.data);
    if (issues.length > 0) throw new ConfigError(issues);
    return result.data;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(unknown)'),
      message: issue.message,
    })),
  );
}

/**
 * For command-line entries (the Node server, `npm run token`): the configuration, or
 * `undefined` after printing which variables are invalid, so the caller can exit with a code.
 */
export function loadConfigOrReport(env: Record<string, unknown>): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return undefined;
  }
}
