// Roots bootstrap creates by installing a chart (kubernetes.core.helm, `helm upgrade
// --install ... -f values.yaml`): the argocd-apps chart, whose values define Applications
// and ApplicationSets, the argo-cd chart, whose `extraObjects` often hold the root, or an
// app-of-apps chart of this repository, whose templates are the Applications.
// Values the reader cannot see leave the roots unknown, never absent.
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import type { BootstrapModel, Loc, Unresolved } from '../types.js';
import { ROOT_CHARTS } from './chart-values-apps.js';
import { argoDocsInChart } from './helm-templates.js';
import { defineFact } from '../parse/facts.js';

/** The kinds a file's documents name, by a line scan. */
const KINDS = defineFact('kinds', (text) => [...text.matchAll(/^\s*kind:\s*["']?([\w-]+)/gm)].map((m) => m[1]));

export interface ChartValueRoot {
  /** The values file defining the roots, or (`chartDir`) the directory of a local chart whose templates are Applications. */
  file: string;
  /** The task installing the chart. */
  at: Loc;
  chartDir?: { appsOnly: boolean };
  /** The key of an umbrella chart's values holding the values of its argocd-apps (or argo-cd) dependency. */
  valuesKey?: string;
}

/** Where the values of a local chart's argocd-apps and argo-cd dependencies are (their alias or name); none when it has none. */
function rootChartKeys(sources: SourceSet, dir: string): string[] {
  const chart = sources.yaml(`${dir}/Chart.yaml`)?.docs[0]?.value;
  const deps = isRecord(chart) && Array.isArray(chart.dependencies) ? chart.dependencies : [];
  return deps.flatMap((dep) =>
    isRecord(dep) && typeof dep.name === 'string' && ROOT_CHARTS.has(dep.name) ? [typeof dep.alias === 'string' ? dep.alias : dep.name] : [],
  );
}

const ARGO_KIND = /^(Application|ApplicationSet|AppProject)$/;

/** A chart whose every template declares only Argo CD kinds, with no dependency or CRD: it carries Applications, nothing that runs. */
function onlyDeclaresApps(sources: SourceSet, dir: string): boolean {
  const chart = sources.yaml(`${dir}/Chart.yaml`)?.docs[0]?.value;
  if (!isRecord(chart) || (Array.isArray(chart.dependencies) && chart.dependencies.length > 0) || sources.hasDir(`${dir}/crds`)) return false;
  return sources.filesIn(`${dir}/templates`).every((f) => {
    if (!/\.ya?ml$/.test(f)) return true;
    const kinds = sources.fact(f, KINDS) ?? [];
    return kinds.length > 0 && kinds.every((k) => ARGO_KIND.test(k));
  });
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
    if (d.chart.dir !== undefined && argoDocsInChart(sources, d.chart.dir).length > 0) {
      roots.push({ file: d.chart.dir, at: d.at, chartDir: { appsOnly: onlyDeclaresApps(sources, d.chart.dir) } });
    }
    const files = d.valuesFiles ?? [];
    // A chart of this repository always takes its own values.yaml first; an umbrella passes argocd-apps the values under its key.
    const own = d.chart.dir === undefined ? undefined : sources.filesIn(d.chart.dir).find((f) => /\/values\.ya?ml$/.test(f));
    const keys = d.chart.dir === undefined ? [undefined] : rootChartKeys(sources, d.chart.dir);
    for (const file of [...(own ? [own] : []), ...files.flatMap((v) => (v.file === undefined ? [] : [v.file]))]) {
      const value = sources.yaml(file)?.docs[0]?.value;
      for (const key of keys) {
        if (definesArgoApps(key === undefined ? value : isRecord(value) ? value[key] : undefined)) roots.push({ file, at: d.at, ...(key === undefined ? {} : { valuesKey: key }) });
      }
    }
    const unknown = files.filter((v) => v.file === undefined).map((v) => v.ref);
    if (ROOT_CHARTS.has(d.chart.name) && ((files.length === 0 && own === undefined) || unknown.length > 0)) candidates.push({ chart: d.chart.name, at: d.at, unknown });
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
