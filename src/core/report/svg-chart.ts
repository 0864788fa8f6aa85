import { html } from 'hono/html';

export interface Bar {
  label: string;
  /** `null` for a suppressed count: drawn as a short hatched stub, labelled "<5". */
  value: number | null;
  /** The label of a suppressed count when it is not "<5" (a count hidden to protect another). */
  hiddenAs?: string;
}

/** Average width of a character of the chart's 13 px system font, generously (capitals, digits). */
const CHARACTER_WIDTH = 7.5;
/** The bars keep at least this much room, however long the labels. */
const MIN_PLOT = 320;

/**
 * The width of the label column: the longest label fits in full ("Informatiepunt Digitale
 * Overheid (bibliotheek)"), as a cut-off name in a printed report cannot be read back.
 */
export function labelColumn(bars: readonly Bar[]): number {
  const longest = Math.max(0, ...bars.map((bar) => bar.label.length));
  return Math.max(120, Math.ceil(longest * CHARACTER_WIDTH) + 16);
}

/**
 * A horizontal bar chart as inline SVG, drawn on the server: readable in print, no script
 * needed. The chart is hidden from screen readers; the table next to it carries the numbers.
 */
export function barChart(bars: readonly Bar[], options: { width?: number } = {}) {
  const labelWidth = labelColumn(bars);
  const width = Math.max(options.width ?? 640, labelWidth + MIN_PLOT + 60);
  const barHeight = 22;
  const gap = 8;
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const plot = width - labelWidth - 60;
  const height = bars.length * (barHeight + gap) + gap;
  const rows = bars.map((bar, index) => {
    const y = gap + index * (barHeight + gap);
    const length = bar.value === null ? 6 : Math.max(2, Math.round((bar.value / max) * plot));
    return html`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${bar.label}</text
      ><rect
        x="${labelWidth}"
        y="${y}"
        width="${length}"
        height="${barHeight}"
        class="${bar.value === null ? 'bar suppressed' : 'bar'}"
      /><text x="${labelWidth + length + 6}" y="${y + 16}"
        >${bar.value ?? bar.hiddenAs ?? '<5'}</text
      >`;
  });
  return html`<svg
    class="chart"
    width="${width}"
    height="${height}"
    viewBox="0 0 ${width} ${height}"
    aria-hidden="true"
    focusable="false"
  >
    ${rows}
  </svg>`;
}
