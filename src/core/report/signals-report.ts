import { isoWeekOfDate } from './weeks.js';

/** Cells with fewer people than this are not shown, so no one can be singled out. */
export const SUPPRESSION_THRESHOLD = 5;

/** Stuck events counted per Amsterdam calendar day, as the database returns them. */
export interface DailyCount {
  day: string;
  agencyId: string | null;
  signal: string;
  count: number;
}

export interface ReportCell {
  week: string;
  agency: string;
  signal: string;
  /** `null` when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/** Rolls daily counts up to agency × signal × ISO week and suppresses small cells. */
export function weeklyCells(rows: readonly DailyCount[]): ReportCell[] {
  const totals = new Map<string, { week: string; agency: string; signal: string; count: number }>();
  for (const row of rows) {
    const week = isoWeekOfDate(row.day);
    const agency = row.agencyId ?? 'onbekend';
    const key = `${week}|${agency}|${row.signal}`;
    const cell = totals.get(key) ?? { week, agency, signal: row.signal, count: 0 };
    cell.count += row.count;
    totals.set(key, cell);
  }
  return [...totals.values()]
    .sort(
      (a, b) =>
        a.week.localeCompare(b.week) ||
        a.agency.localeCompare(b.agency) ||
        a.signal.localeCompare(b.signal),
    )
    .map((cell) => suppress(cell));
}

/** Suppresses one count: 1–4 become `null`; 0 and 5+ stay. */
export function suppress<T extends { count: number }>(
  cell: T,
): Omit<T, 'count'> & { count: number | null; suppressed: boolean } {
  const hidden = cell.count > 0 && cell.count < SUPPRESSION_THRESHOLD;
  return { ...cell, count: hidden ? null : cell.count, suppressed: hidden };
}

/** CSV for spreadsheets: suppressed cells read "<5". */
export function toCsv(cells: readonly ReportCell[]): string {
  const lines = ['week,agency,signal,count'];
  for (const cell of cells) {
    lines.push(
      [
        cell.week,
        cell.agency,
        cell.signal,
        cell.suppressed ? `<${SUPPRESSION_THRESHOLD}` : String(cell.count),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
