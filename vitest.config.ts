import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files in name order: the browser journeys share one server, and dashboard.e2e checks the untouched demo figures first. */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

/**
 * Three projects: pure unit tests, the API suite on a real PostgreSQL (embedded, or the server named by
 * PILAR_TEST_DATABASE_URL), and browser journeys in Chromium. `npm test` runs them all (scripts/test.ts).
 */
export default defineConfig({
  test: {
    teardownTimeout: 30_000,
    sequence: { sequencer: ByName },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'web/src/**/*.test.{ts,tsx}',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/*.api.test.ts', '**/node_modules/**'],
          // Rendering a whole page in jsdom takes seconds on a busy two-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['server/**/*.api.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // A journey runs axe on every page it visits; on a busy two-core machine one takes minutes.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
