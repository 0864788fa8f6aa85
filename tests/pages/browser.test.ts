import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  browserAvailable,
  hostPage,
  useBrowserApp,
} from '../support/browser.js';

describe.skipIf(!browserAvailable)('the pages in a real browser', () => {
  const env = useBrowserApp();

  it('lets a person ask a question on the demo page and read the contact as text', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await page
      .getByRole('textbox', { name: 'Uw vraag' })
      .fill('Ik moet mijn huurtoeslag terugbetalen');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const answer = page.locator('[data-wegwijzer-chat] [data-chat-log] li').nth(1);
    await expect.poll(() => answer.textContent()).toContain('Dienst Toeslagen');
    const text = (await answer.textContent()) ?? '';
    expect(text).toMatch(/Bel: 0800-0543/);
    expect(text).toMatch(/Bereikbaar: .*\d\d:\d\d/);
    expect(text).toMatch(/Nu (open|gesloten)/);
    // Short paragraphs, the last one saying whom to call.
    const paragraphs = answer.locator(':scope > p');
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(2);
    expect(await paragraphs.last().textContent()).toMatch(/^Wilt u liever met iemand praten\?/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('shows the number to dial from abroad on an English contact card, as a number to tap', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await page.getByRole('textbox', { name: 'Uw vraag' }).fill('I have to pay back my allowance');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const card = page
      .locator('[data-wegwijzer-chat] [data-chat-log] li')
      .nth(1)
      .locator('.contact');
    await expect.poll(() => card.textContent()).toContain('Team Benefit Repayments');
    expect(await card.textContent()).toContain('From abroad: +31 55 538 53 85');
    expect(await card.getByRole('link', { name: '+31 55 538 53 85' }).getAttribute('href')).toBe(
      'tel:+31555385385',
    );
    await page.close();
  }, 30_000);

  it('names a crisis line once on the contact card, and makes 112 a number to tap', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await page
      .getByRole('textbox', { name: 'Uw vraag' })
      .fill('er ligt iemand bewusteloos op straat');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const answer = page.locator('[data-wegwijzer-chat] [data-chat-log] li').nth(1);
    await expect.poll(() => answer.textContent()).toContain('Bel meteen 112');
    const card = answer.locator('.contact');
    expect(await card.locator('p').first().textContent()).toBe('Alarmnummer 112');
    expect(await card.locator('a[href="tel:112"]').count()).toBe(1);
    await page.close();
  }, 30_000);

  it('offers other topics as buttons after an unsure answer, and one click asks again', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await page
      .getByRole('textbox', { name: 'Uw vraag' })
      .fill('Ik ga verhuizen naar het buitenland');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const answer = page.locator('[data-wegwijzer-chat] [data-chat-log] li').nth(1);
    await expect.poll(() => answer.textContent()).toContain('Of gaat het over:');
    const choices = answer.locator('.options button');
    expect(await choices.count()).toBe(2);
    const picked = (await choices.nth(0).textContent()) ?? '';
    await choices.nth(0).click();
    const next = page.locator('[data-wegwijzer-chat] [data-chat-log] li').nth(3);
    const organisation = /\((.*)\)$/.exec(picked)?.[1] ?? 'missing';
    await expect.poll(() => next.textContent()).toContain(organisation);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('writes an English name with brackets of its own in brackets with a comma, on the buttons and the contact', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/?lang=en`);
    await page
      .getByRole('textbox', { name: 'Your question' })
      .fill('my landlord is asking too much rent for my room');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.locator('[data-wegwijzer-chat] [data-chat-log] li').nth(1);
    await expect.poll(() => answer.textContent()).toContain('Or is it about');
    const choices = await answer.locator('.options button').allTextContents();
    expect(choices).toContain(
      'Landlord and neighbours (Legal Services Counter, Het Juridisch Loket)',
    );
    for (const choice of choices) expect(choice).not.toMatch(/\)\)/);
    expect(await answer.locator('.contact p').first().textContent()).toMatch(
      /\(Rent Tribunal, Huurcommissie\)$/,
    );
    await page.close();
  }, 30_000);

  it('says in English only that an English question is too long, with whom to call', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/?lang=en`);
    await page
      .getByRole('textbox', { name: 'Your question' })
      .fill('I got a letter about my rent benefit. '.repeat(60));
    await page.getByRole('button', { name: 'Send' }).click();
    const told = page.locator('[data-wegwijzer-chat] [data-chat-log] li').first();
    await expect.poll(() => told.textContent()).toMatch(/^Your question is too long/);
    expect(await told.textContent()).toContain('Or call the Government Information line: 1400.');
    expect(await told.textContent()).not.toContain('Informatie Rijksoverheid');
    await page.close();
  }, 30_000);

  it('heads an English question on the Dutch page in English, like its answer', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await page
      .getByRole('textbox', { name: 'Uw vraag' })
      .fill('How do I get a BSN? I just arrived');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const log = page.locator('[data-wegwijzer-chat] [data-chat-log] li');
    await expect.poll(() => log.nth(1).textContent()).toContain('Answer');
    expect(await log.nth(0).locator('h2').textContent()).toBe('You asked');
    expect(await log.nth(0).getAttribute('lang')).toBe('en');
    await page.close();
  }, 30_000);

  it('says where to call in danger under the question box, before anything is asked, with numbers to tap', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/?lang=en`);
    const line = page.locator('[data-wegwijzer-chat] > [data-danger-line]');
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe(
      'In danger? Call 112. Thinking about suicide? Call 113 or 0800-0113. Free, day and night.',
    );
    const links = await line
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['tel:112', 'tel:113', 'tel:08000113']);
    // Right under the send button, before the answers: the keyboard reaches the box first.
    const send = await page.getByRole('button', { name: 'Send' }).boundingBox();
    const answers = await page.locator('[data-wegwijzer-chat] [data-chat-log]').boundingBox();
    const at = (await line.boundingBox())!;
    expect(at.y).toBeGreaterThan(send!.y + send!.height - 1);
    expect(at.y).toBeLessThan(answers!.y);
    await page.close();
  }, 30_000);

  it('shows the embeddable widget on the demo page as well, with where to call in danger', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    const toggle = page.getByRole('button', { name: 'Stel een vraag' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const line = page.locator('.wegwijzer-widget #wegwijzer-panel [data-danger-line]');
    expect(await line.textContent()).toMatch(/^In gevaar\? Bel 112\./);
    expect(await line.locator('a[href="tel:112"]').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('keeps the page chat and the widget in two conversations, also after a reload', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    const main = page.locator('[data-wegwijzer-chat]');
    const widget = page.locator('.wegwijzer-widget');
    /** Asks in one chat; the session the request went with and the one the answer names. */
    const ask = async (chat: Locator, question: string) => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/chat')),
        (async () => {
          await chat.getByRole('textbox', { name: 'Uw vraag' }).fill(question);
          await chat.getByRole('button', { name: 'Verstuur' }).click();
        })(),
      ]);
      const sent = response.request().postDataJSON() as { sessionId?: string };
      const { sessionId } = (await response.json()) as { sessionId: string };
      return { sent: sent.sessionId, got: sessionId };
    };
    const openWidget = () => page.getByRole('button', { name: 'Stel een vraag' }).click();

    const first = await ask(main, 'Ik moet mijn huurtoeslag terugbetalen');
    await openWidget();
    const inWidget = await ask(widget, 'Hoe vraag ik een WW-uitkering aan?');
    // The widget starts a conversation of its own.
    expect(inWidget.sent).toBeUndefined();
    expect(inWidget.got).not.toBe(first.got);

    // After a reload each chat goes on with its own conversation, not the last one used.
    await page.reload();
    const again = await ask(main, 'Hoe lang heb ik om terug te betalen?');
    expect(again.sent).toBe(first.got);
    await openWidget();
    const widgetAgain = await ask(widget, 'Wanneer krijg ik antwoord?');
    expect(widgetAgain.sent).toBe(inWidget.got);
    await page.close();
  }, 30_000);

  it('works with the keyboard alone', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // language link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-message');
    await page.keyboard.type('Hoe vraag ik een WW-uitkering aan?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-wegwijzer-chat] [data-chat-log] li').count())
      .toBe(2);
    expect(await page.locator('[data-wegwijzer-chat] [role=status]').textContent()).toContain(
      'UWV',
    );
    await page.close();
  }, 30_000);

  it('wipes the conversation from the kiosk screen and device with "Stop en wis"', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/kiosk`);
    await page.getByRole('textbox', { name: 'Uw vraag' }).fill('Mijn paspoort is verlopen');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect
      .poll(() => page.locator('[data-wegwijzer-chat] [data-chat-log] li').count())
      .toBe(2);
    await page.getByRole('textbox', { name: 'Uw vraag' }).fill('half getypt');
    await page.getByRole('button', { name: 'Stop en wis' }).click();
    expect(await page.locator('[data-wegwijzer-chat] [data-chat-log] li').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Uw vraag' }).inputValue()).toBe('');
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it("runs the widget on another organisation's site from one script tag", async () => {
    const host = await hostPage(
      `<!doctype html><html lang="nl"><head><title>UWV</title></head><body><main><h1>Werkloos</h1></main>` +
        `<script src="${env.url}/widget.js" data-agency="uwv"></script></body></html>`,
    );
    const page = await env.browser.newPage();
    await page.goto(host.url);
    const toggle = page.getByRole('button', { name: 'Stel een vraag' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = page.getByRole('textbox', { name: 'Uw vraag' });
    await box.fill('Hoe lang duurt het voordat ik antwoord krijg?');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const answer = page.locator('.wegwijzer-widget li').nth(1);
    await expect.poll(() => answer.textContent()).toContain('UWV');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.close();
    await host.close();
  }, 30_000);
  it('draws the widget in its own colours and size on a site with neither (62.5 % root font)', async () => {
    const host = await hostPage(
      `<!doctype html><html lang="nl" style="font-size: 62.5%"><head><title>Gemeente</title></head>` +
        `<body><main><h1>Afval</h1></main><script src="${env.url}/widget.js"></script></body></html>`,
    );
    const page = await env.browser.newPage();
    await page.goto(host.url);
    const toggle = page.getByRole('button', { name: 'Stel een vraag' });
    await toggle.click();
    const look = (name: string) =>
      page.getByRole('button', { name }).evaluate((node) => {
        const style = getComputedStyle(node);
        return { background: style.backgroundColor, size: parseFloat(style.fontSize) };
      });
    for (const name of ['Stel een vraag', 'Verstuur']) {
      const { background, size } = await look(name);
      expect(background, name).toBe('rgb(21, 66, 115)');
      expect(size, name).toBeGreaterThanOrEqual(16);
    }
    const box = page.getByRole('textbox', { name: 'Uw vraag' });
    expect(await box.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBe(16);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    await host.close();
  }, 30_000);
});
