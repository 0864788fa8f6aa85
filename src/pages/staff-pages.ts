import { html } from 'hono/html';
import type { Catalog } from '../catalog/catalog.js';
import { UNKNOWN } from '../core/report/build-report.js';
import type { SignalLabels } from '../core/report/render-report.js';
import { layout } from './layout.js';

const signIn = html`<section data-when-signed-out aria-labelledby="sign-in-title">
  <h2 id="sign-in-title">Inloggen</h2>
  <form data-sign-in>
    <label for="staff-token">Toegangscode (token)</label>
    <input id="staff-token" name="token" type="password" autocomplete="off" required />
    <button type="submit">Inloggen</button>
  </form>
  <p class="form-error" role="alert" data-sign-in-error hidden></p>
  <p class="muted">
    U krijgt de toegangscode van uw organisatie. Lokaal: <code>npm run token</code>.
  </p>
</section>`;

const status = html`<div class="sr-only" role="status" aria-live="polite" data-status></div>`;

/** The analysts' dashboard: signals per agency and week, and a printable knelpuntenrapport. */
export function dashboardPage(
  catalog: Catalog,
  today: string,
  /** Crisis lines: nobody they answer is counted (ADR 14), so they are no filter to offer. */
  notCounted: ReadonlySet<string> = new Set(),
) {
  const agencies = [...catalog.agencies.values()]
    .filter((agency) => !notCounted.has(agency.id))
    .sort((a, b) => a.name.nl.localeCompare(b.name.nl));
  return layout({
    title: 'Wegwijzer — knelpunten',
    lang: 'nl',
    bodyClass: 'staff',
    scripts: ['/assets/staff.js'],
    body: html`<header>
        <h1>Waar lopen mensen vast?</h1>
        <p>
          Signalen uit gesprekken met Wegwijzer, per week en per organisatie. Zonder
          persoonsgegevens.
        </p>
      </header>
      <main id="main">
        ${signIn}
        <section data-when-signed-in hidden aria-labelledby="filter-title">
          <h2 id="filter-title" tabindex="-1">Kies periode en organisatie</h2>
          <form data-report-form class="filters">
            <label for="from">Van</label>
            <input id="from" name="from" type="date" />
            <label for="to">Tot en met</label>
            <input id="to" name="to" type="date" value="${today}" />
            <label for="agency">Organisatie</label>
            <select id="agency" name="agency">
              <option value="">Alle organisaties</option>
              ${agencies.map((a) => html`<option value="${a.id}">${a.name.nl}</option>`)}
              <option value="${UNKNOWN}">Organisatie onbekend</option>
            </select>
            <button type="submit">Toon rapport</button>
            <button type="button" class="secondary" data-csv>Download CSV</button>
            <button type="button" class="secondary" data-print>Afdrukken</button>
            <button type="button" class="secondary" data-sign-out>Uitloggen</button>
          </form>
          <p id="report-error" class="form-error" role="alert" data-report-error hidden></p>
        </section>
        <div data-report tabindex="-1"></div>
        ${status}
      </main>`,
  });
}

/** How the case's status reads; the queue's filter uses the same words. */
const STATUS_NAMES = { open: 'Open', claimed: 'In behandeling', resolved: 'Afgerond' } as const;
/** How a closed case's outcome reads; the resolve form offers the same words. */
const OUTCOME_NAMES = {
  helped: 'Geholpen',
  referred: 'Doorverwezen',
  'no-contact': 'Geen contact gekregen',
  duplicate: 'Dubbele melding',
} as const;

/** Where the person asked: a caseworker calls a kiosk visitor differently from a web visitor. */
const CHANNEL_NAMES = {
  web: 'Website',
  kiosk: 'Informatiezuil in de bibliotheek',
  api: 'Website of app van een organisatie',
  botframework: 'Chatkanaal',
} as const;
/** The language to call the person in. */
const LANGUAGE_NAMES = { nl: 'Nederlands', en: 'Engels' } as const;

/**
 * The Dutch names the caseworker page shows instead of the API's ids (`wants-human`,
 * `claimed`, `toeslagen`): signals as the report names them, organisations as the catalog does.
 */
export function caseworkerLabels(catalog: Catalog, signalLabels: SignalLabels) {
  return {
    signals: Object.fromEntries(
      Object.entries(signalLabels).map(([id, label]) => [id, label.name.nl]),
    ),
    agencies: Object.fromEntries(
      [...catalog.agencies.values()].map((agency) => [agency.id, agency.name.nl]),
    ),
    topics: Object.fromEntries(
      [...catalog.agencies.values()].flatMap((agency) =>
        agency.topics.map((topic) => [`${agency.id}/${topic.id}`, topic.name.nl]),
      ),
    ),
    statuses: STATUS_NAMES,
    outcomes: OUTCOME_NAMES,
    channels: CHANNEL_NAMES,
    languages: LANGUAGE_NAMES,
  };
}

/** The caseworker's page: the queue, one case with its transcript, claim and resolve. */
export function caseworkerPage(catalog: Catalog, signalLabels: SignalLabels) {
  const labels = JSON.stringify(caseworkerLabels(catalog, signalLabels));
  return layout({
    title: 'Wegwijzer — overgedragen vragen',
    lang: 'nl',
    bodyClass: 'staff',
    scripts: ['/assets/staff.js'],
    body: html`<header>
        <h1>Overgedragen vragen</h1>
        <p>Burgers die via Wegwijzer om een medewerker vroegen.</p>
      </header>
      <main id="main" data-labels="${labels}">
        ${signIn}
        <section data-when-signed-in hidden aria-labelledby="queue-title">
          <h2 id="queue-title" tabindex="-1">Wachtrij</h2>
          <label for="status-filter">Toon</label>
          <select id="status-filter" data-status-filter>
            <option value="unresolved" selected>Nog niet afgerond</option>
            <option value="">Alle zaken</option>
            ${Object.entries(STATUS_NAMES).map(
              ([value, name]) => html`<option value="${value}">${name}</option>`,
            )}
          </select>
          <button type="button" class="secondary" data-refresh>Vernieuwen</button>
          <button type="button" class="secondary" data-sign-out>Uitloggen</button>
          <p class="form-error" role="alert" data-queue-error hidden></p>
          <div
            class="table-scroll"
            role="region"
            aria-label="Zaken van uw organisatie"
            tabindex="0"
          >
            <table data-queue>
              <caption>
                Zaken van uw organisatie
              </caption>
              <thead>
                <tr>
                  <th scope="col">Referentie</th>
                  <th scope="col">Status</th>
                  <th scope="col">Medewerker</th>
                  <th scope="col">Bellen</th>
                  <th scope="col">Knelpunten</th>
                  <th scope="col">Terugbellen</th>
                  <th scope="col">Gemeente</th>
                </tr>
              </thead>
              <tbody></tbody>
            </table>
          </div>
        </section>
        <section data-case></section>
        ${status}
      </main>`,
  });
}
