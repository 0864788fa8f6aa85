import { html } from 'hono/html';

export interface Bar {
  label: string;
  /** `null` for a suppressed count: drawn as a short hatched stub, labelled "<5". */
  value: number | null;
  /** The label of a suppressed count when it is not "<5" (a count hidden to protect another). */
  hiddenAs?: string;
}

/**
 * A horizontal bar chart as inline SVG, drawn on the server: readable in print, no script
 * needed. The chart is hidden from screen readers; the table next to it carries the numbers.
 */
export function barChart(bars: readonly Bar[], options: { width?: number } = {}) {
  const width = options.width ?? 640;
  const labelWidth = 230;
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
