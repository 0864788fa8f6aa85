import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { expectChatResponse, expectContact, expectErrorBody } from '../support/contract.js';
import { chat, newClient } from './support.js';

interface ChatBody {
  sessionId: string;
  reply: string;
  agency: { id: string; name: string; confidence: number } | null;
  clarify: boolean;
  contact: { name: string; phone: string; organisation: string };
  locale: string;
}

describe('the chat contract inside workerd', () => {
  it('answers a clear question with every field of the contract', async () => {
    const response = await chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = await response.json<ChatBody>();
    expectChatResponse(body);
    expect(body).toMatchObject({ agency: { id: 'toeslagen' }, clarify: false });
    expect(body).not.toHaveProperty('escalation');
    expect(body.contact.organisation).toBe(body.agency?.name);
    expect(body.reply).toContain(body.contact.phone);
  });

  it('answers in English when asked in English', async () => {
    const body = await (
      await chat({ message: 'How do I apply for unemployment benefit?' })
    ).json<ChatBody>();
    expectChatResponse(body);
    expect(body).toMatchObject({ locale: 'en', agency: { id: 'uwv' } });
  });

  it('asks a question back, with a contact, when it cannot tell at all', async () => {
    const body = await (await chat({ message: 'blablabla xyzzy' })).json<ChatBody>();
    expectChatResponse(body);
    expect(body.clarify).toBe(true);
    expect(body.agency).toBeNull();
  });

  it('keeps the conversation in its D1 session and starts a new one for an unknown id', async () => {
    const client = newClient();
    const first = await (
      await chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' }, client)
    ).json<ChatBody>();
    const second = await (
      await chat({ message: 'En hoe lang duurt dat?', sessionId: first.sessionId }, client)
    ).json<ChatBody>();
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.agency?.id).toBe('toeslagen');
    const fresh = await (
      await chat({ message: 'huurtoeslag', sessionId: 'does-not-exist' }, client)
    ).json<ChatBody>();
    expect(fresh.sessionId).not.toBe('does-not-exist');
  });

  it.each([
    ['a body that is not JSON', '{"message": ', 'invalid_json'],
    ['a missing message', {}, 'invalid_request'],
    ['an empty message', { message: '   ' }, 'invalid_request'],
    ['an unknown locale', { message: 'huurtoeslag', locale: 'de' }, 'invalid_request'],
    ['an unknown channel', { message: 'huurtoeslag', channel: 'fax' }, 'invalid_request'],
  ])('refuses %s with 400, an error code and a contact', async (_name, body, code) => {
    const response = await chat(body);
    expect(response.status).toBe(400);
    expectErrorBody(await response.json(), code);
  });

  it('refuses a message over 2000 characters with 413 and a contact', async () => {
    const response = await chat({ message: 'a'.repeat(2001) });
    expect(response.status).toBe(413);
    expectErrorBody(await response.json(), 'message_too_long');
  });

  it('refuses a huge body with 413 before reading it', async () => {
    const response = await chat({ message: 'x'.repeat(100_000) });
    expect(response.status).toBe(413);
    expectErrorBody(await response.json(), 'message_too_long');
  });

  it('answers an unknown path with 404 and a contact', async () => {
    const response = await SELF.fetch('https://wegwijzer.test/nope');
    expect(response.status).toBe(404);
    expectErrorBody(await response.json(), 'not_found');
  });

  it('reports health with a D1 check', async () => {
    const response = await SELF.fetch('https://wegwijzer.test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('publishes the OpenAPI document and serves the widget', async () => {
    const doc = await (
      await SELF.fetch('https://wegwijzer.test/openapi.json')
    ).json<{ paths: object }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/chat', '/health']));
    const widget = await SELF.fetch('https://wegwijzer.test/widget.js');
    expect(widget.status).toBe(200);
    await widget.arrayBuffer();
  });

  it('lets the widget on another origin call it (CORS)', async () => {
    const response = await SELF.fetch('https://wegwijzer.test/api/chat', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.uwv.nl', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    await response.arrayBuffer();
  });

  it('names a contact for a kiosk conversation too', async () => {
    const body = await (
      await chat({ message: 'kinderbijslag', channel: 'kiosk' })
    ).json<ChatBody>();
    expectContact(body.contact);
  });
});
