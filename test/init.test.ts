// `detectviz-lint init`: a commented configuration of what was detected, never overwriting.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { describeConfig, lint, type LintResult } from '../src/index.js';

// Rebuilt from the sources once per run (test/global-setup.ts).
const BIN = resolve('dist/detectviz-lint.cjs');
const SEED = fixtureRepo('fixtures/layouts/seed-compliant');
const tmp = mkdtempSync(join(tmpdir(), 'dvl-init-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DETECTVIZ_LINT_CACHE_DIR: join(tmp, 'cache') } });

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

  it('without a path, writes at the root of the repository of the working directory', () => {
    const repo = join(tmp, 'from-subfolder');
    cpSync(fixtureRepo('fixtures/layouts/seed-compliant'), repo, { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: repo });
    const r = spawnSync(process.execPath, [BIN, 'init'], { cwd: join(repo, 'argocd'), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(repo, '.detectviz-lint.yaml'))).toBe(true);
    expect(existsSync(join(repo, 'argocd', '.detectviz-lint.yaml'))).toBe(false);
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

/** Every layout fixture: a small but whole repository of a kind users have. */
const LAYOUTS = readdirSync('fixtures/layouts')
  .map((name) => join('fixtures/layouts', name))
  .filter((p) => statSync(p).isDirectory());

describe('configuration never changes which rules can fire', () => {
  // In process, through the library `init` uses (the command itself is run on the seed above): the
  // configuration init would write, written at the root, then the same repository linted with it.
  const shown = (result: LintResult): string[] => result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`);
  it.each(LAYOUTS)('%s: the same findings with no configuration and with what init writes', async (layout) => {
    const repo = join(tmp, 'same-findings', layout.replace(/\//g, '-'));
    cpSync(fixtureRepo(layout), repo, { recursive: true });
    const unconfigured = await lint(repo, { configFile: false });
    writeFileSync(join(repo, '.detectviz-lint.yaml'), await describeConfig(unconfigured.config, unconfigured.clusters.map((c) => c.detected), 'written as init writes it'));
    const configured = await lint(repo);
    expect(configured.configFile).toBe(join(repo, '.detectviz-lint.yaml'));
    expect(shown(configured)).toEqual(shown(unconfigured));
  });

  it('the real repository: the same findings with no configuration and with what init would write', async () => {
    // In process too (--print-config, which prints the same, is run by test/cli.test.ts); the
    // configuration is written beside the corpus and given as the configuration file, so the
    // corpus is never written to.
    const corpus = resolve('../shared/corpus/detectviz-gitops');
    const unconfigured = await lint(corpus, { configFile: false });
    expect(shown(unconfigured).some((f) => f.startsWith('root-app-missing '))).toBe(true);
    const config = join(tmp, 'corpus-config.yaml');
    writeFileSync(config, await describeConfig(unconfigured.config, unconfigured.clusters.map((c) => c.detected), 'written as init writes it'));
    const configured = await lint(corpus, { configFile: config });
    expect(configured.configFile).toBe(config);
    expect(shown(configured)).toEqual(shown(unconfigured));
  });
});
