/**
 * Trains the second reader of the crisis check (ADR 14, session 23) and writes
 * `data/generated/crisis-model.json`: one logistic regression per crisis over the stems and word
 * pairs of a message (src/core/crisis-model.ts). The phrases of `data/crisis.json` come first; the
 * model is heard only when no phrase is.
 *
 * What it learns from:
 * - people in danger: the read halves (odd lines) of the written crisis probes
 *   (`crisis-written*.jsonl`), since session 24 the read half of the real crisis phrasing
 *   (`crisis-real.jsonl`, halves by source page; since session 29 all of sessions 24 to 26,
 *   and a fresh collection is the unread half), and the development questions of the routing
 *   collections that go to a crisis line;
 * - calm text: the read halves of the calm probes (written and real), every other development
 *   question of the routing collections, and the ordinary messages the stuck model learns from.
 * The unread halves of the probes and the held-out third of the routing questions are never
 * trained on: they measure it (`npm run eval`, tests/evaluation/crisis-floor.test.ts).
 *
 * Training is deterministic (full-batch gradient descent in a fixed order), so the same data
 * gives the same file; tests/core/crisis-model.test.ts fails while the file is out of date.
 *
 *   npm run crisis:train            retrain after a change to the training texts
 *   npm run crisis:train -- --cv    cross-validated figures at several thresholds
 */
import { writeFileSync } from 'node:fs';
import { stopwords as dutchStopwords } from '@orama/stopwords/dutch';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  crisisFeatures,
  crisisModelSchema,
  MODEL_KINDS,
  type CrisisModel,
  type ModelKind,
} from '../src/core/crisis-model.js';
import { stems } from '../src/core/text.js';
import { createCrisisTest, crisisDataSchema } from '../src/core/crisis.js';
import { buildCatalog } from '../src/catalog/catalog.js';
import { catalogSources } from '../src/catalog/sources.js';
import crisisData from '../data/generated/crisis.json';
import { loadCrisisProbes, loadRealCrisisProbes } from '../src/evaluation/crisis-eval.js';
import { loadRoutingCollections } from '../src/evaluation/load-routing-set.js';
import { splitOf } from '../src/evaluation/routing-set.js';
import { storedWeights, toSteps } from '../src/core/learned-weights.js';
import { fitLogistic, roundWeight } from './learn/logistic.js';
import {
  BLIND_SETS,
  loadPlainMessages,
  loadStuckEvalSet,
  READ_NOT_TRAINED_SETS,
  STUCK_EVAL_SETS,
  WRITTEN_UNREAD_SETS,
  type PlainSetName,
  type StuckEvalSetName,
} from './eval-stuck.js';

export const CRISIS_MODEL_FILE = fileURLToPath(
  new URL('../data/generated/crisis-model.json', import.meta.url),
);

const TRAINING = {
  /** A feature must occur in this many training texts; rarer ones are noise. */
  minCount: 2,
  epochs: 80,
  learningRate: 0.5,
  l2: 1e-3,
  /** People in danger are few among the texts: each counts as the imbalance (capped at 5). */
  positiveWeight: 1,
  /**
   * Per kind, the probability above which it is heard (the likeliest that passes wins). Session
   * 23 took 0.5 for all, looking at the unread halves. Session 24 chose by `--cv` (folds by page
   * for real quotes): 0.4 for all heard 75.9 % of the people in danger against 73.0 % at 0.5,
   * for 83 alarms among 7,175 calm texts against 59. Three kinds ask more of the model, each
   * for a development example it got wrong lower down:
   * - an emergency 0.5: it sends the person to 112 and answers nothing else, and at 0.4 "My DUO
   *   repayments went up and I simply can't afford them right now" went there;
   * - violence 0.45: at 0.4 "I need help at home, I can no longer clean the house" (the Wmo)
   *   went to Veilig Thuis;
   * - suicide 0.45: at 0.4 "I'm so tired of this, I've been trying to renew my permit for
   *   months" went to 113.
   * Cross-validated, these hear 74.5 % with 66 alarms. Session 29, with the old unread half of
   * the real phrasing learned too: at 0.5 and 0.55 that DUO message went to 112 again, so an
   * emergency asks 0.6 (one fresh real emergency fewer heard than at 0.5).
   */
  threshold: { emergency: 0.6, suicide: 0.45, violence: 0.45, 'sexual-violence': 0.4 } as Record<
    ModelKind,
    number
  >,
  /** Weights closer to 0 than this change no decision and cost bundle size. */
  prune: 0.1,
  /**
   * Weights are stored as whole numbers of this step (src/core/learned-weights.ts); the bias to
   * two decimals.
   */
  step: 0.01,
};

