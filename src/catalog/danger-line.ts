/** A piece of the danger line: words, or a number to call (a link to tap on a phone). */
export type DangerLinePart = { text: string } | { text: string; tel: string };

// Dutch numbers as the line writes them: short ones (112, 113) and 0800-0113. A longer run of
// digits is never cut into pieces that look like numbers to call.
const NUMBER = /(?<!\d)(\d{3,4}(?:-\d{3,7})?)(?![\d-])/u;

/** The danger line cut into words and numbers, for the page and the widget to render alike. */
export function dangerLineParts(text: string): DangerLinePart[] {
  // split() with one capturing group puts the numbers at the odd places.
  return text
    .split(NUMBER)
    .map((piece, index) =>
      index % 2 === 1 ? { text: piece, tel: piece.replace(/\D/gu, '') } : { text: piece },
    )
    .filter((part) => part.text !== '');
}

/** The numbers the danger line asks people to call. */
export function dangerLineNumbers(text: string): string[] {
  return dangerLineParts(text).flatMap((part) => ('tel' in part ? [part.text] : []));
}
