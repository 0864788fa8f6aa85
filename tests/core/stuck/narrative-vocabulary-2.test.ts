import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * The third round of narrative vocabulary in data/stuck.json, written as families rather than
 * sentences: not knowing a rule, being overpaid, borrowing from family, a mountain of debt,
 * garnishment, exasperated interjections, no apology, not being listened to, the citizen against
 * the state, dreading the post, cold bureaucracy, agencies that do not work together, wrong or
 * contradictory information, papers that never arrive, still no reply, only a chatbot, being
 * seen as a person, older people left out, children who go without, living on savings, skipped
 * care, a heavy price, lying awake, abuse of power, no way out, suddenly less income,
 * everything online, waiting for months. Every sentence here was written for these tests, not
 * taken from the evaluation sets.
 */
describe('narrative vocabulary, third round: heard', () => {
  it.each<[StuckSignal, string]>([
    // mistake: unaware of rule
    ['mistake', 'Ik was helemaal niet op de hoogte van die regel'],
    ['mistake', 'Niemand had me ooit verteld dat ik dat moest doorgeven'],
    ['mistake', 'We waren er niet van op de hoogte dat het inkomen van mijn zoon meetelde'],
    ['mistake', 'I had no idea that I had to report my new job'],
    ['mistake', 'Nobody told me about the deadline'],
    ['mistake', 'We did not know about the rule on working hours'],
    // mistake: overpaid
    ['mistake', 'Ik kreeg een half jaar lang te veel huurtoeslag'],
    ['mistake', 'We hebben twee jaar te veel zorgtoeslag ontvangen'],
    ['mistake', 'Het UWV betaalde me maanden te veel uit'],
    ['mistake', 'It turns out we were overpaid for a year'],
    ['mistake', 'I got too much child benefit last year'],
    // mistake: miscalculated
    ['mistake', 'Ik heb mijn inkomen verkeerd geschat'],
    ['mistake', 'Blijkbaar heb ik niet goed gerekend'],
    ['mistake', 'I miscalculated my income for the year'],
    ['mistake', 'I got the date wrong on the form'],
    // debt: borrowing
    ['debt', 'Ik heb geld geleend van mijn ouders om de huur te betalen'],
    ['debt', 'We moesten bij familie lenen'],
    ['debt', 'I had to borrow money from friends'],
    ['debt', 'We borrowed from my parents to pay the fine'],
    ['hardship', 'Ik heb geld moeten lenen bij de buren'],
    // debt: must pay but cannot
    ['debt', 'Ik moest alles in één keer betalen, maar dat kan ik niet'],
    ['debt', 'Hoe moet ik dit bedrag ooit terugbetalen?'],
    ['debt', 'How am I ever going to pay this back?'],
    ['debt', 'We just had to pay, no questions asked'],
    ['debt', 'How will I repay all of this?'],
    // debt: mountain
    ['debt', 'Ik heb een torenhoge studieschuld'],
    ['debt', 'De schulden liepen steeds verder op'],
    ['debt', 'Zo raakte ik steeds dieper in de schulden'],
    ['debt', 'We are drowning in debt'],
    ['debt', 'My debts kept piling up'],
    ['debt', 'Ik stond flink in het rood'],
    // debt/hardship: garnishment
    ['debt', 'Ze hebben loonbeslag gelegd'],
    ['debt', 'Er werd beslag gelegd op mijn uitkering'],
    ['hardship', 'We leven al jaren onder de beslagvrije voet'],
    ['hardship', 'Ik krijg 40 euro leefgeld per week'],
    // frustration: interjections
    ['frustration', 'Waarom doen ze in godsnaam zo moeilijk?'],
    ['frustration', 'Hoe haal je het in hemelsnaam in je hoofd'],
    ['frustration', 'Why on earth would they send it to my old address?'],
    ['frustration', "For God's sake, just answer my question"],
    ['frustration', 'What the hell is going on with my permit'],
    // frustration: apology / blame
    ['frustration', 'We hebben nooit excuses gekregen'],
    ['frustration', 'Geen enkel excuus, niks'],
    ['frustration', 'De schuld werd bij ons gelegd'],
    ['frustration', 'No apology, nothing at all'],
    ['frustration', 'They never apologised for the mess'],
    ['frustration', 'They blamed us for their own error'],
    // frustration: not listened to
    ['frustration', 'Niemand die naar ons luisterde'],
    ['frustration', 'Ze luisteren gewoon niet naar je'],
    ['frustration', 'Ze deden alsof we fraudeurs waren'],
    ['frustration', 'Nobody listened to us for years'],
    ['frustration', 'They refused to listen'],
    ['frustration', 'They treated me like a liar'],
    // frustration: against the state
    ['frustration', 'Als burger tegen de Belastingdienst sta je machteloos'],
    ['frustration', 'Dat kun je toch nooit winnen'],
    ['frustration', 'De gemeente krijgt altijd gelijk'],
    ['frustration', 'You can not fight the system'],
    ['frustration', 'The government is always right, apparently'],
    // frustration: contempt idioms
    ['frustration', 'Die behandeling is van de zotte'],
    ['frustration', 'Het is te triest voor woorden'],
    ['frustration', 'Dat slaat nergens op'],
    ['frustration', 'This is a new low for the IND'],
    ['frustration', 'It beggars belief'],
    // frustration: dread post
    ['frustration', 'Ik schrik me elke keer een hoedje als er post is'],
    ['frustration', "Weer zo'n gevreesde blauwe envelop"],
    ['frustration', 'Ik maak mijn post niet meer open'],
    ['frustration', 'I dread opening the mail every day'],
    ['frustration', 'I am afraid to open my letters'],
    // frustration: angry
    ['frustration', 'Ik word er zo boos van'],
    ['frustration', 'Ik kan me daar enorm over opwinden'],
    ['frustration', 'It makes my blood boil'],
    ['frustration', 'They keep dragging out the process'],
    // frustration: cold bureaucracy
    ['frustration', 'Wat een kille behandeling'],
    ['frustration', 'Die logge overheid doet niets'],
    ['frustration', 'Such a faceless bureaucracy'],
    ['frustration', 'The officials were rude and unhelpful'],
    ['frustration', 'A paperwork nightmare from start to finish'],
    // loop: not working together
    ['loop', 'De afdelingen werken totaal langs elkaar heen'],
    ['loop', 'De linkerhand weet niet wat de rechterhand doet'],
    ['loop', 'De gemeente en het UWV praten niet met elkaar'],
    ['loop', 'There is no communication between the departments'],
    ['loop', 'The offices do not talk to each other'],
    // loop: wrong info
    ['loop', 'Ik kreeg bij elk telefoontje een ander verhaal'],
    ['loop', 'We hebben verkeerde informatie gekregen van de medewerker'],
    ['loop', 'Iedereen zegt iets anders'],
    ['loop', 'I was given wrong information twice'],
    ['loop', 'Everyone tells you something different'],
    ['loop', 'The advice turned out to be wrong'],
    // loop: papers lost
    ['loop', 'Mijn formulieren kwamen nooit aan'],
    ['loop', 'Ze zijn mijn dossier kwijtgeraakt'],
    ['loop', 'They lost my documents again'],
    ['loop', 'My letter never arrived'],
    ['loop', 'Het bezwaarschrift is bij hen zoek geraakt'],
    // loop: first yes then no
    ['loop', 'Eerst mocht het wel, toen ineens weer niet'],
    ['loop', 'Eerst zeiden ze ja, daarna weer nee, nu weer wel'],
    ['loop', 'First they said yes, then no'],
    // loop: again no answer
    ['loop', 'Ook nu weer geen reactie'],
    ['loop', 'We moeten weer afwachten'],
    ['loop', 'Ik heb nooit een antwoord ontvangen'],
    ['loop', 'Na zes weken nog steeds geen reactie'],
    ['loop', 'I never received a reply'],
    ['loop', 'No response after three months'],
    // loop: catch-22
    ['loop', 'You can not open a bank account without an address'],
    ['loop', 'I called no less than five times'],
    // wants-human: machines only
    ['wants-human', 'Ze zijn alleen nog via de website bereikbaar'],
    ['wants-human', 'Je krijgt alleen een domme chatbot'],
    ['wants-human', 'Ik krijg alleen standaardantwoorden'],
    ['wants-human', 'They are only reachable online'],
    ['wants-human', 'All I got was a useless chatbot'],
    ['wants-human', 'I only get standard replies'],
    // wants-human: seen as person
    ['wants-human', 'Ik wil gewoon iemand die luistert'],
    ['wants-human', 'Behandel ons als mensen'],
    ['wants-human', 'Ik voel me een nummer'],
    ['wants-human', 'I just want to be listened to'],
    ['wants-human', 'We need someone to talk to'],
    ['wants-human', 'Treat us like humans'],
    // wants-human: trying to reach
    ['wants-human', 'Ik heb geprobeerd hem telefonisch te bereiken'],
    ['wants-human', 'I tried to reach someone for weeks'],
    ['wants-human', 'We tried to get hold of a person'],
    // digital-exclusion: elderly
    ['digital-exclusion', 'Er wordt geen rekening gehouden met ouderen'],
    ['digital-exclusion', 'Aan de senioren is weer niet gedacht'],
    ['digital-exclusion', 'Mijn ouders zijn niet met computers opgegroeid'],
    ['digital-exclusion', 'Een smartphone is voor mijn moeder te ingewikkeld'],
    ['digital-exclusion', 'The elderly are simply left behind'],
    ['digital-exclusion', 'Older people can not cope with all these apps'],
    ['digital-exclusion', 'The forms are only in Dutch'],
    // digital-exclusion (not understanding a letter, form or rule)
    ['digital-exclusion', 'Het was ons niet duidelijk wat we moesten doen'],
    ['digital-exclusion', 'Waarom dat nodig was, is me nooit duidelijk geworden'],
    ['digital-exclusion', 'It was not clear to us what to do'],
    ['digital-exclusion', 'It is not clear which form I need'],
    ['digital-exclusion', 'What is going on?'],
    // hardship: kids go without
    ['hardship', 'Onze kinderen kwamen van alles tekort'],
    ['hardship', 'We moesten de kinderen alles ontzeggen'],
    ['hardship', 'Mijn dochter kon niet mee op schoolreis'],
    ['hardship', 'My kids had to go without'],
    ['hardship', 'I could not feed my children'],
    // hardship: savings
    ['hardship', 'We teren op ons spaargeld'],
    ['hardship', 'Ik leef nu van wat ik nog had'],
    ['hardship', 'We are living off our savings'],
    ['hardship', 'I am living on credit cards'],
    ['hardship', 'This is eating into my savings'],
    // hardship: care skipped
    ['hardship', 'Ik ben al jaren niet naar de tandarts geweest'],
    ['hardship', 'Ik sla mijn medicijnen over'],
    ['hardship', 'I skip the dentist because of the cost'],
    ['hardship', 'We could not afford the doctor'],
    // hardship: street/unaffordable
    ['hardship', 'We stonden met de kinderen op straat'],
    ['hardship', 'Huur is voor ons onbetaalbaar geworden'],
    ['hardship', 'Housing here is totally unaffordable'],
    // hardship: heavy price
    ['hardship', 'We hebben er een zware prijs voor betaald'],
    ['hardship', 'Ons hele gezin is ontwricht'],
    ['hardship', 'We paid a heavy price for their error'],
    ['hardship', 'My life was turned upside down'],
    // frustration: sleepless, brooding, power abuse, fed up, no way out
    ['frustration', 'Ik slaap er al weken slecht van'],
    ['frustration', 'Ik lig er elke nacht wakker van'],
    ['frustration', 'Het bedrag blijft maar in mijn hoofd malen'],
    ['frustration', 'Je wordt er zo cynisch van'],
    ['frustration', 'Het geeft me een heel eng gevoel'],
    ['frustration', 'This has given me sleepless nights'],
    ['frustration', 'I am losing sleep over this letter'],
    ['frustration', 'Dit is pure willekeur en machtsmisbruik'],
    ['frustration', 'Ze hebben me jarenlang getreiterd'],
    ['frustration', 'The landlord and the council were obstructive'],
    ['frustration', 'It felt like an abuse of power'],
    ['frustration', 'What a waste of time!'],
    ['frustration', 'Forget it!'],
    ['frustration', 'Tot op heden heeft niemand een fout toegegeven'],
    ['frustration', 'They refused to admit any mistake'],
    ['frustration', 'Je komt er gewoon nooit meer uit'],
    ['frustration', 'Er is geen ontkomen aan'],
    ['frustration', 'I feel trapped by the rules'],
    // hardship: suddenly less to live on
    ['hardship', 'Sinds de wijziging hebben we 400 euro per maand minder'],
    ['hardship', 'Ik kreeg ineens tweehonderd euro minder uitkering'],
    ['hardship', 'We suddenly had 300 euros a month less'],
    // digital-exclusion: everything online now
    ['digital-exclusion', 'Nu moet alles via de computer'],
    ['digital-exclusion', 'Alles gaat tegenwoordig via internet'],
    ['digital-exclusion', 'You have to do it online, there is no paper form'],
    ['digital-exclusion', 'De bank verwijst je gewoon naar hun website'],
    // loop: waited for months
    ['loop', 'We waited four months for an answer'],
    ['loop', 'I have been waiting for weeks'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('narrative vocabulary, third round: not heard in ordinary questions', () => {
  it.each<[StuckSignal, string]>([
    ['loop', 'Wanneer krijg ik antwoord op mijn bezwaar?'],
    ['loop', 'Is mijn brief al aangekomen bij de Belastingdienst?'],
    ['loop', 'Have you not received a letter yet?'],
    ['mistake', 'Wanneer krijg ik teveel betaalde belasting terug?'],
    ['mistake', 'De Belastingdienst heeft mijn toeslag verkeerd berekend'],
    ['frustration', 'What on earth is a BSN?'],
    ['wants-human', 'Hoe kan ik de gemeente telefonisch bereiken?'],
    ['wants-human', 'Is het UWV alleen via internet bereikbaar?'],
    ['hardship', 'Kan ik leefgeld krijgen bij schuldhulpverlening?'],
    ['hardship', 'Wat is de beslagvrije voet?'],
    ['hardship', 'Is huren in Amsterdam onbetaalbaar voor studenten?'],
    ['digital-exclusion', 'Is het duidelijk wanneer ik moet betalen?'],
    ['digital-exclusion', 'Welke regelingen zijn er voor ouderen?'],
    ['loop', 'Mijn adres is veranderd, moet ik dat doorgeven?'],
    ['frustration', 'Ik werk bij de gemeente en wil een klacht indienen'],
    ['wants-human', 'Kunt u mij de informatie per e-mail sturen?'],
    ['debt', 'Kan ik geld lenen bij DUO voor mijn studie?'],
    ['hardship', 'Can I get help with dentist costs?'],
    ['loop', 'Do I need a bank account without a BSN?'],
    ['hardship', 'Krijg ik 100 euro minder kinderbijslag als mijn zoon 18 wordt?'],
    ['hardship', 'Betaal ik 50 euro minder belasting als ik thuiswerk?'],
    ['digital-exclusion', 'Moet alles via de website of kan het ook per post?'],
    ['loop', 'How many weeks do I have to wait for my permit?'],
    ['frustration', 'Is er een regeling tegen pesten op het werk?'],
  ])('no %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});

describe('narrative vocabulary, third round: negation', () => {
  it.each<[StuckSignal, string]>([
    ['mistake', 'Ik heb nooit te veel toeslag ontvangen'],
    ['debt', 'We hebben geen torenhoge schuld, alleen een kleine rekening'],
    ['frustration', 'Het was zeker geen kille behandeling'],
    ['debt', 'Ik heb nooit geld geleend van mijn ouders'],
  ])('cancels %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
