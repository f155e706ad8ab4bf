import type { SourceSet } from '../parse/source-set.js';
import type { Loc } from '../types.js';
import type { AppInput, LocOf } from './app-input.js';
import type { AppSetInput } from './application-sets.js';
import type { YamlPathOf } from './helm-values.js';
/** The charts of argo-helm whose values can create Applications and ApplicationSets. */
export declare const ROOT_CHARTS: ReadonlySet<string>;
/** One values document: its content and where its paths are written. */
export interface ValueSet {
    value: unknown;
    locOf: LocOf;
    /** Its document and the path inside it (for the Helm values of the Applications it defines). */
    yamlPath?: YamlPathOf;
}
export interface ChartValueApps {
    apps: AppInput[];
    appsets: AppSetInput[];
    /** Values files of this repository read. */
    files: string[];
    /** Values that could not be read (another repository, a URL, a missing ref): what they define is unknown. */
    unknown: {
        construct: string;
        at: Loc;
    }[];
}
/**
 * The values an Application installing the argocd-apps chart passes (valueFiles through
 * `$ref` sources of this repository, `values`, `valuesObject`, in Helm's order).
 */
export declare function valuesOfChartSource(sources: SourceSet, isLocalRepo: (url: string, path?: string) => boolean, raw: Record<string, unknown>, locOf: LocOf, siblings: readonly unknown[], yamlPath?: YamlPathOf): {
    sets: ValueSet[];
    files: string[];
    unknown: ChartValueApps['unknown'];
};
/** The Applications and ApplicationSets the values define (argocd-apps entries, argo-cd `extraObjects`). */
export declare function appsInValues(sets: readonly ValueSet[], defaults: {
    namespace: string;
    parent?: string;
    chain: AppInput['chain'];
}): Pick<ChartValueApps, 'apps' | 'appsets'>;
