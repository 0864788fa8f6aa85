/**
 * The browser side of the chat, shared by the demo page, the kiosk and the embeddable widget.
 * Plain DOM, no framework: it must run on old library computers. Text is inserted with
 * textContent only, never as HTML. It defines `window.WegwijzerChat.mount(root, options)`;
 * `options.chat` names the chat (the page's, or the widget's for one agency), and each chat keeps
 * its session under its own name in sessionStorage.
 */
export const chatCoreScript = `(() => {
  if (window.WegwijzerChat) return;
  const TEXTS = {
    nl: { you: 'U vroeg', answer: 'Antwoord', call: 'Bel', fromAbroad: 'Vanuit het buitenland', busy: 'Even geduld…', failed: 'Versturen lukte niet. Probeer het opnieuw, of bel 1400.', hours: 'Bereikbaar', otherTopics: 'Of gaat het over:', label: 'Uw vraag', send: 'Verstuur', privacy: 'Schrijf geen BSN, rekeningnummer of adres op. Doet u dat toch, dan halen wij het weg.', tooLong: 'Uw vraag is te lang: {n} tekens. Maak hem korter, tot 2000 tekens. Uw tekst staat nog in het vak. Of bel Informatie Rijksoverheid: 1400.' },
    en: { you: 'You asked', answer: 'Answer', call: 'Call', fromAbroad: 'From abroad', busy: 'One moment…', failed: 'Sending failed. Please try again, or call 1400.', hours: 'Open', otherTopics: 'Or is it about:', label: 'Your question', send: 'Send', privacy: 'Do not write your citizen service number, bank account or address. If you do, we remove it.', tooLong: 'Your question is too long: {n} characters. Please make it shorter, up to 2000 characters. Your text is still in the box. Or call the Government Information line: 1400.' },
  };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  /** The form, the answer list and a live region, for roots that do not render them on the server. */
  function buildMarkup(root, lang, idPrefix, danger) {
    const t = TEXTS[lang];
    // Where to call in danger, as on the page: words, and numbers to tap.
    const dangerLine = el('p', null, 'danger-line');
    dangerLine.setAttribute('data-danger-line', '');
    danger.forEach((part) => {
      if (!part.tel) return dangerLine.append(part.text);
      const link = el('a', part.text);
      link.href = 'tel:' + part.tel;
      dangerLine.append(link);
    });
    const form = el('form');
    form.setAttribute('data-chat-form', '');
    const label = el('label', t.label);
    label.htmlFor = idPrefix + '-message';
    const input = el('textarea');
    input.id = idPrefix + '-message';
    input.required = true;
    input.setAttribute('data-chat-input', '');
    input.setAttribute('aria-describedby', idPrefix + '-privacy');
    const privacy = el('p', t.privacy, 'muted');
    privacy.id = idPrefix + '-privacy';
    const button = el('button', t.send);
    button.type = 'submit';
    form.append(label, input, privacy, button);
    const log = el('ol', null, 'log');
    log.setAttribute('data-chat-log', '');
    const status = el('div', null, 'sr-only');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('data-chat-status', '');
    root.append(form, dangerLine, log, status);
  }

  function mount(root, options) {
    const lang = options.lang === 'en' ? 'en' : 'nl';
    const t = TEXTS[lang];
    const channel = options.channel || 'web';
    // Each chat keeps its own conversation: the page's chat and a widget on the same page must
    // not go on with each other's session ('wegwijzer.session.page', '….widget.uwv').
    const storageKey = 'wegwijzer.session.' + (options.chat || 'page');
    const persist = options.persist !== false;
    const form = root.querySelector('[data-chat-form]');
    const input = root.querySelector('[data-chat-input]');
    const log = root.querySelector('[data-chat-log]');
    const status = root.querySelector('[data-chat-status]');
    let sessionId = persist ? sessionStorage.getItem(storageKey) : null;
    // Every clear starts a new generation. A request sent in an older one is aborted, and should
    // its answer still arrive, it is dropped: never shown, and its sessionId never taken up.
    let generation = 0;
    const pending = [];

    /** Brings the newest item into view; no smooth scrolling for those who asked for less motion. */
    function reveal(item) {
      if (typeof item.scrollIntoView !== 'function') return;
      const reduce = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      try {
        item.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
      } catch (error) {
        item.scrollIntoView(true);
      }
    }

    /** A line of our own in the conversation (not an answer), shown and read out. */
    function tell(text) {
      const item = el('li', text);
      log.appendChild(item);
      reveal(item);
      status.textContent = text;
    }

    /**
     * A name in brackets after another, its own brackets as a comma: "Landlord and neighbours
     * (Legal Services Counter, Het Juridisch Loket)", not "(… (Het Juridisch Loket))".
     */
    function inBrackets(name) {
      return ' (' + name.replace(/\\s*\\(([^()]*)\\)/g, ', $1') + ')';
    }

    /**
     * "Team WW Klantcontact (UWV)", but "Veilig Thuis" alone: a name that already says the
     * organisation (or part of its name in brackets) is not followed by it again.
     */
    function whoWithWhere(contact) {
      const name = contact.name.toLowerCase();
      const parts = contact.organisation
        .split(/[()]/)
        .map((part) => part.trim().toLowerCase())
        .filter((part) => part.length > 0);
      const said = parts.some((part) => name.includes(part)) || parts.includes(name);
      return said ? contact.name : contact.name + inBrackets(contact.organisation);
    }

    function renderContact(contact, t, locale) {
      const box = el('div', null, 'contact');
      box.appendChild(el('p', whoWithWhere(contact)));
      if (contact.role) box.appendChild(el('p', contact.role, 'muted'));
      const phone = el('p');
      phone.appendChild(document.createTextNode(t.call + ': '));
      // "14 + netnummer" is a way to dial, not a number: show it as text.
      const dialable = /^[+0-9][0-9 -]+$/.test(contact.phone);
      if (dialable && channel === 'kiosk') {
        // A library computer cannot call (the danger line above is text too): the number is
        // large plain text, to write down or type into a phone; one tap selects all of it.
        phone.appendChild(el('strong', contact.phone, 'phone-number'));
      } else if (dialable) {
        const link = el('a', contact.phone);
        link.href = 'tel:' + contact.phone.replace(/[^0-9+]/g, '');
        phone.appendChild(link);
      } else {
        phone.appendChild(document.createTextNode(contact.phone));
      }
      phone.appendChild(document.createTextNode(' (' + contact.cost + ')'));
      box.appendChild(phone);
      if (contact.howToDial) box.appendChild(el('p', contact.howToDial));
      // 0800, 088 and 1400 do not work from abroad: the number that does, as the reply gives it
      // (in English, or to a person who says they are abroad; never at a kiosk here).
      const abroad = contact.phoneAbroad;
      if (abroad && abroad !== contact.phone && contact.abroad !== false && (locale === 'en' || contact.abroad)) {
        const line = el('p');
        line.appendChild(document.createTextNode(t.fromAbroad + ': '));
        const link = el('a', abroad);
        link.href = 'tel:' + abroad.replace(/[^0-9+]/g, '');
        line.appendChild(link);
        box.appendChild(line);
      }
      box.appendChild(el('p', t.hours + ': ' + contact.hours));
      box.appendChild(el('p', contact.status));
      if (contact.note) box.appendChild(el('p', contact.note, 'muted'));
      return box;
    }

    function renderAnswer(data) {
      // An answer in the other language (English typed on a Dutch page) carries its own labels,
      // and its language, so a screen reader reads it with the right voice.
      const t = TEXTS[data.locale] || TEXTS[lang];
      const item = el('li');
      if (data.locale && data.locale !== lang) item.lang = data.locale;
      item.appendChild(el('h2', t.answer));
      // The reply comes in short paragraphs (what to do, other options, help, whom to call).
      (data.error ? data.error.message : data.reply).split(/\\n\\s*\\n/).forEach((paragraph) => {
        item.appendChild(el('p', paragraph));
      });
      // A question back offers its options; an answer the router is not sure of offers the next
      // best topics. Either way a click sends the topic's name as the next message.
      const choices = data.error
        ? []
        : data.clarify
          ? data.alternatives || []
          : data.suggestions || [];
      if (choices.length > 0) {
        const options = el('div', null, 'options');
        if (!data.clarify) options.appendChild(el('p', t.otherTopics));
        choices.forEach((option) => {
          const name = option.topic ? option.topic.name : option.name;
          const button = el('button', option.topic ? name + inBrackets(option.name) : name, 'secondary');
          button.type = 'button';
          button.addEventListener('click', () => send(name));
          options.appendChild(button);
        });
        item.appendChild(options);
      }
      item.appendChild(renderContact(data.contact, t, data.locale || lang));
      log.appendChild(item);
      return item;
    }

    // One message at a time: a second question typed before the first is answered waits for it,
    // so it goes with the conversation's session and the answers come in the order asked.
    let queue = Promise.resolve();

    function send(message) {
      const turn = generation;
      const question = el('li', null, 'you');
      question.appendChild(el('h2', t.you));
      question.appendChild(el('p', message));
      log.appendChild(question);
      status.textContent = t.busy;
      queue = queue.then(() => exchange(turn, message, question));
    }

    /**
     * A question answered in the other language (English typed on a Dutch page) is headed in
     * that language too, like its answer: "You asked", not "U vroeg" above "Answer".
     */
    function headInLanguageOf(question, locale) {
      const own = TEXTS[locale];
      if (!own || locale === lang) return;
      question.lang = locale;
      question.firstChild.textContent = own.you;
    }

    async function exchange(turn, message, question) {
      if (turn !== generation) return;
      const controller = typeof AbortController === 'function' ? new AbortController() : null;
      if (controller) pending.push(controller);
      try {
        // The page's language is a default, not an order: English typed on a Dutch kiosk is
        // answered in English.
        const body = { message: message, defaultLocale: lang, channel: channel };
        if (sessionId) body.sessionId = sessionId;
        if (options.agency) body.agency = options.agency;
        const response = await fetch(options.api + '/api/chat', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          signal: controller ? controller.signal : undefined,
        });
        const data = await response.json();
        if (turn !== generation) return;
        if (data.sessionId) {
          sessionId = data.sessionId;
          if (persist) sessionStorage.setItem(storageKey, sessionId);
        }
        if (data.locale) headInLanguageOf(question, data.locale);
        reveal(renderAnswer(data));
        status.textContent = data.error ? data.error.message : data.reply;
      } catch (error) {
        if (turn !== generation) return;
        tell(t.failed);
      } finally {
        const index = pending.indexOf(controller);
        if (index >= 0) pending.splice(index, 1);
      }
    }

    // Enter sends, as in every chat; Shift+Enter starts a new line.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      form.requestSubmit();
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const message = input.value.trim();
      if (!message) { input.focus(); return; }
      // No maxlength on the box: it would cut a pasted letter without a word. Too long is said,
      // and the text stays for the person to shorten.
      const count = Array.from(message).length;
      if (count > 2000) {
        tell(t.tooLong.replace('{n}', String(count)));
        input.focus();
        return;
      }
      input.value = '';
      send(message);
    });

    return {
      /**
       * Forgets the conversation: screen, memory and storage. A request still on its way is
       * aborted, and its answer is never shown nor its sessionId used, should it arrive anyway.
       */
      clear() {
        generation += 1;
        pending.splice(0).forEach((controller) => controller.abort());
        log.replaceChildren();
        status.textContent = '';
        input.value = '';
        sessionId = null;
        try { sessionStorage.removeItem(storageKey); } catch (error) { /* storage may be disabled */ }
      },
    };
  }

  window.WegwijzerChat = { mount: mount, buildMarkup: buildMarkup };
})();
`;

