import { describe, expect, it } from 'vitest';
import { buildSignalReport, type HourlyEvents } from '../../../src/core/report/build-report.js';
import { renderReport } from '../../../src/core/report/render-report.js';
import { barChart, labelColumn } from '../../../src/core/report/svg-chart.js';
import { testCore } from '../../support/app.js';

const { catalog, signalLabels } = testCore();
const noon = Date.parse('2026-12-01T11:00:00Z') / 3_600_000;
const event = (agencyId: string, signal: string, count: number): HourlyEvents => ({
  hour: noon,
  agencyId,
  topicId: 'algemeen',
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
});

describe('the printable report', () => {
  // Debt at four organisations in one week: two counts are shown, two are under 5.
  const report = buildSignalReport(
    [
      event('uwv', 'debt', 6),
      event('cak', 'debt', 7),
      event('toeslagen', 'debt', 2),
      event('svb', 'debt', 3),
    ],
    { from: '2026-11-30', to: '2026-12-06', agency: null },
  );
  const text = String(renderReport(report, catalog, signalLabels, 'nl'));

  it('shows, per week and kind, the lowest possible count when small counts are hidden', () => {
    expect(text).toMatch(/<td>≥ 15<\/td>/);
    expect(text).not.toMatch(/\d\+/);
    expect(text).toContain('Een getal met ≥ ervoor is het laagst mogelijke aantal.');
  });

  it('names signals the router could not place as such, not as a bare "onbekend"', () => {
    const unplaced = buildSignalReport(
      [{ hour: noon, agencyId: null, topicId: null, signal: 'frustration', count: 6 }],
      { from: '2026-11-30', to: '2026-12-06', agency: null },
    );
    const page = String(renderReport(unplaced, catalog, signalLabels, 'nl'));
    expect(page).toContain('Organisatie onbekend — onderwerp onbekend');
  });
});
