import { html } from 'hono/html';
import { layout } from './layout.js';

/**
 * What a person sees who typed or followed a wrong address: a page in both languages with the way
 * back, where the API's JSON error would be a dead end. The person's own language comes first.
 */
export function notFoundPage(lang: 'nl' | 'en') {
  const texts = {
    nl: {
      title: 'Pagina niet gevonden',
      text: 'Deze pagina bestaat niet (meer). Controleer het adres, of ga naar de startpagina.',
      link: 'Naar de startpagina',
    },
    en: {
      title: 'Page not found',
      text: 'This page does not exist (any more). Check the address, or go to the start page.',
      link: 'Go to the start page',
    },
  };
  const other = lang === 'nl' ? 'en' : 'nl';
  const own = texts[lang];
  return layout({
    title: `${own.title} — Wegwijzer`,
    lang,
    body: html`<main id="main">
      <h1>${own.title}</h1>
      <p>${own.text}</p>
      <p><a href="/${lang === 'en' ? '?lang=en' : ''}">${own.link}</a></p>
      <div lang="${other}">
        <h2>${texts[other].title}</h2>
        <p>${texts[other].text}</p>
        <p><a href="/${other === 'en' ? '?lang=en' : ''}">${texts[other].link}</a></p>
      </div>
    </main>`,
  });
}
