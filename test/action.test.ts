// The GitHub Action (action.yml → action/index.mjs) run as the runner runs it: `node
// action/index.mjs` with a clean environment, inputs as INPUT_<NAME> variables, the
// workspace in GITHUB_WORKSPACE, and the step's summary and output files.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'action/index.mjs';

const COMPLIANT = 'fixtures/layouts/seed-compliant';
/** One warning (version-skew), no error. */
const WARNING_ONLY = 'fixtures/version-skew/kube-vip-older-in-static-pod';
/** One error (cni-runtime-managed). */
const WITH_ERROR = 'fixtures/cni-runtime-managed/calico-node-in-infra-appset';

/** A stack frame as Node prints it. */
const STACK_FRAME = /^\s+at /m;

interface Expected {
  findings: { ruleId: string; file: string; line: number }[];
}
const expected = (fixture: string): Expected => parse(readFileSync(join(ROOT, `${fixture}.expected.yaml`), 'utf8')) as Expected;

let tmp: string;
let runs = 0;

interface Run extends SpawnSyncReturns<string> {
  workspace: string;
  summary: string;
  /** The GITHUB_OUTPUT file as name → value. */
  outputs: Record<string, string>;
}

/**
 * Copies `fixture` into a fresh workspace (under `subdir` when given) and runs the action
 * there with only the variables the runner would set, plus `inputs` as INPUT_<NAME>.
 */
function runAction(
  fixture: string,
  inputs: Record<string, string> = {},
  opts: { subdir?: string; entry?: string; env?: Record<string, string>; prepare?: (workspace: string) => void; summaryBefore?: string } = {},
): Run {
  const dir = join(tmp, `run-${++runs}`);
  const workspace = join(dir, 'workspace');
  cpSync(fixtureRepo(resolve(ROOT, fixture)), opts.subdir ? join(workspace, opts.subdir) : workspace, { recursive: true });
  const summaryFile = join(dir, 'step_summary.md');
  const outputFile = join(dir, 'output.txt');
  opts.prepare?.(workspace);
  writeFileSync(summaryFile, opts.summaryBefore ?? '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: dir,
    DETECTVIZ_LINT_CACHE_DIR: join(tmp, 'cache'),
    ...opts.env,
  };
  // The runner's naming: upper case, spaces to underscores, hyphens kept (INPUT_SARIF-FILE).
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [opts.entry ?? join(ROOT, ENTRY)], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
    const m = /^([^=]+)=(.*)$/.exec(line);
    if (m) outputs[m[1]] = m[2];
  }
  return Object.assign(r, { workspace, summary: readFileSync(summaryFile, 'utf8'), outputs });
}

const annotations = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::'));

beforeAll(() => {
  // GitHub runs the committed bundle; a checkout without it (or a fresh clone before the
  // first build) gets it built here, and the freshness test below compares it with git.
  if (!existsSync(join(ROOT, ENTRY))) execFileSync(process.execPath, ['scripts/bundle.mjs', 'action'], { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'detectviz-lint-action-'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('action.yml', () => {
  it('runs the committed bundle with the runner Node and declares every input and output', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
      branding: { icon: string; color: string };
    };
    // Node 20 leaves GitHub's hosted runners in 2026.
    expect(action.runs).toEqual({ using: 'node24', main: ENTRY });
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'baseline', 'config', 'fail-on', 'max-warnings', 'path', 'sarif-file']);
    expect(action.inputs.path.default).toBe('.');
    expect(action.inputs['fail-on'].default).toBe('error');
    expect(action.inputs['max-warnings'].default).toBe('-1');
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'infos', 'sarif-file', 'warnings']);
    expect(action.branding.icon).toBeTruthy();
  });

  it('is not git-ignored (GitHub runs the action from the checkout, without a build)', (ctx) => {
    const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });
    if (git.status !== 0) return ctx.skip('not a git checkout');
    // --no-index: what the patterns say, even for files already tracked. Status 1: none ignored.
    const ignored = spawnSync('git', ['check-ignore', '--no-index', ENTRY, 'action.yml'], { cwd: ROOT, encoding: 'utf8' });
    expect(ignored.status, `git-ignored: ${ignored.stdout}${ignored.stderr}`).toBe(1);
  });
});

