import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/app.js';

const { router, catalog } = testCore();

describe('the built-in router', () => {
  it.each([
    ['Ik moet mijn huurtoeslag terugbetalen', 'toeslagen'],
    ['wanneer wordt de kinderbijslag betaald', 'svb'],
    ['Hoe vraag ik een WW-uitkering aan?', 'uwv'],
    ['Ik wil mijn studieschuld aflossen', 'duo'],
    ['Hoe betaal ik mijn verkeersboete bij het CJIB?', 'cjib'],
    ['Mijn verblijfsvergunning verloopt, hoe verleng ik die?', 'ind'],
    ['Hoe zet ik een auto op mijn naam? kenteken overschrijven', 'rdw'],
    ['Wanneer moet ik belastingaangifte doen?', 'belastingdienst'],
    ['Ik wil een eenmanszaak inschrijven', 'kvk'],
    ['Mijn paspoort is verlopen, waar vraag ik een nieuw aan?', 'gemeente'],
    ['Ik heb mijn DigiD wachtwoord vergeten', 'digid'],
    ['How do I apply for healthcare allowance?', 'toeslagen'],
    ['When do I get my AOW state pension?', 'svb'],
  ])('sends %j to %s', (question, expected) => {
    const decision = router.route(question);
    expect(decision.kind).toBe('routed');
    if (decision.kind === 'routed') expect(decision.best.agencyId).toBe(expected);
  });

  it("routes the catalog's own example questions to their agency (top 3)", () => {
    const misses: string[] = [];
    let total = 0;
    for (const agency of catalog.agencies.values()) {
      for (const topic of agency.topics) {
        for (const example of topic.examples) {
          total += 1;
          const decision = router.route(example);
          const ids =
            'best' in decision
              ? [decision.best.agencyId, ...decision.alternatives.map((a) => a.agencyId)]
              : decision.alternatives.map((a) => a.agencyId);
          if (!ids.slice(0, 3).includes(agency.id)) misses.push(`${agency.id}: ${example}`);
        }
      }
    }
    expect(misses.length / total, misses.join('\n')).toBeLessThan(0.05);
  });

  it('asks for the subject when nothing fits', () => {
    expect(router.route('xyzzy plugh').kind).toBe('none');
  });

  it("keeps a follow-up without a subject with the conversation's agency", () => {
    const decision = router.route('En hoe lang duurt dat?', {
      agencyId: 'toeslagen',
      topicId: 'huurtoeslag',
    });
    expect(decision.kind).toBe('follow-up');
    if (decision.kind === 'follow-up') expect(decision.best.agencyId).toBe('toeslagen');
  });

  it('switches when the follow-up names a new subject', () => {
    const decision = router.route('Ik heb een vraag over mijn studieschuld', {
      agencyId: 'toeslagen',
    });
    expect(decision.kind).toBe('routed');
    if (decision.kind === 'routed') expect(decision.best.agencyId).toBe('duo');
  });

  it('gives confidences between 0 and 1, best first', () => {
    const decision = router.route('Ik moet mijn huurtoeslag terugbetalen');
    if (decision.kind !== 'routed') throw new Error(`expected routed, got ${decision.kind}`);
    expect(decision.best.confidence).toBeGreaterThan(0.5);
    expect(decision.best.confidence).toBeLessThanOrEqual(1);
    for (const alternative of decision.alternatives) {
      expect(alternative.confidence).toBeLessThanOrEqual(decision.best.confidence);
    }
  });
});
