import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

describe('the wants-human signal', () => {
  it.each([
    'Ik wil iemand spreken',
    'Kan ik met een medewerker bellen?',
    'Ik wil gewoon een echt mens aan de telefoon',
    'Bel me alsjeblieft terug, ik kom er niet uit',
    'ik wil een medewerkr spreken',
    'Is er iemand die mij persoonlijk kan helpen? Ik wil niet met een computer praten',
    'Ik wil geen chatbot, ik wil een mens van vlees en bloed',
    'Ik ben 78 en ik snap die computer niet. Kan ik alstublieft gewoon iemand aan de telefoon krijgen?',
    'I want to talk to a real person',
    'Can someone call me back please?',
    'Is there a human I can speak with? Not a bot',
    'please let me speak to someone at the tax office',
    // A bare request for help, the whole message (user review, session 10).
    'kan iemand mij helpen',
    'Hallo, wie kan me helpen?',
    'ik wil niet met een computer praten',
    'I need help from a person',
    'can someone help me in English?',
    'ik wil graag persoonlijk langskomen',
    'I want to see someone in person',
    'is there a person I can call',
    'ik wil graag teruggebeld worden',
    "I'd like to make an appointment at the desk",
  ])('hears a request for a person in %j', (text) => {
    expect(signalsOf(text)).toContain('wants-human');
  });

  it.each([
    ['ik wil geen mens spreken, de chat is prima', 'negated'],
    ['Een medewerker zei dat ik de brief moest afwachten', 'reports a past contact'],
    ['Kan ik iemand machtigen om mijn aangifte te doen?', 'authorising someone'],
    ["I don't want to talk to a person, just tell me the deadline", 'negated in English'],
    ['Ik heb gisteren met een medewerker gesproken en het is opgelost', 'a past conversation'],
    ['Wat is het adres van het gemeentehuis?', 'an ordinary question'],
    ['kan iemand mij helpen met mijn huurtoeslag aanvraag', 'a question with its subject'],
    ['Can someone help me fill in the form for my tax return?', 'a question with its subject'],
    ['moet ik persoonlijk langskomen?', 'asks whether one must come by'],
    ['I met someone in person at the desk and it went fine', 'tells it went fine'],
    ['ik word morgen teruggebeld', 'a call back is already arranged'],
    ['I have an appointment at the desk tomorrow, what should I bring?', 'already arranged'],
  ])('hears no request for a person in %j (%s)', (text) => {
    expect(signalsOf(text)).not.toContain('wants-human');
  });
});
