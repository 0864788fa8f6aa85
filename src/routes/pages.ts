import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from '../app.js';
import { localDateOf } from '../core/amsterdam-time.js';
import { staffClientScript } from '../pages/staff-client.js';
import { caseworkerPage, dashboardPage } from '../pages/staff-pages.js';
import { pageScript } from '../pages/chat-client.js';
import { homePage } from '../pages/home.js';
import { kioskPage } from '../pages/kiosk.js';
import { stylesheet, widgetStylesheet } from '../pages/styles.js';
import { widgetScript } from '../pages/widget-script.js';

const lang = (c: Context) => (c.req.query('lang') === 'en' ? 'en' : 'nl');

function asset(c: Context, body: string, contentType: string) {
  c.header('Content-Type', `${contentType}; charset=utf-8`);
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(body);
}

export function registerPages(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const danger = deps.catalog.texts.dangerLine;
  const widget = widgetScript(danger);
  app.get('/', (c) => c.html(homePage(lang(c), new URL(c.req.url).origin, danger[lang(c)])));
  app.get('/kiosk', (c) => c.html(kioskPage(lang(c), danger[lang(c)])));
  app.get('/dashboard', (c) =>
    c.html(dashboardPage(deps.catalog, localDateOf(deps.clock()), deps.crisisIn.lines)),
  );
  app.get('/caseworker', (c) => c.html(caseworkerPage(deps.catalog, deps.signalLabels)));
  // Addresses people type or bookmark by habit lead to the page, not to a 404. Not Hono's
  // trimTrailingSlash: that would also redirect API paths, which answer with JSON errors.
  const aliases: [string, string][] = [
    ['/index.html', '/'],
    ...['/kiosk', '/dashboard', '/caseworker'].map((page): [string, string] => [`${page}/`, page]),
  ];
  for (const [alias, page] of aliases) {
    // A relative Location with the query kept ("/kiosk/?lang=en"), right behind any proxy.
    app.get(alias, (c) => c.redirect(page + new URL(c.req.url).search, 301));
  }
  app.get('/assets/staff.js', (c) => asset(c, staffClientScript, 'text/javascript'));
  app.get('/assets/chat.js', (c) => asset(c, pageScript, 'text/javascript'));
  app.get('/assets/wegwijzer.css', (c) => asset(c, stylesheet, 'text/css'));
  app.get('/assets/widget.css', (c) => asset(c, widgetStylesheet, 'text/css'));
  // Loaded by other organisations' pages, so it must be fetchable cross-origin.
  app.get('/widget.js', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    return asset(c, widget, 'text/javascript');
  });
}
