import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/** Both projects' limits (set per project: `extends` would run the global setup once more each). */
const limits = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/temp-root.ts'],
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine, one worker,
    // idle while an end-to-end test waits on the binary it spawned. One per core halves the run.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    projects: [
      {
        test: {
          ...limits,
          name: 'import',
          include: ['test/unit/import/**/*.test.ts'],
          // The importer's unit tests (most of the files) each load the same ~270 modules of
          // src/import, ~1 s a file when every file gets a fresh module graph. They share no state
          // that a test could change: src/import is pure (no fs, no process, no clock), its only
          // module-level state is caches of pure functions and lazily built word tables, and no
          // file mocks, spies or sets an environment variable. So a worker keeps the loaded modules
          // from one file to the next. They run first (groupOrder), apart from the isolated files,
          // so that a worker is always followed by another file of this project and is reused.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...limits,
          name: 'isolated',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/unit/import/**'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
