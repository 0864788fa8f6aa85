/**
 * zod for the Worker bundle, without its 63 locales. `import { z } from 'zod'` (ours and
 * @hono/zod-openapi's) hands the whole namespace around, so esbuild keeps every member of it,
 * locales included: about 260 KiB minified that the service never uses (its messages are
 * English, the default). wrangler.toml aliases "zod" to this file; Node and the tests use zod
 * itself.
 *
 * It also leaves out two opt-in tools that nothing in the Worker calls: the ahead-of-time
 * schema compiler (`compile`, `withParser`, …) and the JSON Schema reader (`fromJSONSchema`).
 * Schemas parse without them. Together they are about 14 KiB gzipped of the bundle's budget
 * (ADR 12); tests/deploy/worker-bundle.test.ts names them and checks that no module of the
 * build, ours or a library's, mentions them.
 */
import * as members from './zod-members.js';

export * from './zod-members.js';
export { members as z, members as default };
