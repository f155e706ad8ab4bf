export type Params = Record<string, unknown>;
export interface RenderState {
    /** Set when a placeholder could not be resolved. */
    unresolved: boolean;
    /** The longest rendered string kept (default: limits.templateExpansionChars's default). */
    maxChars?: number;
    /** Set when a rendered string outgrew maxChars (it is then left unrendered). */
    overBudget?: boolean;
}
/** `normalize`: lower-case, characters outside [a-z0-9.-] become `-`, trimmed, cut to 253. */
export declare const normalize: (s: string) => string;
export declare function renderString(text: string, params: Params, goTemplate: boolean, state: RenderState): string;
/** Renders every string value of a template tree. */
export declare function renderTree(value: unknown, params: Params, goTemplate: boolean, state: RenderState): unknown;
/** Deep merge, `over` winning (generator-level template over spec.template). */
export declare function mergeDeep(base: unknown, over: unknown): unknown;
