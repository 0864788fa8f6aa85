import type { Catalog } from '../../catalog/catalog.js';
import { contactSentence } from '../../core/compose.js';
import { redact } from '../../core/redact.js';
import { required, type TurnStep } from '../context.js';

/**
 * Last checks on the answer, whoever wrote it: never echo personal data, never leave out the
 * human contact. An answer that fails is repaired rather than refused.
 */
export const guardReply: TurnStep = {
  name: 'guard',
  run(context, deps) {
    const contact = required(context.contact, 'contact');
    let reply = redactAllButPublicNumbers(required(context.reply, 'reply'), deps.catalog).trim();
    if (!reply.includes(contact.phone)) {
      reply = `${reply}\n\n${contactSentence(deps.catalog, contact, context.locale)}`.trim();
    }
    context.reply = reply;
  },
};

const publicNumbers = new WeakMap<Catalog, string[]>();

/**
 * Organisations' own numbers (a CJIB landline looks like anyone's) are facts we publish, not
 * personal data, so they are kept while everything around them is redacted.
 */
function redactAllButPublicNumbers(text: string, catalog: Catalog): string {
  let numbers = publicNumbers.get(catalog);
  if (!numbers) {
    numbers = [...catalog.agencies.values()]
      .flatMap((agency) => agency.phones.map((line) => line.number))
      .sort((a, b) => b.length - a.length);
    publicNumbers.set(catalog, numbers);
  }
  const kept = numbers.filter((number) => text.includes(number));
  if (kept.length === 0) return redact(text).text;
  const pattern = new RegExp(
    kept.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  let result = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    result += redact(text.slice(last, match.index)).text + match[0];
    last = match.index + match[0].length;
  }
  return result + redact(text.slice(last)).text;
}
