import { nameInSentence, type Catalog } from '../catalog/catalog.js';
import type { Localized, Topic } from '../catalog/schema.js';
import { fill, type Locale } from '../catalog/texts.js';
import { isAgencySignal, type AgencyHelp, type StuckHelp } from '../catalog/help.js';
import { addressedIn, namedIn, type Contact } from './contact.js';
import { words } from './text.js';
import type { HandoffConfig } from './handoff/config.js';
import type { SmallTalk } from './small-talk.js';
import type { ContactQuestion } from './contact-question.js';
import type { StuckSignal } from './stuck/signals.js';
import type { Candidate, RoutingDecision } from './routing/router.js';
import type { UntoldKind } from './facts.js';

/** What besides routing shapes an answer: the stuck signals and the hand-off state. */
export interface ReplyExtras {
  help: StuckHelp;
  handoff: HandoffConfig;
  signals: readonly StuckSignal[];
  /** The hand-off created this turn or earlier, with its sentence for the citizen. */
  escalation?: CaseSummary & { message: string };
  handoffAnswer?: 'accept' | 'decline';
  /** The message is in another script: an answer it cannot read says so in both languages. */
  otherScript?: boolean;
  /**
   * Whether the hand-off still needs the person's phone number, just received it, already had
   * it, got a number too short to call, or heard that there is none.
   */
  callback?: 'asked' | 'received' | 'known' | 'incomplete' | 'none';
  /** Whether the hand-off asks where the person lives, or was just told: the place itself. */
  municipality?: { asked: true } | { received: string };
  /** The person said when they can be called: it was passed on with the case. */
  callbackWish?: boolean;
  /** The case was made on the person's own request: may the caseworker read the conversation? */
  asksConsent?: boolean;
  /** The answer to that question. */
  consent?: 'given' | 'declined';
  /** The person asks about their open case ("is mijn zaak al klaar?"): the case is the answer. */
  caseQuestion?: boolean;
  /** The message was only a greeting, thanks or goodbye. */
  smallTalk?: SmallTalk;
  /** The question is about a subject no organisation here handles: where to go instead. */
  outside?: Localized;
  /** A question about "my case" where the conversation has none; with a reference, or without. */
  noCase?: 'reference' | 'none';
  /** Further open cases the question asks about, each answered with its organisation. */
  otherCases?: readonly CaseSummary[];
  offerHandoff: boolean;
  /** The person says the organisation's decision is wrong: the answer says how to object. */
  objection?: boolean;
  /** What the topic's facts say to what the question asks ("hoe lang duurt dat?"). */
  fact?: Localized;
  /** What the question asks that the topic's facts do not know ("wat kost het?"). */
  factUnknown?: UntoldKind;
  /** At a library kiosk: the answer starts with the library's staff, so the library is not said twice. */
  kiosk?: boolean;
  /**
   * At a library kiosk, an answer of the Informatiepunt: the help is right here, so the number
   * is only the way to call ("Wilt u liever bellen? Bel …").
   */
  libraryHere?: boolean;
}

/** What an answer says of an open case. */
export interface CaseSummary {
  reference: string;
  agency: { id: string; name: string };
  caseworker: { name: string };
  expectedContact: { text: string };
  /** The person wrote when to call: their words stand, no time of ours beside them. */
  timeGiven?: boolean;
}

/** The order in which help for a stuck person is given when there is room for only some. */
const HELP_FIRST: readonly StuckSignal[] = ['debt', 'hardship', 'mistake'];
/** The order when there is room for one text only. */
const ONE_HELP_FIRST: readonly StuckSignal[] = ['hardship', 'debt', 'mistake'];

/** Signals where a person needs a person first: the contact leads, the bot steps back. */
const HUMAN_FIRST: readonly StuckSignal[] = [
  'wants-human',
  'loop',
  'frustration',
  'not-understood',
];
/**
 * The built-in answer: which organisation, why that one, where to look, and whom to call; for a
 * person who is stuck, the help that fits first. Plain sentences from `data/`, so that every
 * answer can be read aloud at a kiosk.
 */
