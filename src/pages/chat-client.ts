/**
 * The browser side of the chat, served as /assets/chat.js. Plain DOM, no framework: it must run
 * on old library computers. Text is inserted with textContent only, never as HTML.
 */
export const chatClientScript = `(() => {
  const form = document.getElementById('chat-form');
  if (!form) return;
  const input = document.getElementById('chat-message');
  const log = document.getElementById('chat-log');
  const status = document.getElementById('chat-status');
  const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  const channel = form.dataset.channel || 'web';
  const T = {
    nl: { you: 'U vroeg', answer: 'Antwoord', call: 'Bel', open: 'Nu open', closed: 'Nu gesloten', busy: 'Even geduld…', failed: 'Versturen lukte niet. Probeer het opnieuw.', hours: 'Bereikbaar' },
    en: { you: 'You asked', answer: 'Answer', call: 'Call', open: 'Open now', closed: 'Closed now', busy: 'One moment…', failed: 'Sending failed. Please try again.', hours: 'Open' },
  }[lang];
  let sessionId = channel === 'kiosk' ? null : sessionStorage.getItem('wegwijzer.session');

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function renderContact(contact) {
    const box = el('div', null, 'contact');
    box.appendChild(el('p', contact.name + ' — ' + contact.role + ', ' + contact.organisation));
    const phone = el('p');
    phone.appendChild(document.createTextNode(T.call + ': '));
    // "14 + netnummer" is a way to dial, not a number: show it as text.
    if (/^[+0-9][0-9 -]+$/.test(contact.phone)) {
      const link = el('a', contact.phone);
      link.href = 'tel:' + contact.phone.replace(/[^0-9+]/g, '');
      phone.appendChild(link);
    } else {
      phone.appendChild(document.createTextNode(contact.phone));
    }
    phone.appendChild(document.createTextNode(' (' + contact.cost + ')'));
    box.appendChild(phone);
    box.appendChild(el('p', T.hours + ': ' + contact.hours));
    box.appendChild(el('p', contact.status));
    if (contact.note) box.appendChild(el('p', contact.note, 'muted'));
    return box;
  }

  function renderAnswer(data) {
    const item = el('li');
    item.appendChild(el('h2', T.answer));
    item.appendChild(el('p', data.reply));
    if (data.clarify && data.alternatives && data.alternatives.length > 0) {
      const options = el('div', null, 'options');
      data.alternatives.forEach((option) => {
        const label = option.topic ? option.topic.name + ' (' + option.name + ')' : option.name;
        const button = el('button', label, 'secondary');
        button.type = 'button';
        button.addEventListener('click', () => send(option.topic ? option.topic.name : option.name));
        options.appendChild(button);
      });
      item.appendChild(options);
    }
    item.appendChild(renderContact(data.contact));
    log.appendChild(item);
  }

  async function send(message) {
    const question = el('li', null, 'you');
    question.appendChild(el('h2', T.you));
    question.appendChild(el('p', message));
    log.appendChild(question);
    status.textContent = T.busy;
    try {
      const body = { message, locale: lang, channel };
      if (sessionId) body.sessionId = sessionId;
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const data = await response.json();
      if (data.sessionId) {
        sessionId = data.sessionId;
        if (channel !== 'kiosk') sessionStorage.setItem('wegwijzer.session', sessionId);
      }
      if (data.error) {
        const item = el('li');
        item.appendChild(el('p', data.error.message));
        item.appendChild(renderContact(data.contact));
        log.appendChild(item);
      } else {
        renderAnswer(data);
      }
      status.textContent = data.error ? data.error.message : data.reply;
    } catch (error) {
      status.textContent = T.failed;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) { input.focus(); return; }
    input.value = '';
    send(message);
  });
})();
`;
