/** A node as the parse events describe it: where it opens, what it became, what it holds. */
export interface Frame {
    open: number;
    close: number;
    kind: string | null;
    result: unknown;
    children: Frame[];
}
/**
 * The documents of `text` and the frame of each, or undefined when only the full parse can read it:
 * tabs, document end markers and directives (js-yaml reads some of them where the YAML spec does
 * not), merge keys (js-yaml's core schema reads `<<` as a plain key, the full parse applies it),
 * what the full parse refuses with a finding of its own (its caps), a syntax error. The text must
 * not start with a byte order mark. The frames hold until the next call: read them, never keep them.
 */
export declare function readFrames(file: string, text: string): {
    roots: Frame[];
    values: unknown[];
} | undefined;
/** Where a node's text starts: an open event comes before the separating space and comments. */
export declare function start(text: string, open: number): number;
/**
 * True when every node below `frame` is plain data the full parse reads alike: no
 * anchor, alias or tag; no multi-line scalar in flow style, and no multi-line flow
 * collection unless its lines indent under its bracket (js-yaml is laxer than the YAML
 * spec on how such lines indent); no collection as a mapping key
 * (`{{ x }}: y` unquoted, which the full parse reports); collections whose events
 * match their values one to one (a flow sequence of `a: b` pairs, say, does not).
 * A scalar's own children are js-yaml's attempts to read it as a mapping key.
 */
export declare function plain(text: string, frame: Frame, depth?: number): boolean;
