/**
 * Stuck-signal evaluation on sets of real phrasings of people who got stuck with the government,
 * taken from public pages (news quotes, forums, blogs, ombudsman stories; each line names its
 * source), and false alarms on ordinary text.
 *
 * - `dev`, `holdout`, `holdout2` (session 1) and `dev2`, `holdout3` (session 2, one collection
 *   split by source): development sets now. Each was held out once and measured blind before the
 *   lexicon was tuned on its misses (see tests/evaluation/stuck-floor.test.ts for the history).
 * - `holdout4`: collected and labelled by a third person after round three; measured blind
 *   (48.0 % any signal, 36.2 % the right one), then its misses were read in round four. A
 *   development set now, like the others.
 * - `holdout5` (`data/eval/stuck-holdout5.jsonl`): collected and labelled by a
 *   fourth person after round four; its misses have never been read. Its figures are the honest
 *   ones.
 * - `holdout6`, `holdout7` (session 3, two more collectors): measured blind on arrival, then
 *   read for the fifth round.
 * - `holdout8` (session 7, a sixth collector; 47 items, the stored pages are nearly used up):
 *   measured blind on arrival (40.4 % / 29.8 %), misses never read.
 * - `holdout9dev`/`holdout9` (session 12, a seventh collector; 92 items, about 20 of them
 *   ombudsman case summaries told in the third person): measured blind on arrival, 52.2 % any
 *   signal, 46.7 % the right one (56.5 / 47.8 on the odd lines, 47.8 / 45.7 on the even ones).
 *   Split by line parity like the chat sets: the odd lines (`-dev`) may be read, the even ones
 *   never.
 * - `chat8dev`/`chat8` and `chat9dev`/`chat9` (session 7): chat messages *written* by two helpers
 *   who never saw the lexicon, as people type them to a chat box or kiosk (`source: written`;
 *   not real phrasing, but independent of the cues). Each was split in two by line parity; the
 *   `dev` halves were read for a round of chat vocabulary, the other halves never were.
 * - `chat10dev`/`chat10` (session 9): a third chat writer, split the same way; `chat10dev` was read
 *   for a round of chat vocabulary, `chat10` never was. `plain-chat10.jsonl` holds the same
 *   writer's ordinary messages.
 * - `holdout10` (session 16, an eighth collector; 107 real phrasings from 69 pages, many of them
 *   ombudsman and court summaries) and `chat11` (session 16, a fourth chat writer; 140
 *   messages, whole): both arrived while the learned model (ADR 15) was being built, were
 *   measured with and without it, and were used to choose between three of its settings; their
 *   misses were never read and the model is never trained on them. `plain-holdout10.jsonl` and
 *   `plain-chat11.jsonl` are the same people's ordinary messages.
 * - `chatTrain` (session 16, a fifth chat writer; 250 messages, with 150 ordinary ones in
 *   `plain-chat-train.jsonl`): written to train the model, never a measure.
 * - `collect11`/`holdout11` (session 16, a ninth collector; 228 real phrasings from 164 pages):
 *   split by source page (the parity of the URL's SHA-1, decided before anyone read an item)
 *   into a half the model trains on and a blind half. Measured on arrival, before and after the
 *   training half was added.
 * - `chat12` (session 16, a sixth chat writer, kiosk visitors; 150 messages, with 80 ordinary
 *   ones in `plain-chat12.jsonl`): blind, measured on arrival with the model as it then was.
 * - `chat13` (session 16, a seventh chat writer; 300 messages, with 200 ordinary ones in
 *   `plain-chat-train2.jsonl`): written to train the model. Trained on once, that run moved the
 *   other blind sets by -4 to +5 points and was not kept; the ordinary messages were kept as
 *   negatives. Never trained on since; its misses were never read until session 21 (below).
 * - `holdout12` (session 16, a tenth collector; 252 real phrasings from 200 pages, regional news,
 *   municipal ombudsmen, client councils, expat pages): measured blind on arrival with the final
 *   model. Half of it (by source page) was tried as training: it moved the real blind sets by
 *   -1 to +5 points and the chat sets by -3 to +2, and raised false alarms on plain3 past its
 *   ceiling, so the whole collection measures instead.
 * - `englishTrain`/`holdout13en` (session 16, an eleventh collector; 171 real English phrasings
 *   of expats and students from 98 pages, split by source page like `holdout11`): measured on
 *   arrival (43.7 / 25.3 with the model then, 40.2 / 23.0 alone), then the training half joined
 *   the model's data. `plain-english.jsonl` holds 61 ordinary English messages of the same
 *   collector (13.1 % false alarms with the lexicon alone on arrival, 18.0 % with the model); its
 *   false alarms were then read, which found a broken back-reference in an English loop cue
 *   ("from January to July" was being sent around), so its figure is optimistic since.
 * - `collect14`/`holdout14` (session 18, a twelfth collector; 202 real phrasings from 147 pages,
 *   mostly municipal ombudsman cases, a fifth English) and `collect15`/`holdout15` (a thirteenth;
 *   222 from 154 pages, regional papers, consumer programmes, unions, court rulings, a fourth
 *   English), each split by source page like `holdout11`. Measured on arrival: 75.7 / 57.9 and
 *   75.2 / 65.3 with the model then. The training halves joined the model's data, and so did the
 *   four oldest blind collections (`holdout5`, `holdout8`, `holdout9`, `holdout10`, never read):
 *   real phrasing was what moved the blind sets most (ADR 15). `plain-collect14-train.jsonl` /
 *   `plain-holdout14.jsonl` (69 ordinary passages of the twelfth collector) and
 *   `plain-collect15-train.jsonl` / `plain-holdout15.jsonl` (132 calm stories about services
 *   that mention repaying, letters, waiting and forms, by a fourteenth collector; 21.2 % raised a
 *   signal on arrival, 6.1 % with the lexicon alone) are split the same way: one half is learned
 *   as ordinary, the other measures false alarms. `plain-written-calm.jsonl`: 320 calm stories a
 *   helper wrote to mention repaying, letters, objections, waiting and DigiD without anyone being
 *   stuck (33.8 % raised a signal on arrival, 22.2 % with the lexicon alone); learned as ordinary,
 *   never a measure. `plain-written-calm2.jsonl`: 320 more by a second writer (longer stories,
 *   tips, professionals at work, news on rules); learned as well, they moved the real blind sets
 *   and false alarms along the same curve, so they measure instead (27.8 % on arrival, 20.0 %
 *   with the lexicon alone).
 * - `collect16`/`holdout16` (session 19, a fifteenth collector; 143 Dutch phrasings from 100
 *   pages, about half from ombudsman case reports, written in the third person) and
 *   `collect17en`/`holdout17en` (a sixteenth; 81 English phrasings from 42 pages: blogs on
 *   illness and care, letters and news from the Caribbean Netherlands), each split by source page
 *   like `holdout11`. Measured on arrival with the model then: 62.9 / 51.0 and 55.6 / 44.4 (the
 *   holdout halves 59.5 / 47.3 and 50.0 / 36.8). Their calm passages (`plain-collect16-train`,
 *   `plain-holdout16`, `plain-collect17-en-train`, `plain-holdout17-en`) raised a signal on
 *   37.0 %, 15.8 %, 34.8 % and 30.0 % on arrival. The training halves then joined the model's
 *   data (ADR 15, session 19).
 * - `collect18`/`holdout18` (session 20, a seventeenth collector; 64 Dutch phrasings from 54
 *   pages: local news and blogs on Wmo and youth care, small ombudsman case pages, letters about
 *   the CBR) and `collect19en`/`holdout19en` (an eighteenth; 52 English phrasings from 34 pages,
 *   many from the Caribbean Netherlands), split by source page like `holdout11`, with 20 and 22
 *   calm passages (`plain-collect18-train`, `plain-holdout18`, `plain-collect19-en-train`,
 *   `plain-holdout19-en`). Measured on arrival with session 20's detector: 75.0 / 59.4 and
 *   76.9 / 59.6 (the holdout halves 71.9 / 56.3 and 80.0 / 52.0); their calm passages raised a
 *   signal on 45.0 % and 31.8 %. The training halves then joined the model's data.
 * - `plain-collect20-train` / `plain-holdout20` (session 20, a nineteenth collector): 112 real calm
 *   passages, half Dutch, half English, mostly plain explanations of a rule and a few calm
 *   first-person stories, split by source page. On arrival 19.1 % and 11.4 % raised a signal; the
 *   training half joined the model's ordinary text (8.8 % and 13.6 % after).
 * - `holdout21en` / `plain-holdout21-en` (session 20, a twentieth collector): 16 English
 *   phrasings and 8 calm passages, mostly from the Caribbean Netherlands and English reactions to
 *   a public consultation; nearly every English page the search ranks was already used. Measured
 *   blind on arrival: 68.8 / 68.8, and 3 of 8 calm passages raised a signal. Trained on, it moved
 *   the nine real blind sets from 76.6 / 61.5 to 76.0 / 60.7, so it measures instead: blind,
 *   too small for a floor.
 * - `holdout22` / `plain-holdout22` (session 21, a twenty-first collector): 75 phrasings (58
 *   Dutch, 17 English; 22 from court rulings told in the third person) and 27 calm passages from
 *   87 pages; 187 pages the search ranked were already used. Measured blind on arrival with
 *   session 21's detector: 73.3 / 54.7, and 8 of 27 calm passages raised a signal. Its training
 *   half, trained on, moved the nine real blind sets from 76.7 / 61.6 to 76.3 / 60.7 and the
 *   false alarms from 161 to 169 of 676 (the calm half alone: 76.4 / 61.4), so the whole
 *   collection measures instead, blind.
 * - `holdout23` / `plain-holdout23` (session 21, a twenty-second collector): 69 Dutch phrasings,
 *   first-person blogs of parents of children with a disability and of people with a chronic
 *   illness most of all, and 21 calm passages from 54 pages. Measured blind on arrival: 65.2 /
 *   53.6, and 6 of 21 calm passages raised a signal. Its training half, trained on, moved the
 *   nine real blind sets from 76.7 / 61.6 to 76.2 / 61.2 and the false alarms from 161 to 167,
 *   so it measures instead, blind, like `holdout22`.
 * - `holdout24` / `plain-holdout24` (session 24, two collectors): 121 Dutch phrasings (Wmo
 *   transport and aids, personal blogs about the UWV, the CAK and the bijstand, readers' letters,
 *   a blog of a child who translated letters for his parents) and 37 calm passages from 83 pages;
 *   about 130 pages the search ranked were already used. Measured blind on arrival with session
 *   23's detector: 69.4 / 59.5 (the lexicon alone 44.6 / 38.8), and 9 of 37 calm passages
 *   raised a signal.
 * - `holdout25en` / `plain-holdout25-en` (session 24, a collector of English): 63 phrasings
 *   (driving-licence exchange, inburgering, partner visas, Dutch citizens abroad with consulates
 *   and passports) and 19 calm passages from 50 pages; about 100 pages were already used.
 *   Measured blind on arrival: 63.5 / 38.1 (the lexicon alone 39.7 / 25.4), and 7 of 19 calm
 *   passages raised a signal.
 * - `holdout26` / `plain-holdout26` (session 25, a collector of Dutch): 106 phrasings (old NRC
 *   and Volkskrant archives and readers' letters, ombudsman reports, the Bijstandsbond, small
 *   local sites and blogs) and 45 calm passages from 99 pages; 70–85 % of the pages the search
 *   ranked were already used. Measured blind on arrival with session 25's detector: 75.5 / 60.4
 *   (session 24's model: 68.9 / 57.5), and 15 of 45 calm passages raised a signal.
 * - `holdout27en` / `plain-holdout27-en` (session 25, a collector of English): 101 phrasings
 *   (news from the Caribbean Netherlands, homeless people's own stories, university papers,
 *   English mirrors of Dutch news) and 47 calm passages from 103 pages. Measured blind on
 *   arrival: 66.3 / 62.4 (session 24's model: 60.4 / 54.5), and 12 of 47 calm passages raised a
 *   signal. Both were split by source page and their halves tried as training data: the older
 *   blind sets moved by +0.6 / +1.5, but plain3's false alarms went from 13.5 to 18.0 %, past
 *   its ceiling, so both collections measure, whole.
 * - `holdout28en` / `plain-holdout28-en` (session 26, two collectors of English: people's own
 *   writing, and news, reports and research): 37 phrasings (letters from the Caribbean
 *   Netherlands about health-insurance referrals, translated Dutch news, student papers,
 *   immigration cases) and 33 calm passages from 50 pages; both collectors found most pages
 *   already used. Measured blind on arrival: 54.1 / 45.9 with session 25's model (15 of 33 calm
 *   passages raised a signal), 62.2 / 51.4 with the English aliases of the model (17 of 33).
 * - `holdout29` / `plain-holdout29` (session 27, one collector; Dutch and a quarter English):
 *   99 phrasings (municipal ombudsman case summaries, regional news, student media on DUO's
 *   address checks, English news of Dutch cases; 8 that overlapped older sets left out) and 48
 *   calm passages (water boards, municipal and expat information pages) from 127 pages.
 *   Measured blind on arrival: 84.8 / 69.7, and 16 of 48 calm passages raised a signal.
 * - `holdout30` / `plain-holdout30` (session 29, one collector; three fifths Dutch): 98
 *   phrasings (Caribbean Netherlands news, regional news, ombudsman cases; one about a
 *   St. Maarten office, not a Dutch service, left out) and 50 calm passages from about 140 pages,
 *   twenty of them naming debts, fines or mistakes neutrally. Measured blind on arrival:
 *   80.6 / 66.3, and 23 of 50 calm passages raised a signal. Its 12 `not-understood` labels
 *   meant the person not understanding a letter; relabelled by the contract by a second helper
 *   who never saw the detector (11 changed, mostly to digital exclusion): 80.6 / 69.4.
 * - `holdout31` / `plain-holdout31` (session 34, one collector): only 11 phrasings (five Dutch),
 *   because nearly every stored page with a person's own words was already cited in these sets,
 *   and 51 calm passages from 59 pages new to the sets (a third name debts, fines, mistakes or
 *   DigiD neutrally). Measured blind on arrival: 11 of 11 / 9 of 11, and 24 of 51 calm passages
 *   raised a signal. Too small for a floor of its own; it counts in the blind sets together.
 * - `writtenRealStyle` / `plain-written-real-style` (session 31): 420 phrasings and 220 calm
 *   passages *written* in the style of forum posts, news quotes, ombudsman summaries, social
 *   posts and comments (three fifths Dutch) by a writer who never saw the detector or the sets.
 *   Measured on arrival: 86.4 / 80.7, and 58 of 220 calm passages raised a signal. Not trained
 *   on (WRITTEN_UNREAD_SETS); its misses were never read.
 * - Session 28: `holdout11` to `holdout16` (721 phrasings, never read) and the calm passages
 *   beside them (`plain-holdout14` to `plain-holdout16`) joined the training data, as the four
 *   oldest blind sets did in session 18; their figures are in-sample since. The blind sets are
 *   the newer ones (BLIND_SETS).
 * - `data/eval/plain-narrative.jsonl` (session 16): 301 calm stories and explanations about
 *   government services from blogs and news, collected as ordinary text for the model to learn
 *   from (it is trained on them, so their false alarms are optimistic).
 * - `data/eval/plain-messages.jsonl` (third collector) and `plain-messages2.jsonl` (fourth):
 *   ordinary messages of people who are not stuck; every signal on them is a false alarm. The
 *   false alarms of both were read once to fix cues that matched look-alike words (the second
 *   set after it had been measured blind), so their figures are optimistic; a third collection
 *   (`plain-messages3.jsonl`, a fifth person) is the blind one.
 *
 * Session 21: the misses of the six written chat sets that were blind (`chat8`, `chat9`,
 * `chat10`, `chat11`, `chat12`, `chat13`) were read, by a listing of misses that left out only
 * the collected holdouts, and rounds 9 to 11 of the lexicon (mistakes, asking for a person,
 * digital exclusion) drew on them. They are development sets since: their floors still guard
 * against regressions, but their figures no longer say how the detector does on unseen text.
 * The blind measures are the collected holdouts (`holdout11` to `holdout25en`).
 *
 * Labels follow the contract's signal ids: `not-understood` is the service failing to
 * understand the person (mostly a conversation signal), `digital-exclusion` includes "cannot
 * read the form". Collectors labelled a person who does not understand a letter, form or rule
 * `not-understood`; those labels were mapped to `digital-exclusion` mechanically (every such
 * label, in every set, without reading the items), when the lexicon's cues were moved the same
 * way.
 *
 * Do not read the misses of a blind set to tune cues: that turns it into a dev set. When the
 * lexicon changes again, have someone else collect a fresh set first, and measure on it.
 *
 *   npx tsx scripts/eval-stuck.ts                   figures on all sets
 *   npx tsx scripts/eval-stuck.ts --set dev --misses  one set, with every item whose signal was missed
 *   npx tsx scripts/eval-stuck.ts --alarms          also every ordinary question that raised a signal
 *
 * Prints: the share of items with at least one signal, the share where at least one expected
 * signal is found, and recall per signal. Never fails on a figure: the floors are enforced by
 * tests/evaluation/stuck-floor.test.ts. `npm run eval` prints the summary after routing.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createDefaultStuckDetector, defaultStuckLexicon } from '../src/core/stuck/default.js';
import { EVAL_FOLDER } from '../src/evaluation/eval-texts.js';
import { loadRoutingSet } from '../src/evaluation/load-routing-set.js';
import {
  createStuckDetector,
  STUCK_SIGNALS,
  type StuckDetector,
  type StuckSignal,
} from '../src/core/stuck/index.js';

/** The page an item was taken from, or `written` for the chat sets a helper wrote (session 7). */
const sourceSchema = z.union([z.url(), z.literal('written')]);

