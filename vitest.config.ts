import { defineConfig } from 'vitest/config';

// Three tiers, one command (`npm test`). The integration and browser tiers share one embedded
// PostgreSQL server per run (test/helpers/global-setup.ts); each test file gets a fresh database.
// Timeouts are hang guards, not speed checks (speed lives in `npm run bench`): the CI machine has run the
// suite 2.4× slower than a quiet development machine, so each tier's guard leaves that much room and more.
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.spec.ts'],
          // Unit specs share nothing but the modules they import, so one worker reuses them instead of
          // importing them afresh for every file (that import had been 40 % of the tier's time).
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.spec.ts', 'test/http/**/*.spec.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          // Each file builds its own app on its own database (useTestApp), and no spec changes the
          // environment or global state, so files share the imported modules instead of loading the whole
          // app afresh each time (import had been about a quarter of the suite's time).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.spec.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A swap after a click can take more than the default second while the unit and integration
          // tiers share the two cores; the tests still wait for what a person would see.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
