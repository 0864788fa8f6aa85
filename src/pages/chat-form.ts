import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { dangerLine } from './danger-line.js';

/**
 * The server-rendered chat: a labelled textbox, a send button, the danger line, the answers and
 * a live region. The danger line comes after the form, so that the keyboard reaches the question
 * box first. `actions` (the kiosk's Stop en wis) go between the form and the answers, inside
 * the chat, so that they can stay on screen while the answers scroll by; a kiosk puts the danger
 * line among them, so that it stays on screen too.
 */
export function chatForm(
  lang: 'nl' | 'en',
  channel: 'web' | 'kiosk',
  danger: string,
  actions?: HtmlEscapedString | Promise<HtmlEscapedString>,
) {
  const t =
    lang === 'nl'
      ? {
          label: 'Uw vraag',
          send: 'Verstuur',
          privacy:
            'Schrijf geen BSN, rekeningnummer of adres op. Doet u dat toch, dan halen wij het weg.',
        }
      : {
          label: 'Your question',
          send: 'Send',
          privacy:
            'Do not write your citizen service number, bank account or address. If you do, we remove it.',
        };
  return html`<div data-wegwijzer-chat data-channel="${channel}">
    <form data-chat-form action="/api/chat" method="post">
      <label for="chat-message">${t.label}</label>
      <textarea
        id="chat-message"
        name="message"
        required
        data-chat-input
        aria-describedby="chat-privacy"
      ></textarea>
      <p id="chat-privacy" class="muted">${t.privacy}</p>
      <button type="submit">${t.send}</button>
    </form>
    ${channel === 'kiosk' ? '' : dangerLine(danger)} ${actions ?? ''}
    <ol class="log" data-chat-log></ol>
    <div class="sr-only" role="status" aria-live="polite" data-chat-status></div>
  </div>`;
}