const itemSchema = z.strictObject({
  text: z.string().min(1),
  signals: z.array(z.enum(STUCK_SIGNALS)).min(1),
  lang: z.enum(['nl', 'en']),
  source: sourceSchema,
});

/** One labelled phrasing of an evaluation set. */
export type StuckEvalItem = z.infer<typeof itemSchema>;

/** The path of a set in data/eval/. */
const evalFile = (name: string) => fileURLToPath(new URL(`${name}.jsonl`, EVAL_FOLDER));

/** The evaluation sets, by name, in the order they were collected. */
export const STUCK_EVAL_SETS = {
  dev: evalFile('stuck'),
  holdout: evalFile('stuck-holdout'),
  holdout2: evalFile('stuck-holdout2'),
  dev2: evalFile('stuck-dev2'),
  holdout3: evalFile('stuck-holdout3'),
  holdout4: evalFile('stuck-holdout4'),
  holdout5: evalFile('stuck-holdout5'),
  holdout6: evalFile('stuck-holdout6'),
  holdout7: evalFile('stuck-holdout7'),
  holdout8: evalFile('stuck-holdout8'),
  holdout9dev: evalFile('stuck-holdout9-dev'),
  holdout9: evalFile('stuck-holdout9'),
  chat8dev: evalFile('stuck-chat8-dev'),
  chat8: evalFile('stuck-chat8-holdout'),
  chat9dev: evalFile('stuck-chat9-dev'),
  chat9: evalFile('stuck-chat9-holdout'),
  chat10dev: evalFile('stuck-chat10-dev'),
  chat10: evalFile('stuck-chat10-holdout'),
  holdout10: evalFile('stuck-holdout10'),
  chat11: evalFile('stuck-chat11'),
  chatTrain: evalFile('stuck-chat-train'),
  collect11: evalFile('stuck-collect11-train'),
  holdout11: evalFile('stuck-holdout11'),
  chat12: evalFile('stuck-chat12'),
  chat13: evalFile('stuck-chat13'),
  holdout12: evalFile('stuck-holdout12'),
  englishTrain: evalFile('stuck-english-train'),
  holdout13en: evalFile('stuck-holdout13-en'),
  collect14: evalFile('stuck-collect14-train'),
  holdout14: evalFile('stuck-holdout14'),
  collect15: evalFile('stuck-collect15-train'),
  holdout15: evalFile('stuck-holdout15'),
  collect16: evalFile('stuck-collect16-train'),
  holdout16: evalFile('stuck-holdout16'),
  collect17en: evalFile('stuck-collect17-en-train'),
  holdout17en: evalFile('stuck-holdout17-en'),
  collect18: evalFile('stuck-collect18-train'),
  holdout18: evalFile('stuck-holdout18'),
  collect19en: evalFile('stuck-collect19-en-train'),
  holdout19en: evalFile('stuck-holdout19-en'),
  holdout21en: evalFile('stuck-holdout21-en'),
  holdout22: evalFile('stuck-holdout22'),
  holdout23: evalFile('stuck-holdout23'),
  holdout24: evalFile('stuck-holdout24'),
  holdout25en: evalFile('stuck-holdout25-en'),
  holdout26: evalFile('stuck-holdout26'),
  holdout27en: evalFile('stuck-holdout27-en'),
  holdout28en: evalFile('stuck-holdout28-en'),
  holdout29: evalFile('stuck-holdout29'),
  holdout30: evalFile('stuck-holdout30'),
  holdout31: evalFile('stuck-holdout31'),
  writtenRealStyle: evalFile('stuck-written-real-style'),
} as const;

