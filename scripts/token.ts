/**
 * Prints a staff bearer token that the locally started server accepts:
 *
 *   npm run --silent token -- --role caseworker --agency uwv --sub cw-1 [--name "Sam"] [--expires 8h]
 *   (a municipality's own staff: --agency gemeente --municipality Utrecht)
 *
 * Run it with the same environment as `npm start`: it signs with the embedded key stored in the
 * same DATABASE_URL (created there if the server has not yet done so). Only the token goes to
 * stdout, so `TOKEN=$(npm run --silent token -- …)` works; messages go to stderr.
 */
import { parseArgs } from 'node:util';
import { authMode } from '../src/auth/from-config.js';
import { createDrizzleKeyStore } from '../src/auth/key-store.js';
import {
  DEFAULT_EXPIRES_IN,
  createLocalSigner,
  ensureLocalKey,
  parseExpiresIn,
} from '../src/auth/local.js';
import { STAFF_ROLES, isStaffRole, parseStaffClaims } from '../src/auth/claims.js';
import { AuthError } from '../src/auth/errors.js';
import { buildCatalog } from '../src/catalog/catalog.js';
import { catalogSources } from '../src/catalog/sources.js';
import { loadConfigOrReport } from '../src/config.js';
import { openLibsqlDatabase } from '../src/db/libsql.js';

const USAGE = `Usage: npm run --silent token -- --role <${STAFF_ROLES.join('|')}> --agency <agency id> --sub <subject> [--name <display name>] [--municipality <municipality>] [--expires ${DEFAULT_EXPIRES_IN}]`;

/** A wrong invocation: the message and usage on stderr, exit code 2. */
class UsageError extends Error {}

/** Checks the arguments before the database is touched, so a typo costs nothing. */
function readArguments(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        agency: { type: 'string' },
        sub: { type: 'string' },
        name: { type: 'string' },
        municipality: { type: 'string' },
        expires: { type: 'string', default: DEFAULT_EXPIRES_IN },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return undefined;

  const { role, agency, sub, name, municipality, expires } = values;
  const missing = (['role', 'agency', 'sub'] as const).filter((key) => !values[key]?.trim());
  if (missing.length > 0 || !role || !agency || !sub) {
    throw new UsageError(`Missing ${missing.map((key) => `--${key}`).join(', ')}.`);
  }
  if (!isStaffRole(role)) {
    throw new UsageError(`Unknown role "${role}". Valid roles: ${STAFF_ROLES.join(', ')}.`);
  }
  // A token for an agency the catalog does not know would be accepted but never match a case.
  const agencies = [...buildCatalog(catalogSources).agencies.keys()].sort();
  if (!agencies.includes(agency)) {
    throw new UsageError(`Unknown agency "${agency}". Valid agencies: ${agencies.join(', ')}.`);
  }
  let expiresIn: number;
  try {
    expiresIn = parseExpiresIn(expires);
  } catch (error) {
    throw new UsageError(`--expires: ${error instanceof Error ? error.message : String(error)}.`);
  }
  try {
    return {
      claims: parseStaffClaims({ role, agency, sub, name, municipality }),
      expiresIn,
    };
  } catch (error) {
    if (error instanceof AuthError) throw new UsageError(`${error.message}.`);
    throw error;
  }
}

async function main(): Promise<number> {
  let request;
  try {
    request = readArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (!request) {
    console.error(USAGE);
    return 0;
  }

  const config = loadConfigOrReport(process.env);
  if (!config) return 1;
  if (authMode(config) === 'jwks') {
    console.error(
      'AUTH_JWKS_URL is set, so the server accepts only tokens from that identity provider. ' +
        'Sign in there to get a token; this command only makes tokens for the embedded key.',
    );
    return 1;
  }

  const { db, client } = await openLibsqlDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  try {
    const key = await ensureLocalKey(createDrizzleKeyStore(db));
    const token = await createLocalSigner(key).sign(request.claims, {
      expiresIn: request.expiresIn,
    });
    process.stdout.write(`${token}\n`);
    return 0;
  } finally {
    client.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
