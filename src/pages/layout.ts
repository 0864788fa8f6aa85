import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** The shared page frame: language, skip link, one stylesheet, scripts from our own origin only. */
export function layout(options: {
  title: string;
  lang: 'nl' | 'en';
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
  scripts?: string[];
  bodyClass?: string;
}) {
  return html`<!doctype html>
    <html lang="${options.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title}</title>
        <link rel="stylesheet" href="/assets/wegwijzer.css" />
        <!-- No icon to fetch: browsers otherwise ask for /favicon.ico and log a 404. -->
        <link rel="icon" href="data:," />
      </head>
      <body class="${options.bodyClass ?? ''}">
        <a class="skip" href="#main"
          >${options.lang === 'en' ? 'Skip to content' : 'Naar de inhoud'}</a
        >
        ${options.body}
        ${raw((options.scripts ?? []).map((src) => `<script src="${src}" defer></script>`).join('\n'))}
      </body>
    </html>`;
}
