// Property-based: random Argo CD / Kustomize / Ansible repositories, valid and mutated,
// written to temp dirs, never make lint() throw, and the output keeps its invariants.
import Ajv from 'ajv';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatters } from '../src/format/index.js';
import { compareFindings } from '../src/engine/run.js';
import { lint, ruleCatalog, type LintResult } from '../src/index.js';
import { cleanup, PROJECT, tempDir } from './hostile-helpers.js';

const REPO = 'git@github.com:example/platform.git';
const made: string[] = [];
afterAll(() => made.forEach(cleanup));

// ------------------------------------------------------------ building blocks

const name = fc.constantFrom('metallb', 'grafana', 'kube-vip', 'argocd', 'calico', 'vault', 'x');
const dirName = fc.constantFrom('apps/a', 'apps/b', 'apps/b/base', 'apps/c', 'appsets', '.', '..', '../..', '/etc', 'apps/missing', 'apps/*');
const image = fc.tuple(fc.constantFrom('quay.io/metallb/controller', 'ghcr.io/kube-vip/kube-vip', 'calico/node', 'grafana/grafana', 'nginx'), fc.constantFrom('', ':v1.2.3', ':latest', '@sha256:abc'))
  .map(([i, t]) => i + t);

const manifest = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1', 'argoproj.io/v1alpha1', 'crd.projectcalico.org/v1'),
  kind: fc.constantFrom('ConfigMap', 'Deployment', 'DaemonSet', 'Application', 'FelixConfiguration', 'List'),
  metadata: fc.record({ name, namespace: fc.option(name, { nil: undefined }) }, { requiredKeys: ['name'] }),
  spec: fc.oneof(
    fc.constant(null),
    fc.record({ template: fc.record({ spec: fc.record({ containers: fc.array(fc.record({ name, image }), { maxLength: 2 }) }) }) }),
    fc.record({ source: fc.record({ repoURL: fc.constantFrom(REPO, 'https://charts.example.com'), path: dirName, chart: fc.option(name, { nil: undefined }) }) }),
  ),
});

const kustomization = fc.record({
  resources: fc.array(fc.constantFrom('m0.yaml', 'm1.yaml', 'missing.yaml', '../a', '../b', '../b/base', '..', '.', '../../../../etc/passwd', '/etc/passwd', 'https://example.com/x.yaml'), { maxLength: 4 }),
  namespace: fc.option(name, { nil: undefined }),
  images: fc.option(fc.array(fc.record({ name: fc.constant('nginx'), newTag: fc.constantFrom('1.0', 'latest') }), { maxLength: 1 }), { nil: undefined }),
});

const appSet = fc.record({
  apiVersion: fc.constant('argoproj.io/v1alpha1'),
  kind: fc.constant('ApplicationSet'),
  metadata: fc.record({ name: fc.constantFrom('infra-appset', 'apps-appset') }),
  spec: fc.record({
    generators: fc.array(
      fc.oneof(
        fc.record({ list: fc.record({ elements: fc.array(fc.record({ name, path: dirName }), { maxLength: 3 }) }) }),
        fc.record({ git: fc.record({ repoURL: fc.constant(REPO), directories: fc.array(fc.record({ path: fc.constantFrom('apps/*', '../*', '/tmp/*', 'apps/[', '**') }), { maxLength: 2 }) }) }),
        fc.record({ git: fc.record({ repoURL: fc.constant(REPO), files: fc.array(fc.record({ path: fc.constantFrom('apps/**/config.yaml', '../../**/passwd', 'apps/*') }), { maxLength: 2 }) }) }),
        fc.record({ clusters: fc.record({ selector: fc.record({ matchLabels: fc.record({ env: name }) }) }) }),
      ),
      { maxLength: 2 },
    ),
    template: fc.record({
      metadata: fc.record({ name: fc.constant('{{name}}{{path.basename}}') }),
      spec: fc.record({ project: fc.constant('default'), source: fc.record({ repoURL: fc.constant(REPO), path: fc.constantFrom('{{path}}', 'apps/a', '{{path}}/../..') }) }),
    }),
  }),
});