export function composeReply(
  catalog: Catalog,
  decision: RoutingDecision,
  contact: Contact,
  locale: Locale,
  extras?: ReplyExtras,
): string {
  const contactPart = extras?.libraryHere
    ? contactSentence(catalog, contact, locale, 'phone')
    : contactSentence(catalog, contact, locale);
  if (!extras) return paragraphs(...routingParagraphs(catalog, decision, locale), contactPart);

  const { help, handoff, signals } = extras;
  // One question at a time: the phone number first, then, for a municipality, where they live.
  const askPlace =
    extras.municipality && 'asked' in extras.municipality
      ? handoff.texts.askMunicipality[locale]
      : '';
  const escalation = extras.escalation;
  // A number that came with words ("morgen na 2 uur"): their time is passed on, none of ours;
  // words that say no time ("ik ben doof") are passed on beside ours.
  const created = (view: NonNullable<ReplyExtras['escalation']>) =>
    extras.callbackWish
      ? fill(
          (view.timeGiven ? handoff.texts.createdWithRemark : handoff.texts.createdWithNote)[
            locale
          ],
          {
            who: whoAt(catalog, view.caseworker.name, view.agency.id, locale),
            when: view.expectedContact.text,
            reference: view.reference,
          },
        )
      : view.message;
  const askConsent = escalation
    ? fill(handoff.texts.askConsent[locale], {
        caseworker: addressedIn(escalation.caseworker.name, locale),
      })
    : '';
  if (extras.asksConsent && escalation && extras.callback !== 'received') {
    return paragraphs(
      extras.callbackWish
        ? created(escalation)
        : fill(handoff.texts.created[locale], {
            who: whoAt(catalog, escalation.caseworker.name, escalation.agency.id, locale),
            when: escalation.expectedContact.text,
            reference: escalation.reference,
          }),
      askConsent,
      contactPart,
    );
  }
  if (extras.consent && escalation) {
    const said =
      extras.consent === 'given' ? handoff.texts.consentGiven : handoff.texts.consentDeclined;
    return paragraphs(
      fill(said[locale], {
        caseworker: addressedIn(escalation.caseworker.name, locale),
        reference: escalation.reference,
      }),
      extras.consent === 'given' ? askPlace : '',
      contactPart,
    );
  }
  if (extras.handoffAnswer === 'accept' && extras.escalation) {
    const next =
      extras.callback === 'asked'
        ? fill(handoff.texts.askPhone[locale], {
            caseworker: addressedIn(extras.escalation.caseworker.name, locale),
            when: extras.escalation.expectedContact.text,
          })
        : [extras.callback === 'known' ? handoff.texts.phoneKnown[locale] : '', askPlace]
            .filter((sentence) => sentence.length > 0)
            .join(' ');
    return paragraphs(created(extras.escalation), next, contactPart);
  }
  if (extras.callback === 'none' && extras.escalation) {
    return paragraphs(
      fill(handoff.texts.noPhone[locale], {
        caseworker: addressedIn(extras.escalation.caseworker.name, locale),
        reference: extras.escalation.reference,
      }),
      contactPart,
    );
  }
  if (extras.callback === 'incomplete' && extras.escalation) {
    return paragraphs(handoff.texts.phoneIncomplete[locale], contactPart);
  }
  if (extras.callback === 'received' && extras.escalation) {
    // Never the number itself: the reply is stored with the conversation. A number that came
    // with words ("na 3 uur") gets no time of ours next to theirs.
    const text = !extras.callbackWish
      ? handoff.texts.phoneReceived
      : extras.escalation.timeGiven
        ? handoff.texts.phoneReceivedWithRemark
        : handoff.texts.phoneReceivedWithNote;
    return paragraphs(
      fill(text[locale], {
        caseworker: addressedIn(extras.escalation.caseworker.name, locale),
        when: extras.escalation.expectedContact.text,
        reference: extras.escalation.reference,
      }),
      extras.asksConsent ? askConsent : askPlace,
      contactPart,
    );
  }
  if (extras.callbackWish && extras.escalation) {
    return paragraphs(
      fill(handoff.texts.wishReceived[locale], {
        caseworker: addressedIn(extras.escalation.caseworker.name, locale),
        reference: extras.escalation.reference,
      }),
      askPlace,
      contactPart,
    );
  }
  if (extras.municipality && 'received' in extras.municipality && extras.escalation) {
    return paragraphs(
      fill(handoff.texts.municipalityReceived[locale], {
        municipality: extras.municipality.received,
        reference: extras.escalation.reference,
      }),
      contactPart,
    );
  }
  if (extras.smallTalk) {
    return paragraphs(catalog.texts.smallTalk.replies[extras.smallTalk][locale], contactPart);
  }
  if (extras.noCase) {
    const text =
      extras.noCase === 'reference' ? handoff.texts.noCaseWithReference : handoff.texts.noCase;
    return paragraphs(text[locale], contactPart);
  }
  if (extras.caseQuestion && extras.escalation && !extras.handoffAnswer) {
    const others = extras.otherCases ?? [];
    const cases =
      others.length === 0
        ? [activeCase(handoff, extras.escalation, locale)]
        : [extras.escalation, ...others].map((one) => {
            const agency = catalog.agencies.get(one.agency.id);
            const organisation = agency ? nameInSentence(agency)[locale] : one.agency.name;
            return activeCase(handoff, one, locale, organisation);
          });
    return paragraphs(...cases, askPlace, contactPart);
  }
  if (extras.handoffAnswer === 'decline')
    return paragraphs(handoff.texts.declined[locale], contactPart);

  const parts: string[] = [];
  const humanFirst = signals.find((signal) => HUMAN_FIRST.includes(signal));
  const agencyId = 'best' in decision ? decision.best.agencyId : null;
  const agencyHelp: Partial<AgencyHelp> = (agencyId ? help.agencies[agencyId] : undefined) ?? {};
  // Answered with the agency's own route, or the general text; money owed first, because a
  // person who must pay back cannot wait, while a mistake's correction can. When there is room
  // for one text only (an upset person gets the contact first), a rule that hurts comes first:
  // its text holds the exception to ask for and the ombudsman, which a payment plan does not.
  const order = humanFirst ? ONE_HELP_FIRST : HELP_FIRST;
  const helpTexts = signals
    .filter(isAgencySignal)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((signal) => {
      const own =
        signal === 'hardship' && signals.includes('debt')
          ? (agencyHelp.repaymentHardship ?? agencyHelp.hardship)
          : agencyHelp[signal];
      const text = (own ?? help.general[signal])[locale];
      return signal === 'hardship' && agencyId !== 'ombudsman'
        ? `${text} ${help.ombudsmanRoute[locale]}`
        : text;
    });
  // Help for a debt, a mistake or a hard rule can answer a follow-up; help for going online
  // (at the library: no membership, no appointment) does not.
  const answeringHelp = helpTexts.length;
  // At a library kiosk the answer already starts with the library's own staff.
  const digitalHelp =
    agencyHelp['digital-exclusion'] ??
    (extras.kiosk ? undefined : help.general['digital-exclusion']);
  if (signals.includes('digital-exclusion') && digitalHelp) helpTexts.push(digitalHelp[locale]);
  // A harsh rule's help already says how to object.
  const objection =
    extras.objection && !signals.includes('hardship')
      ? (agencyHelp.objection ?? help.objection.text)[locale]
      : '';

  if (humanFirst) {
    // Acknowledge and skip the bot: the person, then only then where else to look. Anger with
    // a question of its own ("boete verdubbeld!! belachelijk") still gets its short answer
    // after the person; asking for a person, or going in circles, does not. A question back
    // always follows: its options are what the buttons show, and picking one ("bijstand")
    // gives the number of the desk that helps instead of the general line.
    const onlyAngry = signals.every(
      (signal) => signal === 'frustration' || !HUMAN_FIRST.includes(signal),
    );
    // With no subject at all ("ik ben het zo zat"), asking what it is about finds the desk
    // that helps, so the general line is not the only way on.
    const [answer = ''] =
      decision.kind === 'clarify' || (onlyAngry && (decision.kind === 'routed' || extras.outside))
        ? routingParagraphs(catalog, decision, locale, { ...extras, otherScript: false })
        : decision.kind === 'none' && !extras.outside
          ? [catalog.texts.askSubject[locale]]
          : [];
    parts.push(
      `${help.general[humanFirst][locale]} ${contactSentence(catalog, contact, locale, true)}`,
      answer,
      ...helpTexts.slice(0, 1),
      objection,
    );
  } else {
    // Help for a stuck person comes before other topics: it answers what they said.
    const [answer = '', otherTopics = ''] = routingParagraphs(catalog, decision, locale, extras);
    // A follow-up the help answers ("moet ik alles in één keer terugbetalen?") gets that help,
    // not "Dat kan ik u niet precies zeggen" first; so does "wat kan ik doen?" after a refusal,
    // which the way to object answers.
    const answered = answeringHelp > 0 || objection !== '';
    const lead = decision.kind === 'follow-up' && answered && !extras.fact ? '' : answer;
    parts.push(lead, ...helpTexts.slice(0, 2), objection, otherTopics, contactPart);
  }
  if (extras.escalation && !extras.handoffAnswer) {
    parts.push(activeCase(handoff, extras.escalation, locale), askPlace);
  } else if (extras.offerHandoff) {
    parts.push(help.handoffOffer[locale]);
  }
  return paragraphs(...parts);
}

