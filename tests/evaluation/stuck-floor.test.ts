import { describe, expect, it } from 'vitest';
import {
  BLIND_SETS,
  STUCK_TARGETS,
  evaluateFalseAlarms,
  evaluatePlainMessages,
  evaluateStuckSets,
  stuckShare,
  type StuckEvalReport,
} from '../../scripts/eval-stuck.js';

/**
 * Floors under the stuck-signal figures (scripts/eval-stuck.ts, `npm run eval`), a few points
 * below what the detector measured when they were set (session 2, after round four):
 *
 *   set        items  any signal  expected found
 *   dev           70       92.9%           88.6%   (misses read while widening the lexicon)
 *   holdout       71       80.3%           69.0%   (misses read in round three)
 *   holdout2      64       71.9%           71.9%   (misses read in round three)
 *   dev2         147       82.3%           81.0%   (misses read for the narrative vocabulary)
 *   holdout3     110       82.7%           77.3%   (misses read in round three)
 *   holdout4     152       85.5%           79.6%   (misses read in round four; blind before it:
 *                                                   48.0 / 36.2, and 34.9 / 25.0 at the session's
 *                                                   start)
 *
 * Round three (families of narrative phrasing, written broadly and checked on invented
 * sentences) read the misses of the first five sets; round four read those of holdout4 and
 * added families of the same kind (tests/core/stuck/narrative-vocabulary-3.test.ts). None of
 * these sets is held out any more: their figures are optimistic. The honest measure is a set
 * collected by someone else after round four (holdout5 in scripts/eval-stuck.ts, once present);
 * holdout4 went from 48.0 / 36.2 blind to 85.5 / 79.6 after its misses were read, which says
 * how far tuned figures can run ahead of blind ones.
 *
 *   holdout5     151       53.0%           47.7%   (blind: collected by a fourth person after
 *                                                   round four, misses never read; 37.1 / 31.8 with
 *                                                   the lexicon of the session's start)
 *
 * Session 3: two more sets by two more collectors, measured blind on arrival, then read for a
 * fifth round (tests/core/stuck/narrative-vocabulary-4.test.ts):
 *
 *   holdout6      59       49.2% -> 55.9%   44.1% -> 50.8%   (Dutch news, forums, debt stories)
 *   holdout7      56       46.4% -> 71.4%   37.5% -> 66.1%   (expats, consumer and library pages)
 *   holdout5 (still blind) 53.0 / 47.7 -> 53.6 / 48.3: a round of vocabulary no longer moves
 *   unseen phrasing much; narrated situations without a signal word need a model.
 *
 * False alarms: ordinary messages (data/eval/plain-messages.jsonl, real messages of people who
 * are not stuck) raised a signal on 14.6 % after the widening; its false alarms were read and
 * fixed ("heel" matched the stem of "hel", "in beslag nemen", codes in capitals, "not to
 * mention"), leaving 6.0 %, an optimistic figure for that reason. The second set
 * (plain-messages2.jsonl) measured 13.9 % blind (10.7 % with the lexicon of the session's
 * start); its false alarms were then read too and three look-alikes fixed ("verschrikkelijk
 * blij", "dat is emotioneel", "an option to speak to someone"): 11.5 %. The third set
 * (plain-messages3.jsonl, a fifth collector, never read): 8.3 %, against 3.8 % with the lexicon
 * of the session's start; the price of the wider recall. plain-messages4 and 5 (session 3,
 * blind): 8.1 % and 5.4 %, unchanged by the fifth round. Routing questions: 7.0 % on the first
 * four parts; 9.7 % with part 5 (session 3), whose questions more often tell a situation ("I
 * can't afford my student loan repayments", "ik heb het geld niet"): an upper bound, most of
 * those signals are right; 11.3 % with part 6, which has more such stories.
 *
 * Labels: a person not understanding a letter, form or rule is `digital-exclusion` ("cannot
 * read the form", per the contract), not `not-understood` (the service failing the person);
 * the collectors' labels were mapped mechanically (see scripts/eval-stuck.ts).
 *
 * A change that drops below a floor makes the detector miss more real stuck phrasing, or raise
 * more false alarms: fix the change, or argue in its commit why the floor may move. Floors of
 * development sets only guard against regressions; a claim about unseen phrasing needs a fresh
 * held-out set collected before the change, by someone else.
 *
 * Session 7: a sixth collector found only 47 new real phrasings (holdout8, blind: 40.4 / 29.8,
 * too few for a floor). Two helpers who never saw the lexicon wrote chat messages as people type
 * them (chat8: 90, chat9: 120, each split in halves by line parity). Blind on arrival:
 * chat8 60.0 / 57.8 (dev half) and 77.8 / 68.9 (other half); chat9 66.7 / 63.3 and 70.0 / 61.7.
 * Two rounds of chat vocabulary, each written from the misses of one dev half, lifted the dev
 * halves to 100 % and the unread halves by 0 (chat8) and 3.3 points (chat9: 73.3 / 63.3, all of
 * it from the first round); holdout8 did not move. False alarms did not change.
 *
 * Session 9: a third chat writer (chat10: 120 stuck messages, 60 ordinary ones) measured blind on
 * arrival 78.3 / 71.7 (dev half) and 65.0 / 65.0 (other half); ordinary messages 2 of 60. A round
 * of chat vocabulary from the dev half lifted it to 100 / 96.7 (95.0 / 90.0 after a review
 * narrowed the cues that fired on plain questions) and the unread half to 66.7 / 66.7, all of it
 * from a family written from general knowledge (telling the chat it does not answer), not from
 * the dev half's items. Vocabulary read from one half again did not reach the other.
 *
 * Session 12: a seventh collector found 92 real phrasings (holdout9, about 20 of them ombudsman
 * summaries in the third person), split by line parity. Blind on arrival: 56.5 / 47.8 (odd
 * lines) and 47.8 / 45.7 (even lines). A sixth round of cue families written from the odd
 * lines' misses lifted them to 65.2 / 58.7 and the unread half by 0; no other set moved, and
 * one more routing question raised a signal (a real complaint that both collectors took).
 * Too few for a floor.
 *
 * Session 16: a learned model beside the lexicon (ADR 15), trained on the sets read before
 * (never on the blind ones), raises a signal on messages of twelve words or more. Two fresh sets
 * arrived while it was built (holdout10: 107 real phrasings by an eighth collector; chat11: 140
 * chat messages by a fourth writer) and were measured with and without it:
 *
 *   blind set   lexicon alone   with the model
 *   holdout5     53.6 / 48.3     62.3 / 54.3
 *   holdout8     40.4 / 29.8     48.9 / 40.4
 *   holdout9     47.8 / 45.7     65.2 / 56.5
 *   holdout10    49.5 / 39.3     56.1 / 46.7
 *   chat9        78.3 / 68.3     80.0 / 71.7
 *   chat10       66.7 / 66.7     70.0 / 70.0
 *   chat11       75.7 / 71.4     80.0 / 76.4
 *
 * False alarms on ordinary messages moved from 3.8 to 9.0 % on plain3 (the stories people tell,
 * where the model reads most) and not at all on the ordinary chat messages. The sets it was
 * trained on are in-sample for it now; their floors below only guard against regressions.
 *
 * Then more to learn from: 250 chat messages written for training (with 150 ordinary ones) and
 * half of a ninth collection (228 real phrasings, split by source page before anyone read
 * them: collect11 to train, holdout11 blind), with the threshold at 0.55. A sixth chat writer's
 * set (chat12) arrived in between and was measured on arrival: 74.7 / 72.0 alone, 80.0 / 77.3
 * with the first model. Now:
 *
 *   blind set   lexicon alone   with the model
 *   holdout5     53.6 / 48.3     64.9 / 57.0
 *   holdout8     40.4 / 29.8     51.1 / 42.6
 *   holdout9     47.8 / 45.7     63.0 / 54.3
 *   holdout10    49.5 / 39.3     57.0 / 49.5
 *   holdout11    54.5 / 46.3     69.1 / 60.2   (65.9 / 56.1 before collect11 was added)
 *   chat8        77.8 / 71.1     80.0 / 73.3
 *   chat9        78.3 / 68.3     83.3 / 75.0
 *   chat10       66.7 / 66.7     76.7 / 75.0
 *   chat11       75.7 / 71.4     84.3 / 81.4
 *   chat12       74.7 / 72.0     83.3 / 80.0
 *
 * The plain3 ceiling moved from 11 to 12 % for it: one more false alarm in 133 stories (15, from
 * 5 with the lexicon alone), against 8 to 15 points more signals found on every real blind set.
 *
 * A seventh chat writer's 300 messages (chat13), written to train on, moved the blind sets by -4
 * to +5 points when trained on, so they were not kept as training; their 200 ordinary messages
 * were, as negatives (plain3: 10.5 %). chat13 itself, never trained on since: 70.7 / 63.3 alone,
 * 84.7 / 77.3 with the model. Final figures: holdout5 65.6 / 57.0, holdout9 65.2 / 54.3,
 * holdout10 57.9 / 49.5, holdout11 70.7 / 61.8, chat9 85.0 / 75.0, chat10 75.0 / 73.3, chat12
 * 82.0 / 79.3 (the others as above).
 *
 * Last, a tenth collection (holdout12: 252 real phrasings from 200 pages), measured blind on
 * arrival with that model: 54.8 / 42.1 alone, 66.3 / 52.8 with the model (Dutch 71.7 / 57.6,
 * English 42.6 / 31.9). Half of it was tried as training and not kept (see scripts/eval-stuck.ts).
 *
 * English was the weakest: an eleventh collection of real English phrasing (171, mostly expats)
 * measured 40.2 / 23.0 alone and 43.7 / 25.3 with the model on arrival. Its training half
 * (englishTrain) took the blind half (holdout13en, 87) to 52.9 / 34.5, holdout12 to 67.9 / 54.4
 * and holdout9 to 67.4 / 58.7; holdout5, chat9 and chat10 lost one item each, and plain3 one
 * false alarm (11.3 %). The collector's 61 ordinary English messages raise a signal on 18.0 %
 * (13.1 % with the lexicon alone): English expat stories are where false alarms are highest.
 *
 * Session 18: two more collections of real phrasing (202 and 222 items, split by source page)
 * measured 75.7 / 57.9 and 75.2 / 65.3 on arrival. Their training halves joined the model's data,
 * and so did the four oldest blind collections (holdout5, 8, 9 and 10, whose floors above are
 * in-sample since) and 320 calm stories a helper wrote as ordinary text. Over the five real blind
 * sets left (holdout11 to holdout15, 694 items) that moved the figures from 67.9 / 54.0 to
 * 72.6 / 58.9, with fewer false alarms on ordinary stories (40 against 42 of 290); the chat sets
 * lost 0.6 points on average. A set of real calm stories that mention repaying, letters, waiting
 * and forms raises a signal on about a fifth (the lexicon alone on 6 %); half of it is now
 * learned as ordinary, and the other half has a ceiling below.
 *
 * Session 19: two more collections (143 Dutch phrasings, half of them ombudsman case reports in
 * the third person, and 81 English ones) measured 62.9 / 51.0 and 55.6 / 44.4 on arrival. Their
 * training halves and calm passages joined the model's data; the threshold stays where
 * cross-validation put it (0.55). Over the seven real blind sets (holdout11 to holdout17en, 806
 * items) that moved the figures from 70.4 / 56.7 to 72.2 / 58.9, the English blind halves most
 * (holdout13en 50.6 / 34.5 to 55.2 / 39.1, holdout17en 50.0 / 36.8 to 55.3 / 42.1), for 7 more
 * false alarms over 659 ordinary texts that measure (141 to 148). Three ceilings moved by one
 * item or two, noted where they are. holdout17en (38 items) is too small for a floor.
 *
 * Session 20: a complaint told the way ombudsman reports tell it ("verzoeker klaagt erover dat")
 * became a frustration cue (72.2 / 58.9 to 73.2 / 59.9 over the seven real blind sets), and the
 * model raises its likeliest signal when no signal is sure on its own but together they are
 * (any > 0.8, chosen by cross-validation: 78.4 / 71.1 to 81.6 / 72.6, false alarms 11.7 to
 * 12.4 %). Over the seven real blind sets that moved 73.2 / 59.9 to 76.8 / 62.2, for 10 more
 * false alarms over the 659 ordinary texts that measure (148 to 158) and none more on the chat
 * writers' ordinary messages; four ceilings moved by one or two items, noted where they are.
 * A looser any-threshold (0.7: 83.7 / 66.4) doubled the false alarms on calm blog passages
 * ("Al met al een zeer positieve ervaring" heard as frustration), so it was not taken (ADR 15).
 * Two fresh collections measured on arrival with that detector: 75.0 / 59.4 (64 Dutch) and
 * 76.9 / 59.6 (52 English). Their training halves joined the model's data; over the nine real
 * blind sets (holdout11 to holdout19en, 863 items) 76.7 / 61.6 before and 76.7 / 61.4 after,
 * with 3 false alarms fewer over 676 calm texts (167 to 164). holdout18 (32) and holdout19en (25)
 * are too small for a floor.
 *
 * Session 21: rounds 9 to 11 of the lexicon (own mistakes, asking for a person, digital
 * exclusion) drew on the misses of every set but the collected holdouts, the six written chat
 * sets among them, so the chat floors below are regression guards now, not blind measures. The
 * nine real blind sets did not move (76.7 / 61.6); a fresh collection measured on arrival after
 * the rounds (holdout22, 75 items): 73.3 / 54.7.
 *
 * Session 25: the model with less regularisation (ADR 15) took the fourteen blind sets from
 * 74.3 / 59.4 to 76.1 / 61.6. Two fresh collections measured on arrival with it: 75.5 / 60.4
 * (holdout26, 106 Dutch) and 66.3 / 62.4 (holdout27en, 101 English); session 24's model would
 * have found 68.9 / 57.5 and 60.4 / 54.5. Trained on by half, they moved the older blind sets by
 * +0.6 / +1.5 but took plain3 past its ceiling (13.5 to 18.0 %), so both measure, whole.
 *
 * Session 26: English messages also read as the Dutch stems of their words
 * (data/stuck-english.json, ADR 15). A fresh English collection measured on arrival
 * (holdout28en, 37 items, too few for a floor of its own; the English search corpus was nearly
 * used up): 54.1 / 45.9 with session 25's model, 62.2 / 51.4 with the aliases. The sixteen older
 * blind sets: 75.4 / 61.5 before, 75.6 / 62.6 after; their six English ones (330) 65.2 / 51.8
 * before, 67.3 / 55.8 after.
 *
 * Session 27: a fresh collection (holdout29, 99 phrasings, a quarter English; municipal
 * ombudsman cases, regional news, student media) measured blind on arrival at 84.8 / 69.7, the
 * first blind set near the target; 16 of its 48 calm passages raised a signal. All eighteen
 * blind sets (1,550): 75.9 / 62.8.
 *
 * Session 28: the six oldest blind collections (holdout11 to holdout16, 721 phrasings, never
 * read) and the calm passages beside them joined the training data, as the four oldest did in
 * session 18. The twelve blind sets left (782) went from 73.3 / 60.4 to 78.3 / 65.1, and the
 * 1,040 calm texts that still measure from 23.3 % to 26.0 % alarmed (plain3 unchanged at 19 of
 * 133). The old model with a lower threshold (0.5, any 0.75) reaches 76.9 / 63.9 at 25.9 %, with
 * plain3 past its ceiling: the new data moved the curve, not only the point on it. Their floors
 * below are regression guards now.
 *
 * Session 29: a fresh collection (holdout30, 98 phrasings, two fifths English; Caribbean
 * Netherlands news, regional news, municipal and national ombudsman cases) measured blind on
 * arrival at 80.6 / 66.3 (46.9 / 34.7 with the lexicon alone); 23 of its 50 calm passages, about
 * twenty of them chosen because they name debts, fines or mistakes in a neutral way, raised a
 * signal. The thirteen blind sets (880): 78.5 / 65.2. The collector had read `not-understood` as
 * "the person does not understand the letter"; in the contract it is the service failing to
 * understand the person. A second helper, who never saw the detector, relabelled those 12 lines
 * by the contract (mostly digital exclusion: cannot read the form): 80.6 / 69.4, the thirteen
 * together 78.5 / 65.6.
 *
 * Session 34: a fresh collection (holdout31) found only 11 phrasings not already in the sets;
 * on arrival 11 / 9 of 11, and 24 of its 51 calm passages raised a signal. The fourteen blind
 * sets (891): 78.8 / 65.8. Training on the six oldest blind sets (holdout17en to holdout23) moved
 * the eight left (636) from 79.6 / 67.0 to 80.0 / 67.9 with 27 fewer false alarms on calm
 * passages but six more on ordinary chat messages (plain3 past its ceiling); at a threshold that
 * keeps plain3 (0.65) the eight fell to 77.8 / 64.0. Not adopted (ADR 15).
 *
 * The issue's target (at least one signal on 85%, the right one on 70% of unseen phrasing) is
 * not met; it is listed below as a todo so that it stays visible.
 */
