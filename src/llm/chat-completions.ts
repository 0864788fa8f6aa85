import type { ChatMessage } from '../core/assist/request.js';

/** A language model behind an OpenAI-compatible chat-completions endpoint. */
export interface ChatModel {
  /** The model's reply text; rejects on any failure, after at most the configured timeout. */
  complete(messages: readonly ChatMessage[]): Promise<string>;
}

/** The model could not be asked or did not answer; the built-in router's answer stands. */
export class ChatModelError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'ChatModelError';
  }
}

export interface ChatModelOptions {
  /** For example https://api.openai.com/v1, or a local server's /v1. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/**
 * One POST to `{baseUrl}/chat/completions` with JSON mode and temperature 0. Written against the
 * HTTP API rather than the openai SDK: the SDK adds about 85 KiB gzipped to a Worker whose budget
 * is 400 (ADR 9), and this is the only call Wegwijzer makes.
 */
export function createChatModel(options: ChatModelOptions): ChatModel {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const doFetch = options.fetch ?? fetch;
  return {
    async complete(messages) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: options.model,
            messages,
            temperature: 0,
            response_format: { type: 'json_object' },
          }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new ChatModelError(timedOut ? 'timeout' : 'unreachable', { cause: error });
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ChatModelError(`status ${response.status}`);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new ChatModelError(timedOut ? 'timeout' : 'reply is not JSON', { cause: error });
      }
      const content = (body as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]
        ?.message?.content;
      if (typeof content !== 'string') throw new ChatModelError('reply has no message content');
      return content;
    },
  };
}