/**
 * Where an open case stands: with whom, its reference, and when they call; with its
 * organisation when there are several.
 */
function activeCase(
  handoff: HandoffConfig,
  escalation: CaseSummary,
  locale: Locale,
  organisation?: string,
): string {
  const texts = escalation.timeGiven
    ? organisation
      ? handoff.texts.activeAtWithRemark
      : handoff.texts.activeWithRemark
    : organisation
      ? handoff.texts.activeAt
      : handoff.texts.active;
  return fill(texts[locale], {
    organisation: organisation ?? '',
    reference: escalation.reference,
    caseworker: addressedIn(escalation.caseworker.name, locale),
    when: escalation.expectedContact.text,
  });
}

/** "de SVB" → "De SVB", "uw gemeente" → "Uw gemeente"; a name that starts upper case stays. */
export function atSentenceStart(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Paragraphs, separated by a blank line: what to do, help, other topics, whom to call. Short
 * blocks are easier to read for a person who reads with difficulty; the pages show them as
 * paragraphs and Bot Framework channels as Markdown paragraphs.
 */
function paragraphs(...blocks: string[]): string {
  return blocks.filter((block) => block.length > 0).join('\n\n');
}

/**
 * Below this confidence an answer also names the next best topics. On the labelled set (session
 * 3), answers under 0.7 were 16 % of all answers but held 43 of the 80 wrong ones, and for 33 of
 * those the right organisation was among the next two.
 */
export const SUGGEST_BELOW = 0.7;
const SUGGESTIONS = 2;
/**
 * A topic scoring under this share of the answer's is no real other reading: on the labelled set
 * (session 31) 159 of 161 such suggestions were wrong, "een zaak starten (Huurcommissie)" beside
 * starting a business among them.
 */
const SUGGEST_MIN_SHARE = 0.1;

/**
 * The next best topics when the router answered but is not sure: offered as a choice, so a
 * wrong first guess costs the person one click, not a wrong phone call. Not after a known
 * confusion's rule (those are certain) nor for a follow-up (the conversation has its subject).
 */
export function suggestedAlternatives(decision: RoutingDecision): Candidate[] {
  if (decision.kind !== 'routed' || decision.rule) return [];
  if (decision.best.confidence >= SUGGEST_BELOW) return [];
  const floor = SUGGEST_MIN_SHARE * decision.best.score;
  return decision.alternatives.filter((c) => c.score >= floor).slice(0, SUGGESTIONS);
}

/**
 * Which organisation and why, or the question back: one paragraph, and the next best topics
 * as a second one when the router is not sure.
 */
function routingParagraphs(
  catalog: Catalog,
  decision: RoutingDecision,
  locale: Locale,
  {
    otherScript = false,
    outside,
    fact,
    factUnknown,
  }: Pick<ReplyExtras, 'otherScript' | 'outside' | 'fact' | 'factUnknown'> = {},
): string[] {
  const { texts } = catalog;
  const parts: string[] = [];
  let options: string | undefined;
  if (decision.kind === 'routed' || decision.kind === 'follow-up') {
    const agency = catalog.agencies.get(decision.best.agencyId);
    const topic = agency?.topics.find((t) => t.id === decision.best.topicId);
    if (agency && topic) {
      // A known confusion explains itself better than the topic's general sentence.
      const rule = decision.kind === 'routed' ? decision.rule : undefined;
      const why = rule ? rule.why[locale] : topic.why[locale];
      if (decision.kind === 'routed') {
        parts.push(
          fill(texts.routed[locale], {
            // "De Belastingdienst kan u helpen", not "Belastingdienst kan u helpen": the
            // sentence starts with the name, so its article takes the capital.
            agency: atSentenceStart(nameInSentence(agency)[locale]),
            // A label, not part of a sentence: "uw vraag over een brief van de overheid
            // begrijpen" and "about cannot log in" did not read.
            topic: topic.name[locale],
          }),
          ...(fact ? [withoutWhatFollows(why, fact[locale]), fact[locale]].filter(Boolean) : [why]),
        );
      } else if (fact) {
        // "en hoe lang duurt dat?" with a fact for it: the fact is the answer.
        parts.push(
          fill(texts.followUpFact[locale], {
            agency: nameInSentence(agency)[locale],
            // A label, as in a first answer: "Over wmo: hulp en zorg thuis: …" did not read.
            topic: topic.name[locale],
            fact: fact[locale],
          }),
        );
      } else if (factUnknown) {
        // "wat kost het?" where no cost is known: the topic's sentence again would not answer.
        parts.push(
          fill(texts.followUpNoFact[factUnknown][locale], {
            agency: nameInSentence(agency)[locale],
            topic: topic.name[locale],
          }),
        );
      } else {
        // "en hoe lang duurt dat?": what we know of the subject again ("binnen 8 weken"), then
        // who knows it exactly; never "I cannot tell you" after an answer that just did.
        parts.push(
          fill(texts.followUp[locale], {
            agency: nameInSentence(agency)[locale],
            topic: inSentence(topic, locale),
            why,
          }),
        );
      }
    } else if (agency && decision.kind === 'routed' && decision.rule) {
      // A rule for a need no topic holds ("een klacht over het UWV"): its sentence explains.
      parts.push(
        fill(texts.routedAgency[locale], {
          agency: atSentenceStart(nameInSentence(agency)[locale]),
        }),
        decision.rule.why[locale],
      );
    } else if (agency) {
      parts.push(agency.description[locale]);
    }
    if (agency) parts.push(fill(texts.website[locale], { url: agency.website }));
    const others = suggestedAlternatives(decision);
    if (others.length > 0) {
      options = fill(texts.otherOptions[locale], {
        options: describeOptions(catalog, others, locale),
      });
    }
  } else if (decision.kind === 'clarify') {
    parts.push(
      fill((decision.again ? texts.clarifyAgain : texts.clarify)[locale], {
        options: describeOptions(catalog, decision.alternatives, locale),
      }),
    );
  } else if (outside) {
    parts.push(outside[locale]);
  } else if (otherScript) {
    parts.push(`${texts.otherLanguage.nl} ${texts.otherLanguage.en}`);
  } else {
    parts.push(texts.notUnderstood[locale]);
  }
  return options ? [parts.join(' '), options] : [parts.join(' ')];
}

/** The contact in words, for every answer and every error. */
export function contactSentence(
  catalog: Catalog,
  contact: Contact,
  locale: Locale,
  direct: boolean | 'phone' = false,
): string {
  const { texts } = catalog;
  const dial =
    contact.kind === 'person'
      ? fill((direct ? texts.contactPersonDirect : texts.contactPerson)[locale], {
          organisation: contact.organisationInSentence,
          name: contact.name,
          phone: contact.phone,
          status: contact.status,
        })
      : fill((direct ? texts.contactDirect : texts.contact)[locale], {
          who: whoAt(catalog, contact.name, contact.agencyId, locale),
          phone: contact.phone,
          status: contact.status,
        });
  // Calling as one way among others: "Wilt u liever bellen? Bel …".
  const call = direct === 'phone' ? `${texts.phoneOption[locale]} ${dial}` : dial;
  const sentences = [
    call,
    ...(contact.howToDial ? [contact.howToDial] : []),
    fill(texts.contactHours[locale], { hours: contact.hours }),
    // After the hours: "Closed now. Opens again at 08:00." is about the number just given.
    ...fromAbroad(texts, contact, locale),
  ];
  if (contact.note) sentences.unshift(contact.note);
  return sentences.join(' ');
}

/**
 * The number to dial from abroad, where 0800, 088 and 1400 numbers do not work: always in
 * English (many who ask in English live abroad), in Dutch when the person says they are abroad.
 * Not when the number to call already is that number, nor at a library kiosk in the Netherlands.
 */
function fromAbroad(texts: Catalog['texts'], contact: Contact, locale: Locale): string[] {
  const phone = contact.phoneAbroad;
  if (!phone || phone === contact.phone || contact.abroad === false) return [];
  if (locale !== 'en' && !contact.abroad) return [];
  return [fill(texts.abroad.line[locale], { phone })];
}

/**
 * How to reach the contact's organisation, asked after an answer: what the catalog says about
 * visiting it (or to call first), a word on English, then the contact with its hours.
 */
export function contactAnswer(
  catalog: Catalog,
  asked: ContactQuestion,
  contact: Contact,
  locale: Locale,
): string {
  const { replies } = catalog.texts.contactQuestions;
  const agency = catalog.agencies.get(contact.agencyId);
  const organisation = contact.organisationInSentence;
  const lead =
    asked === 'visit'
      ? [
          agency?.inPerson?.[locale] ?? fill(replies.visit[locale], { organisation }),
          agency?.appointments?.[locale] ?? '',
        ]
      : asked === 'language'
        ? [replies.language[locale]]
        : [fill(replies.reach[locale], { organisation })];
  return paragraphs(
    lead.filter(Boolean).join(' '),
    contactSentence(catalog, contact, locale, true),
  );
}

/**
 * A person or team with their organisation: "Team WW Klantcontact van het UWV", but
 * "Klachtenlijn Nationale ombudsman" and "Informatiepunt Digitale Overheid in uw bibliotheek" on
 * their own, in either language, since their name already says where they work.
 */
export function whoAt(
  catalog: Pick<Catalog, 'texts' | 'agencies' | 'rosters'>,
  rosterName: string,
  agencyId: string,
  locale: Locale,
): string {
  const agency = catalog.agencies.get(agencyId);
  const name = namedIn(catalog, agencyId, rosterName, locale);
  if (!agency) return name;
  const own = words(name).join(' ');
  const named = [agency.name.nl, agency.name.en].some((organisation) => {
    const core = words(withoutBrackets(organisation).split(',')[0] ?? '').join(' ');
    return core.length > 0 && ` ${own} `.includes(` ${core} `);
  });
  if (named) return name;
  return fill(catalog.texts.contactWho[locale], {
    name,
    organisation: nameInSentence(agency)[locale],
  });
}

/**
 * An organisation's name as a label in brackets: without its article ("het CJIB" is a name in a
 * sentence, not in a label), and its own brackets as a comma ("CJIB, Central …", not "((…))").
 */
export function withoutBrackets(name: string): string {
  return name.replace(/^(de|het|the)\s+/i, '').replace(/\s*\(([^()]*)\)/g, ', $1');
}

function describeOptions(catalog: Catalog, candidates: Candidate[], locale: Locale): string {
  const names = candidates.map((candidate) => {
    const agency = catalog.agencies.get(candidate.agencyId);
    const topic = agency?.topics.find((t) => t.id === candidate.topicId);
    // An option without a topic is the organisation as a whole: its name, never its id.
    if (!agency) return candidate.agencyId;
    return topic
      ? `${inSentence(topic, locale)} (${withoutBrackets(nameInSentence(agency)[locale])})`
      : nameInSentence(agency)[locale];
  });
  const or = locale === 'nl' ? ' of ' : ' or ';
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')}${or}${names.at(-1)}`;
}

/**
 * "Huurtoeslag" reads as "huurtoeslag" mid-sentence; "AOW" and "DigiD aanvragen" stay as they
 * are: a first word with a capital after its first letter is a name or an abbreviation.
 */
function inSentence(topic: Topic, locale: Locale): string {
  const name = topic.name[locale];
  const firstWord = name.split(' ')[0] ?? '';
  return firstWord.slice(1) === firstWord.slice(1).toLowerCase()
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}

/**
 * `why` without its sentences that a sentence of `next` begins with: a rule's why and a fact
 * were written apart, and "Hoeveel u betaalt, hangt af van uw inkomen en vermogen." followed by
 * "Hoeveel u betaalt, hangt af van uw inkomen en vermogen van 2 jaar eerder." read as a slip.
 */
export function withoutWhatFollows(why: string, next: string): string {
  const bare = (sentence: string) =>
    sentence
      .replace(/[.!?]+$/, '')
      .trim()
      .toLowerCase();
  const following = sentencesOf(next).map(bare);
  return sentencesOf(why)
    .filter((sentence) => !following.some((later) => later.startsWith(bare(sentence))))
    .join(' ');
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 0);
}
