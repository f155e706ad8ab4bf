// The early cutoff (src/early-cutoff.ts) answers a run after a few files changed with the last
// result only when that result still holds. Each edit below, of files a repository deploys, is
// followed by a run with the cache (filled by the previous state) and one without: their reports
// must be byte-identical, whichever way the cached run answered. On the 100-app tree and in the
// records' tests, the edits that change nothing the analysis takes (a replica count, a comment)
// must be answered by the cutoff, so that these cases test it at all.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { globSync } from 'glob';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench generator is plain JavaScript without types
import { generate } from '../bench/generate.mjs';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { formatters, ruleCatalog, type LintResult } from '../src/index.js';
import { runLint } from '../src/lint-run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dvl-early-cutoff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plain = { color: new Chalk({ level: 0 }), ...ruleCatalog };
const render = (result: LintResult): string => `${formatters.json(result, plain)}\n${formatters.stylish(result, plain)}`;

interface Edit {
  name: string;
  /** The edited text; undefined when the edit does not apply to this text. */
  apply(text: string, result: LintResult, file: string): string | undefined;
}

const replaceFirst = (re: RegExp, to: string) => (text: string) => (re.test(text) ? text.replace(re, to) : undefined);

/** Edits the analysis takes nothing from, where the file is read only by renders (the cutoff then answers them). */
const INERT: Edit[] = [
  { name: 'a replica count', apply: (text) => replaceFirst(/^(\s*replicas:[ \t]*)(\d+)[ \t]*$/m, '$1$29')(text) },
  { name: 'a trailing comment', apply: (text) => `${text}${text.endsWith('\n') ? '' : '\n'}# edited\n` },
];