export type StuckEvalSetName = keyof typeof STUCK_EVAL_SETS;

/** Reports by set. */
export type StuckEvalReports = Record<StuckEvalSetName, StuckEvalReport>;

/** What the issue asks of real stuck phrasing the repository has not seen. */
export const STUCK_TARGETS = { anySignal: 0.85, expectedFound: 0.7 } as const;

/** What the detector made of the set. */
export interface StuckEvalReport {
  /** File name of the set, for headings. */
  set: string;
  total: number;
  anySignal: number;
  expectedFound: number;
  bySignal: Record<StuckSignal, { expected: number; found: number; raisedUnlabelled: number }>;
  byLang: Record<'nl' | 'en', { total: number; anySignal: number; expectedFound: number }>;
  misses: { item: StuckEvalItem; got: StuckSignal[] }[];
}

/** Reads and validates a JSONL set; a bad line stops the run with its file and line number. */
export function loadStuckEvalSet(path: string = STUCK_EVAL_SETS.dev): StuckEvalItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = itemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(`${basename(path)} line ${number}: ${parsed.error.message}`);
      }
      return parsed.data;
    });
}

/**
 * What the chat raises for `text` as the first message of a conversation: its own cues, and
 * `not-understood` when the person says so (that signal is read in the conversation step).
 */
