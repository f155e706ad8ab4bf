import { type LineCounter } from 'yaml';
/** A position, line and column packed in one number (columns below 2^21). */
export type Pos = number;
export declare const packPos: (line: number, column: number) => Pos;
export declare const lineOf: (pos: Pos) => number;
export declare const columnOf: (pos: Pos) => number;
/**
 * A node. A scalar or alias is its position, negated for a scalar whose value is a string
 * (what an `image:` walk reads). A mapping lists its pairs as triples (key, key position,
 * value node), the key position 0 for a key that is not a scalar; a sequence lists its items.
 */
export type PosNode = Pos | {
    p: Pos;
    m: unknown[];
} | {
    p: Pos;
    s: (PosNode | null)[];
};
/** Where a node starts. */
export declare const startOf: (node: PosNode) => Pos;
/** The value node of the first pair whose scalar key equals `key`, with the key's position; undefined when none. */
export declare function pairOf(node: PosNode | null | undefined, key: unknown): {
    keyAt: Pos;
    value: PosNode | null;
} | undefined;
/** The pairs of a mapping node (scalar keys only), or undefined. */
export declare function pairsOf(node: PosNode | null | undefined): {
    key: unknown;
    value: PosNode | null;
}[] | undefined;
/** The items of a sequence node, or undefined. */
export declare const itemsOf: (node: PosNode | null | undefined) => (PosNode | null)[] | undefined;
/** A scalar whose value is a string. */
export declare const isStringNode: (node: PosNode | null | undefined) => boolean;
/** The tree of a `yaml` library node. */
export declare function posTreeOfNode(node: unknown, lines: LineCounter, depth?: number): PosNode | null;
export declare function posOf(lines: LineCounter, offset: number): Pos;
