import { type LineCounter } from 'yaml';
/** A position: line and column, 1-based. */
export type Pos = [line: number, column: number];
/**
 * A node: where it starts; for a mapping its pairs, for a sequence its items. `str` marks a
 * scalar whose value is a string (what an `image:` walk reads).
 */
export interface PosNode {
    at: Pos;
    pairs?: PosPair[];
    items?: (PosNode | null)[];
    str?: true;
}
/** A pair of a mapping: the key's value and start when the key is a scalar, and the value's node. */
export interface PosPair {
    key?: {
        value: unknown;
        at?: Pos;
    };
    value: PosNode | null;
}
/** The tree of a `yaml` library node. */
export declare function posTreeOfNode(node: unknown, lines: LineCounter, depth?: number): PosNode | null;
export declare function posOf(lines: LineCounter, offset: number): Pos;
