import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The Workers suite (`npm run test:workers`): tests/workers run inside workerd against the real
 * Worker from wrangler.toml (`SELF`), with a local D1 migrated from the same drizzle/ files.
 */
export default defineConfig(async (): Promise<ViteUserConfig> => {
  const migrations = await readD1Migrations(fileURLToPath(new URL('./drizzle', import.meta.url)));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            // Test-only: the setup file applies these to the D1 binding before each file.
            TEST_MIGRATIONS: migrations,
            // Request logs are checked by the Node suite; here they would bury the results.
            LOG_LEVEL: 'warn',
          },
        },
      }),
    ],
    test: {
      include: ['tests/workers/**/*.test.ts'],
      setupFiles: ['tests/workers/setup.ts'],
      // In CI a JSON report lets .ci/run add this run to the summary line.
      reporters: process.env.CI
        ? ['default', ['json', { outputFile: '.vitest/results-workers.json' }]]
        : ['default'],
    },
  };
});
