import { describe, expect, it } from 'vitest';
import {
  loadCoverageProbes,
  loadRoutingSet,
  loadStoryProbes,
} from '../../src/evaluation/load-routing-set.js';
import { evaluateRouting, share } from '../../src/evaluation/routing-eval.js';
import { pickSplit } from '../../src/evaluation/routing-set.js';
import { testCore } from '../support/app.js';

/**
 * Floors under the routing quality, set a little below what the router measured when they were
 * set (ADR 0005 has the figures). A change that drops below a floor makes routing worse for real
 * questions: fix the change, or argue in the ADR why the floor may go down.
 *
 * The held-out third (every third labelled question) is never tuned on; its own floor guards
 * against tuning that only fits the development questions. Session 3 added routing-part5 (312
 * questions from new sources, 76.9 % top-1 / 94.2 % top-3 blind on arrival), which took the
 * held-out third from 88.0 % to 85.1 % top-1; routing-part6 (250 more, 78.4 % / 95.2 % blind
 * on arrival, never tuned on) took the whole set to 90.1 % and the held-out third to 84.2 %.
 * Session 4 added routing-part7 (136 FAQ questions, 79.1 % / 94.0 % blind on arrival) and three
 * general fixes (intent rules, real words are no typos, large synonym groups share their
 * weight): whole 90.7 % / 98.2 %, held-out 85.3 % / 96.3 % / 91.0 % one click away. The floors
 * went up to about one point below that. Session 5 added routing-part8 (151 questions, 83.2 % /
 * 93.4 % blind on arrival): whole 90.5 % / 97.9 %, held-out 85.1 % / 95.9 % / 91.0 %; the floors
 * stay. Session 6 added routing-part9 (148 questions, 86.8 % / 95.6 % blind on arrival): whole
 * 90.6 % / 97.8 %, held-out 86.2 % / 96.0 % / 91.5 %; the floors stay. Session 7 added
 * routing-part10 (170 questions from 109 sites, 79.0 % / 94.9 % blind on arrival, 8.9 % asked
 * back): whole 89.7 % / 97.6 % with it, 90.4 % / 97.7 % after vocabulary from its development
 * questions; held-out 85.6 % / 95.9 % / 92.0 % (part10's own held-out questions did not move:
 * 38 of 51). The floors stay. Sessions 9 and 10 added routing-part11 (146 questions, 86.5 % /
 * 98.5 % blind on arrival) and routing-part12 (150 questions from 133 sites, 85.0 % / 92.9 %,
 * 90.7 % one click away); held-out 85.3 % / 95.9 % with both. The floors stay. Session 12 added
 * routing-part13 (90 questions, 76 clear; the stored pages are nearly used up, so it is mostly
 * the long tail: customs, the KOR, pgb contracts): 77.6 % / 86.8 %, 82.9 % one click away, blind
 * on arrival; held-out 85.0 % / 95.5 % with it. The whole set's top-3 went from 97.7 % to
 * 97.5 % by adding those questions, not by a change to the router, so its floor moved from 97.5 %
 * to 97 %.
 * Session 15 (two blind reviews, broad words, subject words first): whole 91.0 % / 97.3 %,
 * held-out 85.9 % / 95.5 %; the held-out top-1 floor went up to 85 %.
 * Session 16 added routing-part15 (260 questions from 188 pages, 215 clear; mostly FAQ headings
 * of lawyers, housing corporations and expat sites): 79.1 % / 90.2 % blind on arrival, 7.4 %
 * asked back. With it the whole set is 90.0 % / 96.8 % and the held-out third 85.2 % / 94.8 %,
 * by adding questions, not by a change to the router; vocabulary from its development questions
 * (wedding booklets, branch offices, deeds of transfer, pay when sick, holiday jobs, a child
 * who is hurt) took part15 to 83.3 % / 92.6 %, the whole set to 90.4 % / 96.9 % and the held-out
 * third to 85.7 % / 94.8 %. The top-3 floors moved half a point down for it. Then
 * routing-part16 (89 questions from 78 pages, 73 clear: the stored pages are used up for
 * everyday topics, so it is the long tail: trade names, WBSO, erfpacht, sepots, licences at 75):
 * 68.5 % / 86.3 % blind on arrival; vocabulary from its development questions took it to
 * 78.1 % / 90.4 %, the whole set to 90.2 % / 96.8 % and the held-out third to 85.6 % / 94.7 %.
 * Session 17 added the CIZ to the catalog (ADR 16) and routing-part17 (55 questions about
 * long-term care, 52 clear, 22 of them near-misses between the CIZ, the zorgkantoor, the CAK and
 * the SVB): 63.5 % / 84.6 % on arrival, 73.1 % / 94.2 % after its development questions. It took
 * the whole set from 90.2 % to 90.0 % by adding hard questions, so the whole top-1 floor moved
 * from 90 % to 89.5 %. Then routing-part18 (149 questions from 128 pages, 131 clear; a fourth of
 * them English; Juridisch Loket, Rijksoverheid, CBR and police questions sought on purpose):
 * 82.4 % / 91.6 % blind on arrival, 61.1 % of its unclear questions asked back; the whole set
 * 89.6 % / 96.5 %, the held-out third 85.0 % / 94.6 %. Vocabulary and two rules from its
 * development questions (code 95, the starting rent, holidays in school time, worry about abuse
 * goes to Veilig Thuis, "aangifte" alone is asked back between tax and police) took part18 to
 * 87.8 % / 96.2 %, the whole set to 89.9 % / 96.7 % and the held-out third to 85.2 % / 94.7 %.
 * Then routing-part19 (148 questions from 124 pages about the everyday organisations, 132
 * clear, a fourth English): 93.2 % / 95.5 % blind on arrival; vocabulary from its development
 * questions (moving abroad, co-insured with one's parents, a temp contract in pregnancy,
 * medicines abroad, naming the driver) took it to 96.2 % / 99.2 %, the whole set to
 * 90.2 % / 96.8 % and the held-out third to 85.7 % / 94.8 %.
 * Session 18 added routing-part20 (183 questions from 141 pages, 151 clear; the Juridisch Loket,
 * Rijksoverheid and the CBR sought on purpose, a sixth English): 75.5 % / 90.7 % blind on
 * arrival, 8.6 % asked back; the whole set 89.5 % / 96.6 %. Vocabulary and one rule from its
 * development questions (inherited debts, working hours, payment entitlements, violence at home,
 * novelty fireworks) took part20 to 88.1 % / 98.0 %, the whole set to 90.1 % / 96.9 % and the
 * held-out third to 85.3 % / 95.0 %. Then routing-part21 (102 questions from 68 pages, 86 clear,
 * forum and Q&A phrasing, a fourth English; the stored pages are nearly used up): 89.5 % /
 * 97.7 % blind on arrival; vocabulary and a rule from its development questions (earning on the
 * side tax-free, medicines under the Opium Act, registering again) took it to 95.3 % / 97.7 %,
 * the whole set to 90.2 % / 96.9 % and the held-out third to 85.5 % / 95.0 %. The floors stay.
 * Session 19 added routing-part22 (101 Dutch FAQ and forum questions from 84 pages, 94 clear)
 * and routing-part23 (158 English expat questions from 144 pages, 148 clear): 85.1 % / 94.7 %
 * and 79.7 % / 89.2 % blind on arrival, which took the whole set to 89.6 % / 96.6 % and the
 * held-out third to 85.4 % / 94.8 %. Two rules and some words from their development questions
 * (holiday allowance from a job, an account or wages attached, a codicil, basic healthcare
 * insurance) took them to 86.2 % / 94.7 % and 83.1 % / 92.6 %, the whole set to 89.8 % / 96.8 %
 * and the held-out third to 85.4 % / 94.9 %. The floors stay.
 * Session 20 added routing-part24 (70 Dutch questions from forums, Q&A columns and FAQ pages of
 * organisations, 65 clear) and routing-part25 (85 English questions from expat, legal-aid and
 * student sites, 78 clear; the Juridisch Loket a third of them). The stored pages are used up:
 * both collectors found every usable page for seven organisations already used. Blind on arrival
 * 75.4 % / 89.2 % and 70.5 % / 87.2 %, the lowest yet, which took the whole set to 89.2 % /
 * 96.4 % and the held-out third to 84.6 % / 94.5 %. Three rules and some words from their
 * development questions (holiday allowance not paid, a stolen car or bike, a will and
 * disinheriting, "kindergeld", keeping a self-employed person's records, leave for a family
 * emergency, no health insurance) took them to 81.5 % / 92.3 % and 74.4 % / 88.5 %, the whole
 * set to 89.4 % / 96.5 %, and the held-out third to 84.6 % / 94.3 % (three of its questions
 * fell out of the top three). The top-1 floors of the whole set and the held-out third, the
 * held-out top-3 floor and the unclear questions' floor came down by half a point to what was
 * measured: harder questions, not a worse router. Later that session, income tax while living
 * abroad (the Belastingdienst, not DigiD abroad) and a bare "betalingsregeling" asked back took
 * the whole set to 89.5 % / 96.6 % and the held-out third to 84.7 % / 94.4 %.
 * Session 21 added routing-part26 (79 Dutch questions from municipal, funeral, care-provider and
 * lawyers' FAQ pages, 71 clear) and routing-part27 (75 English questions from expat, student,
 * tenant and au-pair pages, 68 clear). Blind on arrival 70.4 % / 85.9 % (14.1 % asked back) and
 * 66.2 % / 88.2 %, which took the whole set to 88.7 % / 96.2 % and the held-out third to 84.2 % /
 * 94.0 %. Words from their development questions (graves and grave rights, Ukrainian refugees and
 * host families, a neighbour's overhanging branches, subletting, the speed-camera photo, the
 * theory exam, hearing aids) and a Dutch plural's singular after a doubled consonant took them
 * to 83.1 % / 91.5 % and 70.6 % / 88.2 %, the whole set to 89.1 % / 96.3 % and the held-out third
 * to 84.4 % / 94.0 %. The whole set's top-3 floor and the held-out top-1 and top-3 floors came
 * down by half a point to what is measured. Later that session routing-part28 (87 Dutch
 * questions from lawyers', insurers', driving schools' and funeral FAQ pages and reader-question
 * columns, 79 clear) and routing-part29 (49 English student and expat questions, 45 clear) came
 * in at 77.2 % / 87.3 % and 84.4 % / 100 % on arrival; words from their development questions
 * (driving with dementia, motorcycle lessons, what the insurance covers, the 112 control room,
 * talking about suicide, a late birth declaration, residence status, social security across EU
 * countries) took them to 84.8 % / 94.9 % and 93.3 % / 100 %, the whole set (4,025 clear) to
 * 89.2 % / 96.3 % and the held-out third to 84.5 % / 94.0 %. The floors stay. Two rules (the
 * CAK's own contribution is the Wmo's without a word for long-term care; what follows from staying
 * uninsured is the CAK's) and a few words took the whole set to 89.4 % / 96.4 % and the held-out
 * third to 84.6 % / 94.1 %; the OM's Boetebase for how high fines are (a topic and a rule) to
 * 89.5 % / 96.4 % and 84.7 % / 94.1 %.
 * Session 22 added routing-part30 (67 Dutch questions from Q&A sites, seniors', carers' and
 * newcomers' organisations and reader-question columns, 65 clear), routing-part31 (83 Dutch
 * questions from unions, payroll, school, car, tenant, legal and funeral FAQ pages, 76 clear) and
 * routing-part32 (51 English questions from municipal, legal, au-pair and tax pages, 47 clear).
 * Blind on arrival 73.8 % / 87.7 % (13.8 % asked back), 76.3 % / 86.8 % and 76.6 % / 89.4 %, which
 * took the whole set (4,213 clear) to 89.1 % / 96.1 % and the held-out third to 84.6 % / 93.8 %.
 * Words and six rules from their development questions took them to 89.2 % / 93.8 %, 88.2 % /
 * 94.7 % and 87.2 % / 93.6 %, the whole set to 89.7 % / 96.4 % and the held-out third to 84.7 % /
 * 93.9 %. Then routing-part33 (119 Dutch questions from the FAQ pages of small and mid-sized
 * municipalities and their shared tax, social and Wmo services, 112 clear) came in at 63.4 % /
 * 84.8 % (11.6 % asked back), the lowest yet: the municipality's long tail. The whole set (4,325
 * clear) went to 89.0 % / 96.1 % and the held-out third to 84.5 % / 93.9 %; the whole set's
 * top-1 floor came down by half a point to what is measured. Words and rules from its development
 * questions took it to 79.5 % / 92.0 %. routing-part34 (78 Dutch questions from other
 * municipalities' FAQ pages and local services, 72 clear), collected after those words went in,
 * came in at 75.0 % / 93.1 % on arrival (8.3 % asked back): the municipal words of part33 carried
 * over in part. Whole set (4,397 clear) 89.2 % / 96.3 %, held-out third 84.3 % / 93.8 %. Words and
 * three rules from its development questions took it to 84.7 % / 94.4 %. Last, routing-part35
 * (68 English questions from municipalities' and international centres' English pages, 62 clear;
 * ten more repeated older collections word for word and were left out) came in at 79.0 % /
 * 93.5 % (8.1 % asked back); whole set (4,459 clear) 89.2 % / 96.3 %, held-out third 84.1 % /
 * 93.8 %. A Rijksoverheid topic for sirens and NL-Alert and a rule for the municipality's
 * energy allowance, Tozo and Bbz took the whole set to 89.3 % / 96.3 %. Last, a question without
 * a subject that fits one organisation alone goes there, and a few everyday words (turning 67,
 * not being able to pay the rent, printing at the library): whole set 89.4 % / 96.3 %, held-out
 * third 84.1 % / 93.9 % (84.8 % on the part that was there before the session, 84.7 % at its
 * start; 77.9 % on the new collections' third).
 *
 * Session 23 added five collections, measured blind on arrival: routing-part36 (105 Dutch
 * questions from the FAQ pages of larger municipalities, their shared services and news Q&As, many
 * about the corona rules of 2020–21) 65.3 % / 78.9 %, part37 (47 Dutch questions from forums and
 * non-government FAQ pages) 81.4 % / 93.0 %, part38 (33 English questions from expat, tax and legal
 * pages) 66.7 % / 90.0 %, part39 (68 Dutch questions from easy-language, newcomer and library pages)
 * 65.1 % / 81.0 %, and part40 (38 English questions from expat and law-firm pages, after the words
 * of the first four) 73.5 % / 91.2 %. Words and rules from their development questions took them
 * to 75.8, 86.0, 70.0, 79.4 and 79.4 %. The held-out third that was there before the session went
 * from 84.1 % to 84.3 %; the new collections' held-out third (87 questions) stands at 69.0 %, which
 * took the whole held-out third to 83.5 % / 93.2 % (89.8 % one click away) and the unclear
 * questions asked back to 45.4 %. Those floors came down to what is measured, for new hard data,
 * not for a change to the router. Two written probe files came in as well (coverage-gemeente:
 * 299 questions about every product of a municipality; coverage-expat: 219 English questions of
 * internationals): on arrival 73.3 % / 72.5 % and 77.8 % / 80.8 % top-1 (read / unread half);
 * after words from the read halves 88.7 % / 73.8 % and 90.9 % / 80.8 %. The older probes' unread
 * half stays at 91.1 %; with the new files the pooled unread half is 85.4 %, and its floor came
 * down to that.
 *
 * Session 25: Dutch separable verbs that a sentence splits are read as the verb (5 questions
 * better, none worse). Two collections came in blind: routing-part41 (128 Dutch questions from
 * funeral and grave columns, after-death blogs, youth and legal sites, law firms and smaller
 * municipalities, 98 clear) at 69.4 % / 81.6 % (11.2 % asked back), and routing-part42 (113
 * English questions from expat, student, municipal and government English pages, 77 clear) at
 * 83.1 % / 97.4 %; most of their unclear lines are FAQ headings with a subject of their own, and
 * only 23 % and 22 % of them were asked back. Words and a rule from their development questions
 * (the TONK, a volunteer allowance, paid parental leave at the UWV, a pregnant freelancer, urns on
 * one's own land, fake invoices, a residence permit after a divorce) took them to 79.2 % /
 * 87.5 % and 88.2 % / 98.7 %. A review then found three near-duplicates of other questions
 * (two within part41, one of part35) and a line quoted from an unrelated page; they were left
 * out, which moved the split of the later new questions by up to four places. Whole set (4,896
 * clear) 88.8 % / 95.9 %, held-out third 83.4 % / 93.0 % (89.7 % one click away), questions
 * without a subject asked back 42.2 %. Those floors came down to what is measured, for new
 * hard data.
 *
 * Session 26: general words that only a catalog phrase held ("process", "period", "juiste")
 * no longer count as a subject: questions without one asked back 42.2 → 44.6 %, no clear question
 * worse; a second round ("wettelijke", "voorkomen", "namens", "financiële") 44.8 → 45.5 %. routing-part43 (58 Dutch questions from a funeral law column, tenants' and neighbours'
 * Q&A, regional social services and small municipalities; 40 clear) came in blind at 75.0 % /
 * 80.0 % (10.0 % asked back), 77.5 % / 87.5 % after words from its development questions (a
 * driveway, exhuming, dying abroad). One of those had a crisis false alarm: "wat kan ik doen om
 * hier een einde aan te maken?" about noisy neighbours went to 113 (now an exception in
 * data/crisis.json). routing-part44 (52 English questions from retirees abroad, researchers,
 * Ukrainian refugees' and au pairs' pages; 29 clear) came in at 79.3 % / 93.1 %, none asked
 * back, 82.8 % / 93.1 % after a word from its development questions (the company doctor).
 * Whole set (4,965 clear) 88.8 % / 95.9 %, held-out third 83.6 % / 93.1 %.
 *
 * Session 27: words every ordinary message uses ("paar", "altijd", "opgelost", "system") and a
 * lone digit no longer name a subject (the stuck messages below; the labelled set unchanged at
 * 88.9 %). routing-part45 (125 questions from 104 pages: boat, tractor and trailer licences,
 * 2toDrive, livestock buy-outs, horse registration, self-defence weapons, EHIC, DAC7; 92 clear)
 * came in blind at 64.1 % / 84.8 % (9.8 % asked back), 65.2 % after the general words, 73.9 % /
 * 91.3 % after words from its development questions. Whole set (5,057 clear) 88.7 % / 95.9 %,
 * held-out third 83.4 % / 93.3 %.
 *
 * Sessions 28 and 29: names of products, forms and schemes from the organisations' own pages
 * (about 1,100 kept of 1,200 collected; each batch cost a few labelled questions and won more).
 * routing-part46 (46 questions from 46 pages; the stored pages are nearly used up; 33 clear)
 * came in blind at 72.7 % / 84.8 % (6.1 % asked back, 6 of its 13 unclear lines asked back),
 * 78.8 % / 90.9 % after words from its development questions (CITES, the driving examiner,
 * money the CJIB took for a fine). Whole set (5,090 clear) 89.0 % / 96.1 %, held-out third
 * 83.8 % / 93.8 %; 83.8 % / 93.7 % once a complaint about the police went to the police first.
 * Unclear questions asked back: 45.2 %.
 *
 * Session 30: routing-part47 (79 questions from 48 pages, 73 clear; the stored pages are used up
 * for everyday subjects, so it is employers, farmers, driving schools and school transport) came
 * in blind at 72.6 % / 86.3 % (8.2 % asked back; 1 of its 6 unclear lines asked back), 89.0 % /
 * 95.9 % after words and a rule from its development questions (e-CertNL, young farmers, the
 * vehicle control exam, the UWV's compensation for a transition payment). Whole set (5,163
 * clear) 89.0 % / 96.1 %, held-out third 83.7 % / 93.6 %.
 */
