/** A piece of the danger line: words, or a number to call (a link to tap on a phone). */
export type DangerLinePart = { text: string } | { text: string; tel: string };

// Dutch numbers as the line writes them: short ones (112, 113) and 0800-0113.
const NUMBER = /(\d{3,4}(?:-\d{3,7})?)/u;

/** The danger line cut into words and numbers, for the page and the widget to render alike. */
export function dangerLineParts(text: string): DangerLinePart[] {
  return text
    .split(NUMBER)
    .filter((piece) => piece !== '')
    .map((piece) =>
      NUMBER.test(piece) && /^\d/u.test(piece)
        ? { text: piece, tel: piece.replace(/\D/gu, '') }
        : { text: piece },
    );
}

/** The numbers the danger line asks people to call. */
export function dangerLineNumbers(text: string): string[] {
  return dangerLineParts(text).flatMap((part) => ('tel' in part ? [part.text] : []));
}
