import { z } from 'zod';
import lexiconData from '../data/lexicon.json';
import rulesData from '../data/routing-rules.json';
import handoffData from '../data/handoff.json';
import { buildCatalog, type Catalog } from './catalog/catalog.js';
import { catalogSources } from './catalog/sources.js';
import { dutchHolidays, type HolidayCalendar } from './core/holidays.js';
import { createLanguageDetector } from './core/language.js';
import { createRouter, type Router } from './core/routing/router.js';
import { routingRulesSchema } from './core/routing/rules.js';
import type { Locale } from './catalog/texts.js';
import { handoffConfigSchema, type HandoffConfig } from './core/handoff/config.js';

const lexiconSchema = z.object({
  stopwords: z.object({ nl: z.array(z.string()), en: z.array(z.string()) }),
});

/** The pure core, built from `data/`: the same for Node, Workers, tests, eval and bench. */
export interface Core {
  catalog: Catalog;
  calendar: HolidayCalendar;
  router: Router;
  detectLanguage: (text: string) => Locale | undefined;
  handoff: HandoffConfig;
}

/** Validates all content and builds the router; throws with every problem listed when data is invalid. */
export function buildCore(): Core {
  const catalog = buildCatalog(catalogSources);
  const lexicon = lexiconSchema.parse(lexiconData);
  const { rules } = routingRulesSchema.parse(rulesData);
  return {
    catalog,
    calendar: dutchHolidays,
    router: createRouter(catalog, { ...lexicon, rules }),
    detectLanguage: createLanguageDetector(lexicon),
    handoff: handoffConfigSchema.parse(handoffData),
  };
}