const FLOORS = {
  whole: { top1: 0.885, top3: 0.955, maxClarifyOnClear: 0.05, context: 0.9 },
  /** oneClick: right first time or among what the answer offers to pick (91.0 % when set). */
  heldOut: { top1: 0.83, top3: 0.93, oneClick: 0.895 },
  /**
   * Questions without a subject that are asked back rather than guessed. 48.9 % with part16,
   * whose 16 unclear FAQ lines mostly name a subject of their page that the question leaves
   * out ("Wanneer starten met de procedure?", "Heeft u nog geen afrekening ontvangen?"): 0.5
   * before it. Session 18's collections asked back 37.5 % and 43.8 % of their unclear FAQ lines on
   * arrival, which took the whole set from 50.2 % to 48.3 %; a near-tie then fell the other way
   * ("Gaat u binnenkort samenwonen of trouwen?", 0.9499 against a close ratio of 0.95): 47.9 %.
   * Session 20's 12 unclear lines, several with a subject after all ("Vier keer gezakt?"): 47.3 %.
   * Session 22's 13 unclear lines, 4 of them asked back on arrival: 46.4 %. Session 23's 25
   * unclear lines, most of them FAQ headings that name a subject of their page: 45.4 %.
   * Session 25's 65 unclear lines, 15 of them asked back (many are answerable FAQ headings, "Am I
   * eligible to vote?", and go to the right organisation): 42.2 %. Session 26: general words that
   * only a catalog phrase held ("process", "period", "juiste", "wettelijke") no longer count as a
   * subject: 45.5 % with part43's 18 unclear lines, no clear question routed worse. Session 27:
   * part45's 33 unclear lines, 10 of them asked back on arrival (most are FAQ headings of niche
   * pages, "Kenteken of geen kenteken?"): 44.6 %.
   */
  unclearAskedBack: 0.44,
  /**
   * The written coverage probes (session 8: 426 questions, one or two per product of every
   * organisation). On arrival both halves scored 88.3 % top-1; vocabulary from the read half took
   * it to 94.8 % and moved the unread half by one question either way; general fixes (words that
   * name no subject) took the unread half to 89.7 % / 96.7 %.
   */
  probes: { read: { top1: 0.93 }, unread: { top1: 0.85, top3: 0.95 } },
  /**
   * Messages of people who are stuck (session 27; data/eval/stories-*.jsonl). On arrival the
   * read half (chat13) went 85.4 % right and asked back 38.3 % of the messages without a subject;
   * the unread half (chat11, chat12) 78.7 % and 49.3 %. After the general words of ordinary
   * messages stopped naming a subject: 85.8 / 59.6 % and 78.3 / 59.4 %. After debts with several
   * kinds of creditor went to debt help and a crisis line stopped being the only guess ("Ik ben
   * 81. Ik wil praten. Waar kan ik heen?" now goes to 1400 instead of offering 113): 87.0 / 57.4 %
   * and 78.7 / 60.9 %.
   */
  stories: {
    read: { top1: 0.86, unclearAskedBack: 0.57 },
    unread: { top1: 0.78, unclearAskedBack: 0.59 },
  },
  /**
   * The topic the answer names, on the 735 questions of routing-part3 and part4 that a helper
   * labelled with topics in session 20 (686 of them go to the right organisation): a right
   * topic for 86.4 %, none for 3.1 %, a wrong one for 10.5 % when set. Then a rule that names a
   * topic decides it over one that does not (a fine one cannot pay is a payment plan): 87.0 %,
   * 3.1 %, 9.9 %; falling ill during WW read as the Ziektewet: 87.2 %, 3.1 %, 9.8 %. Session
   * 21: the CAK's own contribution without a word for long-term care is the Wmo's: 87.5 %,
   * 3.1 %, 9.5 %, and the floors rose half a point. Session 29: where only an organisation's own
   * name matched ("the Dutch health insurance" through the insurer's synonyms), no topic rather
   * than the one that repeats the name most (the complaint about the insurer): 88.0 %, 3.2 %,
   * 8.8 %. Session 30: a named organisation's topic judged by what the other words score alone
   * (registering at the KvK is not its extract, whose terms repeat "KvK" most): 88.7 %, 3.2 %,
   * 8.1 %, and the floors rose half a point.
   */
  topics: { right: 0.88, maxWrong: 0.085 },
};

