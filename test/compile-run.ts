// The compiler's run of `npm test` (scripts/compile.mjs: the type check, dist/src and the
// dist/types declarations), which test/global-setup.ts starts beside the tests: the files
// that read its outcome or its output wait for it here.
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';

export const COMPILE_OUTCOME = 'compileOutcome';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the outcome of the compiler's run will be written; undefined when the run is not `npm test`. */
    [COMPILE_OUTCOME]: string | undefined;
  }
}

export interface CompileOutcome {
  status: number | null;
  /** What the compiler printed (its diagnostics). */
  output: string;
}

/** Whether this is `npm test` (npm names the script it runs in the environment), which compiles in the background. */
export function underNpmTest(): boolean {
  return process.env.npm_lifecycle_event === 'test';
}

/** The outcome of `npm test`'s compiler run, once it has written dist/; undefined in a run that is not `npm test` (nothing compiles). */
export async function backgroundCompile(): Promise<CompileOutcome | undefined> {
  const file = inject(COMPILE_OUTCOME);
  if (file === undefined) return undefined;
  while (!existsSync(file)) await new Promise((done) => setTimeout(done, 100));
  return JSON.parse(readFileSync(file, 'utf8')) as CompileOutcome;
}