describe('a compliant repository', () => {
  let r: Run;
  beforeAll(() => {
    r = runAction(COMPLIANT, { path: '.', 'sarif-file': 'reports/detectviz-lint.sarif', 'fail-on': 'error', 'max-warnings': '-1' });
  });

  it('passes with no annotation and no stderr', () => {
    expect(r.error).toBeUndefined();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(annotations(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('appends the markdown report with the layer table to $GITHUB_STEP_SUMMARY', () => {
    expect(r.summary).toContain('# Architecture report: workspace');
    expect(r.summary).toContain('✅ **Passes**');
    expect(r.summary).toContain('## Layers');
    expect(r.summary).toContain('| component | bootstrap (Ansible) | runtime (Argo CD) | status | where |');
    expect(r.summary).toMatch(/^\| \*\*kube-vip\*\* \| static pod v[\d.]+ \| Kustomize v[\d.]+ \| ✅ ok \|/m);
    expect(r.summary).toContain('```mermaid');
  });

  it('writes its outputs to $GITHUB_OUTPUT', () => {
    expect(r.outputs).toEqual({ errors: '0', warnings: '0', infos: '0', 'sarif-file': 'reports/detectviz-lint.sarif' });
  });

  it('writes SARIF 2.1.0 where sarif-file says, relative to the workspace', () => {
    const file = join(r.workspace, 'reports/detectviz-lint.sarif');
    expect(existsSync(file)).toBe(true);
    const log = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toEqual([]);
  });
});

describe('an error finding', () => {
  const [finding] = expected(WITH_ERROR).findings;
  let r: Run;
  beforeAll(() => {
    r = runAction(WITH_ERROR, { 'sarif-file': 'detectviz-lint.sarif' });
  });

  it('fails the check (exit 1) with one error annotation at the finding', () => {
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const lines = annotations(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`::error file=${finding.file},line=${finding.line},col=1,title=${finding.ruleId}::`)).toBe(true);
    expect(lines[0]).toContain(`docs/rules/${finding.ruleId}.md`);
    expect(r.stderr).toBe('');
  });

  it('reports the failing verdict in the summary and the counts in the outputs', () => {
    expect(r.summary).toContain('❌ **Fails**: 1 error');
    expect(r.summary).toMatch(/^\| \*\*calico\*\* .*\| ❌ violation \|/m);
    expect(r.outputs.errors).toBe('1');
    expect(r.outputs.warnings).toBe('0');
    expect(r.outputs['sarif-file']).toBe('detectviz-lint.sarif');
  });

  it('writes the finding to the SARIF file', () => {
    const log = JSON.parse(readFileSync(join(r.workspace, 'detectviz-lint.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri])).toEqual([[finding.ruleId, 'error', finding.file]]);
  });

  it('passes with fail-on never, still annotating and reporting', () => {
    const never = runAction(WITH_ERROR, { 'fail-on': 'never' });
    expect(never.status, never.stdout + never.stderr).toBe(0);
    expect(annotations(never.stdout)).toHaveLength(1);
    expect(never.outputs.errors).toBe('1');
    expect(never.outputs['sarif-file']).toBe('');
    expect(never.summary).toContain('❌ **Fails**');
  });

  it('prefixes annotation and SARIF paths with a subdirectory path, so they resolve from the repository root', () => {
    const sub = runAction(WITH_ERROR, { path: 'clusters/prod', 'sarif-file': 'out/lint.sarif' }, { subdir: 'clusters/prod' });
    expect(sub.status, sub.stdout + sub.stderr).toBe(1);
    const lines = annotations(sub.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`::error file=clusters/prod/${finding.file},line=${finding.line},col=1,title=${finding.ruleId}::`)).toBe(true);
    const log = JSON.parse(readFileSync(join(sub.workspace, 'out/lint.sarif'), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`clusters/prod/${finding.file}`);
    // The report is about the linted path: named after it, paths relative to it.
    expect(sub.summary).toContain('# Architecture report: prod');
    expect(sub.outputs['sarif-file']).toBe('out/lint.sarif');
  });
});

describe('warnings only', () => {
  const [finding] = expected(WARNING_ONLY).findings;
  const prefix = `::warning file=${finding.file},line=${finding.line},col=18,title=${finding.ruleId}::`;

  it('passes by default, with a warning annotation', () => {
    const r = runAction(WARNING_ONLY);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const lines = annotations(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(prefix)).toBe(true);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1', infos: '0' });
    expect(r.summary).toContain('⚠️ **Passes with warnings**');
  });

  it('passes within max-warnings', () => {
    expect(runAction(WARNING_ONLY, { 'max-warnings': '1' }).status).toBe(0);
  });

  it('fails over max-warnings, saying why', () => {
    const r = runAction(WARNING_ONLY, { 'max-warnings': '0' });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const lines = annotations(r.stdout);
    expect(lines[0].startsWith(prefix)).toBe(true);
    expect(lines[1]).toBe('::error::detectviz-lint: 1 warning(s), more than max-warnings 0');
    expect(r.outputs.warnings).toBe('1');
  });

  it('fails with fail-on warning', () => {
    const r = runAction(WARNING_ONLY, { 'fail-on': 'warning' });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(annotations(r.stdout)[1]).toMatch(/^::error::detectviz-lint: 1 warning\(s\) and fail-on is warning$/);
  });

  it('passes with fail-on never even over max-warnings', () => {
    expect(runAction(WARNING_ONLY, { 'fail-on': 'never', 'max-warnings': '0' }).status).toBe(0);
  });
});

describe('tool failures: exit 2, one ::error:: line, no stack trace', () => {
  const expectToolFailure = (r: Run, ...patterns: RegExp[]): void => {
    expect(r.error).toBeUndefined();
    expect(r.status, r.stdout + r.stderr).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines, r.stdout).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::detectviz-lint: /);
    for (const p of patterns) expect(lines[0]).toMatch(p);
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).toBe('');
    // Nothing half-done: no outputs, no summary.
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
  };

  it('an invalid configuration file at the root', () => {
    const dir = join(tmp, 'bad-config');
    cpSync(fixtureRepo(join(ROOT, COMPLIANT)), dir, { recursive: true });
    writeFileSync(join(dir, '.detectviz-lint.yaml'), 'rules:\n  version-skew: sometimes\n');
    expectToolFailure(runAction(dir), /\.detectviz-lint\.yaml:2:\d+: rules\.version-skew/);
  });

  it('an invalid configuration named by the config input (all errors in the one line)', () => {
    const dir = join(tmp, 'bad-config-input');
    cpSync(fixtureRepo(join(ROOT, COMPLIANT)), dir, { recursive: true });
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci/lint.yaml'), 'rules:\n  version-skew: sometimes\nfoo: 1\n');
    const r = runAction(dir, { config: 'ci/lint.yaml' });
    expectToolFailure(r, /ci\/lint\.yaml:2:\d+: rules\.version-skew/, /ci\/lint\.yaml:3:1: foo: unknown key/, /%0Adetectviz-lint: /);
  });

  it('a config input that does not exist', () => {
    expectToolFailure(runAction(COMPLIANT, { config: 'missing.yaml' }), /missing\.yaml: configuration file not found/);
  });

  it('a path input that does not exist', () => {
    expectToolFailure(runAction(COMPLIANT, { path: 'nope' }), /nope: no such directory/);
  });

  it('bad fail-on and max-warnings values', () => {
    expectToolFailure(runAction(COMPLIANT, { 'fail-on': 'sometimes' }), /input fail-on: expected error, warning or never, got "sometimes"/);
    expectToolFailure(runAction(COMPLIANT, { 'max-warnings': 'many' }), /input max-warnings: expected a non-negative integer or -1/);
    expectToolFailure(runAction(COMPLIANT, { 'max-warnings': '-2' }), /input max-warnings/);
  });
});

describe('adopting the tool gradually: baseline and args', () => {
  it('a baseline input hides the findings it records, and the check passes', () => {
    const r = runAction(WARNING_ONLY, { baseline: 'known.json', 'max-warnings': '0' }, {
      prepare: (workspace) => {
        const written = spawnSync(process.execPath, [join(ROOT, 'dist/detectviz-lint.cjs'), '.', '--no-cache', '--write-baseline', 'known.json'], { cwd: workspace, encoding: 'utf8' });
        expect(written.status, written.stderr).toBe(0);
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(annotations(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('baseline: 1 known finding(s) hidden');
    expect(r.outputs).toMatchObject({ warnings: '0' });
  });

  it('a baseline input that cannot be read is exit 2 with one ::error:: line', () => {
    const r = runAction(WARNING_ONLY, { baseline: 'missing.json' });
    expect(r.status).toBe(2);
    expect(annotations(r.stdout)).toEqual([expect.stringMatching(/^::error::detectviz-lint: input baseline .*missing\.json: cannot be read \(ENOENT\)$/)]);
  });

  it('args passes --rule severities (and --quiet) to the run', () => {
    const off = runAction(WARNING_ONLY, { args: '--rule version-skew=off', 'max-warnings': '0' });
    expect(off.status, off.stdout).toBe(0);
    expect(annotations(off.stdout)).toEqual([]);
    const error = runAction(WARNING_ONLY, { args: '--rule=version-skew=error --quiet' });
    expect(error.status).toBe(1);
    expect(annotations(error.stdout)[0]).toMatch(/^::error file=.*title=version-skew::/);
  });

  it('args with an option it does not support is exit 2 naming it', () => {
    const r = runAction(WARNING_ONLY, { args: '--format json' });
    expect(r.status).toBe(2);
    expect(annotations(r.stdout)).toEqual([expect.stringMatching(/^::error::detectviz-lint: input args: "--format" is not supported/)]);
  });
});

describe("what GitHub shows of a step", () => {
  it('a step summary never goes past GitHub\'s 1 MiB limit, and says what it cut', () => {
    // What the step wrote before leaves less than the report needs.
    const before = `${'x'.repeat(120)}\n`.repeat(Math.floor((1024 * 1024 - 2000) / 121));
    const r = runAction(WITH_ERROR, {}, { summaryBefore: before });
    expect(r.status).toBe(1);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(r.summary.slice(before.length)).toMatch(/Report cut\*\*: this summary shows the first \d+ of \d+ bytes/);
    expect(r.summary).not.toContain('\ufffd');
  });

  it('more warnings than GitHub annotates per step: the summary says so', () => {
    const r = runAction('fixtures/unused-template/template-nothing-renders', {}, {
      prepare: (workspace) => {
        for (let i = 0; i < 11; i++) writeFileSync(join(workspace, `ansible/roles/master/templates/extra-${i}.yaml.j2`), 'a: 1\n');
      },
    });
    expect(r.status).toBe(0);
    expect(annotations(r.stdout).filter((l) => l.startsWith('::warning'))).toHaveLength(12);
    expect(r.summary).toMatch(/GitHub shows at most 10 error, 10 warning and 10 notice annotations per step \(50 per job\); this run has 12 warning findings/);
    const few = runAction(WARNING_ONLY);
    expect(few.summary).not.toContain('Not every finding is annotated');
  });
});

describe('the committed bundle', () => {
  it('runs from a checkout without node_modules (only the files a checkout of the action holds)', () => {
    const checkout = join(tmp, 'checkout');
    for (const file of [ENTRY, 'action.yml', 'package.json', 'src/classify/catalog.yaml', 'schemas/config.schema.json']) {
      mkdirSync(dirname(join(checkout, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(checkout, file));
    }
    // A configuration file exercises the schema (ajv, loaded lazily) as well as the catalog.
    const dir = join(tmp, 'with-config');
    cpSync(fixtureRepo(join(ROOT, WITH_ERROR)), dir, { recursive: true });
    writeFileSync(join(dir, '.detectviz-lint.yaml'), 'rules:\n  cni-runtime-managed: warning\n');
    const r = runAction(dir, {}, { entry: join(checkout, ENTRY) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(annotations(r.stdout)[0]).toMatch(/^::warning file=argocd\/apps\/infrastructure\/calico\/calico-node\.yaml,line=2,col=1,title=cni-runtime-managed::/);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1' });
  });

  it('is up to date: rebuilding it changes nothing git sees', (ctx) => {
    const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });
    if (inGit.status !== 0 || inGit.stdout.trim() !== 'true') return ctx.skip(`not a git checkout: cannot compare ${ENTRY} with the committed one`);
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', ENTRY], { cwd: ROOT, encoding: 'utf8' });
    expect(tracked.status, `${ENTRY} is not in git: GitHub runs the action from the checkout, so commit the bundle (git add ${ENTRY})`).toBe(0);
    // Rebuilt from the sources at the start of this run (test/global-setup.ts).
    const diff = spawnSync('git', ['diff', '--quiet', '--', ENTRY], { cwd: ROOT });
    expect(diff.status, `${ENTRY} is stale: run \`npm run build\` and commit it`).toBe(0);
  }, 120_000);
});
