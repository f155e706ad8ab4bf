// The sources and rules type-check (tsconfig.json, strict). Under `npm test` this is the
// outcome of the compiler's run that test/global-setup.ts started beside the tests (which
// also writes dist/src and the dist/types declarations); run otherwise, the check alone.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { backgroundCompile } from './compile-run.js';

it('the sources and rules type-check without a diagnostic', async () => {
  const outcome = (await backgroundCompile()) ?? checkOnly();
  expect(outcome.output).toBe('');
  expect(outcome.status).toBe(0);
}, 180_000);

function checkOnly() {
  const r = spawnSync(process.execPath, ['scripts/compile.mjs', '--no-emit'], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}
