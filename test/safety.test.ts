// The tool is never a way in: it runs under Node's permission model with read access
// only (no child process, no worker, no write), never writes into the linted tree,
// gives byte-identical output whatever the listing order, and fails with a clear message.
// Runs the bundled CLI, rebuilt from the sources once per run (test/global-setup.ts).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs, { chmodSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { globSync } from 'glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';
import { lint, ruleCatalog } from '../src/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { decideOutcome } from '../src/outcome/policy.js';
import { CLI, cleanup, PROJECT, runCli, SEED, tempDir } from './hostile-helpers.js';

// Discovery order under test control: directory listings shuffled by a seed (undefined: as listed).
const order = { seed: undefined as number | undefined, shuffled: 0 };

/**
 * Puts a readdirSync that shuffles by `order.seed` in node:fs for every importer (its named export
 * included: syncBuiltinESMExports), until the returned function puts the original back. A patch of
 * the one built-in rather than vi.mock, which needs a module graph of its own (an isolated worker).
 */
function shuffleListings(): () => void {
  const original = fs.readdirSync;
  const shuffle = <T>(items: T[], seed: number): T[] => {
    const out = [...items];
    let x = seed;
    for (let i = out.length - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      const j = x % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  fs.readdirSync = ((...args: Parameters<typeof original>) => {
    const found = original(...args) as unknown[];
    if (order.seed === undefined || found.length < 2) return found;
    order.shuffled++;
    return shuffle(found, order.seed);
  }) as typeof original;
  syncBuiltinESMExports();
  return () => {
    fs.readdirSync = original;
    syncBuiltinESMExports();
  };
}

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

const hostile = globSync('fixtures/hostile/*/', { cwd: PROJECT }).map((d) => d.replace(/\/$/, '')).sort();
const sample = ['fixtures/layouts/seed-compliant', ...hostile];
const formatNames = Object.keys(formatters) as (keyof typeof formatters)[];
/** The formatters' context as the CLI builds it without colour. */
const ctx = { color: new Chalk({ level: 0 }), ...ruleCatalog };

/** What the command prints without the sandbox, from the library in process: the CLI's outcome policy and formatter over lint(). */
async function unsandboxed(dir: string, format: keyof typeof formatters): Promise<{ status: number; stdout: string }> {
  const { shown, exitCode } = decideOutcome(await lint(dir), {});
  return { status: exitCode, stdout: formatters[format](shown, ctx) };
}

/** A temporary copy of a (materialised) fixture for the CLI: a repository is its own root, and the shared materialisation is never written to. */
function copyOfFixture(fixture: string): string {
  const dir = tempDir('dvl-safety-');
  made.push(dir);
  cpSync(fixtureRepo(join(PROJECT, fixture)), dir, { recursive: true });
  return dir;
}

/** sha256 over every path (with its type) and content below `dir`, links not followed. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string): void => {
    const full = join(dir, rel);
    const st = lstatSync(full);
    if (st.isSymbolicLink()) hash.update(`L ${rel} -> ${readlinkSync(full)}\n`);
    else if (st.isDirectory()) {
      hash.update(`D ${rel} ${st.mode & 0o777}\n`);
      for (const c of readdirSync(full).sort()) walk(rel ? `${rel}/${c}` : c);
    } else {
      hash.update(`F ${rel} ${st.mode & 0o777}\n`);
      hash.update(readFileSync(full));
    }
  };
  walk('');
  return hash.digest('hex');
}

/** Node 20's permission model: read access to the fixture and the project, nothing else. */
const permissionArgs = (fixture: string) => ['--experimental-permission', `--allow-fs-read=${fixture}`, `--allow-fs-read=${PROJECT}`];
const withoutPermissionWarning = (stderr: string) => stderr.split('\n').filter((l) => l && !/ExperimentalWarning|--trace-warnings/.test(l)).join('\n');

describe('Node permission model: read-only, no child process, no worker', () => {
  it('the sandbox really denies what it should (sanity check)', () => {
    // One --allow-fs-read only: Node 20 aborts when the same path is given twice.
    const probe = (code: string) => spawnSync(process.execPath, ['--experimental-permission', `--allow-fs-read=${PROJECT}`, '-e', code], { encoding: 'utf8' });
    expect(probe("require('child_process').execFileSync('true')").stderr).toContain('ERR_ACCESS_DENIED');
    expect(probe("require('fs').writeFileSync('/tmp/dvl-should-not-exist', 'x')").stderr).toContain('ERR_ACCESS_DENIED');
    expect(probe("require('fs').readFileSync('/etc/hostname')").stderr).toContain('ERR_ACCESS_DENIED');
  });

  it.each(sample)('%s: same exit code and output as without the permission model', async (fixture) => {
    const dir = copyOfFixture(fixture);
    const seed = fixture === sample[0];
    for (const format of seed ? (['stylish', 'json'] as const) : (['json'] as const)) {
      // The seed is compared with a real run without the sandbox, which must print what the library
      // prints in process; the other fixtures are compared with the library in process (a process less each).
      const free = seed ? runCli([dir, '-f', format]) : await unsandboxed(dir, format);
      if (seed) expect(free.stdout).toBe((await unsandboxed(dir, format)).stdout);
      const boxed = runCli([dir, '-f', format], { nodeArgs: permissionArgs(dir) });
      expect([0, 1]).toContain(free.status);
      expect(boxed.status, withoutPermissionWarning(boxed.stderr)).toBe(free.status);
      expect(withoutPermissionWarning(boxed.stderr)).toBe('');
      expect(boxed.stdout).toBe(free.stdout);
    }
  });
});

describe('never writes into the linted tree', () => {
  it.each(sample.slice(0, 2))('%s: the tree hashes the same after a run in every format', (fixture) => {
    const dir = copyOfFixture(fixture);
    const before = hashTree(dir);
    const out = tempDir('dvl-out-');
    const cache = tempDir('dvl-cache-');
    made.push(out, cache);
    // The first run analyses and fills the cache (outside the tree), the others print from it.
    const env = { DETECTVIZ_LINT_CACHE_DIR: cache };
    for (const format of formatNames) {
      const r = runCli([dir, '-f', format], { env });
      expect([0, 1], `${format}: ${r.stderr}`).toContain(r.status);
    }
    expect(readdirSync(cache), 'the cache is written outside the tree').not.toEqual([]);
    const toFile = runCli([dir, '-f', 'json', '-o', join(out, 'report.json')], { env });
    expect([0, 1], toFile.stderr).toContain(toFile.status);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
    expect(hashTree(dir)).toBe(before);
  });
});

describe('deterministic output', () => {
  const render = async (dir: string) => {
    const result = await lint(dir);
    return formatNames.map((f) => formatters[f](result, ctx)).join('\n\u0000\n');
  };

  let restore: () => void;
  beforeAll(() => {
    restore = shuffleListings();
  });
  afterAll(() => restore());

  it.each(sample)('%s: byte-identical in every format whatever the discovery order, run after run', async (fixture) => {
    const dir = fixtureRepo(join(PROJECT, fixture));
    order.seed = undefined;
    const reference = await render(dir);
    try {
      for (const seed of [1, 2, 3, 4]) {
        order.seed = seed;
        const before = order.shuffled;
        expect(await render(dir)).toBe(reference);
        expect(order.shuffled, 'discovery listed directories through the shuffled readdirSync').toBeGreaterThan(before);
      }
    } finally {
      order.seed = undefined;
    }
    expect(await render(dir)).toBe(reference);
  });
});

describe('exit code 2 says what and where, without a stack trace', () => {
  const asNobody = process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;

  it('a root directory without read permission', (ctx) => {
    if (process.getuid?.() === 0 && !asNobody) {
      console.warn('skipped: running as root (chmod 000 does not stop root) and runuser -u nobody is not available');
      ctx.skip();
    }
    const parent = tempDir('dvl-noread-');
    made.push(parent);
    chmodSync(parent, 0o755);
    const root = join(parent, 'repo');
    cpSync(SEED, root, { recursive: true });
    chmodSync(root, 0o000);
    try {
      const cmd = asNobody ? ['runuser', ['-u', 'nobody', '--', process.execPath, CLI, root, '--no-cache']] : [process.execPath, [CLI, root, '--no-cache']];
      const r = spawnSync(cmd[0] as string, cmd[1] as string[], { encoding: 'utf8', env: { ...process.env, DEBUG: '' } });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(lines[0]).toContain(root);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      chmodSync(root, 0o755);
    }
  });

  it('DEBUG=1 shows the stack of an internal error, and only then', () => {
    const parent = tempDir('dvl-inject-');
    made.push(parent);
    const root = join(parent, 'INJECT-FAILURE');
    cpSync(SEED, root, { recursive: true });
    // A preload that makes realpath fail for this one root: an internal error, safely.
    const inject = 'data:text/javascript,' + encodeURIComponent(
      'import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module";' +
      'const real = fs.realpathSync; fs.realpathSync = (p, ...a) => { if (String(p).includes("INJECT-FAILURE")) throw new Error("injected failure"); return real(p, ...a); };' +
      'syncBuiltinESMExports();',
    );
    const quiet = runCli([root], { nodeArgs: ['--import', inject] });
    expect(quiet.status).toBe(2);
    expect(quiet.stderr).toContain('internal error: injected failure');
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    expect(quiet.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    const loud = runCli([root], { nodeArgs: ['--import', inject], env: { DEBUG: '1' } });
    expect(loud.status).toBe(2);
    expect(loud.stderr).toMatch(/Error: injected failure\n\s+at /);
  });
});
