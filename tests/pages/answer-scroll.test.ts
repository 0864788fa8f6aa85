import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, hostPage, useBrowserApp } from '../support/browser.js';

/** A busy machine (the whole suite, in parallel) can take more than a second to answer. */
const PATIENT = { timeout: 10_000 };

const QUESTIONS = [
  'Ik moet mijn huurtoeslag terugbetalen',
  'Hoe vraag ik een WW-uitkering aan?',
  'Mijn paspoort is verlopen',
];

const VIEWPORT = { width: 1280, height: 800 };

/** Records how the page asks to scroll, to tell smooth scrolling from an instant jump. */
async function recordScrolls(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { scrolls: string[] };
    w.scrolls = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (
      this: Element,
      arg?: boolean | ScrollIntoViewOptions,
    ) {
      w.scrolls.push(typeof arg === 'object' ? String(arg.behavior) : String(arg));
      original.call(this, arg);
    };
  });
  return () => page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls);
}

/** Sends a question and waits for its answer; the answer's list item. */
async function ask(page: Page, items: Locator, question: string): Promise<Locator> {
  const before = await items.count();
  await page.getByRole('textbox', { name: 'Uw vraag' }).fill(question);
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect.poll(() => items.count(), PATIENT).toBe(before + 2);
  return items.nth(before + 1);
}

/** The top of the answer is on screen (and inside `within`, when given): it can be read. */
async function startsInView(answer: Locator, within?: Locator): Promise<boolean> {
  const box = await answer.boundingBox();
  const frame = within ? await within.boundingBox() : { y: 0, height: VIEWPORT.height };
  if (!box || !frame) return false;
  const bottom = Math.min(frame.y + frame.height, VIEWPORT.height);
  return box.y >= Math.max(frame.y, 0) - 1 && box.y + 40 <= bottom;
}

describe.skipIf(!browserAvailable)('the newest answer in view', () => {
  const env = useBrowserApp();

  it('scrolls the demo page to each new answer, smoothly', async () => {
    const page = await env.browser.newPage({ viewport: VIEWPORT });
    const scrolls = await recordScrolls(page);
    await page.goto(env.url);
    const items = page.locator('[data-wegwijzer-chat] [data-chat-log] li');
    for (const question of QUESTIONS) {
      const answer = await ask(page, items, question);
      await expect.poll(() => startsInView(answer), PATIENT).toBe(true);
    }
    expect(await scrolls()).toEqual(['smooth', 'smooth', 'smooth']);
    await page.close();
  }, 60_000);

  it('jumps without smooth scrolling when the person prefers reduced motion', async () => {
    const page = await env.browser.newPage({ viewport: VIEWPORT });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const scrolls = await recordScrolls(page);
    await page.goto(`${env.url}/kiosk`);
    const items = page.locator('[data-wegwijzer-chat] [data-chat-log] li');
    for (const question of QUESTIONS) {
      const answer = await ask(page, items, question);
      // No waiting: the answer is there at once.
      expect(await startsInView(answer)).toBe(true);
    }
    expect(await scrolls()).toEqual(['auto', 'auto', 'auto']);
    await page.close();
  }, 60_000);

  it("shows the kiosk's answer heading below the sticky bar on a 390 px phone, the bar compact", async () => {
    const phone = { width: 390, height: 844 };
    const page = await env.browser.newPage({ viewport: phone });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${env.url}/kiosk`);
    const items = page.locator('[data-wegwijzer-chat] [data-chat-log] li');
    const bar = page.locator('.kiosk-actions');
    for (const question of QUESTIONS) {
      const answer = await ask(page, items, question);
      const heading = await answer.getByRole('heading', { name: 'Antwoord' }).boundingBox();
      const sticky = await bar.boundingBox();
      expect(heading && sticky && heading.y >= sticky.y + sticky.height).toBe(true);
    }
    // The danger line and "Stop en wis" stay in sight, in at most a sixth of the screen.
    const sticky = await bar.boundingBox();
    expect(sticky?.y).toBe(0);
    expect(sticky?.height).toBeLessThanOrEqual(phone.height / 6);
    expect(await page.getByRole('button', { name: 'Stop en wis' }).isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('leaves the focus where the person had it', async () => {
    const page = await env.browser.newPage({ viewport: VIEWPORT });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${env.url}/kiosk`);
    const items = page.locator('[data-wegwijzer-chat] [data-chat-log] li');
    for (const question of QUESTIONS) {
      await page.getByRole('textbox', { name: 'Uw vraag' }).fill(question);
      const before = await items.count();
      await page.getByRole('button', { name: 'Verstuur' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => items.count(), PATIENT).toBe(before + 2);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verstuur');
    }
    await page.close();
  }, 60_000);

  it("scrolls the widget's panel, not the page it sits on, to each new answer", async () => {
    const host = await hostPage(
      `<!doctype html><html lang="nl"><head><title>UWV</title></head><body><main><h1>Werkloos</h1>` +
        `<p style="height: 3000px">Lange pagina</p></main>` +
        `<script src="${env.url}/widget.js" data-agency="uwv"></script></body></html>`,
    );
    const page = await env.browser.newPage({ viewport: VIEWPORT });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Stel een vraag' }).click();
    const panel = page.locator('.wegwijzer-widget .panel');
    const items = page.locator('.wegwijzer-widget li');
    for (const question of QUESTIONS) {
      const answer = await ask(page, items, question);
      expect(await startsInView(answer, panel)).toBe(true);
    }
    expect(await panel.evaluate((node) => node.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Closed and opened again, the panel shows the last answer, with the focus in the box.
    const last = items.last();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stel een vraag' }).click();
    expect(await startsInView(last, panel)).toBe(true);
    expect(
      await page.evaluate(
        () => document.querySelector('.wegwijzer-widget')?.shadowRoot?.activeElement?.tagName,
      ),
    ).toBe('TEXTAREA');
    await page.close();
    await host.close();
  }, 60_000);
});
