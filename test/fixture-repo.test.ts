// The fixture harness (src/docs/fixture-repo.ts) and the converter (scripts/fixtures-to-deltas.mjs) on
// throwaway fixture trees: what a delta materialises to, when it is rewritten, and what the converter does.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRepo, readScenarioSpec, readTree, resolveTree, sameTree, type FixtureTree } from '../src/docs/fixture-repo.js';
import { backgroundCompile } from './compile-run.js';

const PROJECT = resolve(import.meta.dirname, '..');
const CONVERTER = join(PROJECT, 'scripts/fixtures-to-deltas.mjs');
const HARNESS = join(PROJECT, 'dist/src/docs/fixture-repo.js');

const tmp = mkdtempSync(join(tmpdir(), 'dvl-fixture-repo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  // The converter runs from the build, like the docs generator: under `npm test`, the compiler's run beside the tests writes it.
  await backgroundCompile();
  if (!existsSync(HARNESS)) execFileSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'pipe' });
}, 180_000);

let trees = 0;
/** A fixture tree in a temp directory: path → content (a string, or a symlink / mode / empty directory). */
function fixtureTree(files: Record<string, string | { link: string } | { mode: number; text: string } | 'empty-dir'>): string {
  const root = join(tmp, `tree-${++trees}`, 'fixtures');
  for (const [path, what] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(what === 'empty-dir' ? full : dirname(full), { recursive: true });
    if (what === 'empty-dir') continue;
    if (typeof what === 'string') writeFileSync(full, what);
    else if ('link' in what) symlinkSync(what.link, full);
    else {
      writeFileSync(full, what.text);
      chmodSync(full, what.mode);
    }
  }
  return root;
}

const SEED = {
  'bases/seed/ansible/site.yml': '- hosts: all\n',
  'bases/seed/argocd/root.yaml': 'kind: Application\n',
  'bases/seed/argocd/apps/a/kustomization.yaml': 'resources: []\n',
  'bases/seed/argocd/apps/b/kustomization.yaml': 'resources: []\n',
};
const text = (tree: FixtureTree, path: string) => {
  const e = tree.get(path);
  return e?.kind === 'file' ? e.bytes.toString('utf8') : e?.kind;
};

