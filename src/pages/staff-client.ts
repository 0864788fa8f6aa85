/**
 * Browser code for the staff pages (/dashboard, /caseworker). The token is kept in
 * sessionStorage only, so it is gone when the tab closes. Everything from the API is inserted
 * with textContent, except the report, which the server renders and escapes.
 */
export const staffClientScript = `(() => {
  const KEY = 'wegwijzer.staffToken';
  const $ = (selector) => document.querySelector(selector);
  const status = $('[data-status]');
  const say = (text) => { if (status) status.textContent = text; };

  function token() { return sessionStorage.getItem(KEY); }
  // A message where the eye is, not only for a screen reader; empty hides it.
  function showMessage(node, text) {
    if (!node) return;
    node.textContent = text || '';
    node.hidden = !text;
  }
  const signInProblem = $('[data-sign-in-error]');
  async function api(path, init) {
    // The server's messages in the page's language, not the browser's.
    const language = { 'Accept-Language': document.documentElement.lang || 'nl' };
    const response = await fetch(path, Object.assign({}, init, {
      headers: Object.assign({ Authorization: 'Bearer ' + token() }, language, (init && init.headers) || {}),
    }));
    if (response.status === 401) {
      signOut();
      const message = 'Uw toegangscode is niet (meer) geldig. Log opnieuw in.';
      // The sign-in form is what shows now: the reason stands next to it.
      showMessage(signInProblem, message);
      throw new Error(message);
    }
    if (response.status === 403) throw new Error('U hebt geen toegang tot deze gegevens.');
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      const error = new Error(body && body.error ? body.error.message : 'Er ging iets mis (' + response.status + ').');
      error.status = response.status;
      throw error;
    }
    return response;
  }
  function signedIn() {
    const on = Boolean(token());
    document.querySelectorAll('[data-when-signed-in]').forEach((el) => { el.hidden = !on; });
    document.querySelectorAll('[data-when-signed-out]').forEach((el) => { el.hidden = on; });
    return on;
  }
  function signOut() { sessionStorage.removeItem(KEY); signedIn(); }

  const signIn = $('[data-sign-in]');
  if (signIn) signIn.addEventListener('submit', (event) => {
    event.preventDefault();
    const field = signIn.querySelector('input');
    sessionStorage.setItem(KEY, field.value.trim());
    field.value = '';
    showMessage(signInProblem, '');
    if (!signedIn()) return;
    say('U bent ingelogd.');
    // The form that had the focus is gone: the focus goes to the heading of what appeared, so a
    // keyboard or screen-reader user knows where they are (not back at the top, on the body).
    const heading = document.querySelector('[data-when-signed-in] h2');
    if (heading) heading.focus();
    document.dispatchEvent(new Event('wegwijzer:signed-in'));
  });
  const out = $('[data-sign-out]');
  if (out) out.addEventListener('click', () => { signOut(); say('U bent uitgelogd.'); });

  function el(tag, text) { const node = document.createElement(tag); if (text !== undefined && text !== null) node.textContent = String(text); return node; }

  // Dashboard
  const reportForm = $('[data-report-form]');
  if (reportForm) {
    const target = $('[data-report]');
    // Empty fields are left out (the server's defaults apply); the page is Dutch, so are errors.
    const query = () => {
      const params = new URLSearchParams({ locale: 'nl' });
      new FormData(reportForm).forEach((value, name) => { if (value) params.set(name, value); });
      return params.toString();
    };
    // A refused period is said next to the fields, where the eye is, and the report of another
    // period goes away, so nobody reads it as the answer to the new one.
    const problem = $('[data-report-error]');
    const dates = [reportForm.elements.from, reportForm.elements.to];
    function fail(error) {
      problem.textContent = error.message;
      problem.hidden = false;
      if (error.status === 400) {
        target.innerHTML = '';
        dates.forEach((field) => {
          field.setAttribute('aria-invalid', 'true');
          field.setAttribute('aria-describedby', 'report-error');
        });
      }
      say(error.message);
    }
    function clearProblem() {
      problem.hidden = true;
      problem.textContent = '';
      dates.forEach((field) => {
        field.removeAttribute('aria-invalid');
        field.removeAttribute('aria-describedby');
      });
    }
    // show(true) moves the focus to the report: when it was asked for, not when it loads by itself.
    async function show(focus) {
      say('Het rapport wordt geladen…');
      try {
        const response = await api('/api/signals/report?' + query());
        clearProblem();
        // The server renders and escapes this fragment (charts and tables).
        target.innerHTML = await response.text();
        markWideTables();
        // The fields show the whole weeks the report covers, also when they were left empty.
        const report = target.querySelector('[data-from]');
        if (report) {
          reportForm.elements.from.value = report.dataset.from;
          reportForm.elements.to.value = report.dataset.to;
        }
        say('Het rapport staat hieronder.');
        if (focus) target.focus();
      } catch (error) { fail(error); }
    }
    // A table wider than the screen scrolls in its own box; only then does its hint show.
    function markWideTables() {
      target.querySelectorAll('.table-scroll').forEach((box) => {
        const wide = box.scrollWidth > box.clientWidth + 1;
        box.toggleAttribute('data-wide', wide);
        const hint = document.getElementById(box.getAttribute('aria-describedby'));
        if (hint) hint.hidden = !wide;
      });
    }
    window.addEventListener('resize', markWideTables);
    reportForm.addEventListener('submit', (event) => { event.preventDefault(); show(true); });
    $('[data-csv]').addEventListener('click', async () => {
      try {
        const response = await api('/api/signals?format=csv&' + query());
        const url = URL.createObjectURL(await response.blob());
        // The server names the file after the agency and the period; a name of our own would
        // save every download as the same file.
        const link = el('a'); link.href = url; link.download = fileName(response.headers.get('Content-Disposition')) || 'knelpunten.csv';
        document.body.appendChild(link); link.click(); link.remove();
        clearProblem();
        say('Het CSV-bestand is gedownload.');
      } catch (error) { fail(error); }
    });
    $('[data-print]').addEventListener('click', () => window.print());
    /** The file name in a Content-Disposition header (filename*=UTF-8''… first), without any folder. */
    function fileName(header) {
      if (!header) return '';
      const encoded = /filename\\*\\s*=\\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
      const plain = /filename\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))/i.exec(header);
      let name = '';
      try {
        name = encoded ? decodeURIComponent(encoded[1].trim()) : plain ? (plain[1] !== undefined ? plain[1].replace(/\\\\(.)/g, '$1') : plain[2]) : '';
      } catch (error) { name = ''; }
      return name.split(/[\\\\/]/).pop().trim();
    }
    // Right after signing in the report loads by itself; the focus stays on the heading.
    document.addEventListener('wegwijzer:signed-in', () => show(false));
    if (signedIn()) show(false);
  }

  // Caseworker
  const queue = $('[data-queue]');
  if (queue) {
    const detail = $('[data-case]');
    // The page carries the Dutch names of signals, organisations, statuses and outcomes; an id
    // it does not know is shown as it is rather than hidden.
    const labelHolder = queue.closest('[data-labels]');
    const labels = labelHolder ? JSON.parse(labelHolder.dataset.labels) : {};
    const name = (kind, id) => (labels[kind] && labels[kind][id]) || id;
    const signalNames = (ids) => ids.map((id) => name('signals', id)).join(', ') || '–';
    const queueProblem = $('[data-queue-error]');
    // Amsterdam time, in hours and minutes: seconds only crowd a time to call at.
    const ZONE = 'Europe/Amsterdam';
    const clock = (iso) => new Date(iso).toLocaleTimeString('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
    const day = (iso) => new Date(iso).toLocaleDateString('nl-NL', { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short' });
    const when = (iso) => day(iso) + ' ' + clock(iso);
    // When to call: the citizen's own wish when they gave one (then no time of ours was promised,
    // and there is no deadline to show), otherwise what they were told: the window
    // ("09:00–11:00") when it opens later, or "vóór 20:00" when it was open at once.
    const callAt = (item) => {
      if (item.timePromised === false && item.callbackWish) return item.callbackWish + ' (wens van de burger)';
      const from = item.expectedContactFrom;
      const to = item.expectedContactAt;
      if (!from) return day(to) + ' vóór ' + clock(to);
      return day(from) === day(to) ? day(from) + ' ' + clock(from) + '–' + clock(to) : when(from) + ' – ' + when(to);
    };
    // A reference is read out and typed in whole: it never breaks at its hyphens.
    const referenceNode = (text) => { const node = el('span', text); node.className = 'reference'; return node; };
    async function loadQueue() {
      say('De wachtrij wordt geladen…');
      try {
        // "unresolved" is the working list: open cases and the ones someone has picked up.
        const filter = $('[data-status-filter]').value;
        const query = filter && filter !== 'unresolved' ? '?status=' + filter : '';
        const all = (await (await api('/api/escalations' + query)).json()).cases;
        const cases = filter === 'unresolved' ? all.filter((item) => item.status !== 'resolved') : all;
        const body = queue.querySelector('tbody');
        body.replaceChildren();
        cases.forEach((item) => {
          const row = el('tr');
          const first = el('th'); first.scope = 'row';
          const open = el('button'); open.type = 'button'; open.appendChild(referenceNode(item.reference));
          open.addEventListener('click', () => loadCase(item.reference));
          first.appendChild(open);
          row.append(first, el('td', queueStatus(item)), el('td', item.caseworker.name),
            el('td', callAt(item)),
            el('td', signalNames(item.signals)), el('td', item.callbackRequested ? 'ja' : 'nee'),
            el('td', item.municipality || '–'));
          body.appendChild(row);
        });
        say(cases.length + (cases.length === 1 ? ' zaak' : ' zaken') + ' in de wachtrij.');
        showMessage(queueProblem, '');
      } catch (error) { showMessage(queueProblem, error.message); say(error.message); }
    }
    /** "In behandeling bij Sanne de Vries", as the case itself says it of a claimed case. */
    function queueStatus(item) {
      const holder = item.claimedByName || item.claimedBy;
      if (item.status === 'claimed' && holder) return 'In behandeling bij ' + holder;
      return name('statuses', item.status) + (holder ? ' (' + holder + ')' : '');
    }
    async function act(reference, path, payload, done) {
      try {
        await api('/api/escalations/' + reference + path, {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: payload ? JSON.stringify(payload) : undefined,
        });
        await loadQueue(); await loadCase(reference);
        if (done) say(done);
      } catch (error) {
        // Refused (a colleague claimed or closed it meanwhile): the case as it is now, with why.
        if (!token()) return;
        await loadQueue(); await loadCase(reference, error.message);
      }
    }
    async function loadCase(reference, problem) {
      try {
        const item = await (await api('/api/escalations/' + reference)).json();
        detail.replaceChildren();
        // The heading takes the focus: a screen reader reads where it is, not the whole
        // transcript, which a live region would read out on every opening.
        const heading = el('h2', 'Zaak ');
        heading.appendChild(referenceNode(item.reference));
        heading.tabIndex = -1;
        detail.appendChild(heading);
        if (problem) {
          const refused = el('p', problem);
          refused.className = 'form-error';
          refused.setAttribute('role', 'alert');
          detail.appendChild(refused);
        }
        if (item.crisisLines && item.crisisLines.length > 0) {
          const warning = el('p', 'Let op: in dit gesprek kwam ' + item.crisisLines.map((id) => name('agencies', id)).join(' en ') +
            ' ter sprake. Lees het gesprek voordat u belt. Is er nu gevaar? Dan belt u 112.');
          warning.className = 'case-warning';
          detail.appendChild(warning);
        }
        const facts = el('dl');
        [['Status', name('statuses', item.status)], ['In behandeling bij', item.claimedByName || item.claimedBy || 'nog niemand'], ['Organisatie', name('agencies', item.agency)],
         ['Onderwerp', item.topic ? name('topics', item.agency + '/' + item.topic) : '–'], ['Taal van de burger', item.language ? name('languages', item.language) : 'onbekend'], ['Gevraagd via', name('channels', item.channel)],
         ['Medewerker', item.caseworker.name],
         ['Bellen', callAt(item)],
         ['Terugbelnummer', item.callbackPhone || 'niet opgegeven'], ['Gemeente van de burger', item.municipality || (item.agency === 'gemeente' ? 'niet opgegeven' : '–')], ['Opmerking van de burger', item.note || '–'],
         ['Knelpunten', signalNames(item.signals)], ['Toestemming gesprek te lezen', item.consent ? 'ja' : 'nee']]
          .concat(item.outcome ? [['Uitkomst', name('outcomes', item.outcome)]] : [])
          .forEach(([term, value]) => { facts.append(el('dt', term), el('dd', value)); });
        detail.appendChild(facts);
        detail.appendChild(el('h3', 'Gesprek'));
        if (item.transcript) {
          const list = el('ol');
          item.transcript.forEach((turn) => {
            const li = el('li');
            const said = el('p', 'Burger: ' + turn.message);
            const answered = el('p', 'Wegwijzer: ' + turn.reply);
            // The reply's paragraphs (the answer, the contact, the offer) stay apart, as the citizen saw them.
            said.className = 'turn-text'; answered.className = 'turn-text';
            li.append(said, answered);
            list.appendChild(li);
          });
          detail.appendChild(list);
        } else {
          detail.appendChild(el('p', 'De burger gaf geen toestemming om het gesprek te delen.'));
        }
        detail.appendChild(el('h3', 'Notities'));
        const notes = el('ul');
        // Amsterdam time, like the expected contact; the claimer by the name colleagues know.
        item.notes.forEach((note) => notes.appendChild(el('li',
          when(note.at) + ' — ' +
          (note.author === item.claimedBy && item.claimedByName ? item.claimedByName : note.author) + ': ' + note.text)));
        detail.appendChild(notes);
        if (item.heldByAnother) {
          // A colleague has it: claim, note and close would only be refused (409), so none is offered.
          const held = el('p', 'In behandeling bij ' + (item.claimedByName || item.claimedBy) +
            '. Alleen die collega kan notities toevoegen en de zaak afronden.');
          held.className = 'case-held';
          detail.appendChild(held);
        } else if (item.status !== 'resolved') {
          // A call that did not reach the person is worth a note without closing the case.
          const noteForm = el('form');
          const addLabel = el('label', 'Notitie toevoegen'); addLabel.htmlFor = 'case-note';
          const addText = el('textarea'); addText.id = 'case-note';
          const add = el('button', 'Notitie opslaan'); add.type = 'submit';
          noteForm.append(addLabel, addText, add);
          noteForm.addEventListener('submit', (event) => {
            event.preventDefault();
            const text = addText.value.trim();
            if (!text) { addText.focus(); return; }
            act(item.reference, '/notes', { text: text }, 'De notitie is opgeslagen.');
          });
          detail.append(noteForm);
          const claim = el('button', 'Zaak oppakken'); claim.type = 'button';
          claim.addEventListener('click', () => act(item.reference, '/claim', undefined, 'U hebt zaak ' + item.reference + ' opgepakt.'));
          const form = el('form');
          const label = el('label', 'Uitkomst'); label.htmlFor = 'outcome';
          const select = el('select'); select.id = 'outcome'; select.required = true;
          // No outcome is chosen for the caseworker: "Geholpen" by default counted cases nobody helped.
          const choose = el('option', 'Kies een uitkomst'); choose.value = ''; select.appendChild(choose);
          // The browser's own message would be in the browser's language, not the page's.
          select.addEventListener('invalid', () => select.setCustomValidity('Kies eerst een uitkomst.'));
          select.addEventListener('change', () => select.setCustomValidity(''));
          Object.entries(labels.outcomes || {})
            .forEach(([value, text]) => { const option = el('option', text); option.value = value; select.appendChild(option); });
          const noteLabel = el('label', 'Notitie bij afronden'); noteLabel.htmlFor = 'resolve-note';
          const note = el('textarea'); note.id = 'resolve-note';
          const done = el('button', 'Zaak afronden'); done.type = 'submit';
          form.append(label, select, noteLabel, note, done);
          form.addEventListener('submit', (event) => {
            event.preventDefault();
            if (!select.value) { select.focus(); say('Kies eerst een uitkomst.'); return; }
            act(item.reference, '/resolve', Object.assign({ outcome: select.value }, note.value.trim() ? { note: note.value.trim() } : {}), 'Zaak ' + item.reference + ' is afgerond.');
          });
          // A claimed case is claimed: the button only where it can still work.
          if (item.status === 'open') detail.append(claim);
          detail.append(form);
        }
        heading.focus();
        say(problem || 'Zaak ' + item.reference + ' is geopend.');
      } catch (error) { showMessage(queueProblem, error.message); say(error.message); }
    }
    $('[data-refresh]').addEventListener('click', loadQueue);
    $('[data-status-filter]').addEventListener('change', loadQueue);
    document.addEventListener('wegwijzer:signed-in', loadQueue);
    if (signedIn()) loadQueue();
  }
  signedIn();
})();
`;