const FLOORS = {
  dev: { anySignal: 0.9, expectedFound: 0.85 },
  holdout: { anySignal: 0.77, expectedFound: 0.66 },
  holdout2: { anySignal: 0.69, expectedFound: 0.69 },
  dev2: { anySignal: 0.8, expectedFound: 0.78 },
  holdout3: { anySignal: 0.79, expectedFound: 0.74 },
  holdout4: { anySignal: 0.82, expectedFound: 0.76 },
  holdout5: { anySignal: 0.61, expectedFound: 0.53 },
  holdout6: { anySignal: 0.52, expectedFound: 0.47 },
  holdout7: { anySignal: 0.67, expectedFound: 0.62 },
  chat9dev: { anySignal: 0.95, expectedFound: 0.95 },
  chat9: { anySignal: 0.7, expectedFound: 0.6 },
  chat10dev: { anySignal: 0.93, expectedFound: 0.88 },
  chat10: { anySignal: 0.63, expectedFound: 0.63 },
  holdout10: { anySignal: 0.54, expectedFound: 0.46 },
  chat11: { anySignal: 0.8, expectedFound: 0.78 },
  holdout11: { anySignal: 0.66, expectedFound: 0.57 },
  chat12: { anySignal: 0.79, expectedFound: 0.76 },
  chat13: { anySignal: 0.82, expectedFound: 0.75 },
  holdout12: { anySignal: 0.65, expectedFound: 0.52 },
  holdout13en: { anySignal: 0.5, expectedFound: 0.32 },
  holdout14: { anySignal: 0.77, expectedFound: 0.6 },
  holdout15: { anySignal: 0.7, expectedFound: 0.61 },
  holdout16: { anySignal: 0.61, expectedFound: 0.5 },
  /** Session 24's collections, measured blind on arrival: 69.4 / 59.5 and 63.5 / 38.1. */
  holdout24: { anySignal: 0.69, expectedFound: 0.59 },
  holdout25en: { anySignal: 0.63, expectedFound: 0.38 },
  holdout26: { anySignal: 0.75, expectedFound: 0.6 },
  holdout27en: { anySignal: 0.66, expectedFound: 0.62 },
  /** Session 27's collection, measured blind on arrival: 84.8 / 69.7. */
  holdout29: { anySignal: 0.84, expectedFound: 0.69 },
  /** Session 29's collection, blind on arrival: 80.6 / 66.3; 80.6 / 69.4 relabelled (header). */
  holdout30: { anySignal: 0.8, expectedFound: 0.69 },
} as const;

