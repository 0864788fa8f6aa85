import { describe, expect, it } from 'vitest';
import { buildSignalReport, type HourlyEvents } from '../../../src/core/report/build-report.js';
import { renderReport } from '../../../src/core/report/render-report.js';
import { barChart, labelColumn } from '../../../src/core/report/svg-chart.js';
import { testCore } from '../../support/app.js';

const { catalog, signalLabels } = testCore();
const noon = Date.parse('2026-12-01T11:00:00Z') / 3_600_000;
/** Events at noon of 1 December 2026, on the agency's first (main) topic. */
const event = (agencyId: string, signal: string, count: number): HourlyEvents => ({
  hour: noon,
  agencyId,
  topicId: catalog.agencies.get(agencyId)?.topics[0]?.id ?? null,
  signal,
  count,
});

describe('the bar chart', () => {
  const longest = 'Informatiepunt Digitale Overheid (bibliotheek)';

  it('gives the longest organisation name room in full', () => {
    const width = labelColumn([{ label: longest, value: 20 }]);
    expect(width).toBeGreaterThanOrEqual(longest.length * 7);
    const svg = String(barChart([{ label: longest, value: 20 }]));
    expect(svg).toContain(`<rect\n        x="${width}"`);
    expect(Number(/width="(\d+)"/.exec(svg)?.[1])).toBeGreaterThanOrEqual(width + 320);
  });

  it('keeps a narrow label column for short names', () => {
    expect(labelColumn([{ label: 'UWV', value: 3 }])).toBe(120);
  });

  // "x (36–48" was cut off by the chart's edge when the hidden count was the largest.
  it.each([
    [
      'a hidden count with its range',
      { value: null, hiddenAs: 'x (36–48)', range: { min: 36, max: 48 } },
    ],
    [
      'a hidden count without an upper limit',
      { value: null, hiddenAs: 'x (≥ 36)', range: { min: 36, max: null } },
    ],
    ['a shown count', { value: 48 }],
  ])('writes %s at the end of the longest bar in full, inside the chart', (_, bar) => {
    const svg = String(
      barChart([
        { label: '2026-W49 (30 nov – 6 dec)', ...bar },
        { label: 'W50', value: 6 },
      ]),
    );
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const ends = [...svg.matchAll(/<text x="(\d+)" y="\d+">([^<]*)<\/text>/g)].map(
      ([, x, value]) => Number(x) + (value ?? '').length * 7.5,
    );
    expect(ends).toHaveLength(2);
    for (const end of ends) expect(end).toBeLessThanOrEqual(width);
  });
});

/** The Dutch report of all organisations from 30 November 2026 to `to`. */
const render = (events: HourlyEvents[], to = '2026-12-06') =>
  String(
    renderReport(
      buildSignalReport(events, { from: '2026-11-30', to, agency: null }),
      catalog,
      signalLabels,
      'nl',
    ),
  );

