import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { converse } from '../support/converse.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('a question no organisation here handles', () => {
  it('says where to go instead of guessing an organisation, with a person to call', async () => {
    const [answer] = await converse(t, ['I need a doctor'], { locale: 'en' });
    expect(answer.agency).toBeNull();
    expect(answer.alternatives).toEqual([]);
    expect(answer.clarify).toBe(false);
    expect(answer.reply).toMatch(/^For medical help, go to your GP \(huisarts\)\./);
    expect(answer.reply).toContain('Call 112');
    expect(answer.contact).toMatchObject({ phone: expect.stringMatching(/\d/) });
    expect(answer.stuck.signals).toEqual([]);
  });

  it('counts as understood, so a few of them in a row are not "not understood"', async () => {
    const answers = await converse(t, [
      'waar kan ik een griepprik halen',
      'mijn bank heeft mijn pinpas geblokkeerd',
      'mijn energierekening is veel te hoog',
    ]);
    expect(answers.map((answer) => answer.agency)).toEqual([null, null, null]);
    expect(answers[2].reply).toMatch(
      /^Over uw energierekening en uw contract gaat uw energieleverancier\./,
    );
    for (const answer of answers) expect(answer.stuck.signals).not.toContain('not-understood');
  });

  it('at a library kiosk starts with where to go, not with the library staff', async () => {
    const [answer] = await converse(t, ['ik zoek een nieuwe huisarts'], { channel: 'kiosk' });
    expect(answer.reply).toMatch(/^Voor medische hulp gaat u naar uw huisarts\./);
  });

  it('still goes to the organisation when the question names one of its subjects', async () => {
    const [answer] = await converse(t, [
      'mijn dokter zegt dat ik niet kan werken, krijg ik een uitkering van het UWV?',
    ]);
    expect(answer.agency.id).toBe('uwv');
  });

  it('after an answer of ours, is followed by a question for an organisation as usual', async () => {
    const [, next] = await converse(
      t,
      ['I need a doctor', 'how do I apply for healthcare allowance?'],
      {
        locale: 'en',
      },
    );
    expect(next.agency.id).toBe('toeslagen');
  });
});
