import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * Round 8 of data/stuck.json: English phrasing the cross-validated model missed in the English
 * training sets (a fine raised for paying late, a letter only in Dutch, money that barely covers
 * the rent, promises broken, papers the office lost, no answer to a request). Sentences written
 * for these tests, not taken from the evaluation sets.
 */
describe('English, round 8: heard', () => {
  it.each<[StuckSignal, string]>([
    ['debt', 'Then a second letter came, raising the fine because I paid a week late.'],
    ['debt', 'My fine was doubled while I was in hospital.'],
    ['debt', 'We were fined for not registering the car in time.'],
    ['debt', 'Without the allowance I will not be able to repay the loan.'],
    ['debt', 'We are close to defaulting on our rent.'],
    ['digital-exclusion', 'Every letter from the council is only in Dutch.'],
    ['digital-exclusion', 'I asked a neighbour to translate the tax letter for me.'],
    ['digital-exclusion', 'I spent an evening trying to decipher the assessment.'],
    ['hardship', 'My student grant barely covers my room.'],
    ['hardship', 'They cut the benefit at very short notice.'],
    ['frustration', 'The ministry is breaking its promise to people like us.'],
    ['frustration', 'They are not going to honour the agreement we made.'],
    ['frustration', 'The system is made as complicated as possible.'],
    ['frustration', 'The municipality lost my application for the second time.'],
    ['loop', 'Three months on, I have still not received a decision.'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('English, round 8: not heard', () => {
  it.each<[StuckSignal, string]>([
    ['digital-exclusion', 'The form is available in Dutch and English.'],
    ['hardship', 'You can get an appointment at short notice.'],
    ['frustration', 'What happens if I break my rental agreement early?'],
    ['frustration', 'I lost my passport on holiday, what should I do?'],
    ['debt', 'I paid the fine on time and it was not raised.'],
    ['debt', 'Penalties were increased for speeding last year.'],
    ['debt', 'My partner will not be able to pay for the course, can I pay for her?'],
    ['hardship', 'Can I get an appointment at such short notice?'],
    ['hardship', 'I need a passport at very short notice.'],
    ['loop', 'I have not yet received a decision, when can I expect it?'],
  ])('no %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
