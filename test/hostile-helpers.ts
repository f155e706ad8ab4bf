// Shared by the hostile-input tests: throwaway copies of the seed layout and a CLI runner.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

export const PROJECT = resolve(import.meta.dirname, '..');
export const SEED = fixtureRepo(join(PROJECT, 'fixtures/layouts/seed-compliant'));
/** The package's bin, rebuilt from the sources once per run (test/global-setup.ts): a few bundled modules, not hundreds, load faster. */
export const CLI = join(PROJECT, 'dist/detectviz-lint.cjs');
export const METALLB = 'argocd/apps/infrastructure/metallb';

/** A fresh temp directory (removed by `cleanup`). */
export function tempDir(prefix = 'dvl-hostile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the seed-compliant layout in a temp directory: every file is reachable from the root Application. */
export function seedCopy(): string {
  const dir = tempDir();
  cpSync(SEED, dir, { recursive: true });
  return dir;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs the built CLI (its run cache kept in a throwaway folder, never in the linted tree). */
export function runCli(args: string[], opts: { env?: Record<string, string>; nodeArgs?: string[]; timeout?: number } = {}) {
  const cache = tempDir('dvl-cache-');
  try {
    const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
      encoding: 'utf8',
      timeout: opts.timeout ?? 60_000,
      env: { ...process.env, NO_COLOR: '1', DEBUG: '', DETECTVIZ_LINT_CACHE_DIR: cache, ...opts.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
  } finally {
    cleanup(cache);
  }
}

/** runCli without blocking the test's event loop (for races driven from the test), killed after `timeout`. */
export function runCliAsync(args: string[], timeout = 60_000): Promise<{ status: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null }> {
  const cache = tempDir('dvl-cache-');
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', DEBUG: '', DETECTVIZ_LINT_CACHE_DIR: cache } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b));
    child.stderr.on('data', (b: Buffer) => (stderr += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      cleanup(cache);
      resolvePromise({ status, stdout, stderr, signal });
    });
  });
}
