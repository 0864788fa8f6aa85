import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatModelError, createChatModel } from '../../src/llm/chat-completions.js';
import { startFakeModel, type FakeModel } from '../support/fake-model.js';

let fake: FakeModel;
beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(() => fake.close());

const messages = [
  { role: 'system' as const, content: 'Kies een organisatie.' },
  { role: 'user' as const, content: 'Ik moet mijn huurtoeslag terugbetalen' },
];

describe('the chat-completions client', () => {
  it('posts the messages in JSON mode at temperature 0, with the key as bearer token', async () => {
    fake.reply('{"agency": "toeslagen"}');
    const model = createChatModel({
      baseUrl: `${fake.baseUrl}/`,
      apiKey: 'sk-test',
      model: 'small',
      timeoutMs: 2000,
    });
    expect(await model.complete(messages)).toBe('{"agency": "toeslagen"}');
    const request = fake.requests.at(-1);
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(request?.body).toMatchObject({
      model: 'small',
      temperature: 0,
      response_format: { type: 'json_object' },
      messages,
    });
  });

  it('sends no Authorization header to a server configured without a key', async () => {
    fake.reply('{}');
    await createChatModel({ baseUrl: fake.baseUrl, model: 'local', timeoutMs: 2000 }).complete(
      messages,
    );
    expect(fake.requests.at(-1)?.authorization).toBeUndefined();
  });

  it.each([
    ['an error status', () => fake.fail(503), 'status 503'],
    ['a body that is not JSON', () => fake.respondRaw('<html>'), 'reply is not JSON'],
    [
      'a completion without message content',
      () => fake.respondRaw('{"choices": []}'),
      'no message content',
    ],
    ['a server that does not answer in time', () => fake.hang(), 'timeout'],
  ])('rejects with a ChatModelError on %s', async (_case, arrange, reason) => {
    arrange();
    const model = createChatModel({ baseUrl: fake.baseUrl, model: 'small', timeoutMs: 300 });
    const failure = model.complete(messages);
    await expect(failure).rejects.toBeInstanceOf(ChatModelError);
    await expect(failure).rejects.toThrow(reason);
  });

  it('rejects when nothing listens at the address', async () => {
    const model = createChatModel({
      baseUrl: 'http://127.0.0.1:9/v1',
      model: 'small',
      timeoutMs: 1000,
    });
    await expect(model.complete(messages)).rejects.toThrow('unreachable');
  });
});
