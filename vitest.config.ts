import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The bundles the tests spawn, built once per run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30000,
    pool: 'forks',
    // Every core (vitest's default leaves one idle: on a 2-core runner that is one worker, and
    // most tests wait on child processes).
    maxWorkers: '100%',
  },
});