function signalsOf(detector: StuckDetector, text: string): StuckSignal[] {
  return detector.detect([], { text, routed: true, agencyId: null, confidence: null }).signals;
}

/**
 * False alarms: the labelled routing questions are ordinary questions (some do name a debt or
 * a mistake, so this is an upper bound). A detector that widens by raising signals on plain
 * questions would offer a hand-off where none is needed; this keeps that visible.
 */
export function evaluateFalseAlarms(detector: StuckDetector = createDefaultStuckDetector()) {
  return falseAlarms(
    detector,
    loadRoutingSet().map((item) => item.question),
  );
}

/** The texts that raise a signal, each with its signals: on ordinary text, every one is wrong. */
function falseAlarms(detector: StuckDetector, texts: readonly string[]) {
  const raised = texts
    .map((text) => ({ text, signals: signalsOf(detector, text) }))
    .filter(({ signals }) => signals.length > 0);
  return { total: texts.length, raised };
}

/**
 * False alarms on ordinary messages: `data/eval/plain-messages.jsonl` holds real messages of
 * people who ask or tell something without being stuck (some name a debt, a fine or DigiD in a
 * neutral way). Every signal raised on one of them is a false alarm.
 */
export function evaluatePlainMessages(
  detector: StuckDetector = createDefaultStuckDetector(),
  set: PlainSetName = 'plain',
) {
  return falseAlarms(detector, loadPlainMessages(set));
}