const task = fc.oneof(
  fc.record({ name, 'ansible.builtin.include_tasks': fc.constantFrom('a.yml', 'b.yml', 'main.yml', '../../../x.yml', '{{ os }}.yml') }),
  fc.record({ name, 'ansible.builtin.import_role': fc.record({ name: fc.constantFrom('master', 'worker', 'missing', '../..') }) }),
  fc.record({ name, 'ansible.builtin.template': fc.record({ src: fc.constantFrom('kube-vip.yaml.j2', 'missing.j2', '/etc/passwd', '../../../../etc/passwd'), dest: fc.constantFrom('/etc/kubernetes/manifests/kube-vip.yaml', '/tmp/x.yaml') }) }),
  fc.record({ name, 'ansible.builtin.command': fc.constantFrom('kubectl apply -f https://raw.githubusercontent.com/projectcalico/calico/master/manifests/calico.yaml', 'kubeadm init', 'kubectl apply -f /tmp/x.yaml') }),
  fc.record({ name, 'kubernetes.core.k8s': fc.record({ src: fc.constantFrom('/tmp/root-app.yaml', '{{ playbook_dir }}/../argocd/root.yaml'), state: fc.constant('present') }) }),
);

const playbook = fc.array(
  fc.oneof(
    fc.record({ name, hosts: fc.constantFrom('all', 'masters', 'localhost'), roles: fc.array(fc.constantFrom('master', 'worker', 'missing'), { maxLength: 2 }), tasks: fc.array(task, { maxLength: 3 }) }),
    fc.record({ import_playbook: fc.constantFrom('site.yml', 'other.yml', '../../x.yml') }),
  ),
  { minLength: 1, maxLength: 3 },
);

/** What a file's content becomes: valid YAML of the structure, or one of the mutations. */
const mutation = fc.constantFrom('none', 'none', 'none', 'truncate', 'tab', 'list', 'null', 'garbage', 'empty', 'dupkey', 'alias', 'crlf-bom');
const garbage = fc.string({ maxLength: 80 });

function mutate(text: string, how: string, junk: string): string {
  switch (how) {
    case 'truncate': return text.slice(0, Math.floor(text.length / 2));
    case 'tab': return text.replace(/\n {2}/, '\n\t');
    case 'list': return '- ' + text.split('\n').join('\n  ');
    case 'null': return 'null\n';
    case 'garbage': return junk;
    case 'empty': return '---\n';
    case 'dupkey': return text + (text.startsWith('- ') ? '' : 'kind: Again\nkind: Twice\n');
    case 'alias': return 'x: &x [a, b]\ny: [*x, *x, *x]\n' + text;
    case 'crlf-bom': return '\uFEFF' + text.replace(/\n/g, '\r\n');
    default: return text;
  }
}

const fileOf = <T>(arb: fc.Arbitrary<T>, multi = false) =>
  fc.record({ value: multi ? fc.array(arb, { minLength: 1, maxLength: 3 }) : arb, how: mutation, junk: garbage });
const render = (f: { value: unknown; how: string; junk: string }, multi = false): string => {
  const text = multi ? (f.value as unknown[]).map((v) => stringify(v)).join('---\n') : stringify(f.value);
  return mutate(text, f.how, f.junk);
};

const repository = fc.record({
  root: fileOf(manifest),
  appsets: fileOf(appSet),
  kustA: fileOf(kustomization),
  kustB: fileOf(kustomization),
  kustBase: fileOf(kustomization),
  m0: fileOf(manifest, true),
  m1: fileOf(manifest, true),
  site: fileOf(playbook),
  other: fileOf(playbook),
  masterTasks: fileOf(fc.array(task, { maxLength: 3 })),
  taskA: fileOf(fc.array(task, { maxLength: 2 })),
  meta: fileOf(fc.record({ dependencies: fc.array(fc.constantFrom('worker', 'master', 'missing'), { maxLength: 2 }) })),
  workerMeta: fileOf(fc.record({ dependencies: fc.array(fc.constantFrom('worker', 'master'), { maxLength: 2 }) })),
});

type Repo = typeof repository extends fc.Arbitrary<infer T> ? T : never;

