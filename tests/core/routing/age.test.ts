import { describe, expect, it } from 'vitest';
import { ageNumbersIn, statedAge } from '../../../src/core/routing/age.js';

describe('the age a person states about themselves', () => {
  it.each([
    ['ik ben 84 en mijn man is overleden, wat moet ik nu regelen', 84],
    ['Ik ben nu 67 jaar.', 67],
    ['ik ben al 70 jaar oud, krijg ik nog iets?', 70],
    ['Ik ben een 84-jarige weduwe', 84],
    ['Als 80-jarige snap ik die brief niet', 80],
    ["I'm 84 and my husband died", 84],
    ['I am 70 years old', 70],
    ['ik ben 68', 68],
    ['ik ben vierentachtig en mijn man is overleden', 84],
    ['Ik ben tweeëntachtig jaar', 82],
    ['ik ben zeventig', 70],
  ])('reads %j as %i', (text, age) => {
    expect(statedAge(text)).toBe(age);
  });

  it.each([
    ['mijn vader van 84 is overleden'],
    ['mijn moeder is 84 jaar'],
    ['ik ben 20 jaar getrouwd geweest'],
    ['ik ben 40 uur per week aan het werk'],
    ['ik ben 30 euro kwijt'],
    ['ik ben 100 procent afgekeurd'],
    ['I am 2 months behind on rent'],
    ['ik woon op nummer 84'],
    ['ik ben tachtig euro kwijt'],
  ])('reads no age of the person in %j', (text) => {
    expect(statedAge(text)).toBeUndefined();
  });
});

describe('the numbers in a message that tell an age, of anyone', () => {
  it.each([
    ['ze is 30', ['30']],
    ['hij is 17 jaar', ['17']],
    ['I am 45 years old', ['45']],
    ['mijn moeder is 84 jaar', ['84']],
    // An age as a condition, or becoming one, is a subject; a line is no age, nor is a sum.
    ['rijbewijs vanaf 17 jaar', []],
    ['mijn zoon is 18 geworden', []],
    ['mijn zoon wordt 18', []],
    ['is 112 gratis', []],
    ['ik moet 30 euro betalen', []],
    ['box 3', []],
  ])('finds in %j: %j', (text, ages) => {
    expect([...ageNumbersIn(text.split(' '))]).toEqual(ages);
  });
});
