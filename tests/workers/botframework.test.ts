import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { expectErrorBody } from '../support/contract.js';

describe('the Bot Framework channel on the Worker', () => {
  it('never accepts an activity while the channel is not configured: 503 with a contact', async () => {
    const response = await SELF.fetch('https://wegwijzer.test/api/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer forged' },
      body: JSON.stringify({
        type: 'message',
        id: 'a1',
        text: 'huurtoeslag',
        serviceUrl: 'https://connector.test/',
        channelId: 'msteams',
        conversation: { id: 'c1' },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
      }),
    });
    expect(response.status).toBe(503);
    expectErrorBody(await response.json(), 'unavailable');
  });
});
