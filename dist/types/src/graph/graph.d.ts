import type { ParseProblem } from '../parse/yaml-file.js';
import type { ChartValueRoot } from '../argocd/bootstrap-chart-roots.js';
/** Kubernetes object identity (group of an apiVersion), for the rules that compare objects. */
export { apiGroup } from '../parse/manifest.js';
/** Applications and ApplicationSets are identified by namespace/name; messages show the name. */
export { nameOfId } from '../argocd/app-id.js';
import type { LimitReached } from '../parse/limits.js';
import type { AppUnit } from './app-units.js';
import type { BootstrapModel, Loc, RuntimeModel, UnknownKind, Unresolved } from '../types.js';
export type NodeKind = 'playbook' | 'role' | 'task' | 'entrypoint' | 'application' | 'applicationset' | 'object' | 'chart';
export interface GraphNode {
    id: string;
    kind: NodeKind;
    name: string;
    at: Loc;
    layer: 'bootstrap' | 'runtime';
}
export interface GraphEdge {
    from: string;
    to: string;
    kind: 'deploys' | 'references';
}
export interface DeploymentGraph {
    nodes: GraphNode[];
    edges: GraphEdge[];
    bootstrap: BootstrapModel;
    runtime: RuntimeModel;
    /** Files meant to be plain YAML that do not parse, and unreadable files. */
    parseProblems: ParseProblem[];
    /** Symlinks leading outside the root: never read. */
    escapes: {
        at: Loc;
        target: string;
    }[];
    /** Whether the repository has an Ansible bootstrap at all. */
    hasBootstrap: boolean;
    /** App directories under the apps roots, and whether something deploys them. */
    appUnits: AppUnit[];
    /** Where app directories are looked for (configured or inferred). */
    appsRoots: string[];
    /** Values files of charts bootstrap installs that define root Applications (argocd-apps): roots bootstrap creates. */
    chartValueRoots: ChartValueRoot[];
    /** Budgets of the run that were reached (what lies beyond was not analysed), or nothing to lint at all. */
    limitsReached?: LimitReached[];
    /** Whether some file of the repository declares an Argo CD Application or ApplicationSet (reached or not). */
    declaresArgo: boolean;
}
export interface GraphInputs {
    bootstrap: BootstrapModel;
    runtime: RuntimeModel;
    parseProblems: ParseProblem[];
    escapes: DeploymentGraph['escapes'];
    appUnits: AppUnit[];
    appsRoots: string[];
    chartValueRoots?: ChartValueRoot[];
    limitsReached?: LimitReached[];
    declaresArgo?: boolean;
}
export declare function buildGraph({ bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots, chartValueRoots, limitsReached, declaresArgo }: GraphInputs): DeploymentGraph;
/** The ids of the Applications that render other Argo CD objects (apps of apps). */
export declare function appsOfApps(runtime: Pick<RuntimeModel, 'applications' | 'applicationSets'>): Set<string>;
/** A root: an Application applied at an entry point, not generated nor rendered by another. */
export declare const isRootApplication: (app: {
    parent?: string;
    appset?: string;
}) => boolean;
/** The playbooks that reach a task file: itself, or whoever includes its role or the file. */
export declare function playbooksReaching(graph: DeploymentGraph, file: string, seen?: Set<string>): string[];
/** What a claim is about, to narrow the unknowns that can falsify it. */
export interface ClaimScope {
    role?: string;
    application?: string;
    play?: number;
}
/**
 * The constructs left unresolved that could falsify a claim of absence in `kind` about
 * `scope`: an unknown scoped to another role, Application or play cannot.
 */
export declare function unknownsAffecting(graph: DeploymentGraph, kind: UnknownKind, scope?: ClaimScope): Unresolved[];
