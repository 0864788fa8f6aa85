import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './app.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Browser tests need Debian's chromium; CI installs it, so there a missing browser is a failure. */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'],
  });
}

/** Serves the test app on an ephemeral loopback port. */
export async function listen(t: TestApp): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** A page of "another organisation" on its own origin, to host the widget. */
export async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Runs axe-core (WCAG 2.1 A and AA) and returns the violations, named for a readable failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which rightly forbids injected scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A test app served on loopback with Chromium open, for one `describe` block. */
export interface BrowserApp {
  t: TestApp;
  url: string;
  browser: Browser;
}

/**
 * Registers the `beforeAll`/`afterAll` that start a fresh test app on an ephemeral loopback port
 * and launch Chromium; `prepare` runs first, e.g. to hold conversations the pages will show.
 */
export function useBrowserApp(prepare?: (t: TestApp) => Promise<void>): BrowserApp {
  const state: Partial<BrowserApp> & { close?: () => Promise<void> } = {};
  beforeAll(async () => {
    state.t = await createTestApp();
    if (prepare) await prepare(state.t);
    const server = await listen(state.t);
    state.url = server.url;
    state.close = server.close;
    state.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.close?.();
    state.t?.close();
  });
  const ready = <K extends keyof BrowserApp>(key: K): BrowserApp[K] => {
    const value = state[key];
    if (value === undefined) throw new Error(`browser app not started: ${key}`);
    return value as BrowserApp[K];
  };
  return {
    get t() {
      return ready('t');
    },
    get url() {
      return ready('url');
    },
    get browser() {
      return ready('browser');
    },
  };
}
