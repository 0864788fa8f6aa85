import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { expectErrorBody } from '../support/contract.js';
import { chat, newClient } from './support.js';

const minute = () => Math.floor(Date.now() / 60_000);

describe('rate limiting through the Rate Limiting binding', () => {
  it('refuses the turn after RATE_LIMIT_PER_MINUTE with 429, Retry-After and a contact', async () => {
    // wrangler.toml's [[ratelimits]] limit equals RATE_LIMIT_PER_MINUTE (a Node test checks that).
    const limit = Number(env.RATE_LIMIT_PER_MINUTE);
    expect(limit).toBeGreaterThan(0);
    // The binding counts in windows aligned to the clock's minute; a run that crosses one is
    // repeated, which can only happen once.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const client = newClient();
      const started = minute();
      const statuses: number[] = [];
      let refused: Response | undefined;
      for (let turn = 0; turn <= limit; turn += 1) {
        const response = await chat({ message: 'huurtoeslag' }, client);
        statuses.push(response.status);
        if (response.status === 429) refused = response;
        else await response.arrayBuffer();
      }
      if (minute() !== started) continue;

      expect(statuses).toEqual([...Array<number>(limit).fill(200), 429]);
      expect(refused?.headers.get('retry-after')).toBe('60');
      expectErrorBody(await refused?.json(), 'rate_limited');
      // Another client is counted on its own.
      expect((await chat({ message: 'huurtoeslag' })).status).toBe(200);
      return;
    }
    throw new Error('the run crossed two minute boundaries');
  });
});
