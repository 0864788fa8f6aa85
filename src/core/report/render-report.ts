import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { z } from 'zod';
import { findTopic, type Catalog } from '../../catalog/catalog.js';
import { localizedSchema, type Locale } from '../../catalog/schema.js';
import { STUCK_SIGNALS } from '../stuck/signals.js';
import { isOtherTopics, UNKNOWN, type SignalReport, type Total } from './build-report.js';
import { SUPPRESSION_THRESHOLD, type PublishedCount } from './signals-report.js';
import { barChart } from './svg-chart.js';
import { isoWeekDates } from './weeks.js';

export const signalLabelsSchema = z.object(
  Object.fromEntries(
    STUCK_SIGNALS.map((signal) => [
      signal,
      z.object({ name: localizedSchema, meaning: localizedSchema }),
    ]),
  ) as Record<
    (typeof STUCK_SIGNALS)[number],
    z.ZodObject<{ name: typeof localizedSchema; meaning: typeof localizedSchema }>
  >,
);
/** How each signal is named for analysts (data/signal-labels.json). */
export type SignalLabels = z.infer<typeof signalLabelsSchema>;

const WORDS = {
  nl: {
    title: 'Knelpuntenrapport',
    all: 'alle organisaties',
    period: 'Periode',
    total: 'Aantal knelpunten (signalen)',
    byAgency: 'Per organisatie',
    bySignal: 'Soort knelpunt',
    byWeek: 'Per week',
    byTopic: 'Onderwerpen waar mensen het vaakst vastlopen',
    perWeekSignal: 'Per week en soort knelpunt',
    wideTable:
      'Deze tabel is breder dan het scherm. Schuif hem opzij, of gebruik de pijltjestoetsen, om alle kolommen te zien.',
    organisation: 'Organisatie',
    signal: 'Knelpunt',
    meaning: 'Betekenis',
    week: 'Week',
    topic: 'Onderwerp',
    count: 'Aantal',
    none: 'In deze periode zijn geen knelpunten gemeld.',
    privacy: `Wij tellen signalen, geen mensen. Eén gesprek telt per soort knelpunt één keer, maar kan meer soorten knelpunten hebben. In een totaal kan één gesprek dus vaker meetellen. Dit rapport bevat geen persoonsgegevens. Aantallen onder de ${SUPPRESSION_THRESHOLD} tonen wij als "<${SUPPRESSION_THRESHOLD}", zodat niemand herkenbaar is. Een "x" is een aantal van ${SUPPRESSION_THRESHOLD} of meer dat wij ook niet precies tonen. Anders kunt u een klein aantal uit de totalen uitrekenen. Achter de "x" staat tussen welke aantallen het ligt. Dat volgt al uit de andere getallen in dit rapport.`,
    summary: 'In het kort',
    mostAgency: 'De meeste knelpunten',
    mostSignal: 'Het vaakst',
    mostTopic: 'Onderwerp met de meeste knelpunten',
    trend: 'Van week tot week',
    // Signals from conversations the router could not place yet (no organisation, no topic).
    unknownAgency: 'Organisatie onbekend',
    unknownTopic: 'onderwerp onbekend',
    otherTopics: 'andere onderwerpen',
    or: 'of',
    between: (min: number, max: number) => `tussen ${min} en ${max}`,
    orMore: (min: number) => `${min} of meer`,
  },
  en: {
    title: 'Report of bottlenecks',
    all: 'all organisations',
    period: 'Period',
    total: 'Bottlenecks (signals)',
    byAgency: 'By organisation',
    bySignal: 'Kind of bottleneck',
    byWeek: 'By week',
    byTopic: 'Topics where people get stuck most',
    perWeekSignal: 'By week and kind of bottleneck',
    wideTable:
      'This table is wider than the screen. Scroll it sideways, or use the arrow keys, to see every column.',
    organisation: 'Organisation',
    signal: 'Bottleneck',
    meaning: 'Meaning',
    week: 'Week',
    topic: 'Topic',
    count: 'Number',
    none: 'No bottlenecks were reported in this period.',
    privacy: `We count signals, not people. A conversation counts once per kind of bottleneck, but can show several kinds, so in a total one conversation can count more than once. This report holds no personal data. Numbers under ${SUPPRESSION_THRESHOLD} are shown as "<${SUPPRESSION_THRESHOLD}", so that nobody can be recognised. An "x" is a number of ${SUPPRESSION_THRESHOLD} or more that is not shown exactly either, because otherwise a small one could be worked out from the totals. After the "x" is the range it lies in, which already follows from the other numbers in this report.`,
    summary: 'In short',
    mostAgency: 'Most bottlenecks',
    mostSignal: 'Most frequent',
    mostTopic: 'Topic with the most bottlenecks',
    trend: 'Week by week',
    unknownAgency: 'Organisation unknown',
    unknownTopic: 'topic unknown',
    otherTopics: 'other topics',
    or: 'or',
    between: (min: number, max: number) => `between ${min} and ${max}`,
    orMore: (min: number) => `${min} or more`,
  },
} as const;

