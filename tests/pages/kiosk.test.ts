import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, browserAvailable, useBrowserApp } from '../support/browser.js';

/** A busy machine (the whole suite, in parallel) can take more than a second to answer. */
const PATIENT = { timeout: 10_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ChatRequest {
  message: string;
  sessionId?: string;
}

/**
 * Routes the page's `/api/chat` calls through the test: every request body is recorded, and
 * while `slow.ms` is above zero each one waits that long first, like a slow library network.
 */
async function watchChat(page: Page) {
  const requests: ChatRequest[] = [];
  const slow = { ms: 0 };
  await page.route('**/api/chat', async (route: Route) => {
    requests.push(route.request().postDataJSON() as ChatRequest);
    if (slow.ms > 0) await sleep(slow.ms);
    // The page may have given up on it by now (Stop en wis aborts it); that is fine.
    await route.continue().catch(() => undefined);
  });
  return { requests, slow };
}

const log = (page: Page) => page.locator('[data-wegwijzer-chat] [data-chat-log] li');

async function ask(page: Page, question: string, name = 'Uw vraag', send = 'Verstuur') {
  const before = await log(page).count();
  await page.getByRole('textbox', { name }).fill(question);
  await page.getByRole('button', { name: send }).click();
  await expect.poll(() => log(page).count(), PATIENT).toBe(before + 2);
}

/** Counts list items added to the answer list from now on. */
async function watchLog(page: Page) {
  await page.evaluate(() => {
    const target = document.querySelector('[data-chat-log]');
    const w = window as unknown as { added: string[] };
    w.added = [];
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => w.added.push(node.textContent ?? ''));
      }
    }).observe(target as Node, { childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { added: string[] }).added);
}

