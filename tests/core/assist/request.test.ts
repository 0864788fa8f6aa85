import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assistPromptSchema } from '../../../src/core/assist/prompt.js';
import { assistMessages, catalogListing } from '../../../src/core/assist/request.js';
import type { RoutingDecision } from '../../../src/core/routing/router.js';
import { testCore } from '../../support/app.js';

const { catalog, assistPrompt } = testCore();
const decision: RoutingDecision = {
  kind: 'routed',
  best: { agencyId: 'toeslagen', topicId: 'huurtoeslag', confidence: 0.62, score: 50 },
  alternatives: [{ agencyId: 'belastingdienst', topicId: 'aangifte', confidence: 0.31, score: 25 }],
};

describe('the request to the language model', () => {
  it('is prompts/assist.json, valid', () => {
    const raw: unknown = JSON.parse(readFileSync('prompts/assist.json', 'utf8'));
    expect(assistPromptSchema.parse(raw)).toEqual(assistPrompt);
  });

  it("lists every organisation of the catalog with its topics' ids", () => {
    const listing = catalogListing(catalog);
    for (const agency of catalog.agencies.values()) {
      expect(listing).toContain(`- ${agency.id}: `);
      for (const topic of agency.topics) expect(listing).toContain(`${topic.id} (`);
    }
  });

  it("holds the prompt, the router's guesses, the last earlier messages and the message", () => {
    const [system, user] = assistMessages(catalog, assistPrompt, {
      text: 'Mijn BSN is [BSN] en ik moet terugbetalen',
      history: ['eerste', 'tweede', 'derde', 'vierde', 'vijfde'],
      decision,
      locale: 'nl',
    });
    expect(system).toEqual({ role: 'system', content: assistPrompt.system });
    expect(user?.role).toBe('user');
    expect(user?.content).toContain(
      "Built-in router's guesses: toeslagen (0.62), belastingdienst (0.31)",
    );
    expect(user?.content).toContain(
      'Earlier messages, oldest first:\n- tweede\n- derde\n- vierde\n- vijfde',
    );
    expect(user?.content).not.toContain('- eerste');
    expect(user?.content).toMatch(/Latest message:\nMijn BSN is \[BSN\] en ik moet terugbetalen$/);
  });

  it('says so when there are no guesses and no earlier messages', () => {
    const [, user] = assistMessages(catalog, assistPrompt, {
      text: 'Hallo',
      history: [],
      decision: { kind: 'none', alternatives: [] },
      locale: 'en',
    });
    expect(user?.content).toContain("Built-in router's guesses: none");
    expect(user?.content).toContain('Earlier messages: none');
    expect(user?.content).toContain('Language of the conversation: English');
  });
});
