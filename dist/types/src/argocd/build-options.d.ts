import type { SourceSet } from '../parse/source-set.js';
import type { Loc } from '../types.js';
export interface BuildOptions {
    /** `--enable-helm`; undefined when the repository states several different options. */
    enableHelm?: boolean;
    /** The load restrictor is on (no `--load-restrictor LoadRestrictionsNone`); undefined when unknown. */
    loadRestricted?: boolean;
    /** Where the options are written; undefined for Argo CD's default. */
    at?: Loc;
}
/**
 * The build options: from the argocd-cm ConfigMaps the runtime deploys (`files`: the
 * files holding them or patching them); with none, from any file of the repository
 * that sets the key (Argo CD installed by a Helm chart or a template); else the default.
 */
export declare function readBuildOptions(sources: SourceSet, files: readonly string[]): BuildOptions;
