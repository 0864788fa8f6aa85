import { html } from 'hono/html';
import { chatForm } from './chat-form.js';
import { dangerLine } from './danger-line.js';
import { layout } from './layout.js';

/** The demo page: the chat as a citizen sees it on an agency's website, and the widget snippet. */
export function homePage(lang: 'nl' | 'en', origin: string, danger: string) {
  const t =
    lang === 'nl'
      ? {
          title: 'Wegwijzer — waar kunt u terecht?',
          intro:
            'Stel uw vraag in uw eigen woorden. Wij zeggen welke organisatie u helpt, en wie u kunt bellen.',
          other: 'English',
          otherHref: '/?lang=en',
          embed: 'Voor websites van organisaties: zet deze regel op uw pagina.',
        }
      : {
          title: 'Wegwijzer — where can you get help?',
          intro:
            'Ask your question in your own words. We tell you which organisation can help, and whom you can call.',
          other: 'Nederlands',
          otherHref: '/?lang=nl',
          embed: 'For organisations’ websites: put this line on your page.',
        };
  const snippet = `<script src="${origin}/widget.js" data-agency="uwv"></script>`;
  return layout({
    title: t.title,
    lang,
    bodyClass: 'chat-page',
    // The widget too, as an agency's site would embed it.
    scripts: ['/assets/chat.js', '/widget.js'],
    body: html`<header>
        <h1>${t.title}</h1>
        <p><a href="${t.otherHref}" lang="${lang === 'nl' ? 'en' : 'nl'}">${t.other}</a></p>
      </header>
      <main id="main">
        <p>${t.intro}</p>
        ${chatForm(lang, 'web', dangerLine(danger))}
      </main>
      <footer>
        <p class="muted">${t.embed}</p>
        <pre><code>${snippet}</code></pre>
      </footer>`,
  });
}
