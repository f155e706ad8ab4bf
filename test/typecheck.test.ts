// What the compiler says and writes (scripts/compile.mjs, tsconfig.json and tsconfig.types.json).
// Under `npm test` this is the compiler's run that test/global-setup.ts started beside the tests,
// which writes dist/src and the dist/types declarations; run otherwise, this file checks without
// output and writes the declarations alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backgroundCompile, type CompileOutcome } from './compile-run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The compiler's run of `npm test`, else a check without output and the declarations written by themselves (--noCheck: the same files as a checked build's, in half the time). */
async function compiled(): Promise<CompileOutcome> {
  const background = await backgroundCompile();
  if (background) return background;
  const r = spawnSync(process.execPath, ['scripts/compile.mjs', '--no-emit'], { cwd: ROOT, encoding: 'utf8' });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--noCheck'], { cwd: ROOT, stdio: 'pipe' });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('the compiler', () => {
  let outcome: Promise<CompileOutcome>;
  const once = () => (outcome ??= compiled());

  it('finds no diagnostic in the sources and rules (strict)', async () => {
    const { status, output } = await once();
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 180_000);

  it('writes the committed declarations (dist/types, what installs from a commit type-check against)', async (ctx) => {
    await once();
    const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });
    if (inGit.status !== 0 || inGit.stdout.trim() !== 'true') return ctx.skip('not a git checkout');
    // Changed, deleted or new (untracked) declarations.
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist/types'], { cwd: ROOT, encoding: 'utf8' });
    expect(status.stdout, 'the declarations are stale: run `npm run build` and commit dist/types').toBe('');
  }, 180_000);
});
