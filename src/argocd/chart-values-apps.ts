// The argocd-apps chart (argo-helm): its values define Applications and
// ApplicationSets (`applications:` / `applicationsets:`, a list in 1.x, a map keyed by
// name in 2.x), which Argo CD then reconciles; the argo-cd chart's `extraObjects` can hold
// them as whole manifests. Values it cannot read leave those unknown.
import { parse as parseYamlValue } from 'yaml';
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import type { Loc } from '../types.js';
import type { AppInput, LocOf } from './app-input.js';
import type { AppSetInput } from './application-sets.js';
import type { YamlPathOf } from './helm-values.js';

/** The charts of argo-helm whose values can create Applications and ApplicationSets. */
export const ROOT_CHARTS: ReadonlySet<string> = new Set(['argocd-apps', 'argo-cd']);

/** One values document: its content and where its paths are written. */
export interface ValueSet {
  value: unknown;
  locOf: LocOf;
  /** Its document and the path inside it (for the Helm values of the Applications it defines). */
  yamlPath?: YamlPathOf;
}

export interface ChartValueApps {
  apps: AppInput[];
  appsets: AppSetInput[];
  /** Values files of this repository read. */
  files: string[];
  /** Values that could not be read (another repository, a URL, a missing ref): what they define is unknown. */
  unknown: { construct: string; at: Loc }[];
}

/**
 * The values an Application installing the argocd-apps chart passes (valueFiles through
 * `$ref` sources of this repository, `values`, `valuesObject`, in Helm's order).
 */
export function valuesOfChartSource(
  sources: SourceSet,
  isLocalRepo: (url: string, path?: string) => boolean,
  raw: Record<string, unknown>,
  locOf: LocOf,
  siblings: readonly unknown[],
  yamlPath?: YamlPathOf,
): { sets: ValueSet[]; files: string[]; unknown: ChartValueApps['unknown'] } {
  const helm = isRecord(raw.helm) ? raw.helm : {};
  const sets: ValueSet[] = [];
  const files: string[] = [];
  const unknown: ChartValueApps['unknown'] = [];
  const valueFiles = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
  valueFiles.forEach((vf, i) => {
    if (typeof vf !== 'string') return;
    const ref = /^\$([\w-]+)\/(.*)$/.exec(vf);
    const refSource = ref ? siblings.find((s) => isRecord(s) && s.ref === ref[1]) : undefined;
    const local = ref && isRecord(refSource) && typeof refSource.repoURL === 'string' && isLocalRepo(refSource.repoURL, ref[2]);
    const doc = local ? sources.yaml(ref[2])?.docs[0] : undefined;
    if (!doc) {
      unknown.push({ construct: `values file ${vf}`, at: locOf(['helm', 'valueFiles', i]) });
      return;
    }
    files.push(doc.file);
    sets.push({ value: doc.value, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }) });
  });
  if (typeof helm.values === 'string' && !isRecord(helm.valuesObject)) {
    const at = locOf(['helm', 'values']);
    try {
      sets.push({ value: parseYamlValue(helm.values), locOf: () => at });
    } catch {
      unknown.push({ construct: 'helm.values', at });
    }
  }
  if (isRecord(helm.valuesObject)) sets.push({ value: helm.valuesObject, locOf: (p) => locOf(['helm', 'valuesObject', ...p]), ...(yamlPath ? { yamlPath: (p) => yamlPath(['helm', 'valuesObject', ...p]) } : {}) });
  return { sets, files, unknown };
}

/** The Applications and ApplicationSets the values define (argocd-apps entries, argo-cd `extraObjects`). */
export function appsInValues(sets: readonly ValueSet[], defaults: { namespace: string; parent?: string; chain: AppInput['chain'] }): Pick<ChartValueApps, 'apps' | 'appsets'> {
  const apps: AppInput[] = [];
  const appsets: AppSetInput[] = [];
  for (const { value, locOf, yamlPath } of sets) {
    const positions = (prefix: (string | number)[]): Pick<AppInput, 'yamlPath'> => (yamlPath ? { yamlPath: (p) => yamlPath([...prefix, ...(p[0] === 'spec' ? p.slice(1) : p)]) } : {});
    if (!isRecord(value)) continue;
    for (const [key, entry] of entriesOf(value.applications)) {
      const name = typeof entry.name === 'string' ? entry.name : String(key);
      apps.push({
        spec: entry,
        meta: { name, namespace: typeof entry.namespace === 'string' ? entry.namespace : defaults.namespace },
        at: locOf(['applications', key]),
        locOf: (p) => locOf(['applications', key, ...(p[0] === 'spec' ? p.slice(1) : p)]),
        ...positions(['applications', key]),
        parent: defaults.parent,
        chain: defaults.chain,
      });
    }
    for (const [key, entry] of entriesOf(value.applicationsets)) {
      const name = typeof entry.name === 'string' ? entry.name : String(key);
      const namespace = typeof entry.namespace === 'string' ? entry.namespace : defaults.namespace;
      appsets.push({
        spec: entry,
        meta: { name, namespace },
        namespace,
        at: locOf(['applicationsets', key]),
        locOf: (p) => locOf(['applicationsets', key, ...(p[0] === 'spec' ? p.slice(1) : p)]),
        ...positions(['applicationsets', key]),
        parent: defaults.parent,
        chain: defaults.chain,
      });
    }
    const extra = Array.isArray(value.extraObjects) ? value.extraObjects : [];
    extra.forEach((obj, i) => {
      if (!isRecord(obj) || !isRecord(obj.spec) || typeof obj.apiVersion !== 'string' || !obj.apiVersion.startsWith('argoproj.io/')) return;
      const meta = isRecord(obj.metadata) ? obj.metadata : {};
      const namespace = typeof meta.namespace === 'string' ? meta.namespace : defaults.namespace;
      const at = locOf(['extraObjects', i]);
      const objLocOf: LocOf = (p) => locOf(['extraObjects', i, ...p]);
      const objPath: Pick<AppInput, 'yamlPath'> = yamlPath ? { yamlPath: (p) => yamlPath(['extraObjects', i, ...p]) } : {};
      if (obj.kind === 'Application') apps.push({ spec: obj.spec, meta: { ...meta, namespace }, at, locOf: objLocOf, ...objPath, parent: defaults.parent, chain: defaults.chain });
      else if (obj.kind === 'ApplicationSet') appsets.push({ spec: obj.spec, meta, namespace, at, locOf: objLocOf, ...objPath, parent: defaults.parent, chain: defaults.chain });
    });
  }
  return { apps, appsets };
}

function entriesOf(list: unknown): [string | number, Record<string, unknown>][] {
  const entries: [string | number, unknown][] = Array.isArray(list) ? list.map((a, i) => [i, a]) : isRecord(list) ? Object.entries(list) : [];
  return entries.filter((e): e is [string | number, Record<string, unknown>] => isRecord(e[1]));
}
