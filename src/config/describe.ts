// The effective configuration as commented YAML: what is configured, and for
// what was detected, where it came from. `--print-config` prints it; `init`
// writes it as a starting .detectviz-lint.yaml.
import { Document, isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import type { Detected } from '../result.js';
import type { Config } from './load.js';

type Origin = 'configured' | string;

function setWithComment(doc: Document, path: string[], value: unknown, comment: string): void {
  doc.setIn(path, doc.createNode(value, { flow: Array.isArray(value) && value.length <= 1 }));
  const parent = doc.getIn(path.slice(0, -1), true) as YAMLMap | undefined;
  const pair = parent && isMap(parent) ? parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[path.length - 1]) : undefined;
  if (!pair) return;
  if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
  (pair.key as Scalar).commentBefore = ` ${comment}`;
}

export function describeConfig(config: Config, clusters: readonly Detected[], header: string): string {
  const doc = new Document({});
  doc.commentBefore = ` ${header}`;
  const detected = clusters[0];
  const bootstrap = { roots: detected.ansibleRoots, playbooks: detected.playbooks };
  // Several clusters: their entry points and repoURLs together.
  const runtime = {
    entrypoints: clusters.flatMap((c) => c.entrypoints),
    localRepos: [...new Set(clusters.flatMap((c) => c.localRepos))].sort(),
  };
  const origin = (configured: unknown, detected: string): Origin => (configured ? 'configured in .detectviz-lint.yaml' : detected);

  setWithComment(doc, ['ansible', 'roots'], config.ansible.roots ?? bootstrap.roots, origin(config.ansible.roots, `detected: directories holding ansible.cfg or playbooks (${bootstrap.playbooks.join(', ') || 'none found'})`));
  const entry = runtime.entrypoints[0];
  const entryOrigin =
    entry?.origin === 'bootstrap'
      ? `detected: applied by bootstrap (${runtime.entrypoints.map((e) => `${e.at.file}:${e.at.line}`).join(', ')})`
      : entry?.origin === 'auto'
        ? 'detected: Argo CD manifests that nothing else deploys (bootstrap applies none)'
        : entry
          ? 'configured in .detectviz-lint.yaml'
          : 'none found: set this to the root Application file(s)';
  setWithComment(doc, ['argocd', 'entrypoints'], runtime.entrypoints.map((e) => e.file), entryOrigin);
  setWithComment(doc, ['argocd', 'repoURLs'], config.argocd.repoURLs ?? runtime.localRepos, origin(config.argocd.repoURLs, 'inferred: repoURLs of Applications whose paths exist in this repository'));
  setWithComment(doc, ['argocd', 'appsRoots'], config.argocd.appsRoots ?? detected.appsRoots, origin(config.argocd.appsRoots, 'inferred: where the ApplicationSets already find their apps'));
  setWithComment(doc, ['ignore'], config.ignore, 'never read (.gitignore syntax)');
  setWithComment(doc, ['rules'], config.rules, 'severity per rule id: error | warning | info | off');
  if (config.overrides.length > 0) setWithComment(doc, ['overrides'], config.overrides, 'per-path severities, applied in order');
  if (Object.keys(config.components).length > 0) setWithComment(doc, ['components'], config.components, 'additions to the embedded component catalog');
  setWithComment(doc, ['appsets'], config.appsets, 'which ApplicationSet each component belongs to (appset-group-mismatch)');
  for (const key of ['rules', 'ignore']) {
    const node = doc.get(key, true);
    if (isSeq(node) || isMap(node)) node.flow = node.items.length === 0;
  }
  return doc.toString({ lineWidth: 0 });
}
