import { describe, expect, it } from 'vitest';
import { signalsOf } from './detector.js';

/**
 * Precision: a citizen asking a plain question, or stating a plain fact, is not stuck. These
 * messages touch the same subjects as the stuck cues (payment arrangements, fines, deadlines,
 * children, illness, DigiD, waiting times, applying again) and must raise NO signal at all.
 * Written before the lexicon was widened, and kept passing while it grew.
 */
describe('plain questions raise no signal', () => {
  it.each([
    // Dutch
    'Hoe vraag ik huurtoeslag aan?',
    'Wat is een betalingsregeling?',
    'Mijn paspoort is verlopen',
    'Mijn paspoort is verlopen, hoe vraag ik een nieuwe aan?',
    'Hoeveel zorgtoeslag krijg ik als ik alleen woon?',
    'Waar geef ik mijn verhuizing door?',
    'Wanneer wordt de AOW uitbetaald?',
    'Hoe betaal ik mijn verkeersboete?',
    'Hoe lang is de wachttijd voor een afspraak bij de gemeente?',
    'Kan ik mijn rijbewijs online verlengen?',
    'Ik wil een DigiD aanvragen, hoe doe ik dat?',
    'Hoe activeer ik de DigiD app op mijn nieuwe telefoon?',
    'Ik wil opnieuw huurtoeslag aanvragen voor volgend jaar',
    'Mijn kinderen gaan naar de kinderopvang, heb ik recht op toeslag?',
    'Ik ben ziek, hoe meld ik me ziek bij het UWV?',
    'Wat is de deadline voor de belastingaangifte?',
    'Hoe maak ik bezwaar tegen de WOZ-waarde?',
    'Welke documenten heb ik nodig voor een verblijfsvergunning?',
    'Ik ga trouwen, moet ik dat doorgeven aan de Belastingdienst?',
    'Wanneer krijg ik mijn teruggave van de inkomstenbelasting?',
    'Waar vind ik het formulier voor een parkeervergunning?',
    'Hoe schrijf ik me in bij de KVK als zzp’er?',
    'Is er een regeling voor ouderen die hulp nodig hebben bij de aangifte?',
    'Wat kost een nieuwe identiteitskaart?',
    'Ik heb een vraag over mijn studiefinanciering bij DUO',
    'Hoe kan ik mijn adres wijzigen bij de zorgverzekeraar?',
    'Ik wil graag weten of ik recht heb op kinderbijslag',
    'Moet ik mijn auto opnieuw laten keuren?',
    'Hoeveel dagen van tevoren moet ik mijn vakantie doorgeven bij de WW?',
    'Wat gebeurt er met mijn toeslagen als ik ga samenwonen?',
    'Kan ik de gemeente bellen over het grofvuil?',
    'Ik heb een nieuwe baan, wat moet ik doen met mijn uitkering?',
    'Waar kan ik terecht met vragen over de energietoeslag?',
    'Mijn zoon wordt 18, wat verandert er voor de zorgverzekering?',
    'Wat is de huurgrens voor huurtoeslag dit jaar?',
    'Hoe lang duurt het voordat ik een beslissing krijg over mijn aanvraag?',
    // English
    'How do I apply for housing benefit?',
    'What is a payment arrangement?',
    'My passport has expired',
    'When is the child benefit paid?',
    'How do I register my new address with the municipality?',
    'What documents do I need for a residence permit?',
    'How long does the IND take to decide on an application?',
    'Can I pay my traffic fine in instalments?',
    'I want to apply for a DigiD, how does that work?',
    'My kids start school next month, do I get a child allowance?',
    'I am ill, how do I report sick to the UWV?',
    'What is the deadline for filing my tax return?',
    'I would like to know whether I can get healthcare allowance',
    'Where can I find the form for a parking permit?',
    'Do I need to apply again for the allowance next year?',
    'Is there help for older people with their tax return?',
  ])('%j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });
});

/**
 * Ordinary messages that once raised a signal through a word that looks like a cue: the stem of
 * "heel" (very) is that of "hel" (hell), "in beslag nemen" means taking time, printed codes are
 * in capitals, "not to mention" is an idiom, and an older relative is not a digital problem.
 */
describe('look-alikes of cues raise no signal', () => {
  it.each([
    'Ik ben er heel blij mee, het ging heel snel',
    'Op dit stembureau stond een hele bijzondere collectie',
    'Het is een invuloefening die hooguit twee uur in beslag neemt',
    'Bij het loket riepen ze C507 om, ik had F507',
    'The form was well organised, not to mention the helpful notes',
    'Mijn broer (78 jaar) is overleden, stopt zijn AOW vanzelf?',
    'Mensen zijn verschrikkelijk blij met de hulp van de gemeente',
    'Voor mij is dat emotioneel, het voelt weer compleet',
    'There is an option to speak to someone in English',
  ])('%j', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Het is een hel met die brieven', 'frustration'],
    ['Er is beslag gelegd op mijn loon', 'debt'],
    ['Mijn auto is in beslag genomen door de deurwaarder', 'debt'],
    ['I did not mention my second job on the form', 'mistake'],
    ['Het is verschrikkelijk hoe ze met ons omgaan', 'frustration'],
    ['Ik werd heel emotioneel van die brief', 'frustration'],
    ['I just want to speak to someone', 'wants-human'],
  ])('still hears %j as %s', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });
});
