import { describe, expect, it } from 'vitest';
import { createSmallTalkTest } from '../../src/core/small-talk.js';
import { testCore } from '../support/app.js';

const smallTalkIn = createSmallTalkTest(testCore().catalog.texts);

describe('greetings, thanks and goodbyes', () => {
  it.each([
    ['goedemorgen', 'greeting'],
    ['Hallo!', 'greeting'],
    ['hi', 'greeting'],
    ['dank je wel', 'thanks'],
    ['Bedankt!!', 'thanks'],
    ['thank you very much', 'thanks'],
    ['bedankt, doei', 'goodbye'],
    ['tot ziens', 'goodbye'],
    ['Hartelijk dank, fijne dag', 'goodbye'],
    ['weet ik niet', 'unsure'],
    ["I don't know", 'unsure'],
    ['ok', 'acknowledgement'],
    ['Oké, duidelijk', 'acknowledgement'],
    ['got it, thanks', 'thanks'],
    ['ja', 'acknowledgement'],
    ['Yes.', 'acknowledgement'],
    ['nee', 'no'],
    ['nee, dank je', 'thanks'],
  ])('reads %j as %s', (text, kind) => {
    expect(smallTalkIn(text)).toBe(kind);
  });

  it.each([
    ['goedemorgen, ik heb een vraag over mijn huurtoeslag'],
    ['hallo ik wil iemand spreken'],
    ['bedankt voor niets'],
    ['dank u, maar ik snap het nog steeds niet'],
    ['dag van de arbeid'],
    ['ik weet niet hoe ik huurtoeslag aanvraag'],
    ['ja ik wil huurtoeslag aanvragen'],
    ['nee, het gaat over mijn zorgtoeslag'],
    [''],
  ])('reads %j as a question, not small talk', (text) => {
    expect(smallTalkIn(text)).toBeUndefined();
  });
});
