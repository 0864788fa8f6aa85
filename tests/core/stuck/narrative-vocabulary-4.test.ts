import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * The fifth round of vocabulary in data/stuck.json (cues whose comment starts with "Round 5"),
 * after the blind sets holdout6 and holdout7 were measured and read: not having the money at
 * all, accounts seized, savings gone, benefits kept back or cut, falling back in income, no
 * transition period, unfairness; unreachable services, unanswered questions, phone queues,
 * being put back where one started; the worst organisation, being made to feel no good, rigged
 * systems, panic, not understanding why an agency acts so; not being able to log in or write
 * back, no smartphone, sites that are not user-friendly; not being let to explain, no
 * understanding shown; everything only through a portal. Every sentence here was written for
 * these tests, not taken from the evaluation sets.
 */
describe('vocabulary, fifth round: heard', () => {
  it.each<[StuckSignal, string]>([
    ['debt', 'Ik zou het graag betalen, maar ik heb het gewoon niet.'],
    ['debt', 'We hebben dat geld echt niet'],
    ['debt', "I'd pay the CJIB if I could, I just don't have the money."],
    ['debt', 'The tax office seized our bank account last month'],
    ['debt', 'My wages were garnished by the bailiff'],
    ['hardship', 'Al onze reserves raakten op na een jaar'],
    ['hardship', 'Our savings ran out while we waited for the decision'],
    ['hardship', 'De gemeente heeft 80 euro ingehouden op mijn bijstand'],
    ['hardship', 'Op mijn AOW wordt elke maand geld ingehouden'],
    ['hardship', 'We gaan er met de nieuwe regels flink op achteruit'],
    ['hardship', 'It means a cut in take-home pay of a quarter'],
    ['hardship', 'De regel gaat in zonder overgangsregeling'],
    ['hardship', 'They changed the rule with no transition period at all'],
    ['hardship', 'Dat vind ik oneerlijk.'],
    ['hardship', "It's so unfair that my benefit stopped"],
    ['loop', 'De Belastingdienst is gewoon niet te bereiken'],
    ['loop', 'Ik kon de afdeling nooit te pakken krijgen'],
    ['loop', "I couldn't get through to the IND for weeks"],
    ['loop', 'Al mijn mails aan DUO bleven onbeantwoord'],
    ['loop', 'I never got a reply to my letter'],
    ['loop', 'U wordt over 25 minuten geholpen, en morgen weer een poging'],
    ['loop', 'After an hour I was put through back to the same desk'],
    ['frustration', 'Dit is de slechtste instantie die ik ken'],
    ['frustration', 'the worst organisation I ever dealt with'],
    ['frustration', 'Ze doen alsof je niet deugt'],
    ['frustration', 'Het was een bureaucratische nachtmerrie'],
    ['frustration', 'The system is rigged against newcomers'],
    ['frustration', 'Ik schrok me rot van die aanmaning'],
    ['frustration', 'I freaked out when I opened the envelope'],
    ['frustration', 'Ik snap echt niet waarom de gemeente dit doet'],
    ['frustration', 'Why they need the form twice is beyond me'],
    ['digital-exclusion', 'Ik kan al weken niet inloggen bij Mijn Toeslagen'],
    ['digital-exclusion', 'Halverwege word je er weer uit gegooid, eruit gegooid zelfs'],
    ['digital-exclusion', "I can't log in to the DUO portal"],
    ['digital-exclusion', 'Een brief terugschrijven lukt me niet'],
    ['digital-exclusion', 'Mijn vader heeft geen smartphone voor de app'],
    ['digital-exclusion', "I don't own a smartphone"],
    ['digital-exclusion', 'De site van het UWV is niet erg gebruiksvriendelijk'],
    ['digital-exclusion', 'The booking page is not user-friendly'],
    ['not-understood', 'De consulent viel me steeds in de rede'],
    ['not-understood', 'Ik kreeg niet de gelegenheid om mijn kant te vertellen'],
    ['not-understood', 'The officer kept interrupting me'],
    ['not-understood', 'De gemeente toont geen enkel begrip voor onze situatie'],
    ['wants-human', 'Alles gaat via de werkmap en ik wil iemand spreken die meekijkt'],
  ])('hears %s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('vocabulary, fifth round: look-alikes', () => {
  it.each<[StuckSignal, string]>([
    ['debt', 'Ik heb het formulier niet ontvangen'],
    ['debt', 'Ik heb het niet gedaan, iemand anders reed in mijn auto'],
    ['debt', 'I just do not have an account yet'],
    ['hardship', 'Het voelt wel een beetje oneerlijk, maar ik ben er blij mee'],
    ['hardship', 'Wat inkomen betreft zijn we er niet op achteruit gegaan'],
    ['hardship', 'Is er een overgangsregeling voor de nieuwe huurtoeslag?'],
    ['hardship', 'Het is niet onredelijk wat ze vragen'],
    ['hardship', 'Het is helemaal niet oneerlijk.'],
    ['loop', 'Het loket is goed te bereiken met de bus'],
    ['loop', 'Hoe lang is de wachttijd voor een paspoort?'],
    ['loop', 'Morgen doe ik een nieuwe poging voor mijn rijexamen'],
    ['frustration', 'Wat is de beste organisatie voor schuldhulp?'],
    ['frustration', 'I got a fright from the fireworks'],
    ['digital-exclusion', 'Ik heb een nieuwe telefoon nodig voor mijn werk'],
    ['digital-exclusion', 'Hoe log ik in met DigiD?'],
    ['digital-exclusion', 'The new website is very user-friendly'],
    ['not-understood', 'Ik kreeg de gelegenheid om alles uit te leggen'],
    ['wants-human', 'Alles gaat via de site en dat werkt prima'],
  ])('no %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
