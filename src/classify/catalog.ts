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

let embedded: CatalogData | undefined;

/** The catalog shipped with the tool, read once per process (it was 40% of a small repository's analysis). Never changed by its readers. */
export function readEmbeddedCatalog(): CatalogData {
  return (embedded ??= parse(readFileSync(packageFile('src/classify/catalog.yaml'), 'utf8')) as CatalogData);
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

/** The selectors (runtimeConfig, match.kinds) an object answers to: `group/Kind` (core group: also just `Kind`), `Kind/name`. */
const selectorKeys = (obj: K8sObject): string[] => {
  const group = apiGroup(obj.apiVersion);
  return group === '' ? [`/${obj.kind}`, obj.kind, `${obj.kind}/${obj.name}`] : [`${group}/${obj.kind}`, `${obj.kind}/${obj.name}`];
};

/** The first of `rules` (in catalog order) whose selector list holds one of `keys`. */
function firstSelected<T>(bySelector: ReadonlyMap<string, { rank: number; rule: T }>, keys: readonly string[]): T | undefined {
  let best: { rank: number; rule: T } | undefined;
  for (const key of keys) {
    const hit = bySelector.get(key);
    if (hit && (!best || hit.rank < best.rank)) best = hit;
  }
  return best?.rule;
}

export class Catalog {
  private readonly byImage = new Map<string, CatalogEntry>();
  private readonly byChart = new Map<string, CatalogEntry>();
  private readonly byName = new Map<string, CatalogEntry>();
  /** runtimeConfig selectors in the order matchObject tries them (each entry's forbidden, then its allowed); the first wins. */
  private readonly byConfigSelector = new Map<string, { rank: number; rule: { entry: CatalogEntry; config: 'allowed' | 'forbidden' } }>();
  /** match.kinds selectors; the first entry wins. */
  private readonly byKindSelector = new Map<string, { rank: number; rule: CatalogEntry }>();

  constructor(readonly entries: CatalogEntry[]) {
    let rank = 0;
    const first = <T>(map: Map<string, { rank: number; rule: T }>, selector: string, rule: T): void => {
      if (!map.has(selector)) map.set(selector, { rank, rule });
      rank++;
    };
    for (const e of entries) {
      for (const i of e.match.images) this.byImage.set(i, e);
      for (const c of e.match.charts) this.byChart.set(c, e);
      for (const n of e.match.names) this.byName.set(n, e);
      for (const s of e.runtimeConfig.forbidden) first(this.byConfigSelector, s, { entry: e, config: 'forbidden' as const });
      for (const s of e.runtimeConfig.allowed) first(this.byConfigSelector, s, { entry: e, config: 'allowed' as const });
      for (const s of e.match.kinds) first(this.byKindSelector, s, e);
    }
  }

  get(name: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  /** The component an object belongs to, and whether it is only that component's configuration. */
  matchObject(obj: K8sObject): { entry: CatalogEntry; config?: 'allowed' | 'forbidden' } | undefined {
    const keys = selectorKeys(obj);
    const config = firstSelected(this.byConfigSelector, keys);
    if (config) return config;
    for (const img of obj.images) {
      const e = this.byImage.get(img.repository);
      if (e) return { entry: e };
    }
    const byKind = firstSelected(this.byKindSelector, keys);
    if (byKind) return { entry: byKind };
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
