import { describe, expect, it } from 'vitest';
import { chooseContact } from '../../../src/core/contact.js';
import { newTurnContext, type TurnDeps } from '../../../src/turn/context.js';
import { guardReply } from '../../../src/turn/steps/guard.js';
import { testCore, WEDNESDAY_MORNING } from '../../support/app.js';

const core = testCore();
const deps = core as unknown as TurnDeps;

function guarded(
  reply: string,
  agencyId: string | null = 'cjib',
  locale: 'nl' | 'en' = 'nl',
  topicId: string | null = null,
) {
  const context = newTurnContext({ message: 'x', channel: 'web', locale }, WEDNESDAY_MORNING);
  context.contact = chooseContact(core.catalog, core.calendar, {
    agencyId,
    topicId,
    now: WEDNESDAY_MORNING,
    locale,
  });
  context.reply = reply;
  guardReply.run(context, deps);
  return { reply: context.reply ?? '', contact: context.contact };
}

describe('the answer guard', () => {
  it('removes personal data that an answer repeats', () => {
    const { reply } = guarded('Uw BSN 111222333 en IBAN NL91ABNA0417164300 hebben wij gezien.');
    expect(reply).not.toMatch(/111222333|NL91ABNA0417164300/);
    expect(reply).toContain('[BSN]');
  });

  it('redacts a BSN that holds a public number such as 112 inside it', () => {
    const { reply } = guarded('Bel 112. Uw BSN is 111222333.');
    expect(reply).toContain('Bel 112.');
    expect(reply).not.toContain('111222333');
  });

  it('keeps the public numbers of organisations, which look like personal ones', () => {
    const { reply, contact } = guarded('Bel het CJIB.');
    expect(reply).toContain(contact.phone);
    const again = guarded(reply);
    expect(again.reply).toBe(reply);
  });

  it('adds the named contact when an answer left it out', () => {
    const { reply, contact } = guarded('Het CJIB int boetes.');
    expect(reply).toContain(contact.name);
    expect(reply).toContain(contact.phone);
  });

  it("keeps a team's English name in an English answer, and adds it when the answer left it out", () => {
    const named =
      'Call Team Benefit Repayments at the Benefits Office (Dienst Toeslagen): 0800-0543.';
    expect(guarded(named, 'toeslagen', 'en', 'terugbetalen').reply).toBe(named);
    const { reply } = guarded(
      'The Benefits Office pays allowances.',
      'toeslagen',
      'en',
      'terugbetalen',
    );
    expect(reply).toContain('Team Benefit Repayments');
    expect(reply).not.toContain('Terugvordering');
  });

  it('keeps the number to dial from abroad, which looks like a personal one', () => {
    const said = 'Calling from outside the Netherlands? Call +31 55 538 53 85.';
    expect(guarded(said, 'toeslagen', 'en').reply).toContain('+31 55 538 53 85');
  });

  it('keeps the municipality dialling pattern', () => {
    const { reply } = guarded('Bel uw gemeente.', 'gemeente');
    expect(reply).toContain('14 + netnummer');
  });
});
