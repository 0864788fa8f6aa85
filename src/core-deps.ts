import lexiconData from '../data/generated/lexicon.json';
import rulesData from '../data/generated/routing-rules.json';
import realWordsData from '../data/real-words.json';
import handoffData from '../data/generated/handoff.json';
import stuckHelpData from '../data/generated/stuck-help.json';
import signalLabelsData from '../data/generated/signal-labels.json';
import crisisData from '../data/generated/crisis.json';
import crisisModelData from '../data/generated/crisis-model.json';
import outsideData from '../data/generated/outside.json';
import topicFactsData from '../data/generated/topic-facts.json';
import assistPromptData from '../prompts/assist.json';
import { assistPromptSchema, type AssistPrompt } from './core/assist/prompt.js';
import { buildCatalog, resolveTopicRef, type Catalog } from './catalog/catalog.js';
import { createPhraseReader, createPhraseTest } from './core/text.js';
import { catalogSources } from './catalog/sources.js';
import { dutchHolidays, type HolidayCalendar } from './core/holidays.js';
import { createLanguageDetector } from './core/language.js';
import { createRouter, DEFAULT_TUNING, type Router } from './core/routing/router.js';
import { routingLexiconSchema } from './core/routing/lexicon.js';
import { routingRulesSchema } from './core/routing/rules.js';
import { realWordsSchema, realWordTest } from './core/routing/real-words.js';
import type { Locale } from './catalog/texts.js';
import { handoffConfigSchema, type HandoffConfig } from './core/handoff/config.js';
import {
  createCallbackWishTest,
  createRemarkReader,
  createCallWordTest,
  createNumberAnswerTest,
  createHandoffIntent,
  type HandoffAnswer,
} from './core/handoff/intent.js';
import { createMunicipalityReader } from './core/handoff/municipality.js';
import { createSmallTalkTest, type SmallTalk } from './core/small-talk.js';
import {
  createAgencyNameReader,
  createContactQuestionTest,
  type ContactQuestion,
} from './core/contact-question.js';
import {
  createCrisisTest,
  crisisDataSchema,
  withCrisisLines,
  type CrisisTest,
} from './core/crisis.js';
import { crisisModelSchema } from './core/crisis-model.js';
import { createOutsideTest, outsideDataSchema, type OutsideSubject } from './core/outside.js';
import { createTopicFacts, topicFactsSchema, type TopicFacts } from './core/facts.js';
import { createDefaultStuckDetector } from './core/stuck/default.js';
import type { StuckDetector } from './core/stuck/index.js';
import { stuckHelpSchema, type StuckHelp } from './catalog/help.js';
import { signalLabelsSchema, type SignalLabels } from './core/report/render-report.js';

/** The pure core, built from `data/`: the same for Node, Workers, tests, eval and bench. */
export interface Core {
  catalog: Catalog;
  calendar: HolidayCalendar;
  router: Router;
  detectLanguage: (text: string) => Locale | undefined;
  handoff: HandoffConfig;
  /** Reads "ja, graag" or "nee" after a hand-off offer. */
  handoffAnswer: (text: string) => HandoffAnswer;
  /** Whether a message asks about the open case: the rest of it without the case words. */
  asksAboutTheCase: (text: string) => string | undefined;
  /** Whether a message says the person did the calling themselves ("ik heb al 3 keer gebeld"). */
  saysTheyCalled: (text: string) => boolean;
  /** Whether a message, where a number is missing, gives the person's own. */
  numberGivenIn: (text: string) => boolean;
  /** Whether a message speaks of being called ("bel mij", "mijn nummer is", "call me"). */
  mentionsACall: (text: string) => boolean;
  /** Whether a message says the person has no phone to be called on: the rest of it. */
  saysNoPhone: (text: string) => string | undefined;
  /** Whether a message says when the person can be called: the rest of it without those words. */
  callbackWishIn: (text: string) => string | undefined;
  /** What a message that asks to be called says besides the request, its number and subject. */
  remarkIn: (text: string) => string | undefined;
  /** The place named in answer to "In welke gemeente woont u?", or null. */
  municipalityIn: (text: string) => string | null;
  /** Whether a short message asks how to reach an organisation: what, and the rest of it. */
  contactQuestionIn: (text: string) => { kind: ContactQuestion; rest: string } | undefined;
  /** The organisation a message names by name, and the rest of the message. */
  agencyNamedIn: (text: string) => { agencyId: string; rest: string } | undefined;
  /** Whether a message is only a greeting, thanks or goodbye. */
  smallTalkIn: (text: string) => SmallTalk | undefined;
  /** Whether a message speaks of an emergency, suicide or violence at home: its line comes first. */
  crisisIn: CrisisTest;
  /** Whether a question is about a subject no organisation of the catalog handles ("a doctor"). */
  outsideIn: (text: string) => OutsideSubject | undefined;
  /** How long a topic takes, what it costs, until when: for "en hoe lang duurt dat?". */
  topicFacts: TopicFacts;
  stuck: StuckDetector;
  stuckHelp: StuckHelp;
  signalLabels: SignalLabels;
  /** The prompt for the optional language model (prompts/assist.json). */
  assistPrompt: AssistPrompt;
}

