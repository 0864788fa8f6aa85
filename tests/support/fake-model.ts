import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** A request the fake model received. */
export interface ModelRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    temperature: number;
    response_format: { type: string };
    messages: { role: string; content: string }[];
  };
}

export interface FakeModel {
  /** Base URL to configure as OPENAI_BASE_URL. */
  baseUrl: string;
  requests: ModelRequest[];
  /** What the next requests get: a reply text, an HTTP status, or silence (a hang). */
  reply(content: string): void;
  fail(status: number): void;
  /** A 200 whose body is `body` as given, not a chat completion. */
  respondRaw(body: string): void;
  hang(): void;
  close(): Promise<void>;
}

/** An OpenAI-compatible chat-completions server on 127.0.0.1, for tests only. */
export async function startFakeModel(): Promise<FakeModel> {
  const requests: ModelRequest[] = [];
  type Behaviour =
    | { kind: 'reply'; content: string }
    | { kind: 'raw'; body: string }
    | { kind: 'fail'; status: number }
    | { kind: 'hang' };
  let behaviour: Behaviour = { kind: 'reply', content: '{"agency": null, "signals": []}' };
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      requests.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body: JSON.parse(raw) as ModelRequest['body'],
      });
      if (behaviour.kind === 'hang') {
        hanging.add(response);
        return;
      }
      if (behaviour.kind === 'raw') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(behaviour.body);
        return;
      }
      if (behaviour.kind === 'fail') {
        response.writeHead(behaviour.status, { 'Content-Type': 'application/json' });
        response.end('{"error": {"message": "overloaded"}}');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'chatcmpl-test',
          object: 'chat.completion',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: behaviour.content },
              finish_reason: 'stop',
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake model has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    requests,
    reply: (content) => (behaviour = { kind: 'reply', content }),
    fail: (status) => (behaviour = { kind: 'fail', status }),
    hang: () => (behaviour = { kind: 'hang' }),
    respondRaw: (body) => (behaviour = { kind: 'raw', body }),
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.close(() => resolve());
      }),
  };
}
