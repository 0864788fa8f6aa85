import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/workers run inside workerd with their own config (vitest.workers.config.ts).
    exclude: [...configDefaults.exclude, 'tests/workers/**'],
    environment: 'node',
    // Several tests run the detector or the router over every evaluation text: seconds of work
    // that a busy two-core CI machine stretches past the 5 s default. Speed is measured by
    // `npm run bench`, never by a test's timeout.
    testTimeout: 30_000,
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" summary line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.vitest/results.json' }]]
      : ['default'],
  },
});