/** Validates all content and builds the router; throws with every problem listed when data is invalid. */
export function buildCore(): Core {
  const catalog = buildCatalog(catalogSources);
  const lexicon = routingLexiconSchema.parse(lexiconData);
  const handoff = checkedHandoff(catalog);
  const crisisIn = createCrisisTest(
    crisisDataSchema.parse(crisisData),
    catalog,
    crisisModelSchema.parse(crisisModelData),
  );
  const router = withCrisisLines(buildRouter(catalog, crisisIn.lines), crisisIn);
  return {
    catalog,
    calendar: dutchHolidays,
    router,
    detectLanguage: createLanguageDetector(lexicon, catalogVocabulary(catalog)),
    handoff,
    handoffAnswer: createHandoffIntent(handoff),
    asksAboutTheCase: createPhraseReader(handoff.caseQuestion),
    saysTheyCalled: createPhraseTest(handoff.caseQuestion.ownCalls),
    saysNoPhone: createPhraseReader(handoff.noPhone),
    numberGivenIn: createNumberAnswerTest(handoff),
    mentionsACall: createCallWordTest(handoff),
    callbackWishIn: createCallbackWishTest(handoff),
    remarkIn: createRemarkReader(
      handoff,
      new Set([...lexicon.stopwords.nl, ...lexicon.stopwords.en]),
      router,
    ),
    municipalityIn: createMunicipalityReader(handoff),
    smallTalkIn: createSmallTalkTest(catalog.texts),
    contactQuestionIn: createContactQuestionTest(catalog.texts),
    agencyNamedIn: createAgencyNameReader(lexicon.mentions ?? {}),
    crisisIn,
    outsideIn: createOutsideTest(
      outsideDataSchema.parse(outsideData),
      (text) => router.subjectOf(text).length > 0 || router.namesBroadWord(text),
    ),
    topicFacts: createTopicFacts(topicFactsSchema.parse(topicFactsData), catalog),
    stuck: createDefaultStuckDetector(),
    stuckHelp: checkedStuckHelp(catalog),
    signalLabels: signalLabelsSchema.parse(signalLabelsData),
    assistPrompt: assistPromptSchema.parse(assistPromptData),
  };
}

/** The built-in router on the project's data; `explain` shows how it read a question. */
export function buildRouter(catalog: Catalog, crisisLines?: ReadonlySet<string>) {
  return createRouter(
    catalog,
    {
      ...routingLexiconSchema.parse(lexiconData),
      rules: routingRulesSchema.parse(rulesData).rules,
      isRealWord: realWordTest(realWordsSchema.parse(realWordsData)),
    },
    DEFAULT_TUNING,
    crisisLines ? { crisisLines } : {},
  );
}

/** The help texts name agencies by id; an unknown id is a typo that must fail at start. */
function checkedStuckHelp(catalog: Catalog): StuckHelp {
  const help = stuckHelpSchema.parse(stuckHelpData);
  for (const agencyId of Object.keys(help.agencies)) {
    if (!catalog.agencies.has(agencyId)) throw new Error(`stuck-help: unknown agency ${agencyId}`);
  }
  for (const agencyId of help.objection.agencies) {
    if (!catalog.agencies.has(agencyId)) {
      throw new Error(`stuck-help: objection names unknown agency ${agencyId}`);
    }
  }
  return help;
}

/** The topics where a signal gets the offer are named by id: a typo must fail at start. */
function checkedHandoff(catalog: Catalog): HandoffConfig {
  const handoff = handoffConfigSchema.parse(handoffData);
  for (const [signal, topics] of Object.entries(handoff.offerAt)) {
    for (const topic of topics) {
      if (!resolveTopicRef(catalog, topic)) {
        throw new Error(`handoff offerAt ${signal}: unknown topic ${topic}`);
      }
    }
  }
  return handoff;
}

/** The catalog's Dutch and English terms and names: content words that tell the language. */
function catalogVocabulary(catalog: Catalog): Record<Locale, string[]> {
  const vocabulary: Record<Locale, string[]> = { nl: [], en: [] };
  for (const agency of catalog.agencies.values()) {
    for (const topic of agency.topics) {
      vocabulary.nl.push(...topic.terms.nl, topic.name.nl);
      vocabulary.en.push(...topic.terms.en, topic.name.en);
    }
  }
  return vocabulary;
}
