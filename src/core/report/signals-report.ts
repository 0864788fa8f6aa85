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

/** How the CSV names an organisation and a signal for a reader, beside their ids. */
export interface CsvNames {
  agency: (id: string) => string;
  signal: (id: string) => string;
}

/**
 * The CSV's separator. Excel with Dutch settings reads a list with ";", and a comma file opened
 * there is one column; a first line "sep=," would fix the columns, but then Excel ignores the
 * byte order mark and garbles "één" and "kopiëren". So ";" and the mark, as CBS exports do.
 */
export const CSV_SEPARATOR = ';';
/** Without it Excel reads the file as Windows-1252, not UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A CSV field, quoted when it holds the separator, a comma, a quote or a line break (RFC 4180). */
function csvField(value: string): string {
  return /[";,\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * CSV for spreadsheets: small counts read "<5"; counts hidden to protect them read "x", as in
 * CBS tables ("geheim"). The ids come first, as the contract has them; the names the report
 * uses follow, so that a reader needs no legend ("digital-exclusion" reads "Digitaal
 * buitengesloten", "onbekend" "Organisatie onbekend"). It starts with the byte order mark and
 * separates by ";", so that Excel with Dutch settings opens it in columns.
 */
export function toCsv(cells: readonly ReportCell[], names: CsvNames): string {
  const row = (fields: string[]) => fields.map(csvField).join(CSV_SEPARATOR);
  const lines = [row(['week', 'agency', 'signal', 'count', 'agency_name', 'signal_name'])];
  for (const cell of cells) {
    const ids = [cell.week, cell.agency, cell.signal, publishedCount(cell)];
    const named = [names.agency(cell.agency), names.signal(cell.signal)];
    lines.push(row([...ids, ...named]));
  }
  return `${UTF8_BOM}${lines.join('\n')}\n`;
}
