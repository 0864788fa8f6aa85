/**
 * `npx tsx scripts/explain-route.ts "question" [agency-of-context]`: shows how the router reads a
 * question — corrected words, weighted terms, the ranking per agency — and what it decides.
 */
import { buildCore } from '../src/core-deps.js';

const [question = '', agencyId] = process.argv.slice(2);
const { router } = buildCore();
const explain = (router as { explain?: (text: string) => unknown }).explain;
if (explain) console.dir(explain(question), { depth: 4 });
console.dir(router.route(question, agencyId ? { agencyId } : {}), { depth: 4 });
