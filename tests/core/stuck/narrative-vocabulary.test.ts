import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * The narrative vocabulary of data/stuck.json: how people tell their story afterwards, in news
 * quotes, forums and blogs (fear and grief, misery and bureaucracy, a ruined life, poverty, not
 * understanding letters, being sent on, asking for a conversation, help with paperwork, bill
 * after bill). Sentences written for these tests, not taken from the evaluation sets.
 */
describe('narrative vocabulary: heard', () => {
  it.each<[StuckSignal, string]>([
    // frustration: fear, grief, misery, worn out, a farce, bullied, sighs
    ['frustration', 'Ik was doodsbang toen die brief kwam'],
    ['frustration', 'Ik ben zo bang om mijn huis kwijt te raken'],
    ['frustration', 'Ik werd er heel nerveus van'],
    ['frustration', 'Ik heb er veel verdriet van gehad'],
    ['frustration', 'Die brieven maken me panisch'],
    ['frustration', 'Het is één grote ellende met de gemeente'],
    ['frustration', 'Al dat gedonder met de Belastingdienst'],
    ['frustration', 'Ik ben er helemaal aan onderdoor gegaan'],
    ['frustration', 'De onzekerheid vreet aan me'],
    ['frustration', 'Het heeft mijn leven kapot gemaakt'],
    ['frustration', 'Je moet wel een lange adem hebben bij die instantie'],
    ['frustration', 'Het voelde als een klap in mijn gezicht'],
    ['frustration', 'Dat hele bezwaar was een wassen neus'],
    ['frustration', 'Ze maken het je expres zo moeilijk'],
    ['frustration', 'Dit kan toch niet kloppen'],
    ['frustration', 'Sjongejonge, wat een toestand'],
    ['frustration', 'Ik werd als een fraudeur behandeld'],
    ['frustration', 'I was terrified of opening the post'],
    ['frustration', 'Months of limbo, it is soul-destroying'],
    ['frustration', 'Yeah right, two weeks they said'],
    ['frustration', 'I had to jump through so many hoops'],
    // hardship: poverty, everything stopped, a ruined life, punished, no exceptions
    ['hardship', 'We zitten al maanden op zwart zaad'],
    ['hardship', 'Ik word gestraft omdat ik arm ben'],
    ['hardship', 'We hebben geen geld meer voor boodschappen'],
    ['hardship', 'Van de ene op de andere dag werd alles stopgezet'],
    ['hardship', 'Mijn uitkering werd ineens volledig ingetrokken'],
    ['hardship', 'Deze terugvordering heeft ons leven verwoest'],
    ['hardship', 'Na de ontruiming ben ik op straat beland'],
    ['hardship', 'De kinderen zijn uit huis geplaatst'],
    ['hardship', 'Ik kan niet werken en moet toch solliciteren van het UWV'],
    ['hardship', 'We had no choice but to move in with my parents'],
    ['hardship', 'I am completely broke since they stopped my allowance'],
    // digital-exclusion (not understanding a letter, form or rule): the person does not understand
    ['digital-exclusion', 'Ik begrijp er helemaal niets van'],
    ['digital-exclusion', 'Ik snap de brief van de Belastingdienst niet'],
    ['digital-exclusion', 'Ik begrijp het gewoon niet.'],
    ['digital-exclusion', 'Het is mij volkomen onduidelijk wat ze willen'],
    ['digital-exclusion', 'Alles is zo ingewikkeld opgeschreven'],
    ['digital-exclusion', 'Ze gebruiken allemaal moeilijke woorden'],
    ['digital-exclusion', 'Ik heb geen flauw idee wat ik moet doen'],
    ['digital-exclusion', 'De ene medewerker zegt dit, de andere dat: het is tegenstrijdig'],
    ['digital-exclusion', 'Er werd geen enkele uitleg gegeven'],
    ['digital-exclusion', 'The letter was baffling'],
    ['digital-exclusion', "It doesn't make any sense to me"],
    ['digital-exclusion', 'I have no idea what they want from me'],
    // loop: from desk to desk, in vain, nothing happens, only after years
    ['loop', 'Je wordt van loket naar loket gestuurd'],
    ['loop', 'Ik ga van instantie naar instantie'],
    ['loop', 'Ik heb overal aangeklopt, tevergeefs'],
    ['loop', 'Ze weten dat het fout is, maar er gebeurt niets'],
    ['loop', 'Ik heb er nooit meer iets van gehoord'],
    ['loop', 'Pas na drie jaar kwam er een beslissing'],
    ['loop', 'I was sent from department to department'],
    ['loop', 'I heard nothing back for months'],
    ['loop', 'Over and over again the same answer'],
    // wants-human: a conversation, going to the desk, nobody on the line
    ['wants-human', 'Ik heb meerdere keren gevraagd om een persoonlijk gesprek'],
    ['wants-human', 'Ik wil graag een afspraak met mijn consulent'],
    ['wants-human', 'Er is niemand om mee te praten bij die instantie'],
    ['wants-human', 'Ik heb geen vast aanspreekpunt meer'],
    ['wants-human', 'There was no one to help me at the counter'],
    ['wants-human', 'I asked for a meeting with my caseworker'],
    // digital exclusion: shame, helpers, schooling, language, no phone
    ['digital-exclusion', 'Ik schaam me, ik voel me dom met die formulieren'],
    ['digital-exclusion', 'Mijn buurvrouw helpt me met de post'],
    ['digital-exclusion', 'Ik heb nooit scholing gehad en kan niet goed lezen en schrijven'],
    ['digital-exclusion', 'Ik volg de taalles maar ik kan het niet bijbenen'],
    ['digital-exclusion', 'Ik heb geen mobiele telefoon voor die code'],
    ['digital-exclusion', 'They refuse to speak English with me'],
    // debt: bill after bill, repayment schemes, must pay large sums
    ['debt', 'Het is rekening na rekening'],
    ['debt', 'We zitten vast aan een terugbetalingsregeling van jaren'],
    ['debt', 'Ik heb kwijtschelding gevraagd voor de aanslag'],
    ['debt', 'Binnen een maand moesten we alles betalen, duizenden euro'],
    ['debt', 'I received a demand to repay the allowance'],
    // mistake: overlooked, misread, received too much
    ['mistake', 'Ik heb die brief over het hoofd gezien'],
    ['mistake', 'Ik had het formulier niet goed gelezen'],
    ['mistake', 'I misread the question on the form'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('narrative vocabulary: not heard in ordinary messages', () => {
  it.each<[StuckSignal, string, string]>([
    ['frustration', 'Ik ben bang dat mijn aanvraag te laat is', 'a hedge, "bang dat"'],
    ['frustration', 'Mijn telefoon is kapot, hoe log ik nu in?', 'a broken phone'],
    [
      'frustration',
      'Do landlords discriminate when they allocate homes?',
      'discrimination as a topic',
    ],
    ['hardship', 'Kan ik ontslagen worden als ik ziek ben?', 'a question about dismissal'],
    ['hardship', 'Word ik gestraft als ik te laat aangifte doe?', 'a question about a penalty'],
    ['hardship', 'Ik heb mijn arm gebroken, kan ik me ziek melden?', 'the arm of the body'],
    [
      'digital-exclusion',
      'Ik begrijp de regels niet helemaal, kunt u het uitleggen?',
      'an ordinary question',
    ],
    ['digital-exclusion', 'Mijn APK is verlopen: wat moet ik nu doen?', 'an ordinary question'],
    ['loop', 'Van dag tot dag verandert het weer', 'time, not desks'],
    ['loop', 'From time to time I travel abroad', 'time, not desks'],
    [
      'wants-human',
      'Kan ik mijn voertuig verkopen aan iemand die in het buitenland woont?',
      'selling',
    ],
    ['wants-human', 'U wilt graag met iemand samenwonen, wat betekent dat?', 'living together'],
    ['wants-human', 'Moet ik langskomen om mijn paspoort op te halen?', 'asks whether to come'],
    ['wants-human', 'Ik heb een uitnodiging voor een gesprek bij het UWV', 'an invitation'],
    [
      'digital-exclusion',
      'Mag mijn werkgever mijn vakantieaanvraag weigeren?',
      'refusing, not language',
    ],
    ['digital-exclusion', 'Kan mijn zus helpen met de aangifte?', 'asks about a helper'],
    ['debt', 'Moet je al betalen als je bezwaar maakt tegen een boete?', 'a question'],
    ['debt', 'Wie kan kwijtschelding aanvragen?', 'asks about remission'],
    ['mistake', 'De gemeente heeft de brief over het hoofd gezien', 'their oversight'],
  ])('no %s in %j (%s)', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});

describe('narrative vocabulary: negation', () => {
  it.each<[StuckSignal, string]>([
    ['frustration', 'Ik was helemaal niet bang'],
    ['frustration', 'Ik ben niet boos of verdrietig, alleen benieuwd'],
    ['hardship', 'We zitten gelukkig niet op zwart zaad'],
    ['digital-exclusion', 'Het is niet onduidelijk, dank u'],
    ['loop', 'Ik ben niet van loket naar loket gestuurd'],
    ['wants-human', 'Ik wil geen gesprek, een brief is genoeg'],
    ['digital-exclusion', 'Mijn zus hoeft me niet te helpen met de post'],
    ['mistake', 'Ik heb niets over het hoofd gezien'],
  ])('cancels %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});

describe('narrative vocabulary, second round: sarcasm, bad feelings, missing out', () => {
  it.each<[StuckSignal, string]>([
    ['frustration', 'Weer een afwijzing, lekker dan'],
    ['frustration', 'Het geeft me een machteloos gevoel'],
    ['frustration', 'Ik voel me zo belazerd door de gemeente'],
    ['frustration', 'Dat is toch van de pot gerukt'],
    ['frustration', 'So much for a quick decision'],
    ['loop', 'Ik belde drie keer en hoorde niets.'],
    ['hardship', 'Zo loop ik veel toeslag mis waar ik recht op heb'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });

  it.each<[StuckSignal, string]>([
    ['frustration', 'Ik heb de app gebruikt en mijn kind afgezet bij school'],
    ['frustration', 'De website is down, wanneer werkt hij weer?'],
    ['frustration', 'Ik voel me niet belazerd, het klopt wel'],
    ['hardship', 'Heb ik recht op huurtoeslag?'],
    ['loop', 'Ik hoorde niets vreemds, alles is goed'],
  ])('no %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
