import { publicPhoneNumbers, type Catalog } from '../../catalog/catalog.js';
import { contactSentence } from '../../core/compose.js';
import { addressedIn } from '../../core/contact.js';
import { redact } from '../../core/redact.js';
import { required, type TurnContext, type TurnStep } from '../context.js';

/**
 * Last checks on the answer, whoever wrote it: never echo personal data, never leave out the
 * human contact. An answer that fails is repaired rather than refused.
 */
export const guardReply: TurnStep = {
  name: 'guard',
  run(context, deps) {
    const contact = required(context.contact, 'contact');
    let reply = redactAllButPublicFacts(
      required(context.reply, 'reply'),
      deps.catalog,
      staffNamed(context),
    ).trim();
    if (!reply.includes(contact.phone)) {
      reply = `${reply}\n\n${contactSentence(deps.catalog, contact, context.locale)}`.trim();
    }
    context.reply = reply;
  },
};

/**
 * The names of the staff this answer speaks of: a caseworker who picked up or closed the case
 * signs in with a name that no roster lists ("Meneer A. El Amrani"), and it is no personal data
 * of the citizen's.
 */
function staffNamed(context: TurnContext): string[] {
  const cases = [context.escalation, ...(context.otherCases ?? [])];
  return [
    ...cases.flatMap((one) => (one ? [one.caseworker.name] : [])),
    ...(context.closedCase ? [context.closedCase.claimedByName ?? ''] : []),
  ].filter((name) => name.length > 0);
}

const publicFacts = new WeakMap<Catalog, string[]>();

/**
 * Organisations' own numbers (a CJIB landline looks like anyone's) and the names of the staff
 * we name ("Mevrouw S. (Sanne) de Vries", in English replies "Team Benefit Repayments") are
 * facts we publish, not personal data, so they are kept while everything around them is redacted.
 */
function redactAllButPublicFacts(text: string, catalog: Catalog, staff: string[]): string {
  let facts = publicFacts.get(catalog);
  if (!facts) {
    facts = [
      ...publicPhoneNumbers(catalog),
      ...[...catalog.rosters.values()].flatMap((roster) =>
        roster.contacts.flatMap((c) => [...asAddressed(c.name), ...(c.nameEn ? [c.nameEn] : [])]),
      ),
    ].sort((a, b) => b.length - a.length);
    publicFacts.set(catalog, facts);
  }
  const kept = [...staff.flatMap(asAddressed), ...facts]
    .filter((fact) => text.includes(fact))
    .sort((a, b) => b.length - a.length);
  if (kept.length === 0) return redact(text).text;
  // Never inside a longer number: "112" is public, the same digits in a BSN are not.
  const pattern = new RegExp(
    `(?<!\\p{N})(?:${kept.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{N})`,
    'gu',
  );
  let result = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    result += redact(text.slice(last, match.index)).text + match[0];
    last = match.index + match[0].length;
  }
  return result + redact(text.slice(last)).text;
}

/** A staff name as both languages write it ("Mevrouw S. de Vries", "Ms S. de Vries"). */
function asAddressed(name: string): string[] {
  const english = addressedIn(name, 'en');
  return english === name ? [name] : [name, english];
}
