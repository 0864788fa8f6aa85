import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { unreachableStore } from '../support/stores.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('the platform around the chat', () => {
  it('reports health with a database check', async () => {
    const response = await t.app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('reports degraded health when the database is unreachable', async () => {
    const down = await createTestApp({ store: unreachableStore() });
    const response = await down.app.request('/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', database: 'unavailable' });
    down.close();
  });

  it('publishes the OpenAPI document generated from the route schemas', async () => {
    const doc = await (await t.app.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/chat', '/health']));
    const chat = doc.paths['/api/chat'].post;
    expect(Object.keys(chat.responses)).toEqual(
      expect.arrayContaining(['200', '400', '413', '429', '503']),
    );
    expect(doc.components.schemas.ChatResponse.required).toEqual(
      expect.arrayContaining([
        'sessionId',
        'reply',
        'agency',
        'alternatives',
        'clarify',
        'contact',
        'stuck',
      ]),
    );
  });

  it.each(['/', '/api/chat', '/health', '/nope'])('sends security headers on %s', async (path) => {
    const response = await t.app.request(path);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-request-id')).toMatch(/\S+/);
  });

  it('answers an unknown path with 404, an error and a contact', async () => {
    const response = await t.app.request('/nope');
    expect(response.status).toBe(404);
    const json = await response.json();
    expect(json.error.code).toBe('not_found');
    expect(json.contact.phone).toMatch(/\d/);
  });

  it.each([
    ['/kiosk/', '/kiosk'],
    ['/dashboard/', '/dashboard'],
    ['/caseworker/', '/caseworker'],
    ['/kiosk/?lang=en', '/kiosk?lang=en'],
    ['/index.html', '/'],
  ])('redirects %s permanently to %s', async (path, page) => {
    const response = await t.app.request(path, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(page);
  });

  it.each([
    ['a Dutch browser', 'nl-NL,nl;q=0.9', '<html lang="nl">', 'Pagina niet gevonden'],
    ['an English browser', 'en-GB,en;q=0.9', '<html lang="en">', 'Page not found'],
  ])(
    'shows %s an HTML page with the way back for an unknown page',
    async (_, language, tag, title) => {
      const response = await t.app.request('/kisok', {
        headers: {
          accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
          'accept-language': language,
        },
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain(tag);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toMatch(/<a href="\/(?:\?lang=en)?">/);
      // Both languages, for a person whose browser speaks the other one.
      expect(html).toContain('Page not found');
      expect(html).toContain('Pagina niet gevonden');
    },
  );

  it.each(['/api/nope', '/api/signal/'])(
    'answers %s with the JSON error, also to a browser',
    async (path) => {
      const response = await t.app.request(path, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    },
  );

  it('serves the demo page with a labelled textbox and a "Verstuur" button', async () => {
    const html = await (await t.app.request('/')).text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toMatch(/<label for="chat-message">\s*Uw vraag\s*<\/label>/);
    expect(html).toMatch(/<textarea\s+id="chat-message"/);
    expect(html).toMatch(/<button type="submit">\s*Verstuur\s*<\/button>/);
    const english = await (await t.app.request('/?lang=en')).text();
    expect(english).toMatch(/<button type="submit">\s*Send\s*<\/button>/);
  });

  it('offers the dashboard filter for every organisation that can be counted, not the crisis lines', async () => {
    const html = await (await t.app.request('/dashboard')).text();
    expect(html).toContain('<option value="toeslagen">');
    expect(html).toContain('<option value="ciz">');
    // The report lists signals it could not place as "Organisatie onbekend": that is a filter too.
    expect(html).toMatch(/<option value="onbekend">\s*Organisatie onbekend\s*<\/option>/);
    for (const line of [
      'zelfmoordpreventie',
      'alarmnummer',
      'veilig-thuis',
      'centrum-seksueel-geweld',
    ])
      expect(html).not.toContain(`<option value="${line}">`);
  });
});
