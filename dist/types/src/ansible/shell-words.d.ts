export interface Word {
    /** Unquoted text. */
    text: string;
    /** Offsets in the source string. */
    start: number;
    end: number;
    /** Set on redirection operators (`>`, `>>`, `2>`, `&>`); the next word is the target. */
    redirect?: string;
}
/** Splits into pipeline/list segments (`&&`, `||`, `;`, `|`, newline) of words. */
export declare function shellSegments(src: string): Word[][];
/** Splits on whitespace only (for `key=value` strings), honouring quotes and `{{ }}`. */
export declare function splitWords(src: string): Word[];
/** `key=value` pairs of an argument string; words without `=` are returned in `rest`. */
export declare function parseKeyValue(src: string): {
    pairs: Record<string, string>;
    rest: string[];
};
