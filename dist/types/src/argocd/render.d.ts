import type { SourceSet } from '../parse/source-set.js';
import type { YamlDoc } from '../parse/yaml-file.js';
import type { ChartRef, K8sObject, Loc, RuntimeMechanism } from '../types.js';
import { type ValuesSource } from './helm-values.js';
export interface RenderedObject {
    obj: K8sObject;
    mechanism: RuntimeMechanism;
    /** The document (always there for Argo CD kinds, which become child nodes; scanned files have none). */
    doc?: YamlDoc;
}
export interface Rendered {
    objects: RenderedObject[];
    charts: {
        chart: ChartRef;
        mechanism: RuntimeMechanism;
    }[];
    /** Repository files the render reads. */
    files: Set<string>;
    /** Local references that do not exist or leave the root. */
    broken: {
        at: Loc;
        path: string;
        status: 'missing' | 'outside';
        kind: 'kustomize-resource' | 'chart-dependency';
    }[];
    /** Remote Kustomize resources (recognised, never fetched). */
    remotes: {
        url: string;
        at: Loc;
    }[];
    /** Kustomization directories met twice on one branch of the build. */
    cycles: {
        at: Loc;
        chain: string[];
    }[];
    /** Files of the render that do not parse (what they deploy is unknown). */
    unparsed: Set<string>;
    /** The Helm values the render's charts use (helmCharts entries, chart directories). */
    values: ValuesSource[];
    /** Each kustomization of the build, as its own transformers see it (for render checks). */
    levels: KustomizeLevel[];
    /** Kustomize plugins the build runs (generators, transformers, validators): what they produce is unknown. */
    plugins: KustomizePlugin[];
}
/** A Kustomize plugin entry (ksops, an exec plugin, a KRM function): it runs code, so its output is unknown. */
export interface KustomizePlugin {
    /** `generators`, `transformers` or `validators`. */
    field: string;
    /** What the entry names: its config's kind (`ksops`), or the path when it is a directory or unreadable. */
    name: string;
    at: Loc;
}
/** One kustomization of a build: what its resources, bases, components and helmCharts produce before its own transformers run. */
export interface KustomizeLevel {
    dir: string;
    doc: YamlDoc;
    k: Record<string, unknown>;
    items: RenderedObject[];
    /**
     * Which items each resources/bases/components entry added (`from` inclusive, `to` exclusive). Where it
     * is written (entryAt) is looked up only for a finding: a lookup walks the document.
     */
    entries: {
        value: string;
        key: string;
        index: number;
        from: number;
        to: number;
    }[];
    /** Every object of this kustomization's build is known: no remote, plugin, chart, unparsed file, cycle or broken reference below it. */
    known: boolean;
}
/** Where a level's resources/bases/components entry is written. */
export declare const entryAt: (level: KustomizeLevel, entry: KustomizeLevel["entries"][number]) => Loc;
export declare const KUSTOMIZATION_FILES: string[];
export declare function kustomizationIn(sources: SourceSet, dir: string): string | undefined;
export declare function chartFileIn(sources: SourceSet, dir: string): string | undefined;
export type SourceTool = 'kustomize' | 'helm' | 'directory';
/** Argo CD's tool detection for a git path: explicit key, else files directly in the path. */
export declare function detectTool(sources: SourceSet, dir: string, source: Record<string, unknown>): SourceTool;
/**
 * Caps on one source's build: bases included from many places multiply (a diamond of
 * n levels renders 2^n times), so past these the build stops and says so. The objects'
 * cap is limits.resourcesPerBuild.
 */
export declare const MAX_BUILD_KUSTOMIZATIONS = 1000;
export declare function renderSource(sources: SourceSet, dir: string, tool: SourceTool, source: Record<string, unknown>): Rendered;
/** Where kustomize finds a helmCharts entry's chart already pulled: `<chartHome>/<name>-<version>/<name>` (kustomize ≥ 5.0.2) or `<chartHome>/<name>`. */
export declare function vendoredChart(sources: SourceSet, dir: string, k: Record<string, unknown>, name: string, version: string | undefined): string | undefined;
export declare const CLUSTER_SCOPED: Set<string>;
