// The built command line (dist/detectviz-lint.cjs, the package's bin) on fixture repositories: stdout,
// stderr and exit code, as a user or a CI job sees them.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules } from '../rules/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { lint } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/detectviz-lint.cjs');

// The fixtures are linted from temporary copies outside this project's git repository, as a
// user's repository is its own root: run in place, the command would lint the project (the
// git root above them) and report the findings under the fixture's folder.
let SEED: string;
/** One warning (unused-template), no error. */
let WARNING_ONLY: string;
/** One error (missing-reference). */
let WITH_ERROR: string;

/** The 19 ids of the rule catalog (spec/rules.md). */
const CATALOG_IDS = [
  'cni-runtime-managed',
  'cni-config-runtime-managed',
  'cni-bootstrap-missing',
  'vip-bootstrap-missing',
  'gitops-engine-bootstrap-missing',
  'gitops-engine-not-self-managed',
  'root-app-missing',
  'runtime-component-in-bootstrap',
  'app-not-in-appset',
  'app-path-missing',
  'app-path-empty',
  'appset-group-mismatch',
  'duplicate-owner',
  'unused-template',
  'unused-role',
  'missing-reference',
  'unpinned-version',
  'version-skew',
  'parse-error',
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
/** A stack frame as Node prints it. */
const STACK_FRAME = /^\s+at /m;

/** Runs the built CLI from the package root with colours left to the flags (no NO_COLOR / FORCE_COLOR inherited). */
function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT): SpawnSyncReturns<string> {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.DEBUG;
  // Each run gets the test's own cache folder, never the user's.
  return spawnSync(process.execPath, [BIN, ...args], { cwd, env: { DETECTVIZ_LINT_CACHE_DIR: join(tmp, '.cache'), ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
}

/** Runs that several tests read, made once (a process costs ~0.3 s CPU); only runs that write nothing and read inputs no test changes. */
const shared = new Map<string, SpawnSyncReturns<string>>();
function cliShared(args: string[]): SpawnSyncReturns<string> {
  const key = JSON.stringify(args);
  if (!shared.has(key)) shared.set(key, cli(args));
  return shared.get(key)!;
}

/** Exit 2, nothing on stdout, exactly one line on stderr that matches every pattern, no stack trace. */
function expectUsageError(r: SpawnSyncReturns<string>, ...patterns: (string | RegExp)[]): string {
  expect(r.error).toBeUndefined();
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/internal error|DEBUG=1/);
  for (const p of patterns) {
    if (typeof p === 'string') expect(r.stderr).toContain(p);
    else expect(r.stderr).toMatch(p);
  }
  return lines[0];
}

let tmp: string;

/** A temporary copy of a fixture (a path under fixtures/, materialised first) or of a directory. */
function copyOf(repo: string, name: string): string {
  const dir = join(tmp, name);
  cpSync(isAbsolute(repo) ? repo : fixtureRepo(resolve(ROOT, repo)), dir, { recursive: true });
  return dir;
}

// BIN is rebuilt from the sources once per run (test/global-setup.ts).
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'detectviz-lint-cli-'));
  SEED = copyOf('fixtures/layouts/seed-compliant', 'seed');
  WARNING_ONLY = copyOf('fixtures/unused-template/template-nothing-renders', 'warning-only');
  WITH_ERROR = copyOf('fixtures/missing-reference/apply-of-file-never-written', 'with-error');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('exit codes and output', () => {
  it('exits 0 on the compliant seed layout and says so', () => {
    const r = cli([SEED, '--no-color']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/no problems/);
    expect(r.stderr).toBe('');
  });

  it('exits 1 when there is an error finding, and shows it', () => {
    const r = cli([WITH_ERROR, '--no-color']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('ansible/roles/master/tasks/main.yml');
    expect(r.stdout).toMatch(/24:\d+\s+error\s+.*\/tmp\/felix-configuration\.yaml.*missing-reference/);
    expect(r.stdout).toMatch(/1 error/);
    expect(r.stderr).toBe('');
  });

  it('exits 0 on warnings only', () => {
    const r = cli([WARNING_ONLY, '--no-color']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1:1\s+warning\s+.*unused-template/);
    expect(r.stdout).toContain('ansible/roles/master/templates/kube-vip-ds.yaml.j2');
  });

  it('--max-warnings 0 turns warnings into exit 1; --max-warnings 1 tolerates one', () => {
    expect(cliShared([WARNING_ONLY, '--no-color', '--max-warnings', '0']).status).toBe(1);
    expect(cliShared([WARNING_ONLY, '--no-color', '--max-warnings', '1']).status).toBe(0);
    expect(cli([SEED, '--no-color', '--max-warnings', '0']).status).toBe(0);
  });

  it('--quiet hides warnings but keeps errors', () => {
    const quiet = cli([WARNING_ONLY, '--no-color', '--quiet']);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).not.toContain('unused-template');
    expect(quiet.stdout).not.toContain('kube-vip-ds.yaml.j2');
    expect(quiet.stdout).not.toMatch(/^\s+\d+:\d+\s+warning/m);

    const errors = cli([WITH_ERROR, '--no-color', '--quiet']);
    expect(errors.status).toBe(1);
    expect(errors.stdout).toContain('missing-reference');
  });

  describe('--rule overrides a severity', () => {
    let skewed: string;
    beforeAll(() => {
      // kube-vip v0.8.9 in the bootstrap static pod (group_vars), v0.8.8 in the runtime DaemonSet.
      skewed = copyOf(SEED, 'version-skew');
      const ds = join(skewed, 'argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml');
      writeFileSync(ds, readFileSync(ds, 'utf8').replace('kube-vip:v0.8.9', 'kube-vip:v0.8.8'));
    });

    it('reports version-skew as a warning by default', () => {
      const r = cli([skewed, '--no-color']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/warning\s+.*version-skew/);
    });

    it('version-skew=off silences it', () => {
      const r = cli([skewed, '--no-color', '--rule', 'version-skew=off']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('version-skew');
      expect(r.stdout).toMatch(/no problems/);
    });

    it('version-skew=error makes it an error and exit 1', () => {
      const r = cli([skewed, '--no-color', '--rule', 'version-skew=error']);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/error\s+.*version-skew/);
      expect(r.stdout).not.toMatch(/warning\s+.*version-skew/);
    });
  });

  it('--format json prints one JSON document with tool, root, summary, components and findings', () => {
    const r = cli([WITH_ERROR, '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['tool', 'root', 'summary', 'components', 'findings']));
    expect(report.tool).toMatchObject({ name: 'detectviz-lint' });
    expect(typeof report.root).toBe('string');
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(Array.isArray(report.components)).toBe(true);
    expect((report.components as { name: string }[]).map((c) => c.name)).toEqual(expect.arrayContaining(['calico', 'kube-vip', 'argocd']));
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'missing-reference', severity: 'error', file: 'ansible/roles/master/tasks/main.yml', line: 24 }),
    ]);
    expect(r.stdout).not.toMatch(ANSI);

    const alias = cli([SEED, '-f', 'json']);
    expect(alias.status).toBe(0);
    expect((JSON.parse(alias.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
});

describe('bad usage: exit 2 with a one-line message and no stack trace', () => {
  it('a path that does not exist', () => {
    expectUsageError(cli(['fixtures/no-such-repository']), 'fixtures/no-such-repository', /no such directory|does not exist/);
  });

  it('a path that is a file', () => {
    expectUsageError(cli(['package.json']), 'package.json', /not a directory/);
  });

  it('an unknown --format', () => {
    expectUsageError(cli([SEED, '--format', 'xml']), 'xml', /format/, 'stylish', 'json');
  });

  it('an unknown rule id in --rule', () => {
    expectUsageError(cli([SEED, '--rule', 'no-such-rule=error']), '"no-such-rule"', /unknown rule/);
  });

  it('a bad severity in --rule', () => {
    expectUsageError(cli([SEED, '--rule', 'version-skew=fatal']), 'version-skew=fatal', /severity/);
  });

  it('an unknown option', () => {
    expectUsageError(cli([SEED, '--frobnicate']), 'frobnicate');
  });

  it('-c with a configuration file that does not exist', () => {
    expectUsageError(cli([SEED, '-c', 'missing.yaml']), 'missing.yaml', /not found|does not exist|cannot read/);
  });

  it('-o into a directory that does not exist', () => {
    const target = join(tmp, 'no-such-dir', 'report.txt');
    expectUsageError(cli([SEED, '-o', target]), target);
  });

  describe('invalid configuration files (in a temporary copy of the seed)', () => {
    /** Writes .detectviz-lint.yaml into a fresh copy and lints it from inside, so the file name shown is the plain name. */
    function lintWithConfig(name: string, text: string): SpawnSyncReturns<string> {
      const repo = copyOf(SEED, `config-${name}`);
      writeFileSync(join(repo, '.detectviz-lint.yaml'), text);
      return cli(['.', '--no-color'], {}, repo);
    }

    it('an unknown top-level key', () => {
      const r = lintWithConfig('unknown-key', 'rules:\n  version-skew: error\nfrobnicate: true\n');
      expectUsageError(r, '.detectviz-lint.yaml', '3:1', 'frobnicate', /unknown key/);
    });

    it('a wrong type (rules: version-skew: 3)', () => {
      const r = lintWithConfig('wrong-type', 'rules:\n  version-skew: 3\n');
      expectUsageError(r, '.detectviz-lint.yaml', '2:17', 'rules.version-skew', /error.*warning.*info.*off|expected/);
    });

    it('an entry point that does not exist (the run would fall back to detection)', () => {
      const r = lintWithConfig('missing-entrypoint', 'argocd:\n  entrypoints:\n    - argocd/root-app.yaml\n    - argocd/no-such-root.yaml\n');
      expectUsageError(r, '.detectviz-lint.yaml:4:7', 'argocd.entrypoints.1', 'argocd/no-such-root.yaml', /names no file or directory/);
    });

    it('roots and apps roots that name no directory, or leave the repository: one line each', () => {
      const r = lintWithConfig('missing-roots', 'ansible:\n  roots: [playbooks]\nargocd:\n  appsRoots: [argocd/apps, ../elsewhere]\n');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^detectviz-lint: \.detectviz-lint\.yaml:2:11: ansible\.roots\.0: playbooks names no directory/),
        expect.stringMatching(/^detectviz-lint: \.detectviz-lint\.yaml:4:28: argocd\.appsRoots\.1: \.\.\/elsewhere leaves the repository/),
      ]);
    });

    it('a negated ignore: pattern, which the matcher cannot honour', () => {
      const r = lintWithConfig('negated-ignore', 'ignore:\n  - "docs/**"\n  - "!docs/keep.yaml"\n');
      expectUsageError(r, '.detectviz-lint.yaml:3:5', 'ignore.1', /negated patterns are not supported/);
    });

    it('an unknown severity', () => {
      const r = lintWithConfig('unknown-severity', 'rules:\n  version-skew: fatal\n');
      expectUsageError(r, '.detectviz-lint.yaml', '2:17', 'rules.version-skew', /error.*warning.*info.*off/);
    });

    it('an unknown rule id in rules:', () => {
      const r = lintWithConfig('unknown-rule', 'rules:\n  no-such-rule: error\n');
      expectUsageError(r, '.detectviz-lint.yaml', '2:3', 'rules.no-such-rule', /unknown rule id/);
    });

    it('invalid YAML', () => {
      // `parse-error:` is indented one column deeper than its sibling `version-skew:`.
      const r = lintWithConfig('invalid-yaml', 'rules:\n  version-skew: error\n   parse-error: off\n');
      expectUsageError(r, '.detectviz-lint.yaml', /:[23]:\d+/, /invalid YAML/i, 'rules.version-skew');
    });

    it('ansible.extraVars that is not a mapping of variable names', () => {
      const r = lintWithConfig('extra-vars-list', 'ansible:\n  extraVars: [cni_url]\n');
      expectUsageError(r, '.detectviz-lint.yaml', '2:14', 'ansible.extraVars', /object|mapping/);
    });

    it('the same problem through -c names the file given', () => {
      const repo = copyOf(SEED, 'config-explicit');
      const file = join(repo, 'lint.yaml');
      writeFileSync(file, 'rules:\n  version-skew: 3\n');
      const r = cli([repo, '-c', file, '--no-color']);
      expectUsageError(r, 'lint.yaml:2:17', 'rules.version-skew');
    });
  });
});