const items = loadRoutingSet();
const { router } = testCore();

describe('routing quality on the labelled set (npm run eval)', () => {
  const whole = evaluateRouting(router, items);
  const heldOut = evaluateRouting(router, pickSplit(items, 'holdout'));

  it('has enough labelled questions to mean something', () => {
    expect(whole.clear.total).toBeGreaterThanOrEqual(250);
    expect(whole.context.total).toBeGreaterThanOrEqual(25);
  });

  it(`commits to the right organisation for ≥ ${FLOORS.whole.top1 * 100}% of clear questions`, () => {
    expect(share(whole.clear.top1, whole.clear.total)).toBeGreaterThanOrEqual(FLOORS.whole.top1);
  });

  it(`has the right one among its first three for ≥ ${FLOORS.whole.top3 * 100}%`, () => {
    expect(share(whole.clear.top3, whole.clear.total)).toBeGreaterThanOrEqual(FLOORS.whole.top3);
  });

  it(`asks back on at most ${FLOORS.whole.maxClarifyOnClear * 100}% of clear questions`, () => {
    expect(share(whole.clear.clarified, whole.clear.total)).toBeLessThanOrEqual(
      FLOORS.whole.maxClarifyOnClear,
    );
  });

  it(`handles ≥ ${FLOORS.whole.context * 100}% of follow-ups right (or asks back)`, () => {
    expect(share(whole.context.rightOrClarified, whole.context.total)).toBeGreaterThanOrEqual(
      FLOORS.whole.context,
    );
  });

  it(`asks back on ≥ ${FLOORS.unclearAskedBack * 100}% of questions without a subject`, () => {
    expect(share(whole.unclear.clarified, whole.unclear.total)).toBeGreaterThanOrEqual(
      FLOORS.unclearAskedBack,
    );
  });

  it(`names a right topic for ≥ ${FLOORS.topics.right * 100}% of labelled questions it sends to the right organisation, a wrong one for ≤ ${FLOORS.topics.maxWrong * 100}%`, () => {
    expect(whole.topics.total).toBeGreaterThanOrEqual(600);
    expect(share(whole.topics.right, whole.topics.total)).toBeGreaterThanOrEqual(
      FLOORS.topics.right,
    );
    expect(share(whole.topics.wrong, whole.topics.total)).toBeLessThanOrEqual(
      FLOORS.topics.maxWrong,
    );
  });

  it('labels only topics of the catalog, of an organisation the question accepts', () => {
    const { catalog } = testCore();
    const wrongLabels = items.flatMap((item) =>
      (item.topics ?? []).filter((label) => {
        const [agencyId = '', topicId = ''] = label.split('/');
        const agency = catalog.agencies.get(agencyId);
        const known = topicId === '' || agency?.topics.some((topic) => topic.id === topicId);
        return !item.accepted.includes(agencyId) || !agency || !known;
      }),
    );
    expect(wrongLabels).toEqual([]);
  });

  it('keeps its quality on the held-out third, which was never tuned on', () => {
    expect(share(heldOut.clear.top1, heldOut.clear.total)).toBeGreaterThanOrEqual(
      FLOORS.heldOut.top1,
    );
    expect(share(heldOut.clear.top3, heldOut.clear.total)).toBeGreaterThanOrEqual(
      FLOORS.heldOut.top3,
    );
    expect(share(heldOut.clear.oneClick, heldOut.clear.total)).toBeGreaterThanOrEqual(
      FLOORS.heldOut.oneClick,
    );
  });
});

