/**
 * zod for the Worker bundle, without its 63 locales. `import { z } from 'zod'` (ours and
 * @hono/zod-openapi's) hands the whole namespace around, so esbuild keeps every member of it,
 * locales included: about 260 KiB minified that the service never uses (its messages are
 * English, the default). wrangler.toml aliases "zod" to this file; Node and the tests use zod
 * itself.
 */
import * as members from './zod-members.js';

export * from './zod-members.js';
export { members as z, members as default };
