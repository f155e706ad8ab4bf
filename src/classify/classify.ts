// Classification: every deployment of both layers attributed to a component of
// the catalog, or (runtime) to the app it belongs to; versions with their places.
import { nameOfId } from '../argocd/app-id.js';
import { appsOfApps } from '../graph/graph.js';
import { baseName } from '../parse/paths.js';
import { appUnitOf } from '../argocd/app-unit.js';
import type { BootstrapModel, ChartRef, K8sObject, Loc, Mechanism, RuntimeModel, RuntimeObject, ValuesImage } from '../types.js';
import type { Catalog, CatalogEntry, ComponentRole, LayerPolicy } from './catalog.js';

export interface Deployment {
  layer: 'bootstrap' | 'runtime';
  at: Loc;
  mechanism: Mechanism;
  version?: string;
  versionAt?: Loc;
  /** How the version is known: an image tag, a manifest URL, a chart. */
  versionFrom?: 'image' | 'url' | 'chart';
  application?: string;
  appset?: string;
  task?: string;
  url?: string;
  urlAt?: Loc;
  /** The component's own objects (not configuration). */
  objects: K8sObject[];
  /** Configuration objects of a bootstrap component deployed here. */
  configObjects: { obj: K8sObject; config: 'allowed' | 'forbidden' }[];
  charts: ChartRef[];
}

export interface Component {
  name: string;
  policy: LayerPolicy;
  role: ComponentRole;
  known: boolean;
  bootstrap: Deployment[];
  runtime: Deployment[];
}

