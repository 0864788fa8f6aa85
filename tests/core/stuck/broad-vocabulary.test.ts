import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * The broad vocabulary of data/stuck.json (cues whose comment starts with "broad:"): emotions and
 * distress, waiting and being sent around, hardship, debt, one's own mistakes, digital exclusion
 * and asking for a person, in Dutch and English. Sentences written for these tests, not taken
 * from the evaluation sets.
 */
describe('broad vocabulary: heard', () => {
  it.each<[StuckSignal, string]>([
    // frustration: anger, despair, distress, losing sleep, being let down
    ['frustration', 'Ik ben woest op de gemeente'],
    ['frustration', 'Ik ben echt kwaad over hoe dit gaat'],
    ['frustration', 'Ik ben zo teleurgesteld in de Belastingdienst'],
    ['frustration', 'Dit is een nachtmerrie, ik weet het niet meer'],
    ['frustration', 'Ik zit hier te huilen achter de computer'],
    ['frustration', 'Ik heb zoveel stress van die brieven'],
    ['frustration', 'Ik lig er elke nacht wakker van'],
    ['frustration', 'Ik slaap er al weken slecht van'],
    ['frustration', 'Ik voel me volledig in de steek gelaten door het UWV'],
    ['frustration', 'Ik voel me behandeld als een crimineel, ik voel me machteloos'],
    ['frustration', 'Ik word niet serieus genomen'],
    ['frustration', 'Niemand luisterde naar me en niemand hielp'],
    ['frustration', 'Ik weet niet meer waar ik heen moet'],
    ['frustration', 'Ik kon niet meer.'],
    ['frustration', 'Ik ontplofte bijna toen ik die brief las'],
    ['frustration', 'Ik loop op mijn tandvlees'],
    ['frustration', 'Wat een kafkaëske toestand, ik word er moedeloos van'],
    ['frustration', "I'm fuming, this is a disgrace"],
    ['frustration', "I'm so stressed about this letter"],
    ['frustration', "I can't sleep because of this"],
    ['frustration', 'I feel let down and brushed off by the council'],
    ['frustration', "I don't know where to turn anymore"],
    // loop: again, many times, waiting, nobody knows, back to square one
    ['loop', 'Ik heb weer gebeld en weer kreeg ik een ander antwoord'],
    ['loop', 'Ik heb al drie keer gemaild en nooit iets gehoord'],
    ['loop', 'Ik heb meerdere keren gebeld'],
    ['loop', 'Ik hang al een uur in de wacht'],
    ['loop', 'Ik wacht al maanden op een beslissing'],
    ['loop', 'Nog steeds geen antwoord op mijn bezwaar'],
    ['loop', 'Niemand weet wie hierover gaat'],
    ['loop', 'Ze weten het zelf ook niet bij de gemeente'],
    ['loop', 'Ik krijg nooit iemand aan de lijn'],
    ['loop', 'Elke keer een andere medewerker, en weer mijn verhaal doen'],
    ['loop', 'Nu moet ik alles opnieuw invullen, terug bij af'],
    ['loop', 'They put me on hold for hours'],
    ['loop', 'Nobody knows who is responsible for my file'],
    ['loop', 'They told me to call another number, again'],
    ['loop', "I've called five times and sent three emails"],
    ['loop', "I'm still waiting for a decision after months"],
    // hardship: poverty, cold, food, everything lost, not my fault
    ['hardship', 'We leven van veertig euro per week'],
    ['hardship', 'We zitten zonder verwarming deze winter'],
    ['hardship', 'Ik mijd de tandarts omdat het geld op is'],
    ['hardship', 'Hoe moet ik nu boodschappen doen voor de kinderen?'],
    ['hardship', 'Ik ben alles kwijtgeraakt door deze terugvordering'],
    ['hardship', 'Ik val net buiten alle regelingen'],
    ['hardship', 'Ik zit tussen wal en schip'],
    ['hardship', 'Ik word gestraft buiten mijn eigen schuld'],
    ['hardship', 'Het water staat me aan de lippen'],
    ['hardship', 'Ik red het niet meer met deze uitkering'],
    ['hardship', 'Ik heb nooit gefraudeerd en toch moet ik alles terugbetalen'],
    ['hardship', 'We are living on 50 euros a week'],
    ['hardship', 'I lost my job and my benefits were stopped'],
    ['hardship', 'We have cut back on food to pay the bills'],
    ['hardship', 'This happened through no fault of my own'],
    // debt: administration of debts, bills piling up, collection
    ['debt', 'Ik sta onder bewind vanwege mijn schulden'],
    ['debt', 'De rekeningen stapelen zich op'],
    ['debt', 'Ik heb een schuld van 8.000 euro bij de Belastingdienst'],
    ['debt', 'Ik heb 3000 euro schuld'],
    ['debt', 'Ik moet bijna € 2.500 terugbetalen'],
    ['debt', 'Ik heb grote geldzorgen'],
    ['debt', 'Het incassobureau stuurt steeds brieven'],
    ['debt', 'The bills are piling up and I am drowning in debt'],
    ['debt', "We haven't been able to pay the energy bill"],
    // mistake: unintentional, did not realise, my own blunder
    ['mistake', 'Ik heb het onbewust verkeerd gedaan'],
    ['mistake', 'Uit onwetendheid heb ik het niet doorgegeven'],
    ['mistake', 'Ik besefte niet dat ik mijn nieuwe baan moest melden'],
    ['mistake', 'Dom van me, ik had beter moeten opletten'],
    ['mistake', 'Ik heb de vraag verkeerd begrepen'],
    ['mistake', 'Ik heb de boete te laat betaald'],
    ['mistake', "I didn't know I had to report my new address"],
    ['mistake', 'My bad, I should have checked the form'],
    // digital exclusion
    ['digital-exclusion', 'DigiD lukt me niet, ik kom er niet uit'],
    ['digital-exclusion', 'Mijn moeder is 84 en moet alles online regelen'],
    ['digital-exclusion', 'Ik kom niet verder met het formulier op de website'],
    ['digital-exclusion', 'Ik heb geen computer en geen smartphone'],
    ['digital-exclusion', 'Ik doe dit zonder computer, dat gaat niet'],
    ['digital-exclusion', 'Die brief is in ambtelijke taal geschreven'],
    ['digital-exclusion', 'Ik begrijp niet wat er staat in de brief'],
    ['digital-exclusion', 'Ik voel me buitengesloten nu alles digitaal is'],
    ['digital-exclusion', 'I got a baffling letter about my allowance'],
    ['digital-exclusion', 'I have trouble using a smartphone'],
    ['digital-exclusion', 'My father is 85 and they told him to do it online'],
    // wants-human
    ['wants-human', 'Ik bel het liefst, mailen kan ik niet'],
    ['wants-human', 'Ik wil een mens aan de telefoon'],
    ['wants-human', 'Het is onmogelijk om een medewerker te spreken'],
    ['wants-human', "I'd rather call someone than use this chat"],
    // second round: tense and person, narrative images of being stuck, homelessness, language
    ['frustration', 'Ze ziet het helemaal niet meer zitten'],
    ['frustration', 'Ik ben er echt van slag van'],
    ['frustration', 'Ze behandelen je alsof je een crimineel bent'],
    ['frustration', "I'm overwhelmed and in tears"],
    ['loop', 'Het is een kip-en-ei-verhaal met die bank en de gemeente'],
    ['loop', 'It is a chicken and egg problem with the bank and the town hall'],
    ['hardship', 'Sinds de scheiding slaap ik in mijn auto'],
    ['hardship', 'Ik zit zonder vaste woning'],
    ['hardship', 'I have been sleeping in my car for weeks'],
    ['debt', 'Ik raakte in de schulden en dicht het ene gat met het andere'],
    ['digital-exclusion', 'De brief begreep ik niet'],
    ['digital-exclusion', 'Ik ben de Nederlandse taal niet machtig'],
    ['wants-human', 'Het is onmogelijk om de gemeente nog telefonisch te bereiken'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('broad vocabulary: not heard in ordinary messages', () => {
  it.each<[StuckSignal, string, string]>([
    ['frustration', 'Wat kan het kwaad om bezwaar te maken?', '"kwaad" as harm'],
    ['frustration', 'Ik ben bang dat ik te laat ben met mijn aangifte', 'one worry'],
    ['frustration', 'Hoe dien ik een klacht in bij de gemeente?', 'asks how to complain'],
    ['frustration', 'Ik slaap er niet wakker van, ik wil het alleen weten', 'idiom: no worries'],
    ['frustration', 'Is stress een reden om me ziek te melden?', 'stress as a topic'],
    ['loop', 'Moet ik volgend jaar opnieuw huurtoeslag aanvragen?', 'applying again'],
    ['loop', 'Hoe lang is de wachttijd voor een paspoort?', 'asks about waiting times'],
    ['loop', 'Ik wil opnieuw beginnen met een studie, krijg ik studiefinanciering?', 'a new start'],
    ['loop', 'Bij welke andere afdeling kan ik dit vragen?', 'one other desk'],
    ['loop', 'Is there a waiting list for social housing?', 'asks about a waiting list'],
    ['hardship', 'Ik woon in een huis zonder gas, krijg ik energietoeslag?', 'a gas-free home'],
    ['hardship', 'Ik wil mijn auto verkopen, wat moet ik doen?', 'selling a car'],
    ['hardship', 'Mijn buurman is ziek, kan ik mantelzorg aanvragen?', 'illness alone'],
    ['hardship', 'I am unemployed, how do I apply for WW?', 'unemployment alone'],
    ['debt', 'Ik wil geld lenen voor een huis, hoe zit dat met de hypotheek?', 'a mortgage'],
    ['debt', 'Hoe werkt achteraf betalen bij de gemeente?', 'a payment method'],
    ['mistake', 'De Belastingdienst heeft mijn inkomen verkeerd berekend', 'their mistake'],
    ['mistake', 'Ik wist niet dat je huurtoeslag kon krijgen', 'learning about a benefit'],
    ['mistake', 'mijn WW is te laat betaald', 'the organisation paid late'],
    ['mistake', 'De huur is te laat betaald door de gemeente', 'someone else paid late'],
    ['digital-exclusion', 'Kan ik mijn aangifte online doen?', 'asks about going online'],
    ['digital-exclusion', 'Welke regelingen zijn er voor ouderen?', 'older people alone'],
    ['digital-exclusion', 'Ik heb wel een computer, maar de website is traag', 'has a computer'],
    ['wants-human', 'Waar vind ik het telefoonnummer van de gemeente?', 'asks for a number'],
    ['hardship', 'Hoe vraag ik een briefadres aan?', 'asks about a postal address'],
    ['hardship', 'Ik heb een bewijs nodig dat ik geen huis heb in Nederland', 'owning no house'],
    ['frustration', 'Waarom kan ik geen huurtoeslag krijgen?', 'a plain why-question'],
    ['frustration', 'Helaas kan ik morgen niet, kan ik de afspraak verzetten?', 'unfortunately'],
    ['loop', 'Moet ik morgen terugkomen om mijn paspoort op te halen?', 'coming back once'],
  ])('no %s in %j (%s)', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});

describe('broad vocabulary: negation', () => {
  it.each<[StuckSignal, string]>([
    ['frustration', 'Ik ben niet teleurgesteld, gewoon benieuwd'],
    ['frustration', 'Ik voel me niet in de steek gelaten'],
    ['loop', 'Ik hoefde niet lang in de wacht te staan'],
    ['hardship', 'We zitten gelukkig niet zonder verwarming'],
    ['debt', 'Ik sta niet onder bewind'],
    ['digital-exclusion', 'Ik heb niet geen computer, ik heb er twee'],
    ['wants-human', 'Ik wil geen mens spreken, de chat is prima'],
    ['frustration', "I'm not upset, just curious"],
  ])('cancels %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
