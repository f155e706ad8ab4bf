import { defineConfig } from 'vitest/config';

// Files that replace a module (vi.mock) need a fresh module graph; the others share one per
// worker, which saves a worker start and the import of the sources for every file (~0.5 s CPU each).
const ISOLATED = ['test/safety.test.ts'];

export default defineConfig({
  test: {
    // The bundles the tests spawn, built once per run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30000,
    pool: 'forks',
    // Every core (vitest's default leaves one idle: on a 2-core runner that is one worker, and
    // most tests wait on child processes).
    maxWorkers: '100%',
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
});
