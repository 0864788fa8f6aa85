import { z } from 'zod';
import { agencyIdSchema } from '../catalog/schema.js';
import { normalize } from '../core/text.js';
import { AuthError } from './errors.js';

/** The staff roles the contract names. */
export const STAFF_ROLES = ['caseworker', 'analyst', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Who a verified staff token speaks for. `role` and `agency` are custom claims, `sub` is the
 * standard subject, `name` an optional display name.
 */
export interface StaffClaims {
  role: StaffRole;
  agency: string;
  sub: string;
  name?: string;
  /**
   * For a municipality's own staff: the municipality they work for. Without it, a `gemeente`
   * caseworker is a central desk that sees every municipality's cases.
   */
  municipality?: string;
}

/**
 * The claims a staff token must carry. Other claims are dropped, so nothing the identity
 * provider adds leaks into the handlers by accident.
 */
export const staffClaimsSchema = z.object({
  role: z.enum(STAFF_ROLES),
  // The same id format as the catalog: scoping compares this with a case's agency id.
  agency: agencyIdSchema,
  sub: z.string().trim().min(1).max(255),
  name: z.string().trim().min(1).max(200).optional(),
  municipality: z.string().trim().min(2).max(80).optional(),
});

/** Checks a token's payload (or claims about to be signed); throws `AuthError('invalid-claims')`. */
export function parseStaffClaims(payload: unknown): StaffClaims {
  const result = staffClaimsSchema.safeParse(payload);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
    throw new AuthError('invalid-claims', `invalid staff claims: ${fields.join(', ')}`);
  }
  const { role, agency, sub, name, municipality } = result.data;
  return {
    role,
    agency,
    sub,
    ...(name === undefined ? {} : { name }),
    ...(municipality === undefined ? {} : { municipality }),
  };
}

/** Whether a role is one of the staff roles; for command-line and form input. */
export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * Whether this staff member may see cases of `agencyId`: an admin may see every agency, everyone
 * else only their own. Role checks (who may call an endpoint at all) are `requireStaff`'s job.
 */
export function canAccessAgency(claims: StaffClaims, agencyId: string): boolean {
  return claims.role === 'admin' || claims.agency === agencyId;
}

/**
 * Whether this staff member may see this case: its agency, and for a municipality's own staff
 * only cases of their municipality, as the person named it ("Gemeente Utrecht" is Utrecht). A
 * case whose place is not known yet, or is a town of a merged municipality, is for the central
 * desk (staff without a municipality).
 */
export function canAccessCase(
  claims: StaffClaims,
  row: { agencyId: string; municipality: string | null },
): boolean {
  if (!canAccessAgency(claims, row.agencyId)) return false;
  if (claims.role === 'admin' || claims.municipality === undefined) return true;
  return row.municipality !== null && samePlace(row.municipality, claims.municipality);
}

const samePlace = (a: string, b: string) => placeKey(a) === placeKey(b);
const placeKey = (place: string) =>
  normalize(place)
    .replace(/^gemeente\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