/** The texts of one set of ordinary messages. */
export function loadPlainMessages(set: PlainSetName): string[] {
  return readFileSync(PLAIN_SETS[set], 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => plainSchema.parse(JSON.parse(line)).text);
}

/**
 * Ordinary messages: `plain` and `plain2` were read to fix false alarms; `plain3`, `plain4` and
 * `plain5` were not. `plainChat8`, `plainChat9` and `plainChat10` are the ordinary messages the chat writers
 * wrote next to their stuck ones.
 */
export const PLAIN_SETS = {
  plain: evalFile('plain-messages'),
  plain2: evalFile('plain-messages2'),
  plain3: evalFile('plain-messages3'),
  plain4: evalFile('plain-messages4'),
  plain5: evalFile('plain-messages5'),
  plainChat8: evalFile('plain-chat8'),
  plainChat9: evalFile('plain-chat9'),
  plainChat10: evalFile('plain-chat10'),
  narrative: evalFile('plain-narrative'),
  plainHoldout10: evalFile('plain-holdout10'),
  plainChat11: evalFile('plain-chat11'),
  plainChatTrain: evalFile('plain-chat-train'),
  plainChatTrain2: evalFile('plain-chat-train2'),
  plainChat12: evalFile('plain-chat12'),
  plainEnglish: evalFile('plain-english'),
  plainCollect14: evalFile('plain-collect14-train'),
  plainHoldout14: evalFile('plain-holdout14'),
  plainCollect15: evalFile('plain-collect15-train'),
  plainHoldout15: evalFile('plain-holdout15'),
  plainWrittenCalm: evalFile('plain-written-calm'),
  plainWrittenCalm2: evalFile('plain-written-calm2'),
  plainCollect16: evalFile('plain-collect16-train'),
  plainHoldout16: evalFile('plain-holdout16'),
  plainCollect17en: evalFile('plain-collect17-en-train'),
  plainHoldout17en: evalFile('plain-holdout17-en'),
  plainCollect18: evalFile('plain-collect18-train'),
  plainHoldout18: evalFile('plain-holdout18'),
  plainCollect19en: evalFile('plain-collect19-en-train'),
  plainHoldout19en: evalFile('plain-holdout19-en'),
  plainCollect20: evalFile('plain-collect20-train'),
  plainWrittenRealStyle: evalFile('plain-written-real-style'),
  plainHoldout20: evalFile('plain-holdout20'),
  plainHoldout21en: evalFile('plain-holdout21-en'),
  plainHoldout22: evalFile('plain-holdout22'),
  plainHoldout23: evalFile('plain-holdout23'),
  plainHoldout24: evalFile('plain-holdout24'),
  plainHoldout25en: evalFile('plain-holdout25-en'),
  plainHoldout26: evalFile('plain-holdout26'),
  plainHoldout27en: evalFile('plain-holdout27-en'),
  plainHoldout28en: evalFile('plain-holdout28-en'),
  plainHoldout29: evalFile('plain-holdout29'),
  plainHoldout30: evalFile('plain-holdout30'),
  plainHoldout31: evalFile('plain-holdout31'),
} as const;
export type PlainSetName = keyof typeof PLAIN_SETS;

