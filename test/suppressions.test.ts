// Inline suppressions, per-path overrides and the baseline, on a copy of a fixture.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline } from '../src/engine/baseline.js';
import { lint } from '../src/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

const DS = 'argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml';
const SEED = fixtureRepo('fixtures/layouts/seed-compliant');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the compliant seed layout whose runtime kube-vip drifted to v0.8.8 (version-skew at line 16). */
function skewedRepo(edit?: (daemonset: string) => string, config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvl-suppress-'));
  dirs.push(dir);
  cpSync(SEED, dir, { recursive: true });
  const file = join(dir, DS);
  let text = readFileSync(file, 'utf8').replace('kube-vip:v0.8.9', 'kube-vip:v0.8.8');
  if (edit) text = edit(text);
  writeFileSync(file, text);
  if (config) writeFileSync(join(dir, '.detectviz-lint.yaml'), config);
  return dir;
}

const brief = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}`);

describe('inline suppressions', () => {
  it('without a suppression the skew is reported', async () => {
    expect(brief(await lint(skewedRepo()))).toEqual([`version-skew warning ${DS}:16`]);
  });

  it('disable-next-line with a reason suppresses the finding on the next line', async () => {
    const dir = skewedRepo((t) => t.replace(/( +)image: /, '$1# detectviz-lint-disable-next-line version-skew -- upgrading next sprint\n$1image: '));
    expect(brief(await lint(dir))).toEqual([]);
  });

  it('disable-line suppresses the finding on its own line', async () => {
    const dir = skewedRepo((t) => t.replace('kube-vip:v0.8.8', 'kube-vip:v0.8.8 # detectviz-lint-disable-line version-skew'));
    expect(brief(await lint(dir))).toEqual([]);
  });

  it('a file-level disable at the top suppresses the rule in the whole file', async () => {
    const dir = skewedRepo((t) => `# detectviz-lint-disable version-skew\n${t}`);
    expect(brief(await lint(dir))).toEqual([]);
  });

  it('a file-level disable below content does not apply', async () => {
    const dir = skewedRepo((t) => `${t}# detectviz-lint-disable version-skew\n`);
    expect(brief(await lint(dir))).toEqual([`version-skew warning ${DS}:16`]);
  });

  it('reports an unknown rule id in a suppression, and does not suppress with it', async () => {
    const dir = skewedRepo((t) => t.replace(/( +)image: /, '$1# detectviz-lint-disable-next-line version-skw\n$1image: '));
    expect(brief(await lint(dir))).toEqual([`invalid-suppression error ${DS}:16`, `version-skew warning ${DS}:17`]);
  });

  it('reports a suppression that suppresses nothing as unused (info)', async () => {
    const dir = skewedRepo((t) => t.replace(/( +)image: /, '$1# detectviz-lint-disable-next-line version-skew\n$1image: ').replace('v0.8.8', 'v0.8.9'));
    expect(brief(await lint(dir))).toEqual([`unused-suppression info ${DS}:16`]);
  });
});

describe('per-path overrides', () => {
  it('changes the severity for matching files only, in order', async () => {
    const config = 'rules:\n  version-skew: error\noverrides:\n  - files: ["argocd/apps/infrastructure/**"]\n    rules:\n      version-skew: info\n';
    expect(brief(await lint(skewedRepo(undefined, config)))).toEqual([`version-skew info ${DS}:16`]);
  });

  it('turns a rule off for matching files', async () => {
    const config = 'overrides:\n  - files: ["*.yaml"]\n    rules: { version-skew: "off" }\n';
    expect(brief(await lint(skewedRepo(undefined, config)))).toEqual([]);
  });

  it('--rule on the command line wins over overrides', async () => {
    const config = 'overrides:\n  - files: ["**"]\n    rules: { version-skew: "off" }\n';
    const result = await lint(skewedRepo(undefined, config), { ruleOverrides: { 'version-skew': 'error' } });
    expect(brief(result)).toEqual([`version-skew error ${DS}:16`]);
  });
});

describe('baseline', () => {
  it('hides recorded findings even when their lines move, and counts entries that no longer occur', async () => {
    const before = await lint(skewedRepo());
    const baseline = createBaseline(before.findings);
    const moved = await lint(skewedRepo((t) => `# a new comment moves every line\n${t}`));
    expect(brief(moved)).toEqual([`version-skew warning ${DS}:17`]);
    expect(applyBaseline(moved.findings, baseline)).toMatchObject({ findings: [], hidden: 1, stale: 0 });
    const fixed = await lint(SEED);
    expect(applyBaseline(fixed.findings, baseline)).toMatchObject({ findings: [], hidden: 0, stale: 1 });
  });
});

describe('suppressions in Jinja comments', () => {
  /** A copy of a fixture whose only finding is unused-template on this template, line 1. */
  const TEMPLATE = 'ansible/roles/master/templates/kube-vip-ds.yaml.j2';
  function templateRepo(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'dvl-suppress-'));
    dirs.push(dir);
    cpSync(fixtureRepo('fixtures/unused-template/template-nothing-renders'), dir, { recursive: true });
    const file = join(dir, TEMPLATE);
    writeFileSync(file, prefix + readFileSync(file, 'utf8'));
    return dir;
  }

  it('without a comment the unused template is reported', async () => {
    expect(brief(await lint(templateRepo('')))).toEqual([`unused-template warning ${TEMPLATE}:1`]);
  });

  it('{# detectviz-lint-disable <id> -- reason #} among the leading comments disables the rule in the template', async () => {
    expect(brief(await lint(templateRepo('{# detectviz-lint-disable unused-template -- rendered by the next release #}\n')))).toEqual([]);
    expect(brief(await lint(templateRepo('{#- detectviz-lint-disable unused-template -#}\n# rendered by hand\n')))).toEqual([]);
  });

  it('an unknown id in a Jinja comment is invalid-suppression, naming only that id', async () => {
    const r = await lint(templateRepo('{# detectviz-lint-disable unused-tmplate #}\n'));
    expect(brief(r)).toEqual([`unused-template warning ${TEMPLATE}:1`, `invalid-suppression error ${TEMPLATE}:1`]);
    expect(r.findings[1].message).toContain('unknown rule id unused-tmplate;');
  });
});