/** Shares of ordinary text that may raise a signal at most. */
const MAX_FALSE_ALARMS = {
  plain: 0.08,
  /**
   * 13.1 % and 12.0 % since session 19's real phrasing joined the training data (0.13, 0.12
   * before); 14.8 % and 13.5 % with session 20's likeliest signal, 13.9 % and 14.3 % once its
   * new collections joined the training data.
   */
  plain2: 0.15,
  plain3: 0.145,
  /**
   * plain4 and plain5 (37 messages each) had ceilings that no test read until session 20; read
   * together now: 8.1 % at the start of session 20, 12.2 % after it (the model's new training
   * data, and its likeliest signal hearing frustration in a story about walking a new dog).
   */
  smallPlainSets: 0.125,
  /** The ordinary chat messages the four chat writers wrote, together. */
  plainChat: 0.05,
  /** Calm stories the model learns from (ADR 15): in-sample, so only a regression guard. */
  narrative: 0.07,
  routingQuestions: 0.13,
  /**
   * The measuring halves of session 18's ordinary passages (96), together; 24.0 % with session
   * 20's likeliest signal, 25.0 % once session 20's collections joined the training data.
   * Trained on since session 28: a regression guard only.
   */
  calmStories: 0.25,
  /**
   * The measuring halves of the calm passages collected beside real phrasing in sessions 19 and
   * 20 (66): session 19's 49 raised a signal on 24.5 % on arrival, 20.4 % after, 24.5 % with
   * session 20's likeliest signal; with session 20's 17 the whole is at 30.3 %. Session 25's
   * model (less regularisation) raised it to 31.8 % (21 of 66) while false alarms over all 1,159
   * calm texts that measure went down from 215 to 205. plainHoldout16 (19 of the 66) is
   * trained on since session 28.
   */
  calmPassages: 0.32,
  /**
   * The measuring half of session 20's real calm passages (44; 11.4 % on arrival, 13.6 % after).
   * Session 26: 18.2 % (two more) once its 21 English passages read as Dutch stems too, while
   * the 1,284 calm texts that measure went from 247 to 250 alarmed.
   */
  calmExplanations: 0.19,
  /** Calm stories a second writer wrote to use the words of stuck people (27.8 % when set). */
  writtenCalmStories: 0.3,
} as const;

