// The component catalog: embedded data plus the configuration's `components:`.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { apiGroup } from '../parse/manifest.js';
import type { ChartRef, K8sObject } from '../types.js';
import { packageFile } from '../package-root.js';

export type LayerPolicy = 'bootstrap-only' | 'runtime-only' | 'dual';
export type ComponentRole = 'cni' | 'vip' | 'gitops-engine' | 'service';

export interface CatalogEntry {
  name: string;
  layer: LayerPolicy;
  role: ComponentRole;
  match: { images: string[]; charts: string[]; names: string[]; kinds: string[]; urls: string[]; labels: string[] };
  runtimeConfig: { forbidden: string[]; allowed: string[] };
}

export interface CatalogData {
  components: Record<string, Partial<{ layer: string; role: string; match: Partial<Record<keyof CatalogEntry['match'], string[]>>; runtimeConfig: Partial<CatalogEntry['runtimeConfig']> }>>;
}

export function readEmbeddedCatalog(): CatalogData {
  return parse(readFileSync(packageFile('src/classify/catalog.yaml'), 'utf8')) as CatalogData;
}

/** Builds the catalog: embedded entries, then configured ones (a configured entry replaces the embedded one of that name). */
export function buildCatalog(embedded: CatalogData, configured: CatalogData['components'] = {}): Catalog {
  const entries: CatalogEntry[] = [];
  for (const [name, raw] of Object.entries({ ...embedded.components, ...configured })) {
    const layer = raw.layer === 'bootstrap-and-runtime-config' ? 'bootstrap-only' : ((raw.layer ?? 'runtime-only') as LayerPolicy);
    const m = raw.match ?? {};
    entries.push({
      name,
      layer,
      role: (raw.role ?? 'service') as ComponentRole,
      match: { images: m.images ?? [], charts: m.charts ?? [], names: m.names ?? [], kinds: m.kinds ?? [], urls: m.urls ?? [], labels: m.labels ?? [] },
      runtimeConfig: { forbidden: raw.runtimeConfig?.forbidden ?? [], allowed: raw.runtimeConfig?.allowed ?? [] },
    });
  }
  return new Catalog(entries);
}

/** `group/Kind` (core group: just `Kind`), or `Kind/name` selectors in runtimeConfig. */
const selects = (selector: string, obj: K8sObject): boolean => {
  const group = apiGroup(obj.apiVersion);
  return selector === `${group}/${obj.kind}` || (group === '' && selector === obj.kind) || selector === `${obj.kind}/${obj.name}`;
};

export class Catalog {
  private readonly byImage = new Map<string, CatalogEntry>();
  private readonly byChart = new Map<string, CatalogEntry>();
  private readonly byName = new Map<string, CatalogEntry>();

  constructor(readonly entries: CatalogEntry[]) {
    for (const e of entries) {
      for (const i of e.match.images) this.byImage.set(i, e);
      for (const c of e.match.charts) this.byChart.set(c, e);
      for (const n of e.match.names) this.byName.set(n, e);
    }
  }

  get(name: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  /** The component an object belongs to, and whether it is only that component's configuration. */
  matchObject(obj: K8sObject): { entry: CatalogEntry; config?: 'allowed' | 'forbidden' } | undefined {
    for (const e of this.entries) {
      if (e.runtimeConfig.forbidden.some((s) => selects(s, obj))) return { entry: e, config: 'forbidden' };
      if (e.runtimeConfig.allowed.some((s) => selects(s, obj))) return { entry: e, config: 'allowed' };
    }
    for (const img of obj.images) {
      const e = this.byImage.get(img.repository);
      if (e) return { entry: e };
    }
    for (const e of this.entries) if (e.match.kinds.some((s) => selects(s, obj))) return { entry: e };
    if (obj.kind !== 'Namespace') {
      const e = this.byName.get(obj.name);
      if (e) return { entry: e };
    }
    for (const e of this.entries) if (e.match.labels.some((l) => l in obj.labels)) return { entry: e };
    return undefined;
  }

  matchChart(chart: ChartRef): CatalogEntry | undefined {
    return this.byChart.get(chart.name);
  }

  matchUrl(url: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.match.urls.some((u) => url.includes(u)));
  }
}
