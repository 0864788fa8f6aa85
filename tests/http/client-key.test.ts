import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/http/client-key.js';

describe("the client's address for rate limiting", () => {
  it.each<[string, string | undefined, { header: string | undefined } | undefined, string]>([
    ['the socket, without a trusted proxy', '203.0.113.7', undefined, '203.0.113.7'],
    [
      "the proxy's header when it is trusted",
      '10.0.0.2',
      { header: '198.51.100.4' },
      '198.51.100.4',
    ],
    [
      'the rightmost entry, which the proxy appended (the left ones a client can forge)',
      '10.0.0.2',
      { header: '1.2.3.4, 198.51.100.4' },
      '198.51.100.4',
    ],
    [
      'the socket when the trusted header is missing',
      '10.0.0.2',
      { header: undefined },
      '10.0.0.2',
    ],
    ['the socket when the trusted header is empty', '10.0.0.2', { header: ' , ' }, '10.0.0.2'],
    ['"unknown" when there is nothing at all', undefined, undefined, 'unknown'],
  ])('is %s', (_case, socket, forwarded, expected) => {
    expect(clientAddress(socket, forwarded)).toBe(expected);
  });
});
