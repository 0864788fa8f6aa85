import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse, type ErrorDeps } from '../http/errors.js';
import type { Logger } from '../http/logger.js';
import type { StaffClaims, StaffRole } from './claims.js';
import { AuthError } from './errors.js';
import type { TokenVerifier } from './verifier.js';

/** What `requireStaff` adds to the context; merge into the app's `Variables`. */
export type StaffVariables = { staff: StaffClaims };
/** A Hono env with the signed-in staff member. */
export type StaffEnv = { Variables: StaffVariables };

/** What the middleware needs besides the verifier: the error body's contact, and a log. */
export type StaffAuthDeps = ErrorDeps & { log?: Logger };

export interface RequireStaffOptions {
  /** The roles allowed on these routes; any other valid token gets 403. */
  roles: readonly StaffRole[];
  deps: StaffAuthDeps;
}

const REALM = 'Bearer realm="wegwijzer"';
const BEARER = /^Bearer +([^\s]+) *$/i;

/**
 * Lets a request through only with `Authorization: Bearer <token>` of one of `roles`, and puts the
 * token's claims in `c.get('staff')`. Answers 401 (with `WWW-Authenticate`) for a missing or
 * invalid token, 403 for a valid token of another role, and 503 when the keys cannot be obtained.
 * Scoping to an agency is the endpoint's job: see `canAccessAgency`.
 */
export function requireStaff(
  verifier: TokenVerifier,
  options: RequireStaffOptions,
): MiddlewareHandler<StaffEnv> {
  const { roles, deps } = options;
  return async (c, next) => {
    let claims: StaffClaims;
    try {
      claims = await verifier.verify(bearerToken(c.req.header('authorization')));
    } catch (error) {
      if (!(error instanceof AuthError)) {
        deps.log?.('error', 'auth.unavailable', {
          path: c.req.path,
          error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
        });
        return errorResponse(c, deps, 503, 'unavailable');
      }
      // The reason goes to the log only: telling a caller why a token failed helps an attacker.
      deps.log?.('info', 'auth.rejected', { path: c.req.path, reason: error.reason });
      c.header(
        'WWW-Authenticate',
        error.reason === 'missing' ? REALM : `${REALM}, error="invalid_token"`,
      );
      return errorResponse(c, deps, 401, 'unauthorized');
    }
    if (!roles.includes(claims.role)) {
      deps.log?.('info', 'auth.forbidden', { path: c.req.path, role: claims.role });
      return errorResponse(c, deps, 403, 'forbidden');
    }
    c.set('staff', claims);
    // Staff answers hold case data; no shared cache may keep them. A handler may still override.
    c.header('Cache-Control', 'private, no-store');
    await next();
  };
}

/** The token from an Authorization header; an `AuthError` when there is none or it is not Bearer. */
export function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new AuthError('missing', 'no Authorization header');
  }
  const token = BEARER.exec(header.trim())?.[1];
  if (token === undefined) throw new AuthError('malformed', 'not a Bearer token');
  return token;
}

/**
 * The signed-in staff member, for handlers behind `requireStaff`. Throws when the middleware did
 * not run, so a route that forgot it fails loudly instead of serving data to anyone.
 */
export function getStaff(c: Context): StaffClaims {
  const staff: unknown = c.get('staff');
  if (!isStaffClaims(staff)) throw new Error('requireStaff did not run for this route');
  return staff;
}

function isStaffClaims(value: unknown): value is StaffClaims {
  return typeof value === 'object' && value !== null && 'role' in value && 'agency' in value;
}
