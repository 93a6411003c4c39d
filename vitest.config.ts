import { defineConfig } from 'vitest/config';

// Three tiers, one command (`npm test`). The integration and browser tiers share one embedded
// PostgreSQL server per run (test/helpers/global-setup.ts); each test file gets a fresh database.
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.spec.ts', 'test/http/**/*.spec.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.spec.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // A swap after a click can take more than the default second while the unit and integration
          // tiers share the two cores; the tests still wait for what a person would see.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
