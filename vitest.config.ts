import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/workers run inside workerd with their own config (vitest.workers.config.ts).
    exclude: [...configDefaults.exclude, 'tests/workers/**'],
    environment: 'node',
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" summary line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.vitest/results.json' }]]
      : ['default'],
  },
});
