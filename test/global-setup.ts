// Runs once per `vitest run`, before any test file: the committed bundles (the CLI and
// library in dist/, the Action in action/index.mjs) rebuilt from the current sources, so
// every test that spawns them runs the code under test. esbuild takes a second and writes
// only files whose bytes change; the freshness tests in test/package.test.ts and
// test/action.test.ts then compare them with git. (Deciding by modification times instead
// rebuilt everything on every clean checkout, where git writes dist/ before src/.)
//
// Under `npm test` it also starts the compiler's run (scripts/compile.mjs: the type check,
// dist/src and the dist/types declarations) beside the tests rather than before them (it
// kept one core busy for ~8 s while the other waited), at a lower priority: it takes the
// CPU the tests leave, and never slows their time-bounded checks much. The files that read
// its outcome or its output wait for it (test/compile-run.ts); the run ends after it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { COMPILE_OUTCOME, underNpmTest, type CompileOutcome } from './compile-run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Linux's nice 10: about a tenth of a core's share against a test worker. */
const BACKGROUND_NICENESS = 10;

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  // The tests never touch the network, and Node reads an extra CA bundle at the start of every
  // process when this is set (~90 ms CPU each with the system bundle; the suite starts hundreds).
  // Deleted here, before the workers start, so no process of the run inherits it.
  delete process.env.NODE_EXTRA_CA_CERTS;
  const compiling = underNpmTest() ? compileInBackground() : undefined;
  project.provide(COMPILE_OUTCOME, compiling?.outcomeFile);
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: ROOT, stdio: 'pipe' });
  return compiling?.teardown;
}

/** Starts scripts/compile.mjs; its outcome is written to `outcomeFile` (whole, by a rename) when it ends. */
function compileInBackground(): { outcomeFile: string; teardown: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'dvl-compile-'));
  const outcomeFile = join(dir, 'outcome.json');
  const child = spawn(process.execPath, ['scripts/compile.mjs'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) setPriority(child.pid, BACKGROUND_NICENESS);
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b));
  child.stderr.on('data', (b: Buffer) => (output += b));
  const ended = new Promise<void>((resolve) => {
    child.on('close', (status, signal) => {
      const outcome: CompileOutcome = { status, output: signal ? `${output}killed by ${signal}` : output };
      writeFileSync(`${outcomeFile}.tmp`, JSON.stringify(outcome));
      renameSync(`${outcomeFile}.tmp`, outcomeFile);
      resolve();
    });
  });
  return {
    outcomeFile,
    teardown: async () => {
      await ended;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
