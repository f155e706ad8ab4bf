import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The bundles the tests spawn, built once per run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30000,
    pool: 'forks',
    // Every core (vitest's default leaves one idle: on a 2-core runner that is one worker, and
    // most tests wait on child processes).
    maxWorkers: '100%',
    // One module graph per worker, shared by the files it runs: saves a worker start and the
    // import of the sources for every file (~0.5 s CPU each). So no file replaces a module
    // (vi.mock would reach the files after it): test/safety.test.ts patches a built-in for the
    // length of its tests instead.
    isolate: false,
  },
});