const plainSchema = z.strictObject({
  text: z.string().min(1),
  lang: z.enum(['nl', 'en']),
  source: sourceSchema,
});

/** Runs the detector on every item (each item is one message on its own). */
export function evaluateStuck(
  detector: StuckDetector,
  items: readonly StuckEvalItem[],
  set = 'stuck.jsonl',
): StuckEvalReport {
  const bySignal = Object.fromEntries(
    STUCK_SIGNALS.map((signal) => [signal, { expected: 0, found: 0, raisedUnlabelled: 0 }]),
  ) as StuckEvalReport['bySignal'];
  const byLang: StuckEvalReport['byLang'] = {
    nl: { total: 0, anySignal: 0, expectedFound: 0 },
    en: { total: 0, anySignal: 0, expectedFound: 0 },
  };
  const report: StuckEvalReport = {
    set,
    total: items.length,
    anySignal: 0,
    expectedFound: 0,
    bySignal,
    byLang,
    misses: [],
  };

  for (const item of items) {
    const got = signalsOf(detector, item.text);
    const lang = byLang[item.lang];
    lang.total += 1;
    if (got.length > 0) {
      report.anySignal += 1;
      lang.anySignal += 1;
    }
    const hit = item.signals.some((signal) => got.includes(signal));
    if (hit) {
      report.expectedFound += 1;
      lang.expectedFound += 1;
    }
    for (const signal of item.signals) {
      bySignal[signal].expected += 1;
      if (got.includes(signal)) bySignal[signal].found += 1;
    }
    for (const signal of got)
      if (!item.signals.includes(signal)) bySignal[signal].raisedUnlabelled += 1;
    if (!item.signals.every((signal) => got.includes(signal))) report.misses.push({ item, got });
  }
  return report;
}

