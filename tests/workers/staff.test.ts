import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDrizzleKeyStore, createLocalSigner, ensureLocalKey } from '../../src/auth/index.js';
import { expectErrorBody } from '../support/contract.js';
import { db } from './support.js';

const queue = (authorization?: string) =>
  SELF.fetch('https://wegwijzer.test/api/escalations', {
    headers: authorization === undefined ? {} : { Authorization: authorization },
  });

describe('staff tokens on the Worker (embedded key in D1)', () => {
  it('refuses a request without a token with 401 and a contact', async () => {
    const response = await queue();
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectErrorBody(await response.json(), 'unauthorized');
  });

  it('refuses a token that does not verify with 401 and a contact', async () => {
    const forged = ['eyJhbGciOiJFUzI1NiJ9', 'eyJzdWIiOiJ4In0', 'c2lnbmF0dXJl'].join('.');
    const response = await queue(`Bearer ${forged}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
    expectErrorBody(await response.json(), 'unauthorized');
  });

  it('accepts a caseworker token signed with the key the Worker keeps in D1', async () => {
    const key = await ensureLocalKey(createDrizzleKeyStore(db()));
    const token = await createLocalSigner(key).sign({
      role: 'caseworker',
      agency: 'toeslagen',
      sub: 'cw-1',
    });
    const response = await queue(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cases: expect.any(Array) });
  });
});
