import { html } from 'hono/html';

export interface Bar {
  label: string;
  /** `null` for a suppressed count: drawn as a short hatched stub, labelled "<5". */
  value: number | null;
  /** The label of a suppressed count when it is not "<5" (a count hidden to protect another). */
  hiddenAs?: string;
  /**
   * What is known of a count hidden to protect another: drawn solid up to `min` and pale up to
   * `max` (a short pale tail when there is no upper limit), so it is neither shown as small nor
   * as larger than it can be.
   */
  range?: { min: number; max: number | null };
}

/** The pale tail of a hidden count without an upper limit. */
const OPEN_TAIL = 16;

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

/** What a bar's end says: its count, "<5", or a hidden count with its range ("x (36–48)"). */
function valueText(bar: Bar): string {
  return bar.value === null ? (bar.hiddenAs ?? '<5') : String(bar.value);
}

/**
 * The room right of the longest bar: its value is written there in full, "x (36–48)" as much as
 * "53", or the end of the label is cut off by the chart's edge.
 */
export function valueColumn(bars: readonly Bar[]): number {
  const longest = Math.max(0, ...bars.map((bar) => valueText(bar).length));
  return Math.max(60, Math.ceil(longest * CHARACTER_WIDTH) + 12);
}

/**
 * A horizontal bar chart as inline SVG, drawn on the server: readable in print, no script
 * needed. The chart is hidden from screen readers; the table next to it carries the numbers.
 */
export function barChart(bars: readonly Bar[], options: { width?: number } = {}) {
  const labelWidth = labelColumn(bars);
  const valueWidth = valueColumn(bars);
  const width = Math.max(options.width ?? 640, labelWidth + MIN_PLOT + valueWidth);
  const barHeight = 22;
  const gap = 8;
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? bar.range?.max ?? bar.range?.min ?? 0));
  // A hidden count without an upper limit is drawn a pale tail beyond its minimum, which may be
  // the largest value: the tail must end inside the plot too.
  const plot =
    width -
    labelWidth -
    valueWidth -
    (bars.some((bar) => bar.value === null && bar.range?.max === null) ? OPEN_TAIL : 0);
  const height = bars.length * (barHeight + gap) + gap;
  const scale = (value: number) => Math.max(2, Math.round((value / max) * plot));
  const rows = bars.map((bar, index) => {
    const y = gap + index * (barHeight + gap);
    const text = (x: number) => html`<text x="${x + 6}" y="${y + 16}">${valueText(bar)}</text>`;
    const label = html`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end"
      >${bar.label}</text
    >`;
    const rect = (x: number, length: number, className: string, opacity = '') =>
      html`<rect
        x="${x}"
        y="${y}"
        width="${length}"
        height="${barHeight}"
        class="${className}"
        ${opacity ? html`fill-opacity="${opacity}"` : ''}
      />`;
    if (bar.value === null && bar.range) {
      const known = scale(bar.range.min);
      const upTo = bar.range.max === null ? known + OPEN_TAIL : scale(bar.range.max);
      return html`${label}${rect(labelWidth, known, 'bar')}${rect(
        labelWidth + known,
        Math.max(0, upTo - known),
        'bar',
        '0.35',
      )}${text(labelWidth + upTo)}`;
    }
    const length = bar.value === null ? 6 : scale(bar.value);
    return html`${label}${rect(labelWidth, length, bar.value === null ? 'bar suppressed' : 'bar')}${text(
      labelWidth + length,
    )}`;
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