/** Every set, evaluated with one detector (the project's own lexicon unless one is given). */
export function evaluateStuckSets(
  detector: StuckDetector = createDefaultStuckDetector(),
): StuckEvalReports {
  return Object.fromEntries(
    SET_NAMES.map((name) => [name, evaluateStuckSet(detector, name)]),
  ) as StuckEvalReports;
}

/** One set, by name, evaluated with one detector. */
function evaluateStuckSet(detector: StuckDetector, name: StuckEvalSetName): StuckEvalReport {
  const path = STUCK_EVAL_SETS[name];
  return evaluateStuck(detector, loadStuckEvalSet(path), basename(path));
}

/** The sets in collection order. */
const SET_NAMES = Object.keys(STUCK_EVAL_SETS) as StuckEvalSetName[];

/** A share of a total, 0 when the total is 0. */
export function stuckShare(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}

const pct = (part: number, total: number) =>
  total === 0 ? '  n/a' : `${((part / total) * 100).toFixed(1)}%`;

/** The report of one set as plain text lines. */
export function formatStuckReport(report: StuckEvalReport, withMisses = false): string {
  const lines = [
    `Stuck-signal evaluation on ${report.total} real phrasings (data/eval/${report.set})`,
    '',
    `at least one signal:        ${pct(report.anySignal, report.total)}  (${report.anySignal}/${report.total})  target >= ${STUCK_TARGETS.anySignal * 100}%`,
    `an expected signal found:   ${pct(report.expectedFound, report.total)}  (${report.expectedFound}/${report.total})  target >= ${STUCK_TARGETS.expectedFound * 100}%`,
    ...(['nl', 'en'] as const).map(
      (lang) =>
        `  ${lang}: ${String(report.byLang[lang].total).padStart(3)} items, any ${pct(report.byLang[lang].anySignal, report.byLang[lang].total)}, expected ${pct(report.byLang[lang].expectedFound, report.byLang[lang].total)}`,
    ),
    '',
    'signal              labelled  found  recall   raised where not labelled',
    ...STUCK_SIGNALS.map((signal) => {
      const row = report.bySignal[signal];
      return `${signal.padEnd(20)}${String(row.expected).padStart(8)}${String(row.found).padStart(7)}${pct(row.found, row.expected).padStart(8)}   ${row.raisedUnlabelled}`;
    }),
  ];
  if (withMisses) {
    lines.push('', `Items with an expected signal missed (${report.misses.length}):`);
    for (const { item, got } of report.misses) {
      lines.push(
        `- expected ${item.signals.join(',')} got ${got.join(',') || '(none)'}: ${item.text}`,
      );
    }
  }
  return lines.join('\n');
}

