import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that wait for the compiler's run beside the tests (test/global-setup.ts): run last, when
 * it has had the CPU the other files left, so that they never hold a worker while it runs.
 */
const AFTER_COMPILE = ['test/typecheck.test.ts', 'test/fixture-repo.test.ts'];

/** vitest's order (failed first, then the longest), with the files that wait for the compiler last. */
class CompilerLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const waits = (spec: TestSpecification) => AFTER_COMPILE.some((file) => spec.moduleId.endsWith(`/${file}`));
    return [...sorted.filter((spec) => !waits(spec)), ...sorted.filter(waits)];
  }
}

export default defineConfig({
  test: {
    // The bundles the tests spawn, built once per run, and the compiler's run beside them.
    globalSetup: ['test/global-setup.ts'],
    sequence: { sequencer: CompilerLastSequencer },
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