function writeRepo(r: Repo): string {
  const dir = tempDir('dvl-prop-');
  made.push(dir);
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const root = r.root.value;
  put('argocd/root.yaml', mutate(stringify({ ...root, kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', spec: root.spec && 'source' in root.spec ? root.spec : { source: { repoURL: REPO, path: 'argocd/appsets' } } }), r.root.how, r.root.junk));
  put('argocd/appsets/appset.yaml', render(r.appsets));
  put('argocd/appsets/kustomization.yaml', 'resources:\n  - appset.yaml\n');
  put('argocd/apps/a/kustomization.yaml', render(r.kustA));
  put('argocd/apps/b/kustomization.yaml', render(r.kustB));
  put('argocd/apps/b/base/kustomization.yaml', render(r.kustBase));
  for (const d of ['argocd/apps/a', 'argocd/apps/b', 'argocd/apps/b/base']) {
    put(`${d}/m0.yaml`, render(r.m0, true));
    put(`${d}/m1.yaml`, render(r.m1, true));
  }
  put('argocd/apps/c/config.yaml', 'name: c\npath: argocd/apps/c\n');
  put('ansible/site.yml', render(r.site));
  put('ansible/other.yml', render(r.other));
  put('ansible/roles/master/tasks/main.yml', render(r.masterTasks));
  put('ansible/roles/master/tasks/a.yml', render(r.taskA));
  put('ansible/roles/master/meta/main.yml', render(r.meta));
  put('ansible/roles/master/templates/kube-vip.yaml.j2', 'apiVersion: v1\nkind: Pod\nmetadata: {name: kube-vip}\nspec:\n  containers:\n    - name: kube-vip\n      image: ghcr.io/kube-vip/kube-vip:{{ kube_vip_version }}\n');
  put('ansible/roles/worker/tasks/main.yml', render(r.taskA));
  put('ansible/roles/worker/meta/main.yml', render(r.workerMeta));
  return dir;
}

// ------------------------------------------------------------ invariants

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(PROJECT, 'schemas/output.schema.json'), 'utf8')));
const ctx = { color: new Chalk({ level: 0 }), ...ruleCatalog };

function checkInvariants(dir: string, result: LintResult): void {
  for (const f of result.findings) {
    const full = join(dir, f.file);
    expect(f.file.startsWith('/') || f.file.split('/').includes('..'), `${f.file} stays under the root`).toBe(false);
    const stat = statSync(full, { throwIfNoEntry: false });
    expect(stat?.isFile(), `${f.ruleId}: ${f.file} is a file of the root`).toBe(true);
    const lines = readFileSync(full, 'utf8').split('\n');
    expect(f.line, `${f.ruleId} ${f.file}:${f.line}`).toBeGreaterThanOrEqual(1);
    expect(f.line, `${f.ruleId} ${f.file}:${f.line} (${lines.length} lines)`).toBeLessThanOrEqual(lines.length);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column, `${f.ruleId} ${f.file}:${f.line}:${f.column}`).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
  }
  for (let i = 1; i < result.findings.length; i++) {
    const [a, b] = [result.findings[i - 1], result.findings[i]];
    const order = a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
    expect(order, 'findings sorted by file, line, column, rule id').toBeLessThanOrEqual(0);
    expect(compareFindings(a, b)).toBeLessThanOrEqual(0);
  }
  const json = JSON.parse(formatters.json(result, ctx));
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
}

// PROP_RUNS / PROP_SEED explore further by hand; the suite itself is fixed and bounded.
const runs = (n: number) => ({ numRuns: Number(process.env.PROP_RUNS ?? n), seed: process.env.PROP_SEED ? Number(process.env.PROP_SEED) : 20251125, endOnFailure: true });

describe('random repositories (valid and mutated)', () => {
  it('never make lint() throw, and findings point inside real files, sorted, schema-valid', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(repository, async (r) => {
        const dir = writeRepo(r);
        const result = await lint(dir);
        checkInvariants(dir, result);
        for (const f of result.findings) seen.add(f.ruleId);
        cleanup(dir);
      }),
      runs(80),
    );
    // The generator reaches the graph: many rules fire somewhere in the runs.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['app-path-missing', 'parse-error', 'missing-reference']));
  }, 60_000);

  it('the seed layout with random garbage in any one file still lints without throwing', async () => {
    const files = ['argocd/root-app.yaml', 'argocd/appsets/infra-appset.yaml', 'argocd/appsets/kustomization.yaml', 'argocd/apps/infrastructure/metallb/kustomization.yaml', 'ansible/deploy-cluster.yml', 'ansible/roles/master/tasks/main.yml', 'ansible/group_vars/all.yml'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), async (file, text) => {
        const dir = tempDir('dvl-prop-');
        made.push(dir);
        const { cpSync } = await import('node:fs');
        cpSync(join(PROJECT, 'fixtures/layouts/seed-compliant'), dir, { recursive: true });
        writeFileSync(join(dir, file), text);
        const result = await lint(dir);
        checkInvariants(dir, result);
        cleanup(dir);
      }),
      runs(50),
    );
  }, 60_000);
});
