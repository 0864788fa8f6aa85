import { dangerLineParts } from '../catalog/danger-line.js';
import type { Localized } from '../catalog/schema.js';
import { chatCoreScript } from './chat-client.js';

/**
 * The embeddable widget: `<script src="https://…/widget.js" data-agency="uwv"></script>` on any
 * site. It lives in a shadow root so the host page's styles cannot break it, and it talks to the
 * origin it was loaded from.
 */
export const widgetScript = (danger: Localized) => `${chatCoreScript}
(() => {
  const DANGER = ${JSON.stringify({ nl: dangerLineParts(danger.nl), en: dangerLineParts(danger.en) })};
  const script = document.currentScript;
  if (!script) return;
  const api = new URL(script.src, location.href).origin;
  const lang = script.dataset.lang === 'en' || (!script.dataset.lang && (document.documentElement.lang || '').startsWith('en')) ? 'en' : 'nl';
  const label = lang === 'en' ? 'Ask a question' : 'Stel een vraag';
  const close = lang === 'en' ? 'Close' : 'Sluiten';

  const host = document.createElement('div');
  host.className = 'wegwijzer-widget';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = api + '/assets/widget.css';
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toggle';
  toggle.textContent = label;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'wegwijzer-panel');
  const panel = document.createElement('section');
  panel.id = 'wegwijzer-panel';
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('aria-label', 'Wegwijzer');
  panel.lang = lang;
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'secondary close';
  closeButton.textContent = close;
  panel.appendChild(closeButton);
  window.WegwijzerChat.buildMarkup(panel, lang, 'wegwijzer', DANGER[lang]);
  const agency = script.dataset.agency;
  window.WegwijzerChat.mount(panel, { api: api, lang: lang, channel: 'web', agency: agency, chat: 'widget.' + (agency || 'alle') });
  shadow.append(style, toggle, panel);

  // Closing hides the panel and loses its scroll position; reopening shows the conversation
  // where the person left it, not the empty form at the top. Typing scrolls to the box anyway.
  let scrollTop = 0;
  function setOpen(open) {
    if (!open) scrollTop = panel.scrollTop;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      panel.querySelector('textarea').focus({ preventScroll: true });
      panel.scrollTop = scrollTop;
    } else toggle.focus();
  }
  toggle.addEventListener('click', () => setOpen(panel.hidden));
  closeButton.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') setOpen(false); });
  (document.body || document.documentElement).appendChild(host);
})();
`;
