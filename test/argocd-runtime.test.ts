// The runtime reader: what it cannot follow is an Unresolved value with the right scope,
// Applications are identified by namespace, and roots come from chart values too.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SourceSet } from '../src/parse/source-set.js';
import { listFiles } from '../src/discover/discover.js';
import { readRuntime } from '../src/argocd/read-runtime.js';
import { bootstrapChartRoots } from '../src/argocd/bootstrap-chart-roots.js';
import { autoEntrypoints } from '../src/argocd/auto-entrypoints.js';
import { buildGraph, unknownsAffecting } from '../src/graph/graph.js';
import type { BootstrapModel, RuntimeModel } from '../src/types.js';

const REPO = 'git@github.com:example/platform.git';

function withRepo<T>(files: Record<string, string>, run: (sources: SourceSet) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'dvl-argocd-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    return run(new SourceSet(root, listFiles(root).files));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const entry = (file: string): RuntimeModel['entrypoints'][number] => ({ file, at: { file, line: 1, column: 1 }, origin: 'config' });
const read = (files: Record<string, string>, entrypoints = ['root.yaml']): RuntimeModel =>
  withRepo(files, (sources) => readRuntime(sources, { entrypoints: entrypoints.map(entry), repoURLs: [REPO] }));

const app = (name: string, source: string, namespace = 'argocd'): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  project: default
  source:
${source.replace(/^/gm, '    ')}
  destination:
    server: https://kubernetes.default.svc
    namespace: default
`;

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
const emptyBootstrap = (deployments: BootstrapModel['deployments'] = []): BootstrapModel => ({
  roots: [], playbooks: [], roles: [], tasks: [], refs: [], deployments, deadDeployments: [], installers: [], cycles: [], argocdEntrypoints: [], unresolved: [],
});
const graphOf = (runtime: RuntimeModel) => buildGraph({ bootstrap: emptyBootstrap(), runtime, parseProblems: [], escapes: [], appUnits: [], appsRoots: [] });

describe('Applications are identified by namespace', () => {
  it('two Applications of one name in two namespaces are two nodes, and references hold qualified ids', () => {
    const m = read(
      {
        'root.yaml': `${app('web', `repoURL: ${REPO}\npath: a`, 'argocd')}---\n${app('web', `repoURL: ${REPO}\npath: b`, 'team-b')}`,
        'a/deploy.yaml': DEPLOYMENT,
        'b/deploy.yaml': DEPLOYMENT,
      },
    );
    expect(m.applications.map((a) => a.id).sort()).toEqual(['argocd/web', 'team-b/web']);
    expect(m.objects.map((o) => o.application).sort()).toEqual(['argocd/web', 'team-b/web']);
    expect(m.pathRefs.map((p) => p.owner).sort()).toEqual(['argocd/web', 'team-b/web']);
    const nodes = graphOf(m).nodes.filter((n) => n.kind === 'application').map((n) => n.id);
    expect(nodes.sort()).toEqual(['application:argocd/web', 'application:team-b/web']);
  });
});

describe('what the runtime reader cannot follow is Unresolved', () => {
  it('a Kustomize generator plugin (ksops) leaves the Application\'s objects unknown, scoped to it; a builtin generator does not', () => {
    const m = read({
      'root.yaml': app('secrets', `repoURL: ${REPO}\npath: secrets`),
      'secrets/kustomization.yaml': 'generators:\n  - ksops.yaml\n  - builtin.yaml\n',
      'secrets/ksops.yaml': 'apiVersion: viaduct.ai/v1\nkind: ksops\nmetadata:\n  name: gen\nfiles: [s.enc.yaml]\n',
      'secrets/builtin.yaml': 'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: cm\nliterals: [a=b]\n',
    });
    expect(m.unresolved).toEqual([
      expect.objectContaining({ construct: 'Kustomize generator plugin ksops', affects: ['runtime-deploys'], scope: { application: 'argocd/secrets' }, at: expect.objectContaining({ file: 'secrets/kustomization.yaml', line: 2 }) }),
    ]);
    const graph = graphOf(m);
    expect(unknownsAffecting(graph, 'runtime-deploys', { application: 'argocd/secrets' })).toHaveLength(1);
    expect(unknownsAffecting(graph, 'runtime-deploys', { application: 'argocd/other' })).toHaveLength(0);
  });

  it('a transformer plugin in an app of apps is unknown beyond that Application (it could produce Applications)', () => {
    const m = read({
      'root.yaml': app('root', `repoURL: ${REPO}\npath: apps`),
      'apps/kustomization.yaml': 'resources: [child.yaml]\ntransformers:\n  - |-\n    apiVersion: fn.kpt.dev/v1\n    kind: SetLabels\n    metadata:\n      name: labels\n',
      'apps/child.yaml': app('child', `repoURL: ${REPO}\npath: web`),
      'web/deploy.yaml': DEPLOYMENT,
    });
    expect(m.unresolved).toEqual([expect.objectContaining({ construct: 'Kustomize transformer plugin SetLabels' })]);
    expect(m.unresolved[0].scope).toBeUndefined();
  });

  it('a config management plugin renders unknown objects: the source is a plugin, never empty', () => {
    const m = read({ 'root.yaml': app('tanka', `repoURL: ${REPO}\npath: tk\nplugin:\n  name: tanka`), 'tk/main.jsonnet': '{}' });
    expect(m.applications[0].sources[0]).toMatchObject({ tool: 'plugin', renders: 0 });
    expect(m.unresolved).toEqual([expect.objectContaining({ construct: 'config management plugin tanka', scope: { application: 'argocd/tanka' } })]);
  });

  it('a path built from parameters without a value covers the directories it matches; with nothing literal it could be anything', () => {
    const set = (path: string, repoURL = REPO) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: addons
  namespace: argocd
spec:
  generators:
    - clusters: {}
  template:
    metadata:
      name: "{{name}}-addon"
    spec:
      project: default
      source:
        repoURL: "${repoURL}"
        targetRevision: main
        path: "${path}"
      destination:
        server: "{{server}}"
        namespace: addons
`;
    const files = { 'addons/metallb/deploy.yaml': DEPLOYMENT, 'other/web/deploy.yaml': DEPLOYMENT };
    const partly = read({ ...files, 'root.yaml': set('addons/{{metadata.labels.addon}}') });
    expect(partly.pathRefs.filter((p) => p.kind === 'pattern').map((p) => p.path)).toEqual(['addons/metallb']);
    expect(partly.unresolved).toEqual([expect.objectContaining({ scope: { application: 'argocd/in-cluster-addon' } })]);
    const anything = read({ ...files, 'root.yaml': set('{{metadata.annotations.path}}', '{{metadata.annotations.repo}}') });
    expect(anything.pathRefs.filter((p) => p.kind === 'pattern')).toEqual([]);
    expect(anything.unresolved).toEqual([expect.objectContaining({ construct: expect.stringContaining('source repoURL'), affects: ['runtime-deploys'] })]);
    expect(anything.unresolved[0].scope).toBeUndefined();
  });

  it('a generator that needs the live cluster is named instead of the paths it leaves unknown, scoped to the Application when its path is literal', () => {
    const m = read({
      'root.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: previews
spec:
  generators:
    - pullRequest:
        github: { owner: example, repo: platform }
  template:
    metadata:
      name: "preview-{{number}}"
    spec:
      project: default
      source:
        repoURL: ${REPO}
        path: web
      destination:
        server: https://kubernetes.default.svc
        namespace: "preview-{{number}}"
`,
      'web/deploy.yaml': DEPLOYMENT,
    });
    expect(m.unresolved).toEqual([expect.objectContaining({ construct: 'pullRequest generator of ApplicationSet previews', scope: { application: 'argocd/preview-{{number}}' } })]);
    expect(m.objects).toHaveLength(1);
  });

  it('a templatePatch that cannot be rendered leaves the generated sources unknown; one with conditionals is read with both branches', () => {
    const appset = (patch: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: charts
spec:
  goTemplate: true
  generators:
    - list:
        elements:
          - name: web
            auto: true
  template:
    metadata:
      name: "{{ .name }}"
    spec:
      project: default
      source:
        repoURL: ${REPO}
      destination:
        server: https://kubernetes.default.svc
        namespace: web
  templatePatch: |
${patch.replace(/^/gm, '    ')}
`;
    const readable = read({ 'root.yaml': appset('spec:\n  source:\n    path: apps/{{ .name }}\n{{- if .auto }}\n  syncPolicy:\n    automated: {}\n{{- end }}'), 'apps/web/deploy.yaml': DEPLOYMENT });
    expect(readable.unresolved).toEqual([]);
    expect(readable.pathRefs).toEqual([expect.objectContaining({ path: 'apps/web', status: 'ok' })]);
    const unknown = read({ 'root.yaml': appset('spec:\n  source:\n    path: {{ .name | replace "-" "/" }}'), 'apps/web/deploy.yaml': DEPLOYMENT });
    expect(unknown.unresolved).toEqual([expect.objectContaining({ construct: 'templatePatch of ApplicationSet charts' })]);
    expect(unknown.unresolved[0].scope).toBeUndefined();
  });

  it('argocd-apps values through a $ref of another repository leave the Applications they define unknown', () => {
    const m = read({
      'root.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: apps
spec:
  project: default
  sources:
    - repoURL: https://argoproj.github.io/argo-helm
      chart: argocd-apps
      targetRevision: 2.0.2
      helm:
        valueFiles: [$config/apps.yaml]
    - repoURL: https://github.com/example/cluster-config.git
      ref: config
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
`,
    });
    expect(m.unresolved).toEqual([expect.objectContaining({ construct: 'argocd-apps values file $config/apps.yaml of Application apps', affects: ['runtime-deploys'] })]);
    expect(m.unresolved[0].scope).toBeUndefined();
  });
});

describe('roots in the values of a chart bootstrap installs', () => {
  const chartTask = (name: string, valuesFiles?: BootstrapModel['deployments'][number]['valuesFiles']): BootstrapModel['deployments'][number] => ({
    at: { file: 'ansible/site.yml', line: 9, column: 7 }, mechanism: 'helm', chart: { name, at: { file: 'ansible/site.yml', line: 10, column: 9 } }, objects: [], ...(valuesFiles ? { valuesFiles } : {}),
  });
  const values = `applications:\n  root:\n    project: default\n    source:\n      repoURL: ${REPO}\n      path: apps\n    destination:\n      server: https://kubernetes.default.svc\n      namespace: argocd\napplicationsets:\n  infra:\n    generators:\n      - git:\n          repoURL: ${REPO}\n          revision: HEAD\n          directories: [{ path: infra/* }]\n    template:\n      metadata: { name: "infra-{{path.basename}}" }\n      spec:\n        project: default\n        source: { repoURL: ${REPO}, path: "{{path}}" }\n        destination: { server: https://kubernetes.default.svc, namespace: infra }\n`;
  const files = { 'bootstrap/apps-values.yaml': values, 'apps/deploy.yaml': DEPLOYMENT, 'infra/metallb/deploy.yaml': DEPLOYMENT };

  it('argocd-apps installed with a values file of this repository gives its Applications and ApplicationSets as roots', () => {
    const bootstrap = emptyBootstrap([chartTask('argocd-apps', [{ file: 'bootstrap/apps-values.yaml', ref: 'bootstrap/apps-values.yaml', at: { file: 'ansible/site.yml', line: 12, column: 13 } }])]);
    const m = withRepo(files, (sources) => {
      const roots = bootstrapChartRoots(bootstrap, sources);
      expect(roots.unresolved).toEqual([]);
      expect(roots.roots).toEqual([{ file: 'bootstrap/apps-values.yaml', at: bootstrap.deployments[0].at }]);
      return readRuntime(sources, { entrypoints: roots.roots.map((r) => ({ file: r.file, at: r.at, origin: 'bootstrap', chartValues: true })), repoURLs: [REPO] });
    });
    expect(m.applications.map((a) => a.id).sort()).toEqual(['argocd/infra-metallb', 'argocd/root']);
    expect(m.applicationSets.map((s) => s.id)).toEqual(['argocd/infra']);
    expect(m.objects).toHaveLength(2);
  });

  it('argocd-apps whose values the reader does not see leaves the roots unknown; argo-cd only when no root is known otherwise', () => {
    withRepo(files, (sources) => {
      const unseen = bootstrapChartRoots(emptyBootstrap([chartTask('argocd-apps', [{ ref: "{{ lookup('env', 'V') }}", at: { file: 'ansible/site.yml', line: 12, column: 13 } }])]), sources);
      expect(unseen.unresolved).toEqual([expect.objectContaining({ affects: ['entrypoints', 'runtime-deploys'], configKey: 'argocd.entrypoints', at: { file: 'ansible/site.yml', line: 9, column: 7 } })]);
      expect(bootstrapChartRoots(emptyBootstrap([chartTask('argo-cd')]), sources).unresolved).toHaveLength(1);
      const withManifestRoot = { ...emptyBootstrap([chartTask('argo-cd')]), argocdEntrypoints: [{ file: 'root.yaml', at: { file: 'ansible/site.yml', line: 20, column: 7 } }] };
      expect(bootstrapChartRoots(withManifestRoot, sources).unresolved).toEqual([]);
      expect(bootstrapChartRoots(emptyBootstrap([chartTask('cilium')]), sources).unresolved).toEqual([]);
    });
  });
});

describe('a chart of this repository bootstrap installs', () => {
  const localChart = (dir: string, name: string): BootstrapModel['deployments'][number] => ({
    at: { file: 'ansible/site.yml', line: 9, column: 7 }, mechanism: 'helm', chart: { name, dir, at: { file: 'ansible/site.yml', line: 10, column: 9 } }, objects: [],
  });
  const rootTemplate = `{{- range $index, $app := .Values.apps }}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ $app.name }}
  namespace: {{ $.Release.Namespace }}
  annotations:
    argocd.argoproj.io/sync-wave: '{{ $index }}'
spec:
  project: default
  source:
    repoURL: {{ $.Values.repo }}
    path: {{ $app.path }}
  destination:
    server: https://kubernetes.default.svc
    namespace: {{ .namespace }}
{{- end }}
`;
  const appOfApps = {
    'charts/root/Chart.yaml': 'apiVersion: v2\nname: root\nversion: 0.1.0\n',
    'charts/root/values.yaml': `repo: ${REPO}\napps:\n  - { name: web, path: apps/web, namespace: web }\n  - { name: db, path: apps/db, namespace: db }\n`,
    'charts/root/templates/apps.yaml': rootTemplate,
    'apps/web/deploy.yaml': DEPLOYMENT,
    'apps/db/deploy.yaml': DEPLOYMENT,
  };

  it('an app-of-apps chart is the root: its range over the values gives one Application per item, at the template line', () => {
    const m = withRepo(appOfApps, (sources) => {
      const roots = bootstrapChartRoots(emptyBootstrap([localChart('charts/root', 'root')]), sources);
      expect(roots.roots).toEqual([{ file: 'charts/root', at: { file: 'ansible/site.yml', line: 9, column: 7 }, chartDir: { appsOnly: true } }]);
      return readRuntime(sources, { entrypoints: [{ file: 'charts/root', at: roots.roots[0].at, origin: 'bootstrap', appsChart: true }], repoURLs: [REPO] });
    });
    expect(m.applications.map((a) => [a.id, a.at.line, a.sources[0].path])).toEqual([
      ['argocd/web', 3, 'apps/web'],
      ['argocd/db', 3, 'apps/db'],
    ]);
    expect(m.objects).toHaveLength(2);
  });

  it('a chart with a dependency or other templates is still a root but not only Applications', () => {
    withRepo({ ...appOfApps, 'charts/root/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }, (sources) => {
      expect(bootstrapChartRoots(emptyBootstrap([localChart('charts/root', 'root')]), sources).roots[0].chartDir).toEqual({ appsOnly: false });
    });
  });

  it('argocd-apps values under an umbrella chart\'s dependency key are roots, from its own values.yaml', () => {
    const umbrella = {
      'system/argocd/Chart.yaml': 'apiVersion: v2\nname: argocd\nversion: 0.0.0\ndependencies:\n  - { name: argo-cd, version: 7.3.4, repository: https://argoproj.github.io/argo-helm }\n  - { name: argocd-apps, alias: apps, version: 2.0.0, repository: https://argoproj.github.io/argo-helm }\n',
      'system/argocd/values.yaml': `apps:\n  applications:\n    root:\n      project: default\n      source: { repoURL: ${REPO}, path: apps/web }\n      destination: { server: https://kubernetes.default.svc, namespace: web }\n`,
      'apps/web/deploy.yaml': DEPLOYMENT,
    };
    const m = withRepo(umbrella, (sources) => {
      const roots = bootstrapChartRoots(emptyBootstrap([localChart('system/argocd', 'argo-cd')]), sources);
      expect(roots).toEqual({ roots: [{ file: 'system/argocd/values.yaml', at: { file: 'ansible/site.yml', line: 9, column: 7 }, valuesKey: 'apps' }], unresolved: [] });
      return readRuntime(sources, { entrypoints: [{ file: roots.roots[0].file, at: roots.roots[0].at, origin: 'bootstrap', chartValues: true, valuesKey: 'apps' }], repoURLs: [REPO] });
    });
    expect(m.applications.map((a) => [a.id, a.at.line])).toEqual([['argocd/root', 4]]);
  });
});

describe('auto-detected entry points', () => {
  it('drop an Application another candidate renders, whichever was met first', () => {
    const found = withRepo(
      {
        'apps/root/root.yaml': app('root', `repoURL: ${REPO}\npath: apps/children`),
        'apps/children/web.yaml': app('web', `repoURL: ${REPO}\npath: apps/web`),
        'apps/web/deploy.yaml': DEPLOYMENT,
        'bootstrap/bootstrap.yaml': app('bootstrap', `repoURL: ${REPO}\npath: apps/root`),
      },
      (sources) => autoEntrypoints(sources, [''], [REPO]),
    );
    expect(found.map((e) => e.file)).toEqual(['bootstrap/bootstrap.yaml']);
  });

  it('skip folders that are mostly Markdown or named for documentation, and Applications of another repository', () => {
    const found = withRepo(
      {
        'argocd/root.yaml': app('root', `repoURL: ${REPO}\npath: apps`),
        'apps/deploy.yaml': DEPLOYMENT,
        'guides/README.md': '# Guides',
        'guides/howto.md': '# How to',
        'guides/by-hand.yaml': app('by-hand', `repoURL: ${REPO}\npath: apps`),
        'examples/guestbook/app.yaml': app('guestbook', 'repoURL: https://github.com/argoproj/argocd-example-apps.git\npath: guestbook'),
        'elsewhere/remote.yaml': app('remote', 'repoURL: https://github.com/example/other.git\npath: apps'),
      },
      (sources) => autoEntrypoints(sources, [''], [REPO]),
    );
    expect(found.map((e) => e.file)).toEqual(['argocd/root.yaml']);
  });
});