/**
 * How the report names organisations and signals for analysts: an organisation as the catalog
 * does ("Organisatie onbekend" for signals the router could not place), a signal as
 * data/signal-labels.json does. The CSV download uses the same names.
 */
export function reportNames(catalog: Catalog, labels: SignalLabels, locale: Locale) {
  const w = WORDS[locale];
  return {
    agency: (id: string) => catalog.agencies.get(id)?.name[locale] ?? w.unknownAgency,
    signal: (id: string) => labels[id as keyof SignalLabels]?.name[locale] ?? id,
  };
}

/**
 * The knelpuntenrapport as HTML: every chart is an inline SVG next to a table with the same
 * numbers, so it works with a screen reader, in print and without script.
 */
export function renderReport(
  report: SignalReport,
  catalog: Catalog,
  labels: SignalLabels,
  locale: Locale,
) {
  const w = WORDS[locale];
  const { agency: agencyName, signal: signalName } = reportNames(catalog, labels, locale);
  const topicName = (key: string) => {
    const [agencyId = '', topicId = ''] = key.split('/');
    if (isOtherTopics(key)) return `${agencyName(agencyId)} — ${w.otherTopics}`;
    const topic = findTopic(catalog, agencyId, topicId);
    return `${agencyName(agencyId)} — ${topic?.name[locale] ?? w.unknownTopic}`;
  };
  /** What is known of a count hidden as "x": "tussen 19 en 22", "5 of meer", "19". */
  const range = (entry: PublishedCount) => {
    const min = entry.min ?? SUPPRESSION_THRESHOLD;
    if (entry.max === undefined) return w.orMore(min);
    return entry.max === min ? String(min) : w.between(min, entry.max);
  };
  /** A count as the tables show it: the number, "<5", or "x (tussen 19 en 22)". */
  const shown = (entry: PublishedCount) => {
    if (entry.complement) return `x (${range(entry)})`;
    return entry.count === null ? `<${SUPPRESSION_THRESHOLD}` : String(entry.count);
  };

  /**
   * A table that may be wider than a phone's screen scrolls on its own, so the page never scrolls
   * sideways (WCAG 1.4.10). The staff page shows the hint only when the table really is wider.
   */
  const scrolling = (id: string, table: HtmlEscapedString | Promise<HtmlEscapedString>) =>
    html`<p class="wide-table-hint" id="${id}-hint" hidden>${w.wideTable}</p>
      <div
        class="table-scroll"
        role="region"
        aria-labelledby="${id}"
        aria-describedby="${id}-hint"
        tabindex="0"
      >
        ${table}
      </div>`;

  const section = (
    id: string,
    title: string,
    column: string,
    totals: Total[],
    name: (key: string) => string,
    extra?: (key: string) => string,
  ) =>
    totals.length === 0
      ? ''
      : html`<section class="report-part" aria-labelledby="${id}">
          <h3 id="${id}">${title}</h3>
          ${barChart(
            totals.map((t) => ({
              label: name(t.key),
              value: t.count,
              ...(t.complement
                ? {
                    hiddenAs: `x (${t.max === undefined ? `≥ ${t.min ?? SUPPRESSION_THRESHOLD}` : t.max === t.min ? t.min : `${t.min}–${t.max}`})`,
                    range: { min: t.min ?? SUPPRESSION_THRESHOLD, max: t.max ?? null },
                  }
                : {}),
            })),
          )}
          ${scrolling(
            id,
            html`<table>
              <caption>
                ${title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${column}</th>
                  ${extra ? html`<th scope="col">${w.meaning}</th>` : ''}
                  <th scope="col">${w.count}</th>
                </tr>
              </thead>
              <tbody>
                ${totals.map(
                  (t) =>
                    html`<tr>
                      <th scope="row">${name(t.key)}</th>
                      ${extra ? html`<td>${extra(t.key)}</td>` : ''}
                      <td>${shown(t)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
          )}
        </section>`;

  // A week with its dates: an analyst reads "23–29 nov." faster than "2026-W48".
  const dayMonth = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const weekName = (key: string) => {
    const { from, to } = isoWeekDates(key);
    const day = (date: string) => dayMonth.format(new Date(`${date}T00:00:00Z`));
    return `${key} (${day(from)} – ${day(to)})`;
  };

  // Per week and kind of signal: counts of their own, suppressed and protected like every other,
  // so they agree with the totals per kind and per week above.
  const weeks = [...new Set(report.weekSignals.map((c) => c.week))].sort();
  const signals = STUCK_SIGNALS.filter((s) => report.weekSignals.some((c) => c.signal === s));
  const weekValues = weeks.map((week) => ({
    week,
    values: signals.map((signal) => {
      const entry = report.weekSignals.find((c) => c.week === week && c.signal === signal);
      return entry ? shown(entry) : '0';
    }),
  }));

  // The first things an analyst looks for, from what the report shows: a hidden count is named
  // only with its range, and where a hidden count may be the largest, both are named.
  const placed = (key: string) =>
    key !== UNKNOWN && !key.startsWith(`${UNKNOWN}/`) && !isOtherTopics(key);
  const known = (t: Total) =>
    t.complement
      ? { lo: t.min ?? SUPPRESSION_THRESHOLD, hi: t.max ?? Infinity }
      : t.count === null
        ? { lo: 1, hi: SUPPRESSION_THRESHOLD - 1 }
        : { lo: t.count, hi: t.count };
  const top = (totals: Total[], name: (key: string) => string) => {
    const candidates = totals.filter((t) => placed(t.key));
    const [first] = [...candidates].sort((a, b) => known(b).lo - known(a).lo);
    if (!first || (first.count === null && !first.complement)) return undefined;
    const maybe = candidates.filter((t) => t !== first && known(t).hi > known(first).lo);
    const named = (t: Total) => `${name(t.key)} (${t.complement ? range(t) : shown(t)})`;
    return [first, ...maybe].map(named).join(` ${w.or} `);
  };
  const shownWeeks = report.weeks.filter((t) => t.count !== null);
  const findings = [
    report.agency ? undefined : [w.mostAgency, top(report.agencies, agencyName)],
    [w.mostSignal, top(report.signals, signalName)],
    [w.mostTopic, top(report.topics, topicName)],
    shownWeeks.length > 1
      ? [w.trend, shownWeeks.map((t) => `${weekName(t.key)}: ${t.count}`).join(' → ')]
      : undefined,
  ].filter((line): line is [string, string] => line !== undefined && line[1] !== undefined);

  return html`<article
    class="report"
    lang="${locale}"
    data-from="${report.from}"
    data-to="${report.to}"
  >
    <h2>${w.title}: ${report.agency ? agencyName(report.agency) : w.all}</h2>
    <p>${w.period}: ${report.from} – ${report.to}. ${w.total}: ${shown(report.total)}.</p>
    ${
      findings.length > 0
        ? html`<section class="report-summary" aria-labelledby="summary">
            <h3 id="summary">${w.summary}</h3>
            <ul>
              ${findings.map(([label, value]) => html`<li>${label}: ${value}</li>`)}
            </ul>
          </section>`
        : ''
    }
    <p class="muted">${w.privacy}</p>
    ${
      report.signals.length === 0
        ? html`<p>${w.none}</p>`
        : html`${report.agency ? '' : section('by-agency', w.byAgency, w.organisation, report.agencies, agencyName)}
            ${section('by-signal', w.bySignal, w.signal, report.signals, signalName, (key) => labels[key as keyof SignalLabels]?.meaning[locale] ?? '')}
            ${section('by-week', w.byWeek, w.week, report.weeks, weekName)}
            ${section('by-topic', w.byTopic, w.topic, report.topics, topicName)}
            <section class="report-part" aria-labelledby="by-week-signal">
              <h3 id="by-week-signal">${w.perWeekSignal}</h3>
              <!-- Wide (a column per kind of signal): it scrolls on its own, not the page. -->
              ${scrolling(
                'by-week-signal',
                html`<table>
                  <caption>
                    ${w.perWeekSignal}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${w.week}</th>
                      ${signals.map((s) => html`<th scope="col">${signalName(s)}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${weekValues.map(
                      ({ week, values }) =>
                        html`<tr>
                          <th scope="row">${weekName(week)}</th>
                          ${values.map((value) => html`<td>${value}</td>`)}
                        </tr>`,
                    )}
                  </tbody>
                </table>`,
              )}
            </section>`
    }
  </article>`;
}