/** The ordinary messages the stuck model also learns as calm (scripts/train-stuck-model.ts). */
const CALM_SETS: readonly PlainSetName[] = [
  'plain',
  'plain2',
  'narrative',
  'plainChatTrain',
  'plainChatTrain2',
  'plainWrittenCalm',
];

/**
 * Single function words ("ik", "the") are no features: on their own they tell how a text is told,
 * not what happens. In pairs they stay ("slaat mij").
 */
const STOP_FEATURES = new Set([...dutchStopwords, ...englishStopwords].flatMap(stems));

const CRISIS_DATA = crisisDataSchema.parse(crisisData);

/** The crisis each crisis line's organisation answers, as the crisis data pairs them. */
const LINE_OF: Record<string, ModelKind> = Object.fromEntries(
  CRISIS_DATA.crises.flatMap((crisis) => (crisis.line ? [[crisis.line.agency, crisis.id]] : [])),
);

interface Example {
  text: string;
  kind: ModelKind | 'none';
  /** The page a real quote came from: its quotes stay in one fold of the cross-validation. */
  page?: string;
}

/** Every training text with its crisis, in a fixed order. */
export function crisisExamples(): Example[] {
  // The read halves only: the unread halves measure (tests/evaluation/crisis-floor.test.ts).
  const probes = loadCrisisProbes();
  const real = loadRealCrisisProbes();
  const examples: Example[] = [
    ...[...probes.calm.read, ...probes.crisis.read].map(({ text, kind }) => ({ text, kind })),
    ...[...real.calm.read, ...real.crisis.read].map(({ text, kind, source }) => ({
      text,
      kind,
      page: source,
    })),
  ];
  let index = 0;
  for (const { items } of loadRoutingCollections()) {
    for (const item of items) {
      if (splitOf(index++) !== 'dev') continue;
      const kind = item.accepted.map((agency) => LINE_OF[agency]).find(Boolean);
      examples.push({ text: item.question, kind: kind ?? 'none' });
    }
  }
  for (const set of CALM_SETS) {
    for (const text of loadPlainMessages(set)) examples.push({ text, kind: 'none' });
  }
  // People stuck with a service are distressed, angry or desperate, and not in danger: without
  // them the model read "ik weet echt niet hoe het verder moet" about a bailiff as suicide. The
  // blind stuck sets and the chat sets that measure stay out, to measure false alarms.
  const notTrained = new Set<StuckEvalSetName>([
    ...BLIND_SETS,
    ...READ_NOT_TRAINED_SETS,
    ...WRITTEN_UNREAD_SETS,
  ]);
  for (const name of Object.keys(STUCK_EVAL_SETS) as StuckEvalSetName[]) {
    if (notTrained.has(name)) continue;
    for (const item of loadStuckEvalSet(STUCK_EVAL_SETS[name])) {
      examples.push({ text: item.text, kind: 'none' });
    }
  }
  return examples;
}

