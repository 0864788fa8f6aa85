import { describe, expect, it } from 'vitest';
import {
  canAccessAgency,
  canAccessCase,
  parseStaffClaims,
  type StaffClaims,
} from '../../src/auth/claims.js';
import { AuthError } from '../../src/auth/errors.js';
import { parseExpiresIn } from '../../src/auth/local.js';
import { bearerToken } from '../../src/auth/middleware.js';

describe('staff claims', () => {
  it('keeps role, agency, subject and name, and drops every other claim', () => {
    expect(
      parseStaffClaims({
        role: 'analyst',
        agency: 'toeslagen',
        sub: 'a1',
        name: 'Ali',
        iss: 'x',
        groups: ['all'],
      }),
    ).toEqual({ role: 'analyst', agency: 'toeslagen', sub: 'a1', name: 'Ali' });
  });

  it('leaves the name out when the token has none', () => {
    expect(parseStaffClaims({ role: 'admin', agency: 'uwv', sub: 'x' })).toEqual({
      role: 'admin',
      agency: 'uwv',
      sub: 'x',
    });
  });

  it.each([
    ['an unknown role', { role: 'superuser', agency: 'uwv', sub: 'x' }],
    ['a role in capitals', { role: 'Admin', agency: 'uwv', sub: 'x' }],
    ['no role', { agency: 'uwv', sub: 'x' }],
    ['an empty agency', { role: 'caseworker', agency: '', sub: 'x' }],
    ['no agency', { role: 'caseworker', sub: 'x' }],
    ['an agency that is not an id', { role: 'caseworker', agency: 'UWV Amsterdam', sub: 'x' }],
    ['an empty subject', { role: 'caseworker', agency: 'uwv', sub: ' ' }],
    ['a name that is not text', { role: 'caseworker', agency: 'uwv', sub: 'x', name: 42 }],
    ['no object at all', 'caseworker'],
  ])('refuses %s as invalid claims', (_, payload) => {
    let error: unknown;
    try {
      parseStaffClaims(payload);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).reason).toBe('invalid-claims');
  });
});

describe('access to an agency', () => {
  const staff = (role: StaffClaims['role']): StaffClaims => ({ role, agency: 'uwv', sub: 's' });

  it.each([
    ['a caseworker', staff('caseworker'), 'uwv', true],
    ['a caseworker', staff('caseworker'), 'svb', false],
    ['an analyst', staff('analyst'), 'uwv', true],
    ['an analyst', staff('analyst'), 'svb', false],
    ['an admin', staff('admin'), 'uwv', true],
    ['an admin', staff('admin'), 'svb', true],
  ])('%s of UWV may see %s: %s', (_, claims, agencyId, allowed) => {
    expect(canAccessAgency(claims, agencyId)).toBe(allowed);
  });
});

describe("access to a municipality's cases", () => {
  const utrecht: StaffClaims = {
    role: 'caseworker',
    agency: 'gemeente',
    sub: 's',
    municipality: 'Utrecht',
  };
  const desk: StaffClaims = { role: 'caseworker', agency: 'gemeente', sub: 'd' };
  const at = (municipality: string | null) => ({ agencyId: 'gemeente', municipality });

  it.each([
    ["Utrecht's own staff", utrecht, at('Utrecht'), true],
    ["Utrecht's own staff", utrecht, at('gemeente utrecht'), true],
    ["Utrecht's own staff", utrecht, at('Zwolle'), false],
    ["Utrecht's own staff", utrecht, at(null), false],
    ['the central desk', desk, at('Zwolle'), true],
    ['the central desk', desk, at(null), true],
  ])('%s may see a case of %j: %s', (_, claims, row, allowed) => {
    expect(canAccessCase(claims, row)).toBe(allowed);
  });

  it('keeps the municipality claim of a token', () => {
    expect(parseStaffClaims({ ...utrecht, extra: 1 })).toEqual(utrecht);
  });
});

describe('token lifetimes', () => {
  it.each([
    ['8h', 8 * 3600],
    ['30m', 1800],
    ['45s', 45],
    ['7d', 7 * 86400],
    [600, 600],
  ])('reads %j as %i seconds', (value, seconds) => {
    expect(parseExpiresIn(value)).toBe(seconds);
  });

  it.each(['', 'soon', '8', '8 hours', '-1h', '0h', '1.5h', '31d', 0, -5, 1.5])(
    'refuses %j',
    (value) => {
      expect(() => parseExpiresIn(value)).toThrow(RangeError);
    },
  );
});

describe('reading the Authorization header', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['  Bearer   abc.def.ghi  ', 'abc.def.ghi'],
  ])('takes the token from %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['Basic dXNlcjpwYXNz', 'malformed'],
    ['Bearer', 'malformed'],
    ['Bearer two tokens', 'malformed'],
    ['abc.def.ghi', 'malformed'],
  ])('refuses %j as %s', (header, reason) => {
    expect(() => bearerToken(header)).toThrow(expect.objectContaining({ reason }));
  });
});
