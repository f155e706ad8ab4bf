import type { Loc } from '../types.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
/** A variable's value and where it is written (for attributing versions and URLs). */
export interface Var {
    value: unknown;
    at?: Loc;
    /** The document and path holding the value, so nested values get precise positions. */
    doc?: YamlDoc;
    path?: PathSegment[];
    /** Defined at run time with a value the reader cannot know (register, facts, magic variables). */
    unknown?: boolean;
}
export type Layer = ReadonlyMap<string, Var>;
/** Variables in precedence order: later layers win. */
export declare class VarScope {
    readonly layers: readonly Layer[];
    constructor(layers: readonly Layer[]);
    get(name: string): Var | undefined;
    with(...layers: Layer[]): VarScope;
}
export type Evaluated = {
    kind: 'value';
    value: unknown;
    at?: Loc;
} | {
    kind: 'undefined';
} | {
    kind: 'unknown';
};
/** A substituted `{{ }}` span of a rendered string: output offsets and where its value is written. */
export interface Span {
    start: number;
    end: number;
    value: string;
    at?: Loc;
}
export interface Rendered {
    /** The rendered string; undefined when some part is unknown. */
    text?: string;
    /** A non-string value when the whole input is one expression (`"{{ list_var }}"`). */
    value?: unknown;
    complete: boolean;
    /** Where the (last) substituted variable value is written. */
    at?: Loc;
    spans: Span[];
}
/** Renders a string with `{{ }}` expressions; `{% %}` makes it unknown. */
export declare function renderString(text: string, scope: VarScope, depth?: number, visiting?: ReadonlySet<string>): Rendered;
/** Renders any YAML value: strings are templated, other values are returned as they are. */
export declare function renderValue(v: unknown, scope: VarScope): Rendered;
/** Evaluates one `{{ }}` expression body. */
export declare function evalExpression(src: string, scope: VarScope, depth?: number, visiting?: ReadonlySet<string>): Evaluated;
/** Builds a layer from a mapping found at `path` of `doc`, each key with its own position. */
export declare function layerOf(value: unknown, doc?: YamlDoc, path?: PathSegment[], fallback?: Loc): Map<string, Var>;
/**
 * Substitutes the `{{ }}` spans that resolve and keeps the others: as they are
 * (commands, so unresolved words stay recognisable) or as `placeholder` (templates).
 * With `singleLine`, multi-line values count as unresolved so line numbers survive.
 */
export declare function renderPartial(text: string, scope: VarScope, opts?: {
    placeholder?: string;
    singleLine?: boolean;
}): {
    text: string;
    spans: Span[];
    holes: {
        start: number;
        end: number;
    }[];
};
