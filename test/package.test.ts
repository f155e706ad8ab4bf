// The package as npm users get it: packed, installed globally from the tarball into a
// temporary prefix, and run. It must install without a warning, hold only what the bundled
// command loads (no dependencies) and stay small.
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

const ROOT = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'dvl-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Bytes of every file below dir, links not followed. */
function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? sizeOf(p) : lstatSync(p).size);
  }, 0);
}

const npm = (...args: string[]) => npmIn(tmp, ...args);
const npmIn = (cwd: string, ...args: string[]) =>
  spawnSync('npm', [...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_cache: join(tmp, 'npm-cache'), npm_config_update_notifier: 'false' } });

let install: ReturnType<typeof npm>;
let tarball: string;
const prefix = join(tmp, 'prefix');
beforeAll(() => {
  const pack = npm('pack', ROOT, '--pack-destination', tmp);
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(tmp, pack.stdout.trim().split('\n').pop()!);
  install = npm('install', '-g', '--prefix', prefix, tarball);
}, 180_000);

describe('the packed package', () => {
  it('installs globally from the tarball without a warning', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout + install.stderr).not.toMatch(/warn/i);
  });

  it('declares no dependencies: the bundled command loads only Node built-ins', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(prefix, 'lib/node_modules'))).toEqual(['detectviz-lint']);
  });

  it('takes at most 3 MB installed', () => {
    const bytes = sizeOf(join(prefix, 'lib/node_modules/detectviz-lint'));
    console.info(`installed size: ${(bytes / 1e6).toFixed(2)} MB`);
    expect(bytes).toBeLessThanOrEqual(3_000_000);
  });

  it('runs: lints a repository, with a configuration file (schema and catalog found in the package)', () => {
    const repo = join(tmp, 'repo');
    cpSync(fixtureRepo(join(ROOT, 'fixtures/appset-group-mismatch/custom-appsets-config')), repo, { recursive: true });
    const r = spawnSync(join(prefix, 'bin/detectviz-lint'), [repo, '--no-cache', '-f', 'json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect((JSON.parse(r.stdout) as { tool: { name: string } }).tool.name).toBe('detectviz-lint');
  });
});

describe('the library, installed as a dependency and imported by name', () => {
  const project = join(tmp, 'consumer');
  beforeAll(() => {
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const added = npmIn(project, 'install', '--no-audit', '--no-fund', tarball);
    expect(added.status, added.stderr).toBe(0);
  }, 180_000);

  it('lint() runs from the `exports` entry on a fixture', () => {
    const repo = join(tmp, 'library-repo');
    cpSync(fixtureRepo(join(ROOT, 'fixtures/appset-group-mismatch/custom-appsets-config')), repo, { recursive: true });
    writeFileSync(join(project, 'run.mjs'), `import { lint } from 'detectviz-lint';\nconst r = await lint(${JSON.stringify(repo)});\nconsole.log(JSON.stringify({ ids: r.findings.map((f) => f.ruleId), files: r.summary.filesScanned }));\n`);
    const r = spawnSync(process.execPath, ['run.mjs'], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ids: string[]; files: number };
    expect(out.files).toBeGreaterThan(0);
    expect(out.ids).toContain('appset-group-mismatch');
  });

  it('its declarations type-check a client, and reject a misuse', () => {
    // One compiler run over both files (a tsc start costs ~2 s): its only diagnostic is the misuse's.
    const tsconfig = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true }, files: ['client.ts', 'misuse.ts'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    writeFileSync(join(project, 'client.ts'), "import { lint, type Finding, type LintResult } from 'detectviz-lint';\nconst r: LintResult = await lint('.');\nconst f: Finding[] = r.findings;\nexport const n: number = f.length + r.summary.errors;\n");
    writeFileSync(join(project, 'misuse.ts'), "import { lint } from 'detectviz-lint';\nexport const n: string = (await lint('.')).summary.errors;\n");
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
    expect(tsc.stderr).toBe('');
    expect(tsc.stdout).toMatch(/^misuse\.ts\(2,14\): error TS2322: /);
    expect(tsc.stdout.trimEnd().split('\n'), 'the client type-checks: the misuse is the only diagnostic').toHaveLength(1);
    expect(tsc.status).toBe(2);
  });
});

describe('the committed CLI and library bundles (what the pre-commit hook and installs from a commit run)', () => {
  it('are up to date: rebuilding them changes nothing git sees', (ctx) => {
    const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });
    if (inGit.status !== 0 || inGit.stdout.trim() !== 'true') return ctx.skip('not a git checkout');
    // Rebuilt from the sources at the start of this run (test/global-setup.ts); the declarations
    // (dist/types), which the compiler writes, are checked by test/typecheck.test.ts.
    // Changed, deleted or new (untracked) files of the bundles.
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist/detectviz-lint.cjs', 'dist/index.mjs', 'dist/chunks'], { cwd: ROOT, encoding: 'utf8' });
    expect(status.stdout, 'the bundles are stale: run `npm run build` and commit dist/detectviz-lint.cjs, dist/index.mjs and dist/chunks').toBe('');
  });
});
