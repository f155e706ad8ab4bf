// The real pre-commit client installs this checkout as a hook (try-repo) and runs
// it on fixture repositories: it must fail on a violation and pass on a compliant one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolPresent } from './shared-inputs.js';

const ROOT = resolve('.');
const hasPreCommit = toolPresent('the pre-commit client', spawnSync('pre-commit', ['--version']).status === 0, 'apt-get install pre-commit');

const tmp = mkdtempSync(join(tmpdir(), 'dvl-pre-commit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function gitRepoFrom(fixture: string, name: string): string {
  const dir = join(tmp, name);
  cpSync(join(ROOT, fixture), dir, { recursive: true });
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'fixture');
  return dir;
}

function tryRepo(repo: string) {
  return spawnSync('pre-commit', ['try-repo', ROOT, 'detectviz-lint', '--all-files', '--color', 'never'], {
    cwd: repo,
    encoding: 'utf8',
    // One hook environment for both runs: the install (npm) happens once.
    env: { ...process.env, PRE_COMMIT_HOME: join(tmp, 'home'), DETECTVIZ_LINT_CACHE_DIR: join(tmp, 'cache') },
    timeout: 600_000,
  });
}

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  it('passes on a compliant repository', () => {
    const run = tryRepo(gitRepoFrom('fixtures/layouts/seed-compliant', 'compliant'));
    expect(run.stdout + run.stderr).toMatch(/detectviz-lint\.+Passed/);
    expect(run.status).toBe(0);
  }, 600_000);

  it('fails on a repository that violates the policy, printing the finding', () => {
    const run = tryRepo(gitRepoFrom('fixtures/cni-runtime-managed/calico-node-in-infra-appset', 'violating'));
    expect(run.stdout).toMatch(/detectviz-lint\.+Failed/);
    expect(run.stdout).toContain('cni-runtime-managed');
    expect(run.status).toBe(1);
  }, 600_000);
});
