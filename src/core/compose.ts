import { nameInSentence, type Catalog } from '../catalog/catalog.js';
import type { Topic } from '../catalog/schema.js';
import { fill, type Locale } from '../catalog/texts.js';
import type { Contact } from './contact.js';
import type { Candidate, RoutingDecision } from './routing/router.js';

/**
 * The built-in answer: which organisation, why that one, where to look, and whom to call.
 * Plain sentences from `data/texts.json`, so that every answer can be read aloud at a kiosk.
 */
export function composeReply(
  catalog: Catalog,
  decision: RoutingDecision,
  contact: Contact,
  locale: Locale,
): string {
  const { texts } = catalog;
  const parts: string[] = [];

  if (decision.kind === 'routed' || decision.kind === 'follow-up') {
    const agency = catalog.agencies.get(decision.best.agencyId);
    const topic = agency?.topics.find((t) => t.id === decision.best.topicId);
    if (agency && topic) {
      const template = decision.kind === 'routed' ? texts.routed : texts.followUp;
      parts.push(
        fill(template[locale], {
          agency: (decision.kind === 'routed' ? agency.name : nameInSentence(agency))[locale],
          topic: inSentence(topic, locale),
        }),
      );
      // A known confusion explains itself better than the topic's general sentence.
      parts.push(
        decision.kind === 'routed' && decision.rule ? decision.rule.why[locale] : topic.why[locale],
      );
    } else if (agency) {
      parts.push(agency.description[locale]);
    }
    if (agency) parts.push(fill(texts.website[locale], { url: agency.website }));
  } else if (decision.kind === 'clarify') {
    parts.push(
      fill(texts.clarify[locale], {
        options: describeOptions(catalog, decision.alternatives, locale),
      }),
    );
  } else {
    parts.push(texts.notUnderstood[locale]);
  }

  parts.push(contactSentence(catalog, contact, locale));
  return parts.join(' ');
}

/** The contact in words, for every answer and every error. */
export function contactSentence(catalog: Catalog, contact: Contact, locale: Locale): string {
  const { texts } = catalog;
  const sentences = [
    fill(texts.contact[locale], {
      name: contact.name,
      organisation: contact.organisationInSentence,
      phone: contact.phone,
      status: contact.status,
    }),
    fill(texts.contactHours[locale], { hours: contact.hours }),
  ];
  if (contact.note) sentences.unshift(contact.note);
  return sentences.join(' ');
}

function describeOptions(catalog: Catalog, candidates: Candidate[], locale: Locale): string {
  const names = candidates.map((candidate) => {
    const agency = catalog.agencies.get(candidate.agencyId);
    const topic = agency?.topics.find((t) => t.id === candidate.topicId);
    return topic && agency
      ? `${inSentence(topic, locale)} (${nameInSentence(agency)[locale]})`
      : candidate.agencyId;
  });
  const or = locale === 'nl' ? ' of ' : ' or ';
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')}${or}${names.at(-1)}`;
}

/** "Huurtoeslag" reads as "huurtoeslag" mid-sentence; "AOW" stays as it is. */
function inSentence(topic: Topic, locale: Locale): string {
  const name = topic.name[locale];
  const second = name.charAt(1);
  return second && second === second.toLowerCase()
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}
