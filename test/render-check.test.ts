import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SourceSet } from '../src/parse/source-set.js';
import { listFiles } from '../src/discover/discover.js';
import { readRuntime } from '../src/argocd/read-runtime.js';
import { readBuildOptions } from '../src/argocd/build-options.js';
import type { RuntimeModel } from '../src/types.js';

const REPO = 'https://github.com/example/platform.git';

function withRepo(files: Record<string, string>, check: (m: RuntimeModel, sources: SourceSet) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'dvl-render-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    const sources = new SourceSet(root, listFiles(root).files);
    const at = { file: 'root.yaml', line: 1, column: 1 };
    check(readRuntime(sources, { entrypoints: [{ file: 'root.yaml', at, origin: 'config' }], repoURLs: [REPO] }), sources);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const app = (name: string, path: string): string =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: ${REPO}\n    path: ${path}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${name}\n`;
const cm = (options: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n  kustomize.buildOptions: "${options}"\n`;
const kust = (body: string): string => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
const HELM = kust('helmCharts:\n  - name: web\n    repo: https://charts.example.com\n    version: 1.0.0\n    valuesFile: ../shared/values.yaml\n');
const causes = (m: RuntimeModel) => m.renderProblems.map((p) => [p.at.file, p.at.line, p.applications.map((a) => a.id).join(','), /restrictor/.test(p.message) ? 'restrictor' : /enable-helm/.test(p.message) ? 'enable-helm' : p.message]);

describe('build options', () => {
  it('reads the deployed argocd-cm, both restrictor spellings', () => {
    for (const [options, restricted] of [['--enable-helm --load-restrictor LoadRestrictionsNone', false], ['--enable-helm --load-restrictor=LoadRestrictionsNone', false], ['--load_restrictor none --enable-helm', false], ['--enable-helm', true]] as const) {
      withRepo({ 'argocd/cm.yaml': cm(options) }, (_m, sources) => {
        expect(readBuildOptions(sources, ['argocd/cm.yaml']), options).toEqual({ enableHelm: true, loadRestricted: restricted, at: { file: 'argocd/cm.yaml', line: 7, column: 27 } });
      });
    }
  });

  it('without a deployed argocd-cm, takes the options any file of the repository sets (Argo CD installed from a template or chart values)', () => {
    withRepo({ 'ansible/roles/argocd/templates/values.yaml.j2': 'configs:\n  cm:\n    kustomize.buildOptions: "--enable-helm --load-restrictor LoadRestrictionsNone"  # needed by the overlays\n' }, (_m, sources) => {
      expect(readBuildOptions(sources, [])).toEqual({ enableHelm: true, loadRestricted: false, at: { file: 'ansible/roles/argocd/templates/values.yaml.j2', line: 3, column: 1 } });
    });
  });

  it('without a deployed argocd-cm, reads only the files that name the key (the others are asked a fact, which a later run can take again)', () => {
    const files = { 'ansible/templates/values.yaml.j2': 'configs:\n  cm:\n    kustomize.buildOptions: "--enable-helm"\n', 'apps/web/deployment.yaml': 'kind: Deployment\n' };
    withRepo(files, (_m, { root }) => {
      const sources = new SourceSet(root, listFiles(root).files);
      expect(readBuildOptions(sources, []).enableHelm).toBe(true);
      expect([...sources.consultedOutside()]).toEqual(['ansible/templates/values.yaml.j2']);
    });
  });

  it("is Argo CD's default when nothing sets it, and unknown when places disagree", () => {
    withRepo({ 'a.yaml': 'x: 1\n' }, (_m, sources) => expect(readBuildOptions(sources, [])).toEqual({ enableHelm: false, loadRestricted: true, at: undefined }));
    withRepo({ 'a/cm.yaml': cm('--enable-helm'), 'b/cm.yaml': cm('') }, (_m, sources) => expect(readBuildOptions(sources, ['a/cm.yaml', 'b/cm.yaml'])).toEqual({}));
  });
});

describe('render problems', () => {
  const shared = { 'apps/shared/values.yaml': 'replicas: 1\n', 'apps/web/kustomization.yaml': HELM };

  it('names every app a failing kustomization breaks, once per place', () => {
    const root = `${app('web-a', 'apps/web')}---\n${app('web-b', 'apps/web')}---\n${app('config', 'argocd')}`;
    withRepo({ ...shared, 'argocd/cm.yaml': cm('--enable-helm'), 'argocd/kustomization.yaml': kust('resources: [cm.yaml]\n'), 'root.yaml': root }, (m) => {
      expect(causes(m)).toEqual([['apps/web/kustomization.yaml', 7, 'argocd/web-a,argocd/web-b', 'restrictor']]);
    });
  });

  it('withholds the restrictor and --enable-helm claims when the options are unknown', () => {
    const root = `${app('web', 'apps/web')}---\n${app('config-a', 'argocd/a')}---\n${app('config-b', 'argocd/b')}`;
    const files = { ...shared, 'argocd/a/cm.yaml': cm('--enable-helm'), 'argocd/b/cm.yaml': cm('--load-restrictor LoadRestrictionsNone') };
    withRepo({ ...files, 'root.yaml': root }, (m) => expect(causes(m)).toEqual([]));
  });

  it('reports a duplicate once: where a directory is listed twice, and inside the base that repeats an object, not again above it', () => {
    const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
    withRepo({
      'apps/base/kustomization.yaml': kust('resources: [a.yaml, b.yaml]\n'),
      'apps/base/a.yaml': deploy,
      'apps/base/b.yaml': deploy,
      'apps/twice/kustomization.yaml': kust('resources:\n  - ../one\n  - ../one\n'),
      'apps/one/kustomization.yaml': kust('resources: [svc.yaml]\n'),
      'apps/one/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      'apps/top/kustomization.yaml': kust('resources: [../base]\n'),
      'root.yaml': `${app('top', 'apps/top')}---\n${app('twice', 'apps/twice')}`,
    }, (m) => {
      expect(m.renderProblems.map((p) => [p.at.file, p.at.line, p.applications.map((a) => a.id).join(',')])).toEqual([
        ['apps/base/kustomization.yaml', 3, 'argocd/top'],
        ['apps/twice/kustomization.yaml', 5, 'argocd/twice'],
      ]);
    });
  });
});
