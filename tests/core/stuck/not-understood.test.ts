import { describe, expect, it } from 'vitest';
import type { ConversationTurn } from '../../../src/core/stuck/index.js';
import { detector, routed, signalsOf, unrouted } from './detector.js';

describe('the not-understood signal in one message', () => {
  it.each([
    'Je begrijpt me niet',
    'Nee, ik bedoel mijn zorgtoeslag, niet mijn huurtoeslag',
    'Dat is niet wat ik vroeg',
    'Daar heb ik niks aan',
    "You don't understand my question",
    "That's not what I asked",
    'je snapt me nie',
    'Dit ding begrijpt echt helemaal niks van wat ik zeg',
    'Dit is niet wat ik vroeg',
    'No, that is not it',
    'Dit helpt me niet',
    'Het antwoord klopt niet',
    'Nee, dat heb ik toch al gezegd',
    "This doesn't help",
    'I already told you that',
  ])('hears the person say they are not understood in %j', (text) => {
    expect(signalsOf(text)).toContain('not-understood');
  });

  it.each([
    ['Ik begrijp de regels niet helemaal, kunt u het uitleggen?', 'the person does not understand'],
    ['Je begrijpt me goed, dank je', 'understood'],
    ["I don't understand the rules for allowances", 'the person does not understand'],
    ['Dat is wat ik bedoel, dank u', 'agreement'],
    ['Bedoelt u de huurtoeslag?', 'a question back'],
    ['I asked about rent benefit, and no, that is not it either', 'no reply opening with "no"'],
    ['Dit is wat ik vroeg, dank u', 'agreement'],
    ['De betalingsregeling helpt niet genoeg, kan het lager?', 'about a rule, not the answer'],
  ])('hears nothing of the kind in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('not-understood');
  });
});

describe('the not-understood signal over the conversation', () => {
  it.each<[string, ConversationTurn[], ConversationTurn]>([
    ['two turns in a row without routing', [unrouted('hallo')], unrouted('ik heb een probleem')],
    [
      'a weakly routed turn followed by one without routing',
      [routed('ik heb hulp nodig met geld', 0.14)],
      unrouted('ja dat zeg ik toch'),
    ],
    [
      'three unresolved turns after a good one',
      [routed('Hoe verleng ik mijn paspoort?', 0.9), unrouted('x'), unrouted('y')],
      routed('nou?', 0.1),
    ],
    [
      'a person who says so on a routed turn',
      [],
      routed('Je begrijpt me niet, het gaat om mijn WW', 0.7),
    ],
  ])('raises it for %s', (_case, turns, current) => {
    expect(detector.detectConversation(turns, current)).toContain('not-understood');
  });

  it.each<[string, ConversationTurn[], ConversationTurn]>([
    ['a single turn without routing', [], unrouted('hallo')],
    [
      'an unrouted turn followed by a confident one',
      [unrouted('hallo')],
      routed('Mijn huurtoeslag', 0.84),
    ],
    [
      'two unrouted turns with a confident one between',
      [unrouted('hallo'), routed('Mijn huurtoeslag', 0.84)],
      unrouted('ok'),
    ],
    ['routing without confidence figure', [routed('a', 0.9)], { ...routed('b'), confidence: null }],
  ])('does not raise it for %s', (_case, turns, current) => {
    expect(detector.detectConversation(turns, current)).not.toContain('not-understood');
  });
});
