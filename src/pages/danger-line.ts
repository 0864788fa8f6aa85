import { html } from 'hono/html';
import { dangerLineParts } from '../catalog/danger-line.js';

/**
 * Where to call in danger, with every chat whatever was asked: the crisis check hears most
 * people in danger but not all of them (ADR 14), and this line is there for the rest. Its numbers
 * are links to tap on a phone; at a library computer, which cannot call, a link would only open
 * some calling app, so there they are plain text (`links: false`).
 */
export function dangerLine(text: string, options: { links: boolean } = { links: true }) {
  const parts = dangerLineParts(text).map((part) =>
    'tel' in part && options.links
      ? html`<a href="tel:${part.tel}">${part.text}</a>`
      : html`${part.text}`,
  );
  return html`<p class="danger-line" data-danger-line>${parts}</p>`;
}