const WORKLOADS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'Pod', 'Job', 'CronJob', 'ReplicaSet', 'HelmChart']);
const VERSION_IN_URL = /(?:^|[/\-@=])(v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)(?=[/?#]|$)/;

export function versionFromUrl(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '');
  for (const seg of path.split('/')) {
    const m = VERSION_IN_URL.exec(seg);
    if (m) return m[1];
  }
  const floating = /\/(stable|latest|master|main|HEAD)\//.exec(path);
  return floating?.[1];
}

class ComponentTable {
  readonly byName = new Map<string, Component>();
  constructor(private readonly catalog: Catalog) {}

  get(name: string, entry?: CatalogEntry): Component {
    let c = this.byName.get(name);
    if (!c) {
      c = { name, policy: entry?.layer ?? 'runtime-only', role: entry?.role ?? 'service', known: entry !== undefined, bootstrap: [], runtime: [] };
      this.byName.set(name, c);
    }
    return c;
  }

  entry(name: string): CatalogEntry | undefined {
    return this.catalog.get(name);
  }
}

function imageVersion(entry: CatalogEntry | undefined, objects: K8sObject[]): { version: string; at: Loc } | undefined {
  for (const obj of objects) {
    for (const img of obj.images) {
      if (entry && entry.match.images.length > 0 && !entry.match.images.includes(img.repository)) continue;
      if (img.tag && !img.unresolved) return { version: img.tag, at: img.tagAt ?? img.at };
    }
  }
  return undefined;
}

/** The explicit tag of the component's own image among an app's values images (only components the catalog knows by image). */
function valuesImageVersion(entry: CatalogEntry | undefined, images: readonly ValuesImage[] | undefined): { version: string; at: Loc } | undefined {
  if (!entry || entry.match.images.length === 0) return undefined;
  const img = images?.find((i) => i.explicitTag && i.tag && entry.match.images.includes(i.repository));
  return img ? { version: img.tag!, at: img.tagAt ?? img.at } : undefined;
}

export function classify(bootstrap: BootstrapModel, runtime: RuntimeModel, catalog: Catalog): Component[] {
  const table = new ComponentTable(catalog);
  classifyBootstrap(bootstrap, catalog, table, appsCharts(runtime));
  classifyRuntime(runtime, catalog, table);
  return [...table.byName.values()]
    .filter((c) => c.bootstrap.length + c.runtime.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Presence needs evidence: bootstrap installs a component when it deploys its manifest URL,
 * its chart or one of its workloads (or an installer brings it), not when it only creates
 * objects the component reads (a repository Secret, a ConfigMap, a custom resource) or
 * anything in its namespace.
 */
const installs = (g: { url: boolean; objects: K8sObject[]; charts: ChartRef[] }): boolean =>
  g.url || g.charts.length > 0 || g.objects.some((o) => WORKLOADS.has(o.kind));

/**
 * Charts that only carry Applications (argocd-apps, an app-of-apps chart of this repository
 * that bootstrap installs as the root): the link to the runtime layer, not a component.
 */
function appsCharts(runtime: RuntimeModel): (chart: ChartRef) => boolean {
  const roots = new Set(runtime.entrypoints.filter((e) => e.appsChart).map((e) => e.file));
  return (chart) => chart.name === 'argocd-apps' || (chart.dir !== undefined && roots.has(chart.dir));
}

function classifyBootstrap(bootstrap: BootstrapModel, catalog: Catalog, table: ComponentTable, carriesApps: (chart: ChartRef) => boolean): void {
  // k3s brings Flannel and RKE2 Canal themselves: the installer deploys that CNI.
  for (const i of bootstrap.installers) {
    if (!i.builtinCni) continue;
    const entry = catalog.get(i.builtinCni);
    table.get(i.builtinCni, entry).bootstrap.push({ layer: 'bootstrap', at: i.at, mechanism: 'k3s-manifest', objects: [], configObjects: [], charts: [] });
  }
  const found: { name: string; entry?: CatalogEntry; deployment: Deployment }[] = [];
  const installed = new Set(table.byName.keys());
  for (const d of bootstrap.deployments) {
    const groups = new Map<string, { entry?: CatalogEntry; url: boolean; objects: K8sObject[]; charts: ChartRef[] }>();
    const add = (name: string, entry: CatalogEntry | undefined) => {
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { entry, url: false, objects: [], charts: [] }));
      return g;
    };
    const urlEntry = d.url ? catalog.matchUrl(d.url) : undefined;
    if (urlEntry) add(urlEntry.name, urlEntry).url = true;
    if (d.chart && !carriesApps(d.chart)) {
      const e = catalog.matchChart(d.chart);
      add(e?.name ?? d.chart.name, e).charts.push(d.chart);
    }
    for (const obj of d.objects) {
      // Applications and projects are the link to the runtime layer, not a component.
      if (obj.apiVersion.startsWith('argoproj.io/')) continue;
      if (obj.chart) {
        const e = catalog.matchChart(obj.chart);
        add(e?.name ?? obj.chart.name, e).charts.push(obj.chart);
        continue;
      }
      const m = catalog.matchObject(obj);
      if (m) add(m.entry.name, m.entry).objects.push(obj);
      else if (WORKLOADS.has(obj.kind)) add(obj.name, undefined).objects.push(obj);
    }
    for (const [name, g] of groups) {
      if (installs(g)) installed.add(name);
      const entry = g.entry ?? table.entry(name);
      const img = imageVersion(entry, g.objects);
      const urlVersion = d.url && urlEntry === entry ? versionFromUrl(d.url) : undefined;
      const chart = g.charts[0];
      found.push({ name, entry, deployment: {
        layer: 'bootstrap',
        at: d.at,
        mechanism: d.mechanism,
        task: d.taskName,
        url: d.url,
        urlAt: d.urlAt,
        objects: g.objects,
        configObjects: [],
        charts: g.charts,
        ...(img
          ? { version: img.version, versionAt: img.at, versionFrom: 'image' as const }
          : urlVersion
            ? { version: urlVersion, versionAt: d.urlAt, versionFrom: 'url' as const }
            : chart?.version
              ? { version: chart.version, versionAt: chart.versionAt ?? chart.at, versionFrom: 'chart' as const }
              : {}),
      } });
    }
  }
  // What only configures a component counts once something installs it.
  for (const f of found) if (installed.has(f.name)) table.get(f.name, f.entry).bootstrap.push(f.deployment);
}

function classifyRuntime(runtime: RuntimeModel, catalog: Catalog, table: ComponentTable): void {
  const objectsByApp = new Map<string, RuntimeObject[]>();
  for (const o of runtime.objects) {
    const list = objectsByApp.get(o.application) ?? [];
    list.push(o);
    objectsByApp.set(o.application, list);
  }
  const byApp = <T extends { application: string }>(items: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(item.application);
      if (list) list.push(item);
      else map.set(item.application, [item]);
    }
    return map;
  };
  const chartsByApp = byApp(runtime.charts);
  const remotesByApp = byApp(runtime.remotes);
  const valuesImagesByApp = byApp(runtime.valuesImages);
  const parents = appsOfApps(runtime);
  // Objects, charts, remotes and values images name their Application by its qualified id.
  for (const app of runtime.applications) {
    const objects = objectsByApp.get(app.id) ?? [];
    // The argocd-apps chart and an app-of-apps chart of this repository only declare Applications.
    const parentOfApps = parents.has(app.id);
    const charts = (chartsByApp.get(app.id) ?? []).filter((c) => c.name !== 'argocd-apps' && !(parentOfApps && !c.repo));
    const remotes = remotesByApp.get(app.id) ?? [];
    if (objects.length === 0 && charts.length === 0 && remotes.length === 0) continue;
    const groups = new Map<string, { entry?: CatalogEntry; objects: RuntimeObject[]; config: Deployment['configObjects']; charts: ChartRef[]; urls: { url: string; at: Loc }[]; mechanism: Mechanism }>();
    const add = (entry: CatalogEntry, mechanism: Mechanism) => {
      let g = groups.get(entry.name);
      if (!g) groups.set(entry.name, (g = { entry, objects: [], config: [], charts: [], urls: [], mechanism }));
      if (mechanism === 'helm-chart') g.mechanism = mechanism;
      return g;
    };
    for (const chart of charts) {
      const e = catalog.matchChart(chart);
      if (e) add(e, chart.mechanism).charts.push(chart);
    }
    for (const remote of remotes) {
      const e = catalog.matchUrl(remote.url);
      if (e) add(e, 'kustomize').urls.push(remote);
    }
    const unmatched: RuntimeObject[] = [];
    for (const obj of objects) {
      const chartEntry = obj.chart && catalog.matchChart(obj.chart);
      if (chartEntry) {
        add(chartEntry, obj.mechanism).charts.push(obj.chart!);
        continue;
      }
      const m = catalog.matchObject(obj);
      if (!m) unmatched.push(obj);
      else if (m.config) add(m.entry, obj.mechanism).config.push({ obj, config: m.config });
      else add(m.entry, obj.mechanism).objects.push(obj);
    }
    if (groups.size === 0) {
      if (objects.length === 0 && charts.length === 0) continue;
      const unitName = unitNameOf(app.sources.find((s) => s.local && s.path)?.path) ?? app.name;
      const mechanism: Mechanism = charts.length > 0 ? 'helm-chart' : (objects[0]?.mechanism ?? 'directory');
      groups.set(unitName, { objects: unmatched, config: [], charts, urls: [], mechanism });
    }
    for (const [name, g] of groups) {
      const first = g.objects[0] ?? g.config[0]?.obj;
      const at = first?.at ?? g.charts[0]?.at ?? g.urls[0]?.at ?? app.at;
      // A chart's image set in the app's values is the version it runs, over the chart's appVersion.
      const img = imageVersion(g.entry, g.objects) ?? (g.charts.length > 0 ? valuesImageVersion(g.entry, valuesImagesByApp.get(app.id)) : undefined);
      const chart = g.charts[0];
      const chartVersion = chart ? (chart.appVersion ?? chart.version) : undefined;
      const urlVersion = g.urls[0] ? versionFromUrl(g.urls[0].url) : undefined;
      table.get(name, g.entry).runtime.push({
        layer: 'runtime',
        at,
        mechanism: g.mechanism,
        application: app.name,
        appset: app.appset === undefined ? undefined : nameOfId(app.appset),
        objects: g.objects,
        configObjects: g.config,
        charts: g.charts,
        ...(img
          ? { version: img.version, versionAt: img.at, versionFrom: 'image' as const }
          : chartVersion
            ? { version: chartVersion, versionAt: chart!.versionAt ?? chart!.at, versionFrom: 'chart' as const }
            : urlVersion
              ? { version: urlVersion, versionAt: g.urls[0].at, versionFrom: 'url' as const }
              : {}),
        ...(g.urls[0] ? { url: g.urls[0].url, urlAt: g.urls[0].at } : {}),
      });
    }
  }
}

function unitNameOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const unit = appUnitOf(path.replace(/^\.\/|\/$/g, ''));
  return unit ? baseName(unit) : undefined;
}