describe("coverage of every organisation's products (written probes)", () => {
  const probes = loadCoverageProbes();
  const half = (name: 'read' | 'unread') => evaluateRouting(router, probes[name]);

  it('has probes for every organisation in the catalog', () => {
    const named = new Set([...probes.read, ...probes.unread].flatMap((probe) => probe.accepted));
    expect([...testCore().catalog.agencies.keys()].filter((id) => !named.has(id))).toEqual([]);
  });

  it(`routes ≥ ${FLOORS.probes.read.top1 * 100}% of the read half right first time`, () => {
    const read = half('read');
    expect(share(read.clear.top1, read.clear.total)).toBeGreaterThanOrEqual(
      FLOORS.probes.read.top1,
    );
  });

  it('keeps the unread half, which nobody tuned on, above its floor', () => {
    const unread = half('unread');
    expect(share(unread.clear.top1, unread.clear.total)).toBeGreaterThanOrEqual(
      FLOORS.probes.unread.top1,
    );
    expect(share(unread.clear.top3, unread.clear.total)).toBeGreaterThanOrEqual(
      FLOORS.probes.unread.top3,
    );
  });
});

describe('messages of people who are stuck', () => {
  const stories = loadStoryProbes();

  it.each(['read', 'unread'] as const)(
    'routes the %s half right first time and asks back when a message names no subject',
    (half) => {
      const report = evaluateRouting(router, stories[half]);
      expect(report.clear.total).toBeGreaterThanOrEqual(200);
      expect(share(report.clear.top1, report.clear.total)).toBeGreaterThanOrEqual(
        FLOORS.stories[half].top1,
      );
      expect(share(report.unclear.clarified, report.unclear.total)).toBeGreaterThanOrEqual(
        FLOORS.stories[half].unclearAskedBack,
      );
    },
  );
});