export function trainCrisisModel(examples: readonly Example[] = crisisExamples()): CrisisModel {
  const featureRows = examples.map((example) => crisisFeatures(example.text));
  const counts = new Map<string, number>();
  for (const row of featureRows)
    for (const feature of row) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([feature, n]) => n >= TRAINING.minCount && !STOP_FEATURES.has(feature))
    .map(([feature]) => feature);
  const position = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = featureRows.map((row) => row.flatMap((feature) => position.get(feature) ?? []));
  const fits = MODEL_KINDS.map((kind) =>
    fitLogistic(
      rows,
      examples.map((example) => (example.kind === kind ? 1 : 0)),
      vocabulary.length,
      TRAINING,
    ),
  );
  // A feature stays when one of its weights, as stored, reaches `prune`.
  const matters = (w: number) =>
    Math.abs(toSteps(w, TRAINING.step)) >= Math.round(TRAINING.prune / TRAINING.step);
  const kept = vocabulary
    .map((feature, i) => [feature, fits.map((fit) => fit.weights[i] ?? 0)] as const)
    .filter(([, row]) => row.some(matters))
    // In order, so that gzip finds the features that share a beginning side by side.
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const positives = examples.filter((example) => example.kind !== 'none').length;
  return crisisModelSchema.parse({
    trainedOn: { positives, negatives: examples.length - positives },
    kinds: [...MODEL_KINDS],
    bias: fits.map((fit) => roundWeight(fit.bias, 2)),
    threshold: MODEL_KINDS.map((kind) => TRAINING.threshold[kind]),
    weights: storedWeights(kept, MODEL_KINDS.length, TRAINING.step),
  });
}

/** The text the generated file must hold for the current training data. */
export function crisisModelText(): string {
  return `${JSON.stringify(trainCrisisModel())}\n`;
}

/**
 * Every training text heard by a check whose model never saw it (five folds), at several
 * thresholds: the phrases first, as in the app, then the fold's model. The phrases were written
 * from these same read halves, so the share heard runs ahead of the unread halves'; what the
 * figures compare is how the threshold trades people heard against calm texts alarmed.
 */
function crossValidate(folds = 5): string {
  const examples = crisisExamples();
  const catalog = buildCatalog(catalogSources);
  const uniform = [0.3, 0.4, 0.5, 0.6, 0.7];
  const thresholds = [
    ...uniform.map((t) => MODEL_KINDS.map(() => t)),
    MODEL_KINDS.map((kind) => TRAINING.threshold[kind]),
  ];
  const tally = thresholds.map(() => ({ right: 0, alarms: 0 }));
  // Two quotes of one page tell of one danger in one voice: they share a fold.
  const foldOf = (example: Example, i: number) =>
    example.page === undefined
      ? i % folds
      : [...example.page].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1e9, 7) % folds;
  for (let fold = 0; fold < folds; fold += 1) {
    const model = trainCrisisModel(examples.filter((example, i) => foldOf(example, i) !== fold));
    const held = examples.filter((example, i) => foldOf(example, i) === fold);
    thresholds.forEach((threshold, t) => {
      const crisisIn = createCrisisTest(CRISIS_DATA, catalog, { ...model, threshold });
      const count = tally[t];
      if (!count) return;
      for (const example of held) {
        const kind = crisisIn(example.text)?.kind ?? 'none';
        if (example.kind === 'none' && kind !== 'none') count.alarms += 1;
        if (example.kind !== 'none' && kind === example.kind) count.right += 1;
      }
    });
  }
  const danger = examples.filter((example) => example.kind !== 'none').length;
  const calm = examples.length - danger;
  const pct = (part: number, total: number) => `${((100 * part) / total).toFixed(1)}%`.padStart(8);
  return [
    `cross-validated over ${folds} folds (${danger} texts of people in danger, ${calm} calm)`,
    'threshold   right line   calm heard as a crisis',
    ...thresholds.map((threshold, t) => {
      const { right, alarms } = tally[t] ?? { right: 0, alarms: 0 };
      const name = t < uniform.length ? String(uniform[t]) : `chosen (${threshold.join('/')})`;
      return `${name.padEnd(9)} ${pct(right, danger)}   ${pct(alarms, calm)} (${alarms})`;
    }),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--cv')) {
    console.log(crossValidate());
    process.exit(0);
  }
  const text = crisisModelText();
  writeFileSync(CRISIS_MODEL_FILE, text);
  const model = JSON.parse(text) as CrisisModel;
  console.log(
    `wrote ${CRISIS_MODEL_FILE}: ${model.weights.features.length} features, ` +
      `${model.trainedOn.positives} texts of people in danger, ${model.trainedOn.negatives} calm`,
  );
}