const reports = evaluateStuckSets();

describe('stuck-signal recall on real phrasing (npm run eval)', () => {
  it.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])(
    'has at least 50 labelled phrasings in %s',
    (set) => {
      // Below 50 one item moves a share by more than two points: too coarse for a floor.
      expect(reports[set].total).toBeGreaterThanOrEqual(50);
    },
  );

  it.each(Object.entries(FLOORS) as [keyof typeof FLOORS, (typeof FLOORS)['dev']][])(
    'keeps its floors on %s',
    (set, floor) => {
      const report: StuckEvalReport = reports[set];
      expect(stuckShare(report.anySignal, report.total)).toBeGreaterThanOrEqual(floor.anySignal);
      expect(stuckShare(report.expectedFound, report.total)).toBeGreaterThanOrEqual(
        floor.expectedFound,
      );
    },
  );

  it('keeps its floor on every blind set together, where small sets can count', () => {
    // The 1,207 blind phrasings of sessions 16–24: 74.3 / 59.4 % before session 25's model,
    // 76.1 / 61.6 % after; with session 25's two collections (1,414): 75.4 / 61.5 %; with
    // session 26's (1,451): 74.8 / 61.1 %, then 75.3 / 62.3 % with the English aliases; with
    // session 27's (1,550): 75.9 / 62.8 %. Session 28 trained on the six oldest (see the
    // header): the twelve left (782) are at 78.3 / 65.1 %; with session 29's (880): 78.5 / 65.6 %;
    // with session 34's (891): 78.8 / 65.8 %.
    const blind = BLIND_SETS.map((set) => reports[set]);
    const total = blind.reduce((sum, report) => sum + report.total, 0);
    const share = (key: 'anySignal' | 'expectedFound') =>
      stuckShare(
        blind.reduce((sum, report) => sum + report[key], 0),
        total,
      );
    expect(total).toBeGreaterThanOrEqual(891);
    expect(share('anySignal')).toBeGreaterThanOrEqual(0.78);
    expect(share('expectedFound')).toBeGreaterThanOrEqual(0.65);
  });

  it.each(['plain', 'plain2', 'plain3', 'narrative'] as const)(
    'keeps false alarms on ordinary messages (%s) under its ceiling',
    (set) => {
      const { raised, total } = evaluatePlainMessages(undefined, set);
      expect(total).toBeGreaterThanOrEqual(100);
      expect(stuckShare(raised.length, total)).toBeLessThanOrEqual(MAX_FALSE_ALARMS[set]);
    },
  );

  it.each([
    [
      'ordinary messages of the two small sets (plain4, plain5)',
      ['plain4', 'plain5'],
      74,
      MAX_FALSE_ALARMS.smallPlainSets,
    ],
    [
      'ordinary chat messages',
      ['plainChat8', 'plainChat9', 'plainChat10', 'plainChat11', 'plainChat12'],
      280,
      MAX_FALSE_ALARMS.plainChat,
    ],
    [
      'calm stories that mention repaying, letters and forms',
      ['plainHoldout14', 'plainHoldout15'],
      96,
      MAX_FALSE_ALARMS.calmStories,
    ],
    [
      'calm passages collected beside real phrasing',
      ['plainHoldout16', 'plainHoldout17en', 'plainHoldout18', 'plainHoldout19en'],
      66,
      MAX_FALSE_ALARMS.calmPassages,
    ],
    [
      'real calm passages, mostly explanations of a rule',
      ['plainHoldout20'],
      44,
      MAX_FALSE_ALARMS.calmExplanations,
    ],
    [
      'calm stories written to use the words of stuck people',
      ['plainWrittenCalm2'],
      320,
      MAX_FALSE_ALARMS.writtenCalmStories,
    ],
  ] as const)('keeps false alarms on %s under its ceiling', (_what, names, size, ceiling) => {
    const sets = names.map((name) => evaluatePlainMessages(undefined, name));
    const raised = sets.reduce((sum, set) => sum + set.raised.length, 0);
    const total = sets.reduce((sum, set) => sum + set.total, 0);
    expect(total).toBe(size);
    expect(stuckShare(raised, total)).toBeLessThanOrEqual(ceiling);
  });

  it(`raises a signal on at most ${MAX_FALSE_ALARMS.routingQuestions * 100}% of routing questions`, () => {
    const { raised, total } = evaluateFalseAlarms();
    expect(stuckShare(raised.length, total)).toBeLessThanOrEqual(MAX_FALSE_ALARMS.routingQuestions);
  });

  it.todo(
    `reaches the issue target on unseen phrasing: any signal >= ${STUCK_TARGETS.anySignal * 100}%, right signal >= ${STUCK_TARGETS.expectedFound * 100}%`,
  );
});
