// The cache never changes what is reported: the JSON report and the stylish output are
// byte-identical between a cold run, a warm run (cache filled, tree unchanged) and incremental
// runs (cache filled by the previous state, then files edited, touched, deleted, renamed and
// added), each compared with a run without cache of the same tree state. In process (the
// library, as the CLI calls it) for speed; one check runs the built command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { globSync } from 'glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench generator is plain JavaScript without types
import { generate } from '../bench/generate.mjs';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { formatters, lint, ruleCatalog, type LintResult } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/detectviz-lint.cjs');

const tmp = mkdtempSync(join(tmpdir(), 'dvl-cache-identity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plain = { color: new Chalk({ level: 0 }), ...ruleCatalog };
const render = (result: LintResult): string => `${formatters.json(result, plain)}\n${formatters.stylish(result, plain)}`;
/** A run without cache: reads and writes none. */
const uncached = async (repo: string): Promise<string> => render(await lint(repo));
const cached = async (repo: string, cacheDir: string): Promise<string> => render(await lint(repo, { cacheDir }));

const scenarios = globSync('fixtures/**/*.expected.yaml', { cwd: ROOT })
  .sort()
  .map((f) => f.replace(/\.expected\.yaml$/, ''));

describe('every fixture: cold and warm runs print the same bytes', () => {
  it.each(scenarios)('%s', async (scenario) => {
    // Materialised fixtures are reused until they change: usually old files, whose stat stamps the warm run trusts.
    const repo = fixtureRepo(join(ROOT, scenario));
    const cacheDir = mkdtempSync(join(tmp, 'fixture-cache-'));
    const cold = await cached(repo, cacheDir);
    expect(readdirSync(cacheDir).length, 'the cold run filled the cache').toBeGreaterThan(0);
    expect(await cached(repo, cacheDir)).toBe(cold);
    rmSync(cacheDir, { recursive: true });
  });
});

// ---- incremental runs ------------------------------------------------------------------------

/** Where the edits land, chosen once from the first cold run of a repository (its layer table) and its files. */
interface Targets {
  /** Deployed manifests whose image tag is a version the layer table shows: the first is edited keeping its stat stamp, the last by one line. */
  versioned: { file: string; version: string }[];
  /** An Application of the repository whose source path is a folder of it. */
  application: { file: string; path: string };
  /** The folder of a deployed app, deleted whole. */
  appDir: string;
  /** A deployed manifest, renamed. */
  renamed: string;
  /** The folder of another deployed app, copied beside it (added files). */
  copied: string;
  /** A file touched without change. */
  touched: string;
}

const read = (repo: string, file: string): string => readFileSync(join(repo, file), 'utf8');

function chooseTargets(repo: string, result: LintResult): Targets {
  const byFile = new Map(result.components.flatMap((c) => c.runtime.map((d) => [d.file, d.version] as const)));
  const deployed = [...byFile].map(([file, version]) => ({ file, version })).sort((a, b) => a.file.localeCompare(b.file));
  const versioned = deployed.filter((d): d is { file: string; version: string } => !!d.version && /\d$/.test(d.version) && read(repo, d.file).includes(`:${d.version}`));
  const manifests = deployed.map((d) => d.file).filter((f) => !/(^|\/)(kustomization|Chart|values)\.ya?ml$/.test(f));
  const appDirs = [...new Set(deployed.map((d) => dirname(d.file)))].filter((d) => d.split('/').length >= 2);
  const applications = globSync('**/*.{yaml,yml}', { cwd: repo, dot: true })
    .sort()
    .flatMap((file) => {
      const text = read(repo, file);
      const path = /^kind: Application\s*$/m.test(text) ? /^\s+path: ([\w./-]+)\s*$/m.exec(text)?.[1] : undefined;
      return path && existsSync(join(repo, path)) && statSync(join(repo, path)).isDirectory() ? [{ file, path }] : [];
    })
    .sort((a, b) => b.file.split('/').length - a.file.split('/').length);
  const appDir = appDirs.filter((d) => !applications[0]?.file.startsWith(`${d}/`)).at(-1);
  const renamed = manifests.find((f) => !f.startsWith(`${appDir}/`));
  const copied = appDirs.find((d) => d !== appDir && !appDir?.startsWith(`${d}/`) && !d.startsWith(`${appDir}/`));
  if (versioned.length === 0 || !applications[0] || !appDir || !renamed || !copied) {
    throw new Error(`${repo}: no target for every edit (${JSON.stringify({ versioned, applications, appDir, renamed, copied })})`);
  }
  return { versioned, application: applications[0], appDir, renamed, copied, touched: applications[0].file };
}

interface Edit {
  name: string;
  /** Whether the report changes (the check that the edit is seen at all); a touch changes nothing. */
  changes: boolean;
  apply(repo: string, t: Targets): void;
}

const rewrite = (repo: string, file: string, edit: (text: string) => string): void => writeFileSync(join(repo, file), edit(read(repo, file)));

const EDITS: Edit[] = [
  {
    // The same number of bytes and the same mtime (and atime): only the ctime, which no one can
    // set back, or the content tells the edit apart.
    name: 'an edit that keeps the size and the mtime',
    changes: true,
    apply(repo, { versioned: [{ file, version }] }) {
      const path = join(repo, file);
      const before = statSync(path);
      const bumped = version.slice(0, -1) + ((Number(version.at(-1)) + 1) % 10);
      rewrite(repo, file, (text) => text.replace(`:${version}`, `:${bumped}`));
      utimesSync(path, before.atime, before.mtime);
      const after = statSync(path);
      expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    },
  },
  {
    name: 'a file touched without change',
    changes: false,
    apply(repo, { touched }) {
      const later = new Date(statSync(join(repo, touched)).mtimeMs + 60_000);
      utimesSync(join(repo, touched), later, later);
    },
  },
  {
    name: 'a one-line change inside a manifest',
    changes: true,
    apply(repo, { versioned }) {
      const { file } = versioned.at(-1)!;
      rewrite(repo, file, (text) => text.replace(/^(\s*(?:- )?image: [^\s:]+(?::\d+)?(?:\/[^\s:]+)*):\S+$/m, '$1:latest'));
    },
  },
  {
    name: "an Application's path",
    changes: true,
    apply(repo, { application: { file, path } }) {
      rewrite(repo, file, (text) => text.replace(`path: ${path}`, `path: ${path}-moved`));
    },
  },
  {
    name: "the Application's path put back",
    changes: true,
    apply(repo, { application: { file, path } }) {
      rewrite(repo, file, (text) => text.replace(`path: ${path}-moved`, `path: ${path}`));
    },
  },
  {
    name: 'a deleted app directory',
    changes: true,
    apply(repo, { appDir }) {
      rmSync(join(repo, appDir), { recursive: true });
    },
  },
  {
    name: 'a renamed file',
    changes: true,
    apply(repo, { renamed }) {
      renameSync(join(repo, renamed), join(repo, dirname(renamed), `renamed-${basename(renamed)}`));
    },
  },
  {
    name: 'added files (a copy of an app beside it)',
    changes: true,
    apply(repo, { copied }) {
      cpSync(join(repo, copied), join(repo, `${copied}-added`), { recursive: true });
    },
  },
];

/** Applies steps of edits one after the other; after each, the run with the cache filled by the previous state prints what a run without cache prints. */
async function expectIncrementalIdentity(repo: string, steps: Edit[][]): Promise<void> {
  const cacheDir = join(tmp, `${basename(repo)}-cache`);
  // The cold run fills the cache; every later state is compared with a run without cache.
  const first = await lint(repo, { cacheDir });
  const cold = render(first);
  expect(await cached(repo, cacheDir), 'warm run').toBe(cold);
  const targets = chooseTargets(repo, first);
  let previous = cold;
  for (const step of steps) {
    const what = step.map((e) => e.name).join(' + ');
    for (const edit of step) edit.apply(repo, targets);
    const incremental = await cached(repo, cacheDir);
    const reference = await uncached(repo);
    expect(incremental, `after ${what}`).toBe(reference);
    if (step.some((e) => e.changes)) expect(reference, `${what} changes the report`).not.toBe(previous);
    else expect(reference, `${what} changes nothing`).toBe(previous);
    previous = reference;
  }
}

/** Fixtures of different shapes: the Ansible + Argo CD seed (list and git ApplicationSets), several clusters, apps of apps in plain files and in a Helm chart, nested app groups. */
const REPRESENTATIVE = [
  'fixtures/layouts/seed-compliant',
  'fixtures/layouts/multi-cluster',
  'fixtures/realworld/k3s-argocd-helmchart-ksops-app-of-apps',
  'fixtures/patterns/app-of-apps-helm-templates',
  'fixtures/layouts/nested-app-group-and-archive-folder',
];

/** Sets the mtime and atime of every file below `dir` to the same whole second, long ago. */
function ageFiles(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) ageFiles(path);
    else if (e.isFile()) utimesSync(path, LONG_AGO_S, LONG_AGO_S);
  }
}
const LONG_AGO_S = 1_600_000_000;

