import { type Scope, type SourceSet } from '../parse/source-set.js';
import type { BuildOptions } from './build-options.js';
import { type RenderFailure } from './render-check.js';
import { type KustomizeLevel, type Rendered, type SourceTool } from './render.js';
import type { HelmValues } from '../types.js';
export interface UnitInput {
    /** The source's path in this repository (cleaned). */
    dir: string;
    /** The source as the Application writes it (after parameter substitution). */
    raw: Record<string, unknown>;
    destNs?: string;
    application: string;
    appset?: string;
}
/** What is kept of a unit once the traversal has taken what it rendered. */
export interface Unit {
    input: UnitInput;
    scope: Scope;
    /** Its kustomizations, as their transformers see them: checked once the build options are known. */
    levels: KustomizeLevel[];
    /** Its kustomizations' failures under `buildOptions`, once those are known (RuntimeReader.renderProblems). */
    failures?: RenderFailure[];
    buildOptions?: BuildOptions;
    /** The hash of what it rendered (see unitDigest), when asked for. */
    renderedHash?: string;
}
export declare const isArgoObject: (o: {
    apiVersion: string;
    kind: string;
}) => boolean;
/**
 * The unit rendered: what it renders with the tool Argo CD would detect, and the Helm values its
 * charts use. `hashed`: its rendering hashed too (for a run that keeps what each unit did).
 */
export declare function renderUnit(sources: SourceSet, input: UnitInput, hashed: boolean): {
    unit: Unit;
    tool: SourceTool;
    rendered: Rendered;
    values: HelmValues[];
};
/** The unit's kustomize build failures under the build options Argo CD runs with. */
export declare function unitFailures(sources: SourceSet, unit: Unit, buildOptions: BuildOptions): RenderFailure[];
/** An Argo CD Helm source renders with `--namespace` = `helm.namespace`, else the destination namespace. */
export declare function releaseNamespace(raw: Record<string, unknown>, destNs: string | undefined): {
    namespace?: string;
};
/**
 * What the rest of the analysis takes from the unit, hashed: what it rendered (renderedHash),
 * its failures, the problems and budgets it recorded, the files it consulted and the problems of
 * those it reports.
 */
export declare function unitDigest(sources: SourceSet, unit: Unit): string;
