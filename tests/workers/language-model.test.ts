import { describe, expect, it } from 'vitest';
import { createChatModel } from '../../src/llm/chat-completions.js';

/**
 * The language model's client inside workerd: its request, its reply and its timeout use only
 * what the Workers runtime provides (fetch, AbortSignal.timeout). The endpoint is a function
 * here; tests/llm and tests/http run it against an HTTP fake on 127.0.0.1 under Node.
 */
describe('the chat-completions client inside workerd', () => {
  it('posts JSON and reads the completion', async () => {
    let sent: { url: string; body: unknown } | undefined;
    const model = createChatModel({
      baseUrl: 'https://llm.example.org/v1',
      apiKey: 'sk-test',
      model: 'small',
      timeoutMs: 1000,
      fetch: async (input, init) => {
        sent = { url: String(input), body: JSON.parse(String(init?.body)) };
        return Response.json({ choices: [{ message: { content: '{"agency": "svb"}' } }] });
      },
    });
    expect(await model.complete([{ role: 'user', content: 'AOW' }])).toBe('{"agency": "svb"}');
    expect(sent).toMatchObject({
      url: 'https://llm.example.org/v1/chat/completions',
      body: { model: 'small', temperature: 0, messages: [{ role: 'user', content: 'AOW' }] },
    });
  });

  it('gives up after its timeout when the endpoint does not answer', async () => {
    const model = createChatModel({
      baseUrl: 'https://llm.example.org/v1',
      model: 'small',
      timeoutMs: 200,
      // Never answers; rejects only when the request is aborted, as a real fetch does.
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    await expect(model.complete([{ role: 'user', content: 'AOW' }])).rejects.toThrow('timeout');
  });
});