/** All sets side by side, as `npm run eval` prints them after routing. */
export function formatStuckSummary(reports: StuckEvalReports): string {
  const cell = (part: number, total: number) => pct(part, total).padStart(8);
  const recall = (report: StuckEvalReport, signal: StuckSignal) => {
    const row = report.bySignal[signal];
    return row.expected === 0
      ? '-'.padStart(8).padEnd(17)
      : `${cell(row.found, row.expected)} ${`(${row.found}/${row.expected})`.padEnd(8)}`;
  };
  return [
    'set        items  any signal  expected found',
    ...SET_NAMES.map((name) => {
      const report = reports[name];
      return `${name.padEnd(9)} ${String(report.total).padStart(6)} ${cell(report.anySignal, report.total).padStart(11)} ${cell(report.expectedFound, report.total).padStart(15)}`;
    }),
    `target (unseen phrasing)   >= ${STUCK_TARGETS.anySignal * 100}%          >= ${STUCK_TARGETS.expectedFound * 100}%`,
    '',
    `recall per signal   ${SET_NAMES.map((name) => name.padStart(8).padEnd(17)).join(' ')}`,
    ...STUCK_SIGNALS.filter((signal) =>
      SET_NAMES.some((name) => reports[name].bySignal[signal].expected > 0),
    ).map(
      (signal) =>
        `  ${signal.padEnd(18)}${SET_NAMES.map((name) => recall(reports[name], signal)).join(' ')}`,
    ),
    '',
    `${BLIND_SETS.join(', ')} are blind (misses never read, never trained on);`,
    'the others were read while widening the lexicon or collected to train the model, which learns',
    'from all of them (see the headers of scripts/eval-stuck.ts and scripts/train-stuck-model.ts).',
    'Details: npx tsx scripts/eval-stuck.ts --set dev2 --misses',
  ].join('\n');
}

/** The blind sets with the lexicon alone beside the full detector: what the model adds. */
export function formatWithoutModel(reports: StuckEvalReports): string {
  const lexiconAlone = createStuckDetector(defaultStuckLexicon());
  const cell = (report: StuckEvalReport) =>
    `${pct(report.anySignal, report.total).padStart(7)} ${pct(report.expectedFound, report.total).padStart(7)}`;
  return [
    'blind sets     lexicon alone   lexicon + learned model (ADR 15)',
    '               any   right     any   right',
    ...BLIND_SETS.map(
      (name) =>
        `${name.padEnd(12)}${cell(evaluateStuckSet(lexiconAlone, name))}  ${cell(reports[name])}`,
    ),
  ].join('\n');
}

/**
 * Written chat sets whose misses were read (session 21) but which the model does not learn from:
 * development sets for the lexicon, no longer blind (see the header).
 */
export const READ_NOT_TRAINED_SETS: readonly StuckEvalSetName[] = [
  'chat8',
  'chat9',
  'chat10',
  'chat11',
  'chat12',
  'chat13',
];

/**
 * Written in the style of real public text by someone who never saw the detector (session 31),
 * measured and never read or trained on: trained on, they moved the blind sets by +1.0 / +0.1
 * points while holdout26 lost 5.7 and the crisis probes their floors, so, like chat13, they only
 * measure. Not real phrasing, so not among the blind sets either.
 */
export const WRITTEN_UNREAD_SETS: readonly StuckEvalSetName[] = ['writtenRealStyle'];

/** The sets whose misses were never read and which the model never learns from. */
export const BLIND_SETS: readonly StuckEvalSetName[] = [
  'holdout17en',
  'holdout18',
  'holdout19en',
  'holdout21en',
  'holdout22',
  'holdout23',
  'holdout24',
  'holdout25en',
  'holdout26',
  'holdout27en',
  'holdout28en',
  'holdout29',
  'holdout30',
  'holdout31',
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const setArg = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
  if (setArg !== undefined && !(SET_NAMES as string[]).includes(setArg)) {
    throw new Error(`--set takes one of ${SET_NAMES.join(', ')}`);
  }
  const detector = createDefaultStuckDetector();
  if (setArg) {
    const report = evaluateStuckSet(detector, setArg as StuckEvalSetName);
    console.log(formatStuckReport(report, argv.includes('--misses')));
  } else {
    const reports = evaluateStuckSets(detector);
    console.log(formatStuckReport(reports.dev, argv.includes('--misses')));
    for (const name of SET_NAMES.slice(1)) console.log(`\n${formatStuckReport(reports[name])}`);
    console.log(`\nSummary\n${formatStuckSummary(reports)}`);
    console.log(`\n${formatWithoutModel(reports)}`);
  }
  const alarms = evaluateFalseAlarms(detector);
  console.log(
    `\nordinary routing questions with a signal: ${pct(alarms.raised.length, alarms.total)} ` +
      `(${alarms.raised.length}/${alarms.total}; an upper bound, some do name a debt or mistake)`,
  );
  for (const name of Object.keys(PLAIN_SETS) as PlainSetName[]) {
    const plain = evaluatePlainMessages(detector, name);
    console.log(
      `ordinary messages (${basename(PLAIN_SETS[name])}) with a signal: ` +
        `${pct(plain.raised.length, plain.total)} (${plain.raised.length}/${plain.total}; every one a false alarm)`,
    );
  }
  if (argv.includes('--alarms')) {
    for (const { text, signals } of alarms.raised) {
      console.log(`- ${signals.join(',')}: ${text}`);
    }
  }
}
