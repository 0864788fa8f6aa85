import { html } from 'hono/html';
import { chatForm } from './chat-form.js';
import { dangerLine } from './danger-line.js';
import { layout } from './layout.js';

/**
 * The library kiosk (Informatiepunt Digitale Overheid): large text, nothing kept on the device,
 * a link to the other language, and one button that wipes the conversation for the next person
 * (and, once there is an answer, one that prints it: library staff often print it to take home).
 * That button and the danger line sit between the question box and the answers, and stay at the
 * top of the screen however long the conversation gets.
 */
export function kioskPage(lang: 'nl' | 'en', danger: string) {
  const t =
    lang === 'nl'
      ? {
          title: 'Wegwijzer in de bibliotheek',
          intro:
            'Stel uw vraag over de overheid. Wij zeggen wie u helpt en wie u kunt bellen. Een medewerker van de bibliotheek helpt u ook graag.',
          clear: 'Stop en wis',
          clearHint: 'Wist uw gesprek van dit scherm en deze computer.',
          other: 'English',
          otherHref: '/kiosk?lang=en',
          idle: 'Bent u er nog? Over 30 seconden wissen wij dit gesprek van het scherm.',
          stillHere: 'Ik ben er nog',
          print: 'Print dit gesprek',
        }
      : {
          title: 'Wegwijzer at the library',
          intro:
            'Ask your question about the government. We tell you who can help and whom you can call. Library staff are happy to help too.',
          clear: 'Stop and clear',
          clearHint: 'Removes your conversation from this screen and this computer.',
          other: 'Nederlands',
          otherHref: '/kiosk?lang=nl',
          idle: 'Are you still there? In 30 seconds we clear this conversation from the screen.',
          stillHere: 'I am still here',
          print: 'Print this conversation',
        };
  return layout({
    title: t.title,
    lang,
    bodyClass: 'kiosk chat-page',
    scripts: ['/assets/chat.js'],
    body: html`<header>
        <h1>${t.title}</h1>
        <p><a href="${t.otherHref}" lang="${lang === 'nl' ? 'en' : 'nl'}">${t.other}</a></p>
      </header>
      <main id="main">
        <p>${t.intro}</p>
        ${chatForm(
          lang,
          'kiosk',
          html`<div class="kiosk-actions">
              ${dangerLine(danger, { links: false })}
              <button type="button" class="secondary" data-chat-clear aria-describedby="clear-hint">
                ${t.clear}
              </button>
              <span id="clear-hint" class="muted">${t.clearHint}</span>
              <button type="button" class="secondary" data-chat-print hidden>${t.print}</button>
            </div>
            <div
              class="idle-warning"
              role="alertdialog"
              aria-labelledby="idle-text"
              data-idle-warning
              hidden
            >
              <p id="idle-text">${t.idle}</p>
              <button type="button" data-idle-stay>${t.stillHere}</button>
            </div>`,
        )}
      </main>`,
  });
}
