import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * The server-rendered chat: a labelled textbox, a send button, then `below` (the danger line, or
 * the kiosk's bar with Stop en wis and the danger line), the answers and a live region. What is
 * below comes after the form, so that the keyboard reaches the question box first, and before
 * the answers, so that the kiosk's bar can stay on screen while they scroll by.
 */
export function chatForm(
  lang: 'nl' | 'en',
  channel: 'web' | 'kiosk',
  below: HtmlEscapedString | Promise<HtmlEscapedString>,
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
    ${below}
    <ol class="log" data-chat-log></ol>
    <div class="sr-only" role="status" aria-live="polite" data-chat-status></div>
  </div>`;
}