/** The page script: mounts every server-rendered chat on the page. */
export const pageScript = `${chatCoreScript}
(() => {
  document.querySelectorAll('[data-wegwijzer-chat]').forEach((root) => {
    const chat = window.WegwijzerChat.mount(root, {
      api: '',
      lang: document.documentElement.lang,
      channel: root.dataset.channel,
      persist: root.dataset.channel !== 'kiosk',
      chat: 'page',
    });
    if (root.dataset.channel !== 'kiosk') return;
    // A kiosk is shared: the next person must never see this conversation.
    const clearButton = document.querySelector('[data-chat-clear]');
    const input = root.querySelector('[data-chat-input]');
    const clear = () => { chat.clear(); input.focus(); };
    if (clearButton) clearButton.addEventListener('click', clear);
    // Printing is offered once there is something to print: the conversation and whom to call
    // (the print style leaves out the question box and the buttons).
    const printButton = document.querySelector('[data-chat-print]');
    const answers = root.querySelector('[data-chat-log]');
    if (printButton && typeof window.print === 'function') {
      printButton.addEventListener('click', () => window.print());
      const offerPrint = () => { printButton.hidden = answers.children.length === 0; };
      new MutationObserver(offerPrint).observe(answers, { childList: true });
      offerPrint();
    }
    // The sticky bar's height varies with the width and the zoom; an answer scrolled into view
    // must start below it, not under it (scroll-padding-top reads --kiosk-bar).
    const bar = document.querySelector('.kiosk-actions');
    if (bar && typeof ResizeObserver === 'function') {
      new ResizeObserver(() => {
        document.documentElement.style.setProperty('--kiosk-bar', bar.offsetHeight + 'px');
      }).observe(bar);
    }
    // Three minutes without a key, a touch or a turn of the mouse wheel wipes the conversation;
    // thirty seconds before, a warning asks whether the person is still there (copying a
    // reference, making the call).
    const warning = document.querySelector('[data-idle-warning]');
    const stay = document.querySelector('[data-idle-stay]');
    const chatLog = root.querySelector('[data-chat-log]');
    const hasConversation = () => chatLog.children.length > 0 || input.value.trim() !== '';
    let idle;
    let warn;
    const restart = () => {
      clearTimeout(idle);
      clearTimeout(warn);
      if (warning) warning.hidden = true;
      // Nothing on the screen yet (a kiosk nobody has used): nothing to warn about.
      warn = setTimeout(() => { if (warning && hasConversation()) { warning.hidden = false; if (stay) stay.focus({ preventScroll: true }); } }, 150 * 1000);
      idle = setTimeout(() => { if (warning) warning.hidden = true; clear(); }, 180 * 1000);
    };
    const doc = root.ownerDocument;
    ['keydown', 'pointerdown', 'submit'].forEach((type) => doc.addEventListener(type, restart));
    // Someone reading a long answer only scrolls: with the wheel or a finger. (Dragging the
    // scroll bar starts with a pointerdown, arrow keys are keys.) Not the scroll event itself:
    // the page scrolls on its own too, bringing an answer into view.
    ['wheel', 'touchstart', 'touchmove'].forEach((type) => doc.addEventListener(type, restart, { passive: true }));
    if (stay) stay.addEventListener('click', () => { restart(); input.focus(); });
    restart();
  });
})();
`;
