import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SourceSet } from '../src/parse/source-set.js';
import { listFiles } from '../src/discover/discover.js';
import { readRuntime } from '../src/argocd/read-runtime.js';
import type { HelmValues, RuntimeModel } from '../src/types.js';

const REPO = 'https://github.com/example/platform.git';

/** Builds a throw-away repository, reads its runtime from `root.yaml`. */
function withRepo(files: Record<string, string>, check: (m: RuntimeModel, sources: SourceSet) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'dvl-values-'));
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

const app = (name: string, source: string): string =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  project: default\n${source}  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${name}\n`;

/** The value at `key` inside the values, and the line it is written on. */
function valueOf(v: HelmValues, key: string[]): { value: unknown; line: number } {
  let value: unknown = v.doc!.value;
  for (const k of [...v.base!, ...key]) value = (value as Record<string | number, unknown>)[k];
  return { value, line: v.doc!.loc([...v.base!, ...key]).line };
}

const CHART = { 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n', 'charts/web/values.yaml': 'replicas: 1\n' };

describe('Helm values in the runtime model', () => {
  it('reads an Application chart: its own values.yaml, valueFiles, then a values string with the file\'s lines', () => {
    const root = app('web', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n    helm:\n      valueFiles: [values-prod.yaml]\n      values: |\n        image:\n          tag: v1.2.3\n`);
    withRepo({ ...CHART, 'charts/web/values-prod.yaml': 'replicas: 3\n', 'root.yaml': root }, (m) => {
      expect(m.helmValues.map((v) => [v.file, v.at.file, v.at.line, v.application])).toEqual([
        ['charts/web/values.yaml', 'charts/web/Chart.yaml', 1, 'argocd/web'],
        ['charts/web/values-prod.yaml', 'root.yaml', 12, 'argocd/web'],
        [undefined, 'root.yaml', 13, 'argocd/web'],
      ]);
      expect(valueOf(m.helmValues[1], ['replicas'])).toEqual({ value: 3, line: 1 });
      expect(valueOf(m.helmValues[2], ['image', 'tag'])).toEqual({ value: 'v1.2.3', line: 15 });
      expect(m.helmValues[2].doc!.loc(['image', 'tag']).column).toBe(16);
    });
  });

  it('uses valuesObject over values, in place in the Application', () => {
    const root = app('web', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n    helm:\n      values: "replicas: 9"\n      valuesObject:\n        replicas: 2\n`);
    withRepo({ ...CHART, 'root.yaml': root }, (m) => {
      const inline = m.helmValues.filter((v) => v.file === undefined);
      expect(inline).toHaveLength(1);
      expect(inline[0].base).toEqual(['spec', 'source', 'helm', 'valuesObject']);
      expect(valueOf(inline[0], ['replicas'])).toEqual({ value: 2, line: 14 });
    });
  });

  it('resolves $ref/... through the sibling source of this repository, and ignores one of another repository', () => {
    const sources = `  sources:\n    - repoURL: https://charts.example.com\n      chart: web\n      targetRevision: 1.0.0\n      helm:\n        valueFiles: [$cfg/values/web.yaml, $other/web.yaml]\n    - repoURL: ${REPO}\n      targetRevision: main\n      ref: cfg\n    - repoURL: https://github.com/example/other.git\n      ref: other\n`;
    withRepo({ 'values/web.yaml': 'image:\n  tag: latest\n', 'root.yaml': app('web', sources) }, (m) => {
      expect(m.helmValues.map((v) => [v.file, v.at.line])).toEqual([['values/web.yaml', 13]]);
      expect(valueOf(m.helmValues[0], ['image', 'tag'])).toEqual({ value: 'latest', line: 2 });
      expect(m.deployedFiles.has('values/web.yaml')).toBe(true);
    });
  });

  it('reads kustomize helmCharts: valuesFile, valuesInline, additionalValuesFiles; not the vendored upstream chart\'s own defaults', () => {
    const k = 'helmCharts:\n  - name: web\n    version: 1.0.0\n    valuesFile: values.yaml\n    valuesInline:\n      replicas: 4\n    additionalValuesFiles: [extra.yaml]\n';
    withRepo({
      'apps/web/kustomization.yaml': k,
      'apps/web/values.yaml': 'replicas: 2\n',
      'apps/web/extra.yaml': 'replicas: 5\n',
      'apps/web/charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'apps/web/charts/web/values.yaml': 'replicas: 1\n',
      'root.yaml': app('web', `  source:\n    repoURL: ${REPO}\n    path: apps/web\n`),
    }, (m) => {
      expect(m.helmValues.map((v) => [v.file, v.at.line, v.base])).toEqual([
        ['apps/web/values.yaml', 4, []],
        [undefined, 5, ['helmCharts', 0, 'valuesInline']],
        ['apps/web/extra.yaml', 7, []],
      ]);
      expect(valueOf(m.helmValues[1], ['replicas'])).toEqual({ value: 4, line: 6 });
    });
  });

  it('keeps a missing or unparsable values file without a document; the unparsable one is a parse-error naming the app', () => {
    const root = app('web', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n    helm:\n      valueFiles: [gone.yaml, bad.yaml]\n`);
    withRepo({ ...CHART, 'charts/web/bad.yaml': 'a: 1\na: 2\n', 'root.yaml': root }, (m, sources) => {
      expect(m.helmValues.map((v) => [v.file, v.doc === undefined])).toEqual([
        ['charts/web/values.yaml', false],
        ['charts/web/gone.yaml', true],
        ['charts/web/bad.yaml', true],
      ]);
      const problems = sources.problems().filter((p) => p.at.file === 'charts/web/bad.yaml');
      expect(problems.map((p) => p.at.line)).toEqual([2]);
      // Helm itself keeps the last of duplicated keys: the app still renders, with the earlier value dropped.
      expect(problems[0].message).toMatch(/Helm keeps the last value and silently drops the earlier one for Application web/);
    });
  });

  it('a values file that Helm cannot read at all breaks the render of the app that uses it', () => {
    const root = app('web', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n    helm:\n      valueFiles: [bad.yaml]\n`);
    withRepo({ ...CHART, 'charts/web/bad.yaml': 'a: [1, 2\nb: 3\n', 'root.yaml': root }, (_, sources) => {
      const problems = sources.problems().filter((p) => p.at.file === 'charts/web/bad.yaml');
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(/Helm cannot read it, so Application web fails to render as a whole/);
    });
  });
});

