import { applyD1Migrations, env, SELF } from 'cloudflare:test';

// The same drizzle/ migrations that `wrangler d1 migrations apply` uses; already applied ones are
// skipped, so running this before every file is cheap.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// The Worker imports the app on its first request; inside the test runner every module is then
// transformed one by one, which takes seconds. One request here keeps that out of the tests.
await (await SELF.fetch('https://wegwijzer.test/health')).arrayBuffer();
