// `detectviz-lint init`: a commented configuration of what was detected, never overwriting.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

const BIN = resolve('dist/detectviz-lint.mjs');
const SEED = fixtureRepo('fixtures/layouts/seed-compliant');
const tmp = mkdtempSync(join(tmpdir(), 'dvl-init-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DETECTVIZ_LINT_CACHE_DIR: join(tmp, 'cache') } });

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('init', () => {
  it('writes the detected roots, entry points and repoURLs, commented with their origin', () => {
    const repo = join(tmp, 'seed');
    cpSync(SEED, repo, { recursive: true });
    const r = run('init', repo);
    expect(r.status).toBe(0);
    const text = readFileSync(join(repo, '.detectviz-lint.yaml'), 'utf8');
    expect(text).toContain('# detected: applied by bootstrap (ansible/deploy-cluster.yml:31)');
    expect(parse(text)).toMatchObject({
      ansible: { roots: ['ansible'] },
      argocd: { entrypoints: ['argocd/root-app.yaml'], repoURLs: ['github.com/example/platform'], appsRoots: ['argocd/apps'] },
    });
    // The written file is a valid configuration that lints the repository the same way.
    const lintRun = run(repo, '--no-color');
    expect(lintRun.stderr).toBe('');
    expect(lintRun.stdout).toContain('no problems');
  });

  it('refuses to overwrite an existing configuration (exit 2, file unchanged)', () => {
    const repo = join(tmp, 'again');
    cpSync(SEED, repo, { recursive: true });
    expect(run('init', repo).status).toBe(0);
    const before = readFileSync(join(repo, '.detectviz-lint.yaml'), 'utf8');
    const r = run('init', repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.detectviz-lint\.yaml: a configuration already exists; not overwritten/);
    expect(readFileSync(join(repo, '.detectviz-lint.yaml'), 'utf8')).toBe(before);
  });
});