describe('images in Helm values', () => {
  const images = (m: RuntimeModel) => m.valuesImages.map((i) => [i.key, i.repository, i.tag, i.explicitTag, i.tagAt?.file, i.tagAt?.line]);

  it('keeps only the image that wins: a later values source setting the tag overrides an earlier one', () => {
    const root = app('web', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n    helm:\n      valueFiles: [prod.yaml]\n`);
    withRepo({
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/values.yaml': 'image:\n  repository: example/web\n  tag: latest\nworker:\n  image: example/worker:latest\n',
      'charts/web/prod.yaml': 'image:\n  tag: v2.0.0\n',
      'root.yaml': root,
    }, (m) => {
      expect(images(m)).toEqual([
        ['worker.image', 'example/worker', 'latest', true, 'charts/web/values.yaml', 5],
        ['image', '', 'v2.0.0', true, 'charts/web/prod.yaml', 2],
      ]);
    });
  });

  it('reads imageTag beside image (Elastic\'s shape), an empty tag as the chart default, and skips templated images', () => {
    const root = app('es', `  source:\n    repoURL: ${REPO}\n    path: charts/es\n`);
    withRepo({
      'charts/es/Chart.yaml': 'apiVersion: v2\nname: es\nversion: 1.0.0\n',
      'charts/es/values.yaml': 'image: docker.elastic.co/elasticsearch/elasticsearch\nimageTag: "8.5.1"\nexporter:\n  image:\n    repository: example/exporter\n    tag: ""\nhook:\n  image: "{{ .Values.hookImage }}"\n',
      'root.yaml': root,
    }, (m) => {
      expect(images(m)).toEqual([
        ['imageTag', 'elasticsearch/elasticsearch', '8.5.1', true, 'charts/es/values.yaml', 2],
        ['exporter.image', 'example/exporter', undefined, false, undefined, undefined],
      ]);
    });
  });
});

describe('values files read fast, safely', () => {
  it('walks an alias bomb once per node (js-yaml shares aliased nodes) and still finds the image', () => {
    const levels = ['a0: &a0 {image: {repository: example/x, tag: latest}}'];
    for (let i = 1; i <= 30; i++) levels.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}]`);
    const root = app('bomb', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n`);
    withRepo({ ...CHART, 'charts/web/values.yaml': `${levels.join('\n')}\n`, 'root.yaml': root }, (m) => {
      expect(m.valuesImages.map((i) => [i.key, i.tag, i.tagAt?.line])).toEqual([['a0.image', 'latest', 1]]);
    });
  });

  it('reads a file with a YAML tag through the full parse', () => {
    const root = app('web', `  source:\n    repoURL: ${REPO}\n    path: charts/web\n`);
    withRepo({ ...CHART, 'charts/web/values.yaml': 'image:\n  repository: example/web\n  tag: !!str latest\n', 'root.yaml': root }, (m, sources) => {
      expect(m.valuesImages.map((i) => [i.tag, i.tagAt?.line])).toEqual([['latest', 3]]);
      expect(sources.problems()).toEqual([]);
    });
  });
});
