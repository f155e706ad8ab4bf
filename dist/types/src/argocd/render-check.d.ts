import type { SourceSet } from '../parse/source-set.js';
import { type PathSegment } from '../parse/yaml-file.js';
import type { HelmValues, Loc } from '../types.js';
import type { BuildOptions } from './build-options.js';
import { type YamlPathOf } from './helm-values.js';
import { type KustomizeLevel } from './render.js';
export interface RenderFailure {
    at: Loc;
    message: string;
    /** What to do about it. */
    fix: string;
    related?: Loc[];
    /** The failure follows from Argo CD's kustomize build options (load restrictor, --enable-helm), which whatever deploys Argo CD's config may set. */
    byBuildOptions?: true;
}
/** The patch files of a build (where an argocd-cm may be patched). */
export declare function patchFiles(levels: readonly KustomizeLevel[]): string[];
/** What keeps a kustomize build from rendering, kustomization by kustomization. */
export declare function kustomizeFailures(sources: SourceSet, levels: readonly KustomizeLevel[], options: BuildOptions): RenderFailure[];
/**
 * An Application's Helm `valueFiles` that Argo CD cannot read: a file of this repository
 * that does not exist (unless `ignoreMissingValueFiles`), or a path leaving it.
 */
export declare function valueFileFailures(sources: SourceSet, raw: Record<string, unknown>, base: PathSegment[], siblings: unknown[], yamlPath: YamlPathOf | undefined, isLocalRepo: (url: string, path?: string) => boolean, dir: string | undefined): RenderFailure[];
/** Inline `helm.values` that is not YAML: Helm cannot read it. */
export declare function inlineValuesFailures(values: readonly HelmValues[]): {
    application: string;
    appset?: string;
    failure: RenderFailure;
}[];
