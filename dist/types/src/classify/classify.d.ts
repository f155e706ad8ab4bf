import type { BootstrapModel, ChartRef, K8sObject, Loc, Mechanism, RuntimeModel } from '../types.js';
import type { Catalog, ComponentRole, LayerPolicy } from './catalog.js';
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
    configObjects: {
        obj: K8sObject;
        config: 'allowed' | 'forbidden';
    }[];
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
export declare function versionFromUrl(url: string): string | undefined;
export declare function classify(bootstrap: BootstrapModel, runtime: RuntimeModel, catalog: Catalog): Component[];
