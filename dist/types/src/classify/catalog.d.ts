import type { ChartRef, K8sObject } from '../types.js';
export type LayerPolicy = 'bootstrap-only' | 'runtime-only' | 'dual';
export type ComponentRole = 'cni' | 'vip' | 'gitops-engine' | 'service';
export interface CatalogEntry {
    name: string;
    layer: LayerPolicy;
    role: ComponentRole;
    match: {
        images: string[];
        charts: string[];
        names: string[];
        kinds: string[];
        urls: string[];
        labels: string[];
    };
    runtimeConfig: {
        forbidden: string[];
        allowed: string[];
    };
}
export interface CatalogData {
    components: Record<string, Partial<{
        layer: string;
        role: string;
        match: Partial<Record<keyof CatalogEntry['match'], string[]>>;
        runtimeConfig: Partial<CatalogEntry['runtimeConfig']>;
    }>>;
}
/** The catalog shipped with the tool, read once per process (it was 40% of a small repository's analysis). Never changed by its readers. */
export declare function readEmbeddedCatalog(): CatalogData;
/** Builds the catalog: embedded entries, then configured ones (a configured entry replaces the embedded one of that name). */
export declare function buildCatalog(embedded: CatalogData, configured?: CatalogData['components']): Catalog;
export declare class Catalog {
    readonly entries: CatalogEntry[];
    private readonly byImage;
    private readonly byChart;
    private readonly byName;
    /** runtimeConfig selectors in the order matchObject tries them (each entry's forbidden, then its allowed); the first wins. */
    private readonly byConfigSelector;
    /** match.kinds selectors; the first entry wins. */
    private readonly byKindSelector;
    constructor(entries: CatalogEntry[]);
    get(name: string): CatalogEntry | undefined;
    /** The component an object belongs to, and whether it is only that component's configuration. */
    matchObject(obj: K8sObject): {
        entry: CatalogEntry;
        config?: 'allowed' | 'forbidden';
    } | undefined;
    matchChart(chart: ChartRef): CatalogEntry | undefined;
    matchUrl(url: string): CatalogEntry | undefined;
}
