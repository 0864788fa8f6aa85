/**
 * `npx tsx scripts/explain-route.ts "question" [agency-of-context]`: shows how the router reads a
 * question — corrected words, weighted terms, the ranking per agency — and what it decides.
 */
import { buildCore, buildRouter } from '../src/core-deps.js';

const [question = '', agencyId] = process.argv.slice(2);
const router = buildRouter(buildCore().catalog);
console.dir(router.explain(question), { depth: 4 });
console.dir(router.route(question, agencyId ? { agencyId } : {}), { depth: 4 });
