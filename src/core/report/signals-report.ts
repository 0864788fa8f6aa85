/** Cells with fewer people than this are not shown, so no one can be singled out. */
export const SUPPRESSION_THRESHOLD = 5;

/** A count as published: the number, or hidden. */
export interface PublishedCount {
  /** `null` when suppressed. */
  count: number | null;
  suppressed: boolean;
  /** Hidden although not small, so that a small count cannot be worked out from a total. */
  complement?: true;
  /**
   * For a count hidden to protect another: the lowest and highest value it can have, as any
   * reader can work out from the report's other numbers (`max` absent: no upper limit).
   */
  min?: number;
  max?: number;
}

export interface ReportCell extends PublishedCount {
  week: string;
  agency: string;
  signal: string;
}

/** One kind of signal in one week, over all organisations of the report. */
export interface ReportWeekSignal extends PublishedCount {
  week: string;
  signal: string;
}

/**
 * A count as every view publishes it: the number, "<5" for a small count, "x" for a count hidden
 * to protect another (as in CBS tables, "geheim").
 */
export function publishedCount(entry: { count: number | null; complement?: true }): string {
  if (entry.complement) return 'x';
  return entry.count === null ? `<${SUPPRESSION_THRESHOLD}` : String(entry.count);
}

/**
 * CSV for spreadsheets: small counts read "<5"; counts hidden to protect them read "x", as in
 * CBS tables ("geheim").
 */
export function toCsv(cells: readonly ReportCell[]): string {
  const lines = ['week,agency,signal,count'];
  for (const cell of cells) {
    lines.push([cell.week, cell.agency, cell.signal, publishedCount(cell)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