describe('ansible.extraVars', () => {
  // In process: what a configuration key decides is the library's (the tests above run the command with configuration files).
  it('gives the value of a variable only -e would pass: the withheld claim is decided, the info is gone', async () => {
    const repo = copyOf('fixtures/cni-bootstrap-missing/cni-applied-from-a-url-built-at-run-time', 'extra-vars');
    const before = await lint(repo);
    expect(before.findings.map((f) => f.ruleId)).toEqual(['incomplete-analysis']);
    writeFileSync(join(repo, '.detectviz-lint.yaml'), 'ansible:\n  extraVars:\n    cni_manifest_url: https://raw.githubusercontent.com/projectcalico/calico/v3.27.3/manifests/calico.yaml\n');
    const after = await lint(repo);
    expect(after.configFile).toBe(join(repo, '.detectviz-lint.yaml'));
    expect(after.findings).toEqual([]);
    expect(after.components.find((c) => c.name === 'calico')?.bootstrap).toHaveLength(1);
  });
});

describe('informational commands', () => {
  it('--list-rules lists every rule id with its default severity, the 19 catalog ids included', () => {
    const r = cli(['--list-rules']);
    expect(r.status, r.stderr).toBe(0);
    const listed = r.stdout.trimEnd().split('\n').map((line) => line.split(/\s+/)[0]);
    for (const id of CATALOG_IDS) expect(listed, id).toContain(id);
    // every id a report can carry, the suppression diagnostics included
    expect(listed).toEqual([...rules.map((rule) => rule.id), 'invalid-suppression', 'unused-suppression']);
    expect(r.stdout).toMatch(/^version-skew\s+warning\s+\S/m);
    expect(r.stdout).toMatch(/^parse-error\s+error\s+\S/m);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('--print-config prints the effective configuration as YAML with the detected entry points', () => {
    const r = cliShared([SEED, '--print-config']);
    expect(r.status, r.stderr).toBe(0);
    const config = parse(r.stdout) as { rules: unknown; appsets: Record<string, string[]>; argocd: { entrypoints: string[] } };
    expect(config.rules).toEqual({});
    expect(config.appsets['infra-appset']).toContain('metallb');
    expect(config.argocd.entrypoints).toEqual(['argocd/root-app.yaml']);
    // where the entry point was found: the bootstrap task that applies it
    expect(r.stdout).toContain('ansible/deploy-cluster.yml:31');
  });

  it('the printed configuration is itself a valid configuration file', () => {
    const repo = copyOf(SEED, 'print-config-round-trip');
    writeFileSync(join(repo, '.detectviz-lint.yaml'), cliShared([SEED, '--print-config']).stdout);
    const r = cli(['.', '--no-color'], {}, repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no problems/);
  });
});

describe('colours and output file', () => {
  it('--no-color prints no ANSI escapes, even with FORCE_COLOR=1', () => {
    const r = cli([WARNING_ONLY, '--no-color'], { FORCE_COLOR: '1' });
    expect(r.stdout).toContain('unused-template');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 colours the report although stdout is a pipe', () => {
    const r = cli([WARNING_ONLY], { FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(ANSI);
  });

  it('NO_COLOR and a pipe without flags print no ANSI escapes', () => {
    expect(cli([WARNING_ONLY]).stdout).not.toMatch(ANSI);
    expect(cli([WARNING_ONLY], { NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });

  it('-o writes the report into the file and prints nothing', () => {
    const out = join(tmp, 'report.txt');
    const r = cli([WITH_ERROR, '-o', out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('missing-reference');
    expect(report).not.toMatch(ANSI);

    const json = join(tmp, 'report.json');
    const j = cli([SEED, '-f', 'json', '-o', json]);
    expect(j.status).toBe(0);
    expect(j.stdout).toBe('');
    expect((JSON.parse(readFileSync(json, 'utf8')) as { findings: unknown[] }).findings).toEqual([]);
  });
});

describe('run cache, as a process', () => {
  it('prints byte-identical output cold, warm and with --no-cache', () => {
    const repo = copyOf(fixtureRepo('fixtures/version-skew/kube-vip-older-in-static-pod'), 'cache-identical');
    const env = { DETECTVIZ_LINT_CACHE_DIR: join(tmp, 'cache-identical-cache') };
    const uncached = cli([repo, '--no-color', '--no-cache'], env);
    const cold = cli([repo, '--no-color'], env);
    const warm = cli([repo, '--no-color'], env);
    expect(uncached.stdout).toContain('version-skew');
    expect([cold.status, warm.status]).toEqual([uncached.status, uncached.status]);
    expect(cold.stdout).toBe(uncached.stdout);
    expect(warm.stdout).toBe(uncached.stdout);
  });

  it('answers a warm run without loading the analysis (whose chunk it is not allowed to read)', () => {
    const repo = copyOf(SEED, 'cache-lazy');
    // (Not named with the repository's name as a prefix: Node 20's permission tree mishandles that.)
    const cacheDir = join(tmp, 'lazy-run-cache');
    const chunks = join(ROOT, 'dist/chunks');
    const analysis = readdirSync(chunks).filter((f) => f.startsWith('analyse-')).map((f) => join(chunks, f));
    const others = readdirSync(chunks).filter((f) => !f.startsWith('analyse-')).map((f) => join(chunks, f));
    expect(analysis).toHaveLength(1);
    // Node's permission model: the repository, the cache, the package file (looked for from the chunks
    // upwards), the CLI and every other chunk; writes (the cache's) are denied and only cost speed.
    const packageFiles = ['dist/chunks', 'dist', '.'].map((d) => join(ROOT, d, 'package.json'));
    const run = (extra: string[] = []) =>
      spawnSync(process.execPath, ['--experimental-permission', ...[repo, cacheDir, ...packageFiles, BIN, ...others, ...extra].map((p) => `--allow-fs-read=${p}`), BIN, repo, '--no-color'], {
        env: { ...process.env, DETECTVIZ_LINT_CACHE_DIR: cacheDir },
        encoding: 'utf8',
      });
    // (The analysis reads the embedded catalog too.)
    const allowed = run([...analysis, join(ROOT, 'src/classify/catalog.yaml')]);
    expect(allowed.status, allowed.stderr).toBe(0);
    const denied = run();
    expect(denied.status, 'without a cache the analysis must load, and it may not').toBe(2);
    expect(denied.stderr).toContain('internal error: Access to this API has been restricted');
    const fill = cli([repo, '--no-color'], { DETECTVIZ_LINT_CACHE_DIR: cacheDir });
    const warm = run();
    expect(warm.status, warm.stderr).toBe(0);
    expect(fill.status).toBe(0);
    expect(warm.stdout).toBe(fill.stdout);
  });
});

describe('no silent pass, no hidden error', () => {
  it('--quiet --max-warnings 0 over hidden warnings exits 1, says why and never "no problems"', () => {
    const r = cli([WARNING_ONLY, '--no-color', '--quiet', '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/no problems/);
    expect(r.stdout).toMatch(/1 problem \(0 errors, 1 warning, 0 info\)/);
    expect(r.stdout).not.toContain('unused-template');
    expect(r.stderr).toBe('detectviz-lint: 1 warning(s) (not shown: --quiet), more than --max-warnings 0\n');
  });

  it('exceeding --max-warnings says so on stderr', () => {
    const r = cliShared([WARNING_ONLY, '--no-color', '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('detectviz-lint: 1 warning(s), more than --max-warnings 0\n');
    expect(cliShared([WARNING_ONLY, '--no-color', '--max-warnings', '1']).stderr).toBe('');
  });

  it('an option without its value is bad usage (--max-warnings, -f, -c)', () => {
    expectUsageError(cli([SEED, '--max-warnings']), 'max-warnings');
    expectUsageError(cli([SEED, '-f']), 'f');
    expectUsageError(cli([SEED, '--config']), 'config');
  });

  it('FORCE_COLOR=false and FORCE_COLOR=0 turn colour off', () => {
    expect(cli([WARNING_ONLY], { FORCE_COLOR: 'false' }).stdout).not.toMatch(ANSI);
    expect(cli([WARNING_ONLY], { FORCE_COLOR: '0' }).stdout).not.toMatch(ANSI);
  });

  it('--print-config shows the severities given with --rule', () => {
    const r = cli([SEED, '--print-config', '--rule', 'version-skew=off', '--rule', 'unused-role=error']);
    expect(r.status, r.stderr).toBe(0);
    expect((parse(r.stdout) as { rules: unknown }).rules).toEqual({ 'version-skew': 'off', 'unused-role': 'error' });
    expect(r.stdout).toContain('--rule');
  });

  it('an unknown option is named once', () => {
    const line = expectUsageError(cli([SEED, '--frobnicate-now']), 'frobnicate-now');
    expect(line).not.toContain('frobnicateNow');
  });

  it('a tree with neither Ansible nor Argo CD content is exit 2, never "no problems"', () => {
    const empty = join(tmp, 'nothing-to-check');
    cpSync(join(ROOT, 'docs'), empty, { recursive: true });
    expectUsageError(cli([empty]), empty, 'nothing to check');
  });
});

describe('the repository root is found like ESLint finds it', () => {
  /** A git repository (a .git directory is all it takes) holding the fixture, with kube-vip skewed between the layers. */
  let repo: string;
  beforeAll(() => {
    repo = copyOf('fixtures/version-skew/kube-vip-older-in-static-pod', 'git-repo');
    spawnSync('git', ['init', '-q'], { cwd: repo });
  });
  const SKEWED = 'argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml';

  it('run from a subfolder, it lints the whole repository and reports the findings under that folder, paths from the root', () => {
    const r = cli(['--no-color'], {}, join(repo, 'argocd'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(SKEWED);
    expect(r.stdout).toMatch(/warning\s+.*version-skew/);
    const other = cli(['ansible', '--no-color'], {}, repo);
    expect(other.stdout).toMatch(/no problems/);
  });

  it('github and sarif paths are relative to the repository root, from any folder', () => {
    const github = cli(['.', '-f', 'github'], {}, join(repo, 'argocd', 'apps'));
    expect(github.stdout).toContain(`file=${SKEWED},`);
    const sarif = JSON.parse(cli(['argocd', '-f', 'sarif'], {}, repo).stdout) as {
      runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(SKEWED);
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo}/`);
  });

  it('the nearest folder holding .detectviz-lint.yaml is the root (a repository inside a monorepo)', () => {
    const mono = join(tmp, 'monorepo');
    cpSync(repo, join(mono, 'platform'), { recursive: true });
    rmSync(join(mono, 'platform', '.git'), { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: mono });
    writeFileSync(join(mono, 'platform', '.detectviz-lint.yaml'), 'rules: {}\n');
    const r = cli(['platform/argocd', '-f', 'json'], {}, mono);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { root: string; findings: { file: string }[] };
    expect(report.root).toBe(join(mono, 'platform'));
    expect(report.findings.map((f) => f.file)).toEqual([SKEWED]);
  });
});
