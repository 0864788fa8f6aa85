import { html } from 'hono/html';
import { layout } from './layout.js';

/** The demo page: the chat as a citizen sees it on an agency's website. */
export function homePage(lang: 'nl' | 'en') {
  const t =
    lang === 'nl'
      ? {
          title: 'Wegwijzer — waar kunt u terecht?',
          intro:
            'Stel uw vraag in uw eigen woorden. Wij zeggen welke organisatie u helpt, en wie u kunt bellen.',
          label: 'Uw vraag',
          send: 'Verstuur',
          privacy:
            'Schrijf geen BSN, rekeningnummer of adres op. Doet u dat toch, dan halen wij het weg.',
          other: 'English',
          otherHref: '/?lang=en',
        }
      : {
          title: 'Wegwijzer — where can you get help?',
          intro:
            'Ask your question in your own words. We tell you which organisation can help, and whom you can call.',
          label: 'Your question',
          send: 'Send',
          privacy:
            'Do not write your citizen service number, bank account or address. If you do, we remove it.',
          other: 'Nederlands',
          otherHref: '/?lang=nl',
        };
  return layout({
    title: t.title,
    lang,
    scripts: ['/assets/chat.js'],
    body: html`<header>
        <h1>${t.title}</h1>
        <p><a href="${t.otherHref}" lang="${lang === 'nl' ? 'en' : 'nl'}">${t.other}</a></p>
      </header>
      <main id="main">
        <p>${t.intro}</p>
        <form id="chat-form" action="/api/chat" method="post" data-channel="web">
          <label for="chat-message">${t.label}</label>
          <textarea
            id="chat-message"
            name="message"
            maxlength="2000"
            required
            aria-describedby="chat-privacy"
          ></textarea>
          <p id="chat-privacy" class="muted">${t.privacy}</p>
          <button type="submit">${t.send}</button>
        </form>
        <ol id="chat-log" class="log"></ol>
        <div id="chat-status" class="sr-only" role="status" aria-live="polite"></div>
      </main>`,
  });
}
