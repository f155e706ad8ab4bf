// Runs once per `vitest run`, before any test file: the committed bundles (the CLI and
// library in dist/, the Action in action/index.mjs) rebuilt from the current sources, so
// every test that spawns them runs the code under test. esbuild takes a second and writes
// only files whose bytes change; the freshness tests in test/package.test.ts and
// test/action.test.ts then compare them with git. (Deciding by modification times instead
// rebuilt everything on every clean checkout, where git writes dist/ before src/.)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'pipe' });
}