/** Edits that may change the report. */
const LIVE: Edit[] = [
  { name: 'a line inserted at the top', apply: (text) => `# edited\n${text}` },
  { name: 'an image tag', apply: (text) => replaceFirst(/^(\s*(?:- )?image:[ \t]*["']?[^\s:"']+):[\w.-]+/m, '$1:edited')(text) },
  { name: 'a label value', apply: (text) => replaceFirst(/^(\s+labels:[ \t]*\n\s+[\w./-]+:[ \t]*)["']?([\w.-]+)["']?[ \t]*$/m, '$1$2-edited')(text) },
  { name: 'an object name', apply: (text) => replaceFirst(/^(metadata:[ \t]*\n\s+name:[ \t]*)["']?([\w.-]+)["']?/m, '$1$2-edited')(text) },
  { name: 'a namespace', apply: (text) => replaceFirst(/^(\s+namespace:[ \t]*)["']?([\w.-]+)["']?[ \t]*$/m, '$1$2-edited')(text) },
  { name: 'a kind', apply: (text) => replaceFirst(/^kind:[ \t]*\w+/m, 'kind: Secret')(text) },
  { name: 'a syntax error', apply: (text) => `${text}\n: [unclosed\n` },
  // A parse problem and nothing else new: the same key and value twice.
  { name: 'a key written twice', apply: (text) => replaceFirst(/^(apiVersion:[^\n]*\n)/m, '$1$1')(text) },
  { name: "an Application's source path", apply: (text) => replaceFirst(/^(\s+path:[ \t]*)["']?([\w./-]+)["']?[ \t]*$/m, '$1$2-edited')(text) },
  {
    name: 'a suppression comment on the first line',
    apply: (text, result, file) => {
      const rule = result.findings.find((f) => f.file === file)?.ruleId ?? 'duplicate-owner';
      return text.replace(/^([^\n]*)/, `$1 # detectviz-lint-disable-line ${rule}`);
    },
  },
  { name: 'a Secret with data appended', apply: (text) => `${text}\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: edited\ndata:\n  password: cGFzcw==\n` },
  { name: 'the file duplicated', apply: (text) => `${text}\n---\n${text}` },
  { name: 'the file emptied', apply: () => '' },
];

/** The YAML files a fixture adds to its base, then those a run deployed (its layer table), then the others, at most `count`. */
function targets(repo: string, result: LintResult, count: number, own: string[] = []): string[] {
  const deployed = [...new Set(result.components.flatMap((c) => c.runtime.map((d) => d.file)))].sort();
  const all = globSync('**/*.{yaml,yml}', { cwd: repo, dot: true, ignore: '.git/**' }).sort();
  return [...new Set([...own.filter((f) => all.includes(f)), ...deployed, ...all])].slice(0, count);
}

/**
 * Fills the cache, then for each target file and edit: the edited tree's cached and uncached
 * reports are equal; the original text back, again. Returns how each cached run was answered.
 */
async function expectIdentity(repo: string, files: string[], edits: Edit[]): Promise<{ edit: string; file: string; answer: string }[]> {
  const cacheDir = join(tmp, `${basename(repo)}-cache`);
  const first = await runLint(repo, { cacheDir });
  const answers: { edit: string; file: string; answer: string }[] = [];
  for (const file of files) {
    const original = readFileSync(join(repo, file), 'utf8');
    for (const edit of edits) {
      const edited = edit.apply(original, first.result, file);
      if (edited === undefined || edited === original) continue;
      for (const [state, text] of [['edited', edited], ['restored', original]] as const) {
        writeFileSync(join(repo, file), text);
        const incremental = await runLint(repo, { cacheDir });
        const reference = render((await runLint(repo)).result);
        expect(render(incremental.result), `${file}: ${edit.name} (${state})`).toBe(reference);
        if (state === 'edited') answers.push({ edit: edit.name, file, answer: incremental.answer });
      }
    }
  }
  return answers;
}

/** Fixtures where renders, values, secrets, namespaces and kustomize checks meet. */
const REPOSITORIES = [
  'fixtures/layouts/seed-compliant',
  'fixtures/layouts/multi-cluster',
  'fixtures/realworld/k3s-argocd-helmchart-ksops-app-of-apps',
  'fixtures/realworld/kubeadm-flannel-kustomize-app-of-apps',
  'fixtures/patterns/app-of-apps-helm-templates',
  'fixtures/render-error/patch-target-missing',
  'fixtures/render-error/duplicate-object-in-build',
  'fixtures/render-error/helm-charts-without-enable-helm',
  'fixtures/duplicate-owner/same-object-in-two-apps',
  'fixtures/plaintext-secret/secret-with-literal-string-data',
  'fixtures/plaintext-secret/helm-values-with-literal-password',
  'fixtures/namespace-missing/kustomize-namespace-outside-destination',
];

describe('after an edit, a cached run prints what a run without cache prints', () => {
  it.each(REPOSITORIES)('%s: every edit of its deployed files', async (scenario) => {
    const repo = join(tmp, basename(scenario));
    cpSync(fixtureRepo(join(ROOT, scenario)), repo, { recursive: true });
    const own = globSync('**/*.{yaml,yml}', { cwd: join(ROOT, scenario), dot: true }).sort();
    const files = targets(repo, (await runLint(repo)).result, 6, own);
    const answers = await expectIdentity(repo, files, [...INERT, ...LIVE]);
    expect(answers.length).toBeGreaterThan(0);

  }, 60_000);

  it('the generated tree of 100 apps: a replica count and a trailing comment are answered by the cutoff, an image tag is not', async () => {
    const repo = join(tmp, 'bench-100-apps');
    generate(repo, { apps: 100, seed: 42 });
    const deployed = targets(repo, (await runLint(repo)).result, 400).filter((f) => /\/base\/deployment\.yaml$/.test(f));
    const answers = await expectIdentity(repo, deployed.slice(0, 2), [...INERT, LIVE[1]]);
    expect(answers.map((a) => [a.edit, a.answer])).toEqual([
      ['a replica count', 'cutoff'],
      ['a trailing comment', 'cutoff'],
      ['an image tag', 'analysis'],
      ['a replica count', 'cutoff'],
      ['a trailing comment', 'cutoff'],
      ['an image tag', 'analysis'],
    ]);
  }, 120_000);
});

describe('the unit records', () => {
  /** A copy of the seed layout, its cache filled, and an edit the cutoff answers (a comment added to a deployed manifest). */
  async function prepared(name: string): Promise<{ repo: string; cacheDir: string; edit: () => void; units: () => string }> {
    const repo = join(tmp, name);
    cpSync(fixtureRepo(join(ROOT, 'fixtures/layouts/seed-compliant')), repo, { recursive: true });
    const cacheDir = join(tmp, `${name}-cache`);
    await runLint(repo, { cacheDir });
    const file = join(repo, 'argocd/apps/infrastructure/metallb/controller.yaml');
    let round = 0;
    const edit = () => writeFileSync(file, `${readFileSync(file, 'utf8')}# round ${++round}\n`);
    const units = () => join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.units'))!);
    return { repo, cacheDir, edit, units };
  }

  /** A cached run answers as `answer` says, printing what a run without cache prints. */
  async function expectAnswer(repo: string, cacheDir: string, answer: string): Promise<void> {
    const run = await runLint(repo, { cacheDir });
    expect(run.answer).toBe(answer);
    expect(render(run.result)).toBe(render((await runLint(repo)).result));
  }

  it('answer an edit the analysis takes nothing from, the report the same as a run without cache', async () => {
    const { repo, cacheDir, edit } = await prepared('records-sound');
    edit();
    await expectAnswer(repo, cacheDir, 'cutoff');
  });

  it('damaged, a run analyses the tree as without them', async () => {
    const { repo, cacheDir, edit, units } = await prepared('records-damaged');
    writeFileSync(units(), 'not v8');
    edit();
    await expectAnswer(repo, cacheDir, 'analysis');
  });

  it('of another analysis than the one whose report the cache holds, are not used', async () => {
    const { repo, cacheDir, edit, units } = await prepared('records-foreign');
    const older = readFileSync(units());
    // A full analysis (an image tag changed) writes new records; the older ones put back belong to no report.
    const manifest = globSync('**/*.yaml', { cwd: repo }).sort().find((f) => /^\s*(- )?image:\s*\S+:\S+\s*$/m.test(readFileSync(join(repo, f), 'utf8')))!;
    writeFileSync(join(repo, manifest), readFileSync(join(repo, manifest), 'utf8').replace(/^(\s*(?:- )?image:\s*\S+:)(\S+)/m, '$1$2-edited'));
    await expectAnswer(repo, cacheDir, 'analysis');
    writeFileSync(units(), older);
    edit();
    await expectAnswer(repo, cacheDir, 'analysis');
  });
});
