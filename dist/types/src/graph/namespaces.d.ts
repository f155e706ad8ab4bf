import type { Component } from '../classify/classify.js';
import type { ArgoApplication, Loc, RuntimeModel } from '../types.js';
import type { DeploymentGraph } from './graph.js';
type Scope = 'Cluster' | 'Namespaced' | undefined;
/** The scope of a kind: Kubernetes' own, else a CRD of the repository that states it; undefined when unknown. */
export declare function scopeOf(apiVersion: string, kind: string, crds: RuntimeModel['crds']): Scope;
export interface MissingNamespace {
    app: ArgoApplication;
    namespace: string;
    /** What lands there: `Deployment grafana`, `chart loki`, with where each is written. */
    contents: {
        what: string;
        at: Loc;
    }[];
}
/**
 * Every (Application, namespace) where the app deploys namespaced content that nothing
 * creates. Apps deploying what the tool cannot see (another repository, remote Kustomize
 * resources, files that do not parse) are left out: that content may create the namespace.
 */
export declare function missingNamespaces(graph: DeploymentGraph, components: readonly Component[]): MissingNamespace[];
export {};
