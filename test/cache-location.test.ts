// --cache-location, as a user runs it (the built command line): the cache is written in the
// folder asked for and nowhere else (not the linted tree, not the default location), --no-cache
// reads and writes nothing anywhere, and a folder inside the linted tree is refused.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/detectviz-lint.cjs');
const STACK_FRAME = /^\s+at /m;

let tmp: string;
let fixture: string;

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'dvl-cache-location-'));
  // One error finding (version-skew is a warning; missing-reference an error): exit 1 when linted.
  fixture = fixtureRepo(join(ROOT, 'fixtures/missing-reference/apply-of-file-never-written'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every entry below a folder with its type, size, mtime and content hash: any write shows. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = statSync(p);
      const hash = e.isFile() ? createHash('sha256').update(readFileSync(p)).digest('hex') : '';
      out.push(`${relative(dir, p)} ${e.isDirectory() ? 'dir' : 'file'} ${st.size} ${st.mtimeMs} ${hash}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Files (not folders) below a folder, relative to it. */
const filesUnder = (dir: string): string[] => (existsSync(dir) ? snapshot(dir).filter((l) => l.split(' ')[1] === 'file').map((l) => l.split(' ')[0]) : []);

interface Sandbox {
  repo: string;
  /** Where the cache would go by default, each empty at the start: HOME, XDG_CACHE_HOME, DETECTVIZ_LINT_CACHE_DIR. */
  home: string;
  xdg: string;
  envDir: string;
  /** The working directory of the runs, and their TMPDIR. */
  cwd: string;
  tmpDir: string;
  run(args: string[], env?: Record<string, string | undefined>, timeoutMs?: number): SpawnSyncReturns<string>;
}

/** A copy of the fixture (a git root, so that a folder of it lints the whole copy) and empty default locations. */
function sandbox(name: string): Sandbox {
  const base = join(tmp, name);
  const repo = join(base, 'repo');
  cpSync(fixture, repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  const [home, xdg, envDir, cwd, tmpDir] = ['home', 'xdg', 'env-cache', 'cwd', 'tmp'].map((d) => {
    mkdirSync(join(base, d));
    return join(base, d);
  });
  const run = (args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): SpawnSyncReturns<string> => {
    const inherited = { ...process.env };
    for (const k of ['DEBUG', 'NO_COLOR', 'FORCE_COLOR', 'DETECTVIZ_LINT_CACHE_DIR', 'XDG_CACHE_HOME']) delete inherited[k];
    const all: Record<string, string | undefined> = { ...inherited, HOME: home, XDG_CACHE_HOME: xdg, DETECTVIZ_LINT_CACHE_DIR: envDir, TMPDIR: tmpDir, ...env };
    for (const [k, v] of Object.entries(all)) if (v === undefined) delete all[k];
    return spawnSync(process.execPath, [BIN, ...args, '--no-color'], { cwd, env: all, encoding: 'utf8', timeout: timeoutMs });
  };
  return { repo, home, xdg, envDir, cwd, tmpDir, run };
}

/** Exit 2, nothing on stdout, one line on stderr matching every pattern, no stack trace. */
function expectRefused(r: SpawnSyncReturns<string>, ...patterns: RegExp[]): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/internal error|DEBUG=1/);
  for (const p of patterns) expect(r.stderr).toMatch(p);
}

describe('--cache-location', () => {
  it('writes the cache where asked and nowhere else, and the warm run prints the same bytes', () => {
    const s = sandbox('asked');
    const tree = snapshot(s.repo);
    const location = join(tmp, 'asked-cache');
    const uncached = s.run([s.repo, '--no-cache']);
    expect(uncached.status, uncached.stderr).toBe(1);
    expect(uncached.stdout).toContain('missing-reference');
    const cold = s.run([s.repo, '--cache-location', location]);
    const warm = s.run([s.repo, '--cache-location', location]);
    for (const r of [cold, warm]) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toBe(uncached.stdout);
      expect(r.stderr).toBe('');
    }
    expect(filesUnder(location).length).toBeGreaterThan(0);
    expect(snapshot(s.repo)).toEqual(tree);
    for (const untouched of [s.home, s.xdg, s.envDir, s.cwd, s.tmpDir]) expect(snapshot(untouched), untouched).toEqual([]);
  });

  it('reads a relative location from the working directory', () => {
    const s = sandbox('relative');
    const r = s.run([s.repo, '--cache-location', 'here/cache']);
    expect(r.status, r.stderr).toBe(1);
    expect(filesUnder(join(s.cwd, 'here/cache')).length).toBeGreaterThan(0);
    for (const untouched of [s.home, s.xdg, s.envDir, s.tmpDir]) expect(snapshot(untouched), untouched).toEqual([]);
  });

  // The control of the checks above: the sandbox would see a write to the default locations.
  it('without it, the cache goes to $DETECTVIZ_LINT_CACHE_DIR, else $XDG_CACHE_HOME/detectviz-lint, else ~/.cache/detectviz-lint', () => {
    const s = sandbox('default');
    expect(s.run([s.repo]).status).toBe(1);
    expect(filesUnder(s.envDir).length).toBeGreaterThan(0);
    expect(snapshot(s.xdg)).toEqual([]);
    expect(s.run([s.repo], { DETECTVIZ_LINT_CACHE_DIR: undefined }).status).toBe(1);
    expect(filesUnder(join(s.xdg, 'detectviz-lint')).length).toBeGreaterThan(0);
    expect(snapshot(s.home)).toEqual([]);
    expect(s.run([s.repo], { DETECTVIZ_LINT_CACHE_DIR: undefined, XDG_CACHE_HOME: undefined }).status).toBe(1);
    expect(filesUnder(join(s.home, '.cache/detectviz-lint')).length).toBeGreaterThan(0);
  });

  it('--no-cache wins: nothing is read or written anywhere', () => {
    const s = sandbox('no-cache');
    const tree = snapshot(s.repo);
    const location = join(tmp, 'no-cache-cache');
    const expected = s.run([s.repo, '--no-cache']).stdout;
    for (const args of [['--no-cache', '--cache-location', location], ['--cache-location', location, '--no-cache'], ['--no-cache']]) {
      const r = s.run([s.repo, ...args]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toBe(expected);
    }
    expect(existsSync(location)).toBe(false);
    expect(snapshot(s.repo)).toEqual(tree);
    for (const untouched of [s.home, s.xdg, s.envDir, s.cwd, s.tmpDir]) expect(snapshot(untouched), untouched).toEqual([]);
  });

  it('--no-cache reads nothing: a filled cache folder whose every file would block a reader is never opened', () => {
    const s = sandbox('no-read');
    const location = join(tmp, 'no-read-cache');
    expect(s.run([s.repo, '--cache-location', location]).status).toBe(1);
    const entries = filesUnder(location);
    expect(entries.length).toBeGreaterThan(0);
    // A FIFO with no writer: opening it to read waits forever.
    for (const f of entries) {
      rmSync(join(location, f));
      execFileSync('mkfifo', [join(location, f)]);
    }
    const r = s.run([s.repo, '--no-cache', '--cache-location', location]);
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('missing-reference');
    // The control: a run that uses the cache opens the entry and waits (killed after 3 s).
    const reading = s.run([s.repo, '--cache-location', location], {}, 3_000);
    expect(reading.signal).toBe('SIGTERM');
  });

  it('refuses a folder inside the linted tree: one line, exit 2, nothing written', () => {
    const s = sandbox('inside');
    const tree = snapshot(s.repo);
    for (const location of [join(s.repo, '.cache'), s.repo, join(s.repo, 'argocd/cache')]) {
      expectRefused(s.run([s.repo, '--cache-location', location]), /inside the linted tree/, new RegExp(location.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    }
    // The linted tree is the repository the path belongs to (here its git root), not the path alone.
    expectRefused(s.run([join(s.repo, 'argocd'), '--cache-location', join(s.repo, '.cache')]), /inside the linted tree/);
    // Relative to the working directory, and through a symbolic link that leads into the tree.
    expectRefused(s.run([s.repo, '--cache-location', relative(s.cwd, join(s.repo, 'cache'))]), /inside the linted tree/);
    const link = join(tmp, 'inside-link');
    symlinkSync(s.repo, link);
    expectRefused(s.run([s.repo, '--cache-location', join(link, 'cache')]), /inside the linted tree/);
    expect(snapshot(s.repo)).toEqual(tree);
    for (const untouched of [s.home, s.xdg, s.envDir, s.cwd, s.tmpDir]) expect(snapshot(untouched), untouched).toEqual([]);
    // --no-cache wins over a refused location too: nothing is read or written, so nothing to refuse.
    expect(s.run([s.repo, '--no-cache', '--cache-location', join(s.repo, '.cache')]).status).toBe(1);
    expect(snapshot(s.repo)).toEqual(tree);
  });

  it('wants a folder: no value or an empty one is bad usage', () => {
    const s = sandbox('no-value');
    expectRefused(s.run([s.repo, '--cache-location']), /cache-location/);
    expectRefused(s.run([s.repo, '--cache-location', '']), /--cache-location: expected a folder/);
    for (const untouched of [s.home, s.xdg, s.envDir, s.cwd, s.tmpDir]) expect(snapshot(untouched), untouched).toEqual([]);
  });
});