describe.skipIf(!browserAvailable)('the library kiosk', () => {
  const env = useBrowserApp();

  it('shows the number to call as large plain text, not as a link a library computer cannot call', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/kiosk`);
    await ask(page, 'Ik moet mijn huurtoeslag terugbetalen');
    const card = log(page).last().locator('.contact');
    expect(await card.locator('a[href^="tel:"]').count()).toBe(0);
    const number = card.locator('.phone-number');
    expect(await number.textContent()).toBe('0800-0543');
    expect(await card.textContent()).toMatch(/Bel: 0800-0543/);
    const size = (selector: string) =>
      page.evaluate(
        (s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
        selector,
      );
    expect(await size('.contact .phone-number')).toBeGreaterThan(await size('.contact p'));
    // Nothing on the kiosk's screen is a number to tap, in either language.
    await page.goto(`${env.url}/kiosk?lang=en`);
    await ask(page, 'I have to pay back my rent benefit', 'Your question', 'Send');
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await log(page).last().locator('.phone-number').textContent()).toBe('0800-0543');
    await page.close();
  }, 30_000);

  it('"Stop en wis" drops an answer still on its way and never reuses the session', async () => {
    const page = await env.browser.newPage();
    const chat = await watchChat(page);
    await page.goto(`${env.url}/kiosk`);
    // The first visitor: one answered turn, so there is a session to forget.
    await ask(page, 'Ik moet mijn huurtoeslag terugbetalen');
    const first = chat.requests.length;
    // Then a question that is still on its way when they press Stop en wis.
    chat.slow.ms = 1500;
    await page.getByRole('textbox', { name: 'Uw vraag' }).fill('Ik heb schulden');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect.poll(() => chat.requests.length, PATIENT).toBe(first + 1);
    expect(chat.requests[first]?.sessionId).toBeTruthy();
    await sleep(200);
    await page.getByRole('button', { name: 'Stop en wis' }).click();
    expect(await log(page).count()).toBe(0);
    const added = await watchLog(page);
    await sleep(2500);
    // The late answer is never shown, not even for a moment, and not read out either.
    expect(await added()).toEqual([]);
    expect(await log(page).count()).toBe(0);
    expect(await page.locator('[data-chat-status]').textContent()).toBe('');
    // The next visitor starts a new conversation.
    chat.slow.ms = 0;
    await ask(page, 'Hoe lang duurt dat?');
    const next = chat.requests.at(-1);
    expect(next?.message).toBe('Hoe lang duurt dat?');
    expect(next).not.toHaveProperty('sessionId');
    expect(await log(page).nth(1).textContent()).not.toMatch(/nog steeds over/);
    await page.close();
  }, 30_000);

  it('drops the answer to a first question when "Stop en wis" comes before it', async () => {
    const page = await env.browser.newPage();
    const chat = await watchChat(page);
    await page.goto(`${env.url}/kiosk`);
    chat.slow.ms = 1500;
    await page
      .getByRole('textbox', { name: 'Uw vraag' })
      .fill('mijn bsn is 111222333 en ik heb schulden');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await sleep(200);
    await page.getByRole('button', { name: 'Stop en wis' }).click();
    const added = await watchLog(page);
    await sleep(2500);
    expect(await added()).toEqual([]);
    chat.slow.ms = 0;
    await ask(page, 'Hoe lang duurt dat?');
    expect(chat.requests.at(-1)).not.toHaveProperty('sessionId');
    await page.close();
  }, 30_000);

  it('keeps "Stop en wis" and where to call in danger on screen, and the newest answer in view after several turns', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${env.url}/kiosk`);
    const bar = page.locator('.kiosk-actions');
    const clear = bar.getByRole('button', { name: 'Stop en wis' });
    // A library computer cannot call: the numbers are text, not links that open a calling app.
    const line = bar.locator('[data-danger-line]');
    expect(await line.textContent()).toMatch(/^In gevaar\? Bel 112\./);
    expect(await line.locator('a').count()).toBe(0);
    for (const question of [
      'Ik moet mijn huurtoeslag terugbetalen',
      'Hoe vraag ik een WW-uitkering aan?',
      'Mijn paspoort is verlopen',
    ]) {
      await ask(page, question);
      const answer = log(page).last();
      const box = await answer.boundingBox();
      const barBox = await bar.boundingBox();
      expect(box).not.toBeNull();
      expect(barBox).not.toBeNull();
      // The answer starts on screen, below the bar with Stop en wis and the danger line, with
      // room to read.
      expect(box!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);
      expect(box!.y).toBeLessThan(800 - 200);
      // The bar is wholly on screen.
      expect(barBox!.y).toBeGreaterThanOrEqual(0);
      expect(barBox!.y + barBox!.height).toBeLessThanOrEqual(800);
    }
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await clear.click();
    expect(await log(page).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('lets the Stop en wis bar scroll away on a low screen (200 % zoom), so it does not cover the answer', async () => {
    const page = await env.browser.newPage({ viewport: { width: 640, height: 450 } });
    await page.goto(`${env.url}/kiosk`);
    const position = await page
      .locator('.kiosk-actions')
      .evaluate((bar) => getComputedStyle(bar).position);
    expect(position).toBe('static');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(
      await page.locator('.kiosk-actions').evaluate((bar) => getComputedStyle(bar).position),
    ).toBe('sticky');
    await page.close();
  });

  it('prints only the conversation and whom to call, black on white, without the question box or any button', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/kiosk`);
    const print = page.getByRole('button', { name: 'Print dit gesprek' });
    // Nothing to print on an empty kiosk.
    expect(await print.isVisible()).toBe(false);
    await ask(page, 'ik snap de brief niet');
    expect(await print.isVisible()).toBe(true);
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => (w.printed += 1);
    });
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('textbox', { name: 'Uw vraag' }).isVisible()).toBe(false);
    for (const button of await page.getByRole('button').all()) {
      expect(await button.isVisible()).toBe(false);
    }
    expect(await page.getByRole('link', { name: 'English' }).isVisible()).toBe(false);
    expect(await page.locator('.kiosk-actions').isVisible()).toBe(false);
    // The question, the answer with its web address, and the contact: name, number and hours.
    expect(await log(page).first().isVisible()).toBe(true);
    const answer = log(page).last();
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toContain('https://www.debibliotheken.nl/');
    const card = answer.locator('.contact');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('.phone-number').isVisible()).toBe(true);
    expect(await card.getByText(/^Bereikbaar: /).isVisible()).toBe(true);
    const style = await card.evaluate((node) => {
      const own = getComputedStyle(node);
      const body = getComputedStyle(document.body);
      return {
        color: own.color,
        background: body.backgroundColor,
        size: parseFloat(own.fontSize),
      };
    });
    expect(style.color).toBe('rgb(0, 0, 0)');
    expect(style.background).toBe('rgb(255, 255, 255)');
    // 12pt is 16 px: readable on paper, not the kiosk's screen size.
    expect(style.size).toBeGreaterThanOrEqual(14);
    expect(style.size).toBeLessThan(20);
    await page.close();
  }, 30_000);

  it('offers English and back, with the skip link in the language of the page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/kiosk`);
    expect(await page.locator('a.skip').textContent()).toBe('Naar de inhoud');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/kiosk\?lang=en$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('a.skip').textContent()).toBe('Skip to content');
    await ask(page, 'I have to pay back my rent benefit', 'Your question', 'Send');
    expect(await page.getByRole('button', { name: 'Stop and clear' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(/\/kiosk\?lang=nl$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.getByRole('button', { name: 'Stop en wis' }).isVisible()).toBe(true);
    // Changing language leaves nothing of the conversation behind.
    expect(await log(page).count()).toBe(0);
    await page.close();
  }, 30_000);
  it('sends a second question typed before the first is answered in the same conversation', async () => {
    const page = await env.browser.newPage();
    const chat = await watchChat(page);
    await page.goto(`${env.url}/kiosk`);
    chat.slow.ms = 800;
    const box = page.getByRole('textbox', { name: 'Uw vraag' });
    await box.fill('Ik moet mijn huurtoeslag terugbetalen');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await box.fill('Hoe lang heb ik daarvoor?');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect.poll(() => log(page).count(), PATIENT).toBe(4);
    expect(chat.requests.map((request) => request.message)).toEqual([
      'Ik moet mijn huurtoeslag terugbetalen',
      'Hoe lang heb ik daarvoor?',
    ]);
    // The second waited for the first answer's session instead of starting a conversation.
    expect(chat.requests[0]?.sessionId).toBeUndefined();
    expect(chat.requests[1]?.sessionId).toBeTruthy();
    await page.close();
  });
  it('answers English typed on the Dutch kiosk in English', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/kiosk`);
    await ask(
      page,
      "Hello, I don't speak Dutch. My residence permit expires next month, how do I renew it?",
    );
    await expect.poll(() => log(page).last().textContent(), PATIENT).toMatch(/Call /);
    expect(await log(page).last().textContent()).not.toMatch(/Wilt u liever|Bereikbaar/);
    // Its own labels and language, so a screen reader reads it with an English voice.
    expect(await log(page).last().getAttribute('lang')).toBe('en');
    expect(await log(page).last().locator('h2').textContent()).not.toBe('Antwoord');
    await page.close();
  });

  it('keeps a question that is too long in the box and says so, instead of cutting it', async () => {
    const page = await env.browser.newPage();
    const chat = await watchChat(page);
    await page.goto(`${env.url}/kiosk`);
    const letter = 'Ik heb een brief gekregen over mijn huurtoeslag. '.repeat(45);
    const box = page.getByRole('textbox', { name: 'Uw vraag' });
    await box.fill(letter);
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect.poll(() => log(page).count(), PATIENT).toBe(1);
    expect(await log(page).first().textContent()).toMatch(/^Uw vraag is te lang: \d+ tekens\./);
    // Even a message that did not leave the screen names someone to call.
    expect(await log(page).first().textContent()).toContain('Informatie Rijksoverheid: 1400');
    expect(await box.inputValue()).toBe(letter);
    expect(chat.requests).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!browserAvailable)('the library kiosk when nobody touches it', () => {
  const env = useBrowserApp();

  it('warns thirty seconds before it wipes the conversation, and keeps it for who is still there', async () => {
    const page = await env.browser.newPage();
    await page.clock.install();
    await page.goto(`${env.url}/kiosk`);
    await ask(page, 'Ik moet mijn huurtoeslag terugbetalen');
    const warning = page.getByRole('alertdialog');
    expect(await warning.isVisible()).toBe(false);
    await page.clock.runFor(151_000);
    await expect.poll(() => warning.isVisible(), PATIENT).toBe(true);
    expect(await warning.textContent()).toMatch(/Bent u er nog\?/);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Still there: the conversation stays, and the three minutes start again.
    await page.getByRole('button', { name: 'Ik ben er nog' }).click();
    expect(await warning.isVisible()).toBe(false);
    await page.clock.runFor(100_000);
    expect(await log(page).count()).toBe(2);
    // Gone: the warning, then the wipe.
    await page.clock.runFor(81_000);
    await expect.poll(() => log(page).count(), PATIENT).toBe(0);
    expect(await warning.isVisible()).toBe(false);
    await page.close();
  }, 30_000);

  it('keeps the conversation of someone who only scrolls to read the answer, with the wheel or a finger', async () => {
    const page = await env.browser.newPage({
      viewport: { width: 800, height: 500 },
      hasTouch: true,
    });
    await page.clock.install();
    await page.goto(`${env.url}/kiosk`);
    await ask(page, 'Ik moet mijn huurtoeslag terugbetalen');
    await ask(page, 'Hoe vraag ik een WW-uitkering aan?');
    const warning = page.getByRole('alertdialog');
    // Reading: now and then a turn of the mouse wheel, no key and no click. The browser hands
    // the page a wheel event a moment after the turn: wait for it before time goes on.
    await page.evaluate(() => {
      const w = window as unknown as { wheels: number };
      w.wheels = 0;
      document.addEventListener('wheel', () => (w.wheels += 1));
    });
    const wheels = () => page.evaluate(() => (window as unknown as { wheels: number }).wheels);
    await page.mouse.move(400, 300);
    for (let minute = 0; minute < 4; minute += 1) {
      await page.clock.runFor(100_000);
      await page.mouse.wheel(0, minute % 2 === 0 ? 200 : -200);
      await expect.poll(wheels, PATIENT).toBe(minute + 1);
    }
    expect(await warning.isVisible()).toBe(false);
    expect(await log(page).count()).toBe(4);
    // The same with a finger on a touch screen: touchstart and touchmove.
    for (let minute = 0; minute < 4; minute += 1) {
      await page.clock.runFor(100_000);
      await page.evaluate(() => {
        for (const type of ['touchstart', 'touchmove']) {
          document.body.dispatchEvent(new Event(type, { bubbles: true }));
        }
      });
    }
    expect(await warning.isVisible()).toBe(false);
    expect(await log(page).count()).toBe(4);
    // Nobody there any more: the warning, then the wipe, as before.
    await page.clock.runFor(151_000);
    await expect.poll(() => warning.isVisible(), PATIENT).toBe(true);
    await page.clock.runFor(30_000);
    await expect.poll(() => log(page).count(), PATIENT).toBe(0);
    await page.close();
  }, 60_000);

  it('wraps a long web address in an answer on a phone-wide screen, so the page never scrolls sideways', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${env.url}/kiosk`);
    // The answer names https://www.debibliotheken.nl/informatie/informatiepunt-digitale-overheid-ido/.
    await ask(page, 'ik snap de brief niet');
    expect(await log(page).last().textContent()).toContain('https://www.debibliotheken.nl/');
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    await page.close();
  }, 30_000);

  it('does not ask "Bent u er nog?" on a kiosk with nothing on it, nor take the focus away', async () => {
    const page = await env.browser.newPage();
    await page.clock.install();
    await page.goto(`${env.url}/kiosk`);
    await page.clock.runFor(151_000);
    expect(await page.getByRole('alertdialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-idle-stay'))).toBe(
      false,
    );
    // Words typed but not sent are something to wipe: then it does warn.
    await page.getByRole('textbox', { name: 'Uw vraag' }).pressSequentially('mijn digid');
    await page.clock.runFor(151_000);
    await expect.poll(() => page.getByRole('alertdialog').isVisible(), PATIENT).toBe(true);
    await page.close();
  }, 30_000);

  it('sends the question on Enter, and starts a new line on Shift+Enter', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/kiosk`);
    const box = page.getByRole('textbox', { name: 'Uw vraag' });
    await box.fill('Ik moet mijn huurtoeslag');
    await box.press('Shift+Enter');
    await box.pressSequentially('terugbetalen');
    expect(await box.inputValue()).toBe('Ik moet mijn huurtoeslag\nterugbetalen');
    await box.press('Enter');
    await expect.poll(() => log(page).count(), PATIENT).toBe(2);
    expect(await box.inputValue()).toBe('');
    await page.close();
  }, 30_000);
});

describe.skipIf(!browserAvailable)('the pages themselves', () => {
  const env = useBrowserApp();

  it.each(['/', '/kiosk', '/caseworker', '/dashboard'])(
    'loads %s without a failed request, and names its icon so none is fetched',
    async (path) => {
      const page = await env.browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${env.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(failed).toEqual([]);
      // Headless chromium asks for no icon; a desktop browser would ask /favicon.ico without this.
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('data:,');
      await page.close();
    },
    30_000,
  );
});
