// Roots bootstrap creates by installing a chart (kubernetes.core.helm, `helm upgrade
// --install ... -f values.yaml`): the argocd-apps chart, whose values define Applications
// and ApplicationSets, or the argo-cd chart, whose `extraObjects` often hold the root.
// Values the reader cannot see leave the roots unknown, never absent.
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import type { BootstrapModel, Loc, Unresolved } from '../types.js';
import { ROOT_CHARTS } from './chart-values-apps.js';

export interface ChartValueRoot {
  /** The values file defining the roots. */
  file: string;
  /** The task installing the chart. */
  at: Loc;
}


const definesArgoApps = (value: unknown): boolean => {
  if (!isRecord(value)) return false;
  const some = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : isRecord(v) && Object.keys(v).length > 0);
  const extra = Array.isArray(value.extraObjects) ? value.extraObjects : [];
  return some(value.applications) || some(value.applicationsets) || extra.some((o) => isRecord(o) && (o.kind === 'Application' || o.kind === 'ApplicationSet'));
};

/**
 * Values files of charts bootstrap installs that define Argo CD Applications, and the
 * installs whose values are unknown: argocd-apps always (it exists to carry them), argo-cd
 * when bootstrap gives no root otherwise (its extraObjects would then be the root).
 */
export function bootstrapChartRoots(bootstrap: BootstrapModel, sources: SourceSet): { roots: ChartValueRoot[]; unresolved: Unresolved[] } {
  const roots: ChartValueRoot[] = [];
  const candidates: { chart: string; at: Loc; unknown: string[] }[] = [];
  for (const d of bootstrap.deployments) {
    if (!d.chart) continue;
    const files = d.valuesFiles ?? [];
    for (const v of files) {
      if (v.file !== undefined && definesArgoApps(sources.yaml(v.file)?.docs[0]?.value)) roots.push({ file: v.file, at: d.at });
    }
    const unknown = files.filter((v) => v.file === undefined).map((v) => v.ref);
    if (ROOT_CHARTS.has(d.chart.name) && (files.length === 0 || unknown.length > 0)) candidates.push({ chart: d.chart.name, at: d.at, unknown });
  }
  const rootsKnown = roots.length > 0 || bootstrap.argocdEntrypoints.length > 0;
  const unresolved: Unresolved[] = candidates
    .filter((c) => c.chart === 'argocd-apps' || !rootsKnown)
    .map((c) => ({
      affects: ['entrypoints', 'runtime-deploys'],
      construct: `chart ${c.chart} installed ${c.unknown.length > 0 ? `with values ${c.unknown.join(', ')}` : 'with values the reader does not see'}`,
      at: c.at,
      unknown: 'which root Applications and ApplicationSets its values define',
      configKey: 'argocd.entrypoints',
    }));
  return { roots, unresolved };
}