describe('materialising a scenario', () => {
  it('applies the delta to its base: own files replace, removals go (a directory at once), the rest is the base', () => {
    const root = fixtureTree({
      ...SEED,
      'g/s/scenario.yaml': 'base: seed\nremove: [argocd/apps/b, ansible/site.yml]\n',
      'g/s/argocd/root.yaml': 'kind: ApplicationSet\n',
      'g/s/extra.txt': 'added\n',
    });
    const tree = readTree(fixtureRepo(join(root, 'g/s')));
    expect([...tree.keys()]).toEqual(['argocd/apps/a/kustomization.yaml', 'argocd/root.yaml', 'extra.txt']);
    expect(text(tree, 'argocd/root.yaml')).toBe('kind: ApplicationSet\n');
    expect(fixtureRepo(join(root, 'g/s'))).toMatch(/[/\\]s$/);
  });

  it('keeps symbolic links (not followed), file modes and empty directories', () => {
    const root = fixtureTree({
      ...SEED,
      'bases/seed/bin/run.sh': { mode: 0o755, text: '#!/bin/sh\n' },
      'g/s/scenario.yaml': 'base: seed\n',
      'g/s/outside': { link: '../../../../etc/passwd' },
      'g/s/dangling': { link: 'nowhere' },
      'g/s/argocd/apps/empty': 'empty-dir',
    });
    const repo = fixtureRepo(join(root, 'g/s'));
    expect(readlinkSync(join(repo, 'outside'))).toBe('../../../../etc/passwd');
    expect(lstatSync(join(repo, 'dangling')).isSymbolicLink()).toBe(true);
    expect(statSync(join(repo, 'bin/run.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(repo, 'argocd/root.yaml')).mode & 0o777).toBe(statSync(join(root, 'bases/seed/argocd/root.yaml')).mode & 0o777);
    expect(lstatSync(join(repo, 'argocd/apps/empty')).isDirectory()).toBe(true);
    expect(sameTree(readTree(repo), resolveTree(join(root, 'g/s')))).toBe(true);
  });

  it('reuses the materialised directory until an input changes, in the scenario or in its base', () => {
    const root = fixtureTree({ ...SEED, 'g/s/scenario.yaml': 'base: seed\n', 'g/s/own.yaml': 'a: 1\n' });
    const first = fixtureRepo(join(root, 'g/s'));
    const written = statSync(join(first, 'own.yaml')).mtimeMs;
    expect(fixtureRepo(join(root, 'g/s'))).toBe(first);
    expect(statSync(join(first, 'own.yaml')).mtimeMs).toBe(written);
    writeFileSync(join(root, 'bases/seed/argocd/root.yaml'), 'kind: Application # changed\n');
    const second = fixtureRepo(join(root, 'g/s'));
    expect(second).not.toBe(first);
    expect(readFileSync(join(second, 'argocd/root.yaml'), 'utf8')).toContain('changed');
    chmodSync(join(root, 'g/s/own.yaml'), 0o600);
    expect(fixtureRepo(join(root, 'g/s'))).not.toBe(second);
  });

  it('chains bases: a base can be the delta of another', () => {
    const root = fixtureTree({ ...SEED, 'bases/k3s/scenario.yaml': 'base: seed\nremove: [ansible]\n', 'bases/k3s/k3s.yml': 'k3s\n', 'g/s/scenario.yaml': 'base: k3s\n' });
    expect([...resolveTree(join(root, 'g/s')).keys()]).toEqual(['argocd/apps/a/kustomization.yaml', 'argocd/apps/b/kustomization.yaml', 'argocd/root.yaml', 'k3s.yml']);
  });

  it('refuses a missing base, a removal of nothing, a base cycle, an unknown key and a file where the base has a directory', () => {
    const root = fixtureTree({
      ...SEED,
      'g/no-base/scenario.yaml': 'base: nope\n',
      'g/stale/scenario.yaml': 'base: seed\nremove: [argocd/gone.yaml]\n',
      'bases/x/scenario.yaml': 'base: y\n',
      'bases/y/scenario.yaml': 'base: x\n',
      'g/cycle/scenario.yaml': 'base: x\n',
      'g/typo/scenario.yaml': 'base: seed\nremoves: [ansible]\n',
      'g/clash/scenario.yaml': 'base: seed\n',
      'g/clash/argocd/apps': 'a file\n',
    });
    expect(() => fixtureRepo(join(root, 'g/no-base'))).toThrow(/base nope does not exist/);
    expect(() => fixtureRepo(join(root, 'g/stale'))).toThrow(/remove argocd\/gone\.yaml: base seed has no such path/);
    expect(() => fixtureRepo(join(root, 'g/cycle'))).toThrow(/is its own base/);
    expect(() => fixtureRepo(join(root, 'g/typo'))).toThrow(/unknown key removes/);
    expect(() => fixtureRepo(join(root, 'g/clash'))).toThrow(/argocd\/apps is a file in one of scenario and base seed and a directory in the other/);
  });

  it('is safe when parallel processes materialise the same scenario', async () => {
    const root = fixtureTree({ ...SEED, 'g/s/scenario.yaml': 'base: seed\n', 'g/s/own.yaml': 'a: 1\n' });
    const isolated = mkdtempSync(join(tmp, 'materialised-'));
    const run = () =>
      promisify(execFile)(process.execPath, ['--input-type=module', '-e', `import { fixtureRepo } from ${JSON.stringify(HARNESS)}; console.log(fixtureRepo(${JSON.stringify(join(root, 'g/s'))}));`], {
        env: { ...process.env, TMPDIR: isolated },
      });
    const paths = new Set((await Promise.all([run(), run(), run(), run()])).map((r) => r.stdout.trim()));
    expect(paths.size).toBe(1);
    const [repo] = paths;
    expect(repo.startsWith(isolated)).toBe(true);
    expect(sameTree(readTree(repo), resolveTree(join(root, 'g/s')))).toBe(true);
  }, 60_000);
});

describe('scripts/fixtures-to-deltas.mjs', () => {
  const convert = (root: string) => execFileSync(process.execPath, [CONVERTER, root], { encoding: 'utf8', stdio: 'pipe' });

  it('turns full copies into deltas against the base sharing most files, only when that saves files, and leaves deltas alone', () => {
    const spec = {
      ...SEED,
      'bases/other/ansible/site.yml': '- hosts: all\n',
      'bases/other/other.yml': 'other\n',
      // Two copies of seed's files (one of other's), one changed file, seed's argocd/apps/b missing.
      'g/copy/ansible/site.yml': '- hosts: all\n',
      'g/copy/argocd/apps/a/kustomization.yaml': 'resources: []\n',
      'g/copy/argocd/root.yaml': 'kind: ApplicationSet\n',
      'g/copy.expected.yaml': 'findings: []\n',
      'g/one-shared/ansible/site.yml': '- hosts: all\n',
      'g/one-shared/own.yml': 'own\n',
      'g/one-shared.expected.yaml': 'findings: []\n',
      'g/delta/scenario.yaml': 'base: other\n',
      'g/delta/ansible/site.yml': '- hosts: all\n',
      'g/delta.expected.yaml': 'findings: []\n',
    };
    const root = fixtureTree(spec);
    const before = { copy: readTree(join(root, 'g/copy')), oneShared: readTree(join(root, 'g/one-shared')), delta: readTree(join(root, 'g/delta')) };
    expect(convert(root)).toContain('converted 1 scenario(s) to deltas');
    expect(readScenarioSpec(join(root, 'g/copy'))).toEqual({ base: 'seed', remove: ['argocd/apps/b'] });
    expect([...readTree(join(root, 'g/copy')).keys()]).toEqual(['argocd/root.yaml']);
    expect(sameTree(resolveTree(join(root, 'g/copy')), before.copy)).toBe(true);
    // One shared file: a delta would hold as many files (the scenario.yaml replaces the copy).
    expect(sameTree(readTree(join(root, 'g/one-shared')), before.oneShared)).toBe(true);
    expect(existsSync(join(root, 'g/one-shared/scenario.yaml'))).toBe(false);
    // Already a delta (even one holding a copy): not the converter's business, the fixture-tree test reports it.
    expect(sameTree(readTree(join(root, 'g/delta')), before.delta)).toBe(true);

    const converted = readTree(root);
    expect(convert(root)).toContain('converted 0 scenario(s)');
    expect(sameTree(readTree(root), converted)).toBe(true);
  });

  it('picks the first base by name on a tie', () => {
    const root = fixtureTree({
      'bases/b-second/x.yml': 'x\n',
      'bases/b-second/y.yml': 'y\n',
      'bases/a-first/x.yml': 'x\n',
      'bases/a-first/y.yml': 'y\n',
      'g/s/x.yml': 'x\n',
      'g/s/y.yml': 'y\n',
      'g/s/z.yml': 'z\n',
      'g/s.expected.yaml': 'findings: []\n',
    });
    convert(root);
    expect(readScenarioSpec(join(root, 'g/s'))).toEqual({ base: 'a-first', remove: [] });
  });

  it('fails with one clear line, and changes nothing, when a base is broken', () => {
    const root = fixtureTree({ ...SEED, 'bases/broken/scenario.yaml': 'base: missing\n', 'g/s/ansible/site.yml': '- hosts: all\n', 'g/s.expected.yaml': 'findings: []\n' });
    const copy = join(tmp, 'broken-copy');
    cpSync(root, copy, { recursive: true });
    let error: { status?: number; stderr?: string } = {};
    try {
      convert(root);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(1);
    expect(error.stderr?.trim()).toMatch(/^fixtures-to-deltas: .*base missing does not exist/);
    expect(sameTree(readTree(root), readTree(copy))).toBe(true);
  });
});
