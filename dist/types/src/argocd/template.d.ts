export type Params = Record<string, unknown>;
export interface RenderState {
    /** Set when a placeholder could not be resolved. */
    unresolved: boolean;
    /** The longest rendered string kept (default: limits.templateExpansionChars's default). */
    maxChars?: number;
    /** Set when a rendered string outgrew maxChars (it is then left unrendered). */
    overBudget?: boolean;
}
/**
 * Text a template engine left unrendered: a `{{ }}` action, or the `<no value>` Go
 * templates (ApplicationSets, Helm) print for a missing key. The readers turn such a
 * value into an Unresolved; nothing outside src/argocd sees it.
 */
export declare const isTemplated: (text: string) => boolean;
/** The value Go templates print for a key they have no value for. */
export declare const NO_VALUE = "<no value>";
/** `normalize`: lower-case, characters outside [a-z0-9.-] become `-`, trimmed, cut to 253. */
export declare const normalize: (s: string) => string;
export declare function renderString(text: string, params: Params, goTemplate: boolean, state: RenderState): string;
/** Renders every string value of a template tree. */
export declare function renderTree(value: unknown, params: Params, goTemplate: boolean, state: RenderState): unknown;
/** Deep merge, `over` winning (generator-level template over spec.template). */
export declare function mergeDeep(base: unknown, over: unknown): unknown;
