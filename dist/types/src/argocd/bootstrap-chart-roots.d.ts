import type { SourceSet } from '../parse/source-set.js';
import type { BootstrapModel, Loc, Unresolved } from '../types.js';
export interface ChartValueRoot {
    /** The values file defining the roots, or (`chartDir`) the directory of a local chart whose templates are Applications. */
    file: string;
    /** The task installing the chart. */
    at: Loc;
    chartDir?: {
        appsOnly: boolean;
    };
    /** The key of an umbrella chart's values holding the values of its argocd-apps (or argo-cd) dependency. */
    valuesKey?: string;
}
/**
 * Values files of charts bootstrap installs that define Argo CD Applications, and the
 * installs whose values are unknown: argocd-apps always (it exists to carry them), argo-cd
 * when bootstrap gives no root otherwise (its extraObjects would then be the root).
 */
export declare function bootstrapChartRoots(bootstrap: BootstrapModel, sources: SourceSet): {
    roots: ChartValueRoot[];
    unresolved: Unresolved[];
};
