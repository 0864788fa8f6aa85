import { describe, expect, it } from 'vitest';
import { dangerLineNumbers, dangerLineParts } from '../../src/catalog/danger-line.js';

describe('the danger line', () => {
  it.each([
    [
      'In gevaar? Bel 112.',
      [{ text: 'In gevaar? Bel ' }, { text: '112', tel: '112' }, { text: '.' }],
    ],
    [
      'Bel 113 of 0800-0113, dag en nacht.',
      [
        { text: 'Bel ' },
        { text: '113', tel: '113' },
        { text: ' of ' },
        { text: '0800-0113', tel: '08000113' },
        { text: ', dag en nacht.' },
      ],
    ],
    ['Free, day and night.', [{ text: 'Free, day and night.' }]],
  ])('cuts %j into words and numbers to tap', (text, parts) => {
    expect(dangerLineParts(text)).toEqual(parts);
  });

  it('lists the numbers it asks people to call, as written', () => {
    expect(dangerLineNumbers('In gevaar? Bel 112. Bel 113 of 0800-0113.')).toEqual([
      '112',
      '113',
      '0800-0113',
    ]);
  });

  it('reads a number of one or two digits as words (a day count is no number to call)', () => {
    expect(dangerLineNumbers('Bel binnen 7 dagen, of 24 uur per dag.')).toEqual([]);
  });

  it.each(['Bel 0201234567.', 'Bel 06-12345678.', 'Sinds 20245 meldingen.'])(
    'never cuts a longer run of digits into numbers to call: %j',
    (text) => {
      expect(dangerLineNumbers(text)).toEqual([]);
      expect(
        dangerLineParts(text)
          .map((part) => part.text)
          .join(''),
      ).toBe(text);
    },
  );
});