describe('the printable report', () => {
  // Debt at four organisations in one week: two counts are shown, two are under 5.
  const text = render([
    event('uwv', 'debt', 6),
    event('cak', 'debt', 7),
    event('toeslagen', 'debt', 2),
    event('svb', 'debt', 3),
  ]);

  it('shows per week and kind the same counts as per kind, not a lowest possible sum', () => {
    // One week: debt per week is debt in all, 18. Before, the hidden 2 and 3 counted as 1: "≥ 15".
    const perWeek = text.slice(text.indexOf('id="by-week-signal"'));
    expect(perWeek).toContain('<td>18</td>');
    expect(text).not.toContain('≥');
  });

  it('says it counts signals, not people, so that a total is not read as a number of people', () => {
    expect(text).toContain('Aantal knelpunten (signalen)');
    expect(text).toContain('Wij tellen signalen, geen mensen.');
    expect(text).not.toMatch(/keer dat mensen vastliepen/);
  });

  it('names signals the router could not place as such, not as a bare "onbekend"', () => {
    const page = render([
      { hour: noon, agencyId: null, topicId: null, signal: 'frustration', count: 6 },
    ]);
    expect(page).toContain('Organisatie onbekend — onderwerp onbekend');
  });

  it('starts with what an analyst looks for first, from shown counts only', () => {
    const page = render(
      [
        event('uwv', 'debt', 6),
        event('cak', 'loop', 7),
        event('toeslagen', 'debt', 2),
        event('svb', 'debt', 3),
        { hour: noon + 7 * 24, agencyId: 'uwv', topicId: 'ww', signal: 'debt', count: 5 },
        { hour: noon, agencyId: null, topicId: null, signal: 'frustration', count: 30 },
      ],
      '2026-12-13',
    );
    const summary = /<h3 id="summary">In het kort<\/h3>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    // The unplaced 30 are the most, but name no organisation or topic to act on.
    expect(summary).toContain('De meeste knelpunten: UWV (11)');
    expect(summary).toContain('Het vaakst: Frustratie (30)');
    // Each week with its dates, so that nobody has to work out what week 49 was.
    expect(summary).toContain(
      'Van week tot week: 2026-W49 (30 nov – 6 dec): 48 → 2026-W50 (7 dec – 13 dec): 5',
    );
    expect(summary).toContain('Onderwerp met de meeste knelpunten: UWV — WW-uitkering (11)');
    expect(summary).not.toMatch(/Dienst Toeslagen|SVB|onbekend/);
  });

  describe('when the largest topic is hidden to protect a small one', () => {
    // As a reviewer found it: UWV has 22 on WW and 1 on another topic; UWV's total (23) less
    // the 22 would give the 1 away, so the 22 is hidden as "x".
    const page = render([
      { hour: noon, agencyId: 'uwv', topicId: 'ww', signal: 'wants-human', count: 22 },
      {
        hour: noon,
        agencyId: 'uwv',
        topicId: 'terugbetalen-en-boete',
        signal: 'hardship',
        count: 1,
      },
      {
        hour: noon,
        agencyId: 'toeslagen',
        topicId: 'huurtoeslag',
        signal: 'wants-human',
        count: 13,
      },
      { hour: noon, agencyId: 'toeslagen', topicId: 'zorgtoeslag', signal: 'debt', count: 2 },
      { hour: noon, agencyId: 'toeslagen', topicId: 'terugbetalen', signal: 'debt', count: 2 },
      { hour: noon, agencyId: null, topicId: null, signal: 'debt', count: 30 },
    ]);
    const summary = /<h3 id="summary">In het kort<\/h3>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    const topics = page.slice(page.indexOf('id="by-topic"'), page.indexOf('id="by-week-signal"'));

    it('names it in the summary with what is known of it, not the smaller topic', () => {
      expect(summary).toContain(
        'Onderwerp met de meeste knelpunten: UWV — WW-uitkering (tussen 19 en 22)',
      );
      expect(summary).not.toContain('Huurtoeslag (13)');
    });

    it('lists and draws it above the smaller topic, with its range', () => {
      const rows = [...topics.matchAll(/<th scope="row">([^<]*)<\/th>\s*<td>([^<]*)<\/td>/g)].map(
        ([, name, count]) => `${name}: ${count}`,
      );
      expect(rows).toEqual([
        'Organisatie onbekend — onderwerp onbekend: 30',
        'UWV — WW-uitkering: x (tussen 19 en 22)',
        'Dienst Toeslagen — Huurtoeslag: 13',
        'UWV — andere onderwerpen: &lt;5',
      ]);
      // The bar is solid up to 19 and pale up to 22, not a stub among the small counts.
      expect(topics).toMatch(/fill-opacity="0.35"/);
      expect(topics).toContain('x (19–22)');
    });
  });

  it('names both when either of two hidden counts may be the largest', () => {
    const page = render([
      // UWV: 9 on WW and 1 elsewhere, so the 9 is hidden, and with it Toeslagen's 7 (debt is
      // 16 in all, so 16 - 7 would give the 9 back): 6 to 9 against 5 to 10.
      { hour: noon, agencyId: 'uwv', topicId: 'ww', signal: 'debt', count: 9 },
      { hour: noon, agencyId: 'uwv', topicId: 'terugbetalen-en-boete', signal: 'loop', count: 1 },
      { hour: noon, agencyId: 'toeslagen', topicId: 'huurtoeslag', signal: 'debt', count: 7 },
      { hour: noon, agencyId: 'svb', topicId: 'aow', signal: 'mistake', count: 2 },
      { hour: noon, agencyId: 'duo', topicId: 'studieschuld', signal: 'frustration', count: 3 },
    ]);
    const summary = /<h3 id="summary">In het kort<\/h3>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    expect(summary).toContain(
      'Onderwerp met de meeste knelpunten: UWV — WW-uitkering (tussen 6 en 9) of Dienst Toeslagen — Huurtoeslag (tussen 5 en 10)',
    );
  });
});