/** The stat stamps of files written this close to a run are not trusted (coarse clocks): older copies make the cache rely on them. */
const TRUSTED_AGE_MS = 2100;

describe('incremental runs print what a run without cache prints', () => {
  // Copied and aged as the file is collected, so that the wait for trusted stamps passes while the cases above run.
  const copies = new Map<string, string>();
  for (const scenario of REPRESENTATIVE) {
    const copy = join(tmp, 'incremental', basename(scenario));
    cpSync(fixtureRepo(join(ROOT, scenario)), copy, { recursive: true });
    copies.set(scenario, copy);
  }
  const bench = join(tmp, 'incremental', 'bench-100-apps');
  generate(bench, { apps: 100, seed: 42 });
  // Whole seconds, as a checkout may leave them: an edit can put the mtime back exactly.
  ageFiles(join(tmp, 'incremental'));
  const agedAt = Date.now();
  beforeAll(async () => {
    await new Promise((done) => setTimeout(done, Math.max(0, agedAt + TRUSTED_AGE_MS - Date.now())));
  });

  it.each(REPRESENTATIVE)('%s, one edit at a time', async (scenario) => {
    await expectIncrementalIdentity(copies.get(scenario)!, EDITS.map((e) => [e]));
  });

  it('the generated tree of 100 apps (seed 42), the edits in three steps', async () => {
    // Three steps, not eight: a run of this tree costs a second. The edit that keeps the stamps
    // goes with the touch only (any other change would make a whole-run cache analyse anyway); the
    // moved root path hides the runtime until the next step puts it back.
    await expectIncrementalIdentity(bench, [EDITS.slice(0, 2), EDITS.slice(2, 4), EDITS.slice(4)]);
  }, 60_000);
});

describe('the command line', () => {
  it('prints the JSON report of a run without cache, filling the cache, warm and after an edit', async () => {
    if (!existsSync(BIN)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    const repo = join(tmp, 'cli');
    cpSync(fixtureRepo(join(ROOT, 'fixtures/layouts/seed-compliant')), repo, { recursive: true });
    mkdirSync(join(repo, '.git'));
    const cacheDir = join(tmp, 'cli-cache');
    const run = (): string => {
      const r = spawnSync(process.execPath, [BIN, repo, '-f', 'json', '--cache-location', cacheDir], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    // Three processes (each costs a Node start); the references are runs without cache in process.
    const json = async (): Promise<string> => formatters.json(await lint(repo), plain);
    const cold = await json();
    expect(run()).toBe(cold);
    expect(run()).toBe(cold);
    rewrite(repo, 'argocd/apps/infrastructure/metallb/controller.yaml', (text) => text.replace(/:v[\d.]+$/m, ':latest'));
    const edited = await json();
    expect(edited).not.toBe(cold);
    expect(run()).toBe(edited);
  });
});
