/**
 * `npm run eval:model`: the evaluation sets of `npm run eval`, once with the built-in router and
 * lexicon alone and once with the language model of OPENAI_* consulted as the app does it
 * (redacted text, the model choosing ids, failures falling back; ADR 9). For an agency that
 * wants to know what a model adds before relying on it. Needs a reachable model, so CI never
 * runs it; it sends only redacted evaluation texts (public quotes and questions).
 *
 *   OPENAI_API_KEY=… npm run eval:model
 *   OPENAI_BASE_URL=http://127.0.0.1:8000/v1 OPENAI_MODEL=… npm run eval:model -- --limit 40
 *
 * `--limit N` takes the first N of each collection (and of each split), for a quick look;
 * `--concurrency N` (default 4) is how many requests run at once.
 */
import { readFileSync } from 'node:fs';
import { loadConfigOrReport } from '../src/config.js';
import { buildCore } from '../src/core-deps.js';
import { loadRoutingSet } from '../src/evaluation/load-routing-set.js';
import { loadCrisisProbes, loadRealCrisisProbes } from '../src/evaluation/crisis-eval.js';
import {
  askModel,
  crisisWithAnswers,
  detectorWithAnswers,
  routerWithAnswers,
  type ModelEvalText,
} from '../src/evaluation/model-eval.js';
import { evaluateRouting, share } from '../src/evaluation/routing-eval.js';
import { pickSplit } from '../src/evaluation/routing-set.js';
import { languageModel } from '../src/service-deps.js';
import {
  PLAIN_SETS,
  STUCK_EVAL_SETS,
  evaluateStuck,
  loadStuckEvalSet,
  type PlainSetName,
  type StuckEvalSetName,
} from './eval-stuck.js';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const limit = argument('--limit', Number.POSITIVE_INFINITY);
const concurrency = argument('--concurrency', 4);

const config = loadConfigOrReport(process.env);
if (!config) process.exit(1);
const configured = languageModel(config);
if (!configured) {
  console.error(
    'No language model: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any OpenAI-compatible server).',
  );
  process.exit(2);
}
const core = buildCore();

const all = loadRoutingSet().filter((item) => !item.needsContext);
const splits = {
  dev: pickSplit(all, 'dev').slice(0, limit),
  'held-out': pickSplit(all, 'holdout').slice(0, limit),
};
const stuckSets = Object.fromEntries(
  (Object.keys(STUCK_EVAL_SETS) as StuckEvalSetName[]).map((name) => [
    name,
    loadStuckEvalSet(STUCK_EVAL_SETS[name]).slice(0, limit),
  ]),
);
const plainSets = Object.fromEntries(
  (Object.keys(PLAIN_SETS) as PlainSetName[]).map((name) => [
    name,
    readFileSync(PLAIN_SETS[name], 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as ModelEvalText)
      .slice(0, limit),
  ]),
);

// The unread halves only: what neither the phrases nor the learned reader were taught.
const crisisSets = {
  written: loadCrisisProbes(),
  real: loadRealCrisisProbes(),
};
const crisisTexts = Object.values(crisisSets).flatMap(({ crisis, calm }) =>
  [...crisis.unread.slice(0, limit), ...calm.unread.slice(0, limit)].map(({ text, lang }) => ({
    text,
    lang,
  })),
);

const texts: ModelEvalText[] = [
  ...crisisTexts,
  ...Object.values(splits).flatMap((items) =>
    items.map((i) => ({ text: i.question, lang: i.lang })),
  ),
  ...Object.values(stuckSets).flatMap((items) =>
    items.map((i) => ({ text: i.text, lang: i.lang })),
  ),
  ...Object.values(plainSets).flat(),
];
const started = Date.now();
const answers = await askModel(configured.model, core, texts, {
  concurrency,
  onProgress: (done, total) => {
    if (done % 25 === 0 || done === total) process.stderr.write(`\r${done}/${total} asked`);
  },
});
process.stderr.write('\n');

const pct = (part: number, total: number) =>
  `${(share(part, total) * 100).toFixed(1)}%`.padStart(7);
const outcomes = new Map<string, number>();
for (const answer of answers.values())
  outcomes.set(answer.outcome, (outcomes.get(answer.outcome) ?? 0) + 1);
console.log(
  `Model ${config.OPENAI_MODEL ?? '(default)'}: ${answers.size} texts in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
    [...outcomes].map(([outcome, count]) => `${outcome} ${count}`).join(', '),
);

console.log('\nRouting, clear questions          built-in               with the model');
console.log('split       n            top-1   top-3 clarify      top-1   top-3 clarify');
const withModel = routerWithAnswers(core.router, answers);
for (const [name, items] of Object.entries(splits)) {
  const row = (report: ReturnType<typeof evaluateRouting>) =>
    `${pct(report.clear.top1, report.clear.total)} ${pct(report.clear.top3, report.clear.total)} ${pct(report.clear.clarified, report.clear.total)}`;
  const builtIn = evaluateRouting(core.router, items);
  console.log(
    `${name.padEnd(10)} ${String(builtIn.clear.total).padStart(4)}       ${row(builtIn)}    ${row(evaluateRouting(withModel, items))}`,
  );
}

console.log('\nStuck signals                       built-in               with the model');
console.log('set          n         any signal   expected      any signal   expected');
const lexiconAndModel = detectorWithAnswers(core.stuck, answers);
for (const [name, items] of Object.entries(stuckSets)) {
  const a = evaluateStuck(core.stuck, items, name);
  const b = evaluateStuck(lexiconAndModel, items, name);
  console.log(
    `${name.padEnd(10)} ${String(a.total).padStart(4)}         ${pct(a.anySignal, a.total)}    ${pct(a.expectedFound, a.total)}         ${pct(b.anySignal, b.total)}    ${pct(b.expectedFound, b.total)}`,
  );
}
console.log('\nFalse alarms on ordinary messages   built-in   with the model');
for (const [name, items] of Object.entries(plainSets)) {
  const raised = (detector: typeof core.stuck) =>
    items.filter((item) => detector.detectTurn(item.text).signals.length > 0).length;
  console.log(
    `${name.padEnd(10)} ${String(items.length).padStart(4)}              ${pct(raised(core.stuck), items.length)}    ${pct(raised(lexiconAndModel), items.length)}`,
  );
}

console.log('\nCrisis lines, unread halves         built-in               with the model');
console.log('probes       in danger  calm    heard  false alarm      heard  false alarm');
const crisisBuiltIn = (text: string) => core.crisisIn(text)?.kind;
const crisisAndModel = crisisWithAnswers(core.crisisIn, answers);
for (const [name, { crisis, calm }] of Object.entries(crisisSets)) {
  const danger = crisis.unread.slice(0, limit);
  const quiet = calm.unread.slice(0, limit);
  const row = (kindOf: (text: string, lang: 'nl' | 'en') => string | undefined) =>
    `${pct(danger.filter((p) => kindOf(p.text, p.lang) === p.kind).length, danger.length)}      ${pct(quiet.filter((p) => kindOf(p.text, p.lang)).length, quiet.length)}`;
  console.log(
    `${name.padEnd(10)} ${String(danger.length).padStart(9)} ${String(quiet.length).padStart(5)}  ${row(crisisBuiltIn)}    ${row(crisisAndModel)}`,
  );
}
