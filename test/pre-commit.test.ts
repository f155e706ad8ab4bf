// The real pre-commit client installs this checkout as a hook and runs it on
// fixture repositories, as a user's commit would: it must run on every commit (a deletion
// or an extensionless vars file changes the result), fail on a violation, pass on a
// compliant repository, and be set up quickly (nothing to install or build).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { toolPresent } from './shared-inputs.js';

const ROOT = resolve('.');
const hasPreCommit = toolPresent('the pre-commit client', spawnSync('pre-commit', ['--version']).status === 0, 'apt-get install pre-commit');

const tmp = mkdtempSync(join(tmpdir(), 'dvl-pre-commit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const gitIn =
  (dir: string) =>
  (...args: string[]) =>
    spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir, encoding: 'utf8' });

/**
 * The last commit of this checkout, as a user's .pre-commit-config.yaml names it (repo + rev):
 * the client clones it once into PRE_COMMIT_HOME and reuses the environment, as on a
 * developer's machine. (So the hook tested is the committed one, which CI's clean checkout is.)
 */
const REV = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

function gitRepoFrom(fixture: string, name: string): string {
  const dir = join(tmp, name);
  cpSync(fixtureRepo(join(ROOT, fixture)), dir, { recursive: true });
  writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${ROOT}\n    rev: ${REV}\n    hooks:\n      - id: detectviz-lint\n`);
  const git = gitIn(dir);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'fixture');
  return dir;
}

/** Runs the hook; without --all-files it runs on what is staged, as at a commit. */
function preCommit(repo: string, ...args: string[]) {
  const started = Date.now();
  const run = spawnSync('pre-commit', ['run', '--color', 'never', ...args], {
    cwd: repo,
    encoding: 'utf8',
    // One hook environment for the whole file: the first run sets it up, the others reuse it.
    env: { ...process.env, PRE_COMMIT_HOME: join(tmp, 'home'), DETECTVIZ_LINT_CACHE_DIR: join(tmp, 'cache') },
    timeout: 120_000,
  });
  return Object.assign(run, { ms: Date.now() - started });
}

describe.skipIf(!hasPreCommit || !REV)('pre-commit hook', () => {
  it('is set up and run in a fresh environment in at most 15 s, and passes on a compliant repository', () => {
    const repo = gitRepoFrom('fixtures/layouts/seed-compliant', 'compliant');
    const first = preCommit(repo, '--all-files');
    expect(first.stdout + first.stderr).toMatch(/detectviz-lint\.+Passed/);
    expect(first.status).toBe(0);
    const second = preCommit(repo, '--all-files');
    expect(second.status).toBe(0);
    console.info(`pre-commit run: first run ${first.ms} ms, second run ${second.ms} ms`);
    expect(first.ms).toBeLessThanOrEqual(15_000);
  }, 120_000);

  it('fails on a repository that violates the policy, printing the finding', () => {
    const run = preCommit(gitRepoFrom('fixtures/cni-runtime-managed/calico-node-in-infra-appset', 'violating'), '--all-files');
    expect(run.stdout).toMatch(/detectviz-lint\.+Failed/);
    expect(run.stdout).toContain('cni-runtime-managed');
    expect(run.status).toBe(1);
  }, 120_000);

  it('runs on a commit that only deletes an app folder, and fails on the ApplicationSet list element it breaks', () => {
    const repo = gitRepoFrom('fixtures/layouts/seed-compliant', 'deletion');
    gitIn(repo)('rm', '-rq', 'argocd/apps/observability/grafana');
    const run = preCommit(repo);
    expect(run.stdout).not.toMatch(/Skipped/);
    expect(run.stdout).toMatch(/detectviz-lint\.+Failed/);
    expect(run.stdout).toContain('app-path-missing');
    expect(run.status).toBe(1);
  }, 120_000);

  it('runs on a commit that only edits an extensionless group_vars/all', () => {
    const repo = gitRepoFrom('fixtures/layouts/seed-compliant', 'group-vars');
    const git = gitIn(repo);
    git('mv', 'ansible/group_vars/all.yml', 'ansible/group_vars/all');
    git('commit', '-qm', 'vars without an extension');
    writeFileSync(join(repo, 'ansible/group_vars/all'), `${readFileSync(join(repo, 'ansible/group_vars/all'), 'utf8')}# edited\n`);
    git('add', '-A');
    const run = preCommit(repo);
    expect(run.stdout).not.toMatch(/Skipped/);
    expect(run.stdout).toMatch(/detectviz-lint\.+(Passed|Failed)/);
  }, 120_000);
});
