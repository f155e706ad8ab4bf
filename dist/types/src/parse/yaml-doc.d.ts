import type { Loc, PathSegment } from '../types.js';
import { type Pos, type PosNode } from './pos-tree.js';
export type { PathSegment };
export interface ParseProblem {
    at: Loc;
    message: string;
}
/** A document as a store keeps it: its index, data, start and position tree. */
export type StoredDoc = [index: number, value: unknown, at: Pos, tree: PosNode | null];
/** A document's position tree, or how to compute it when a position is first asked (yaml-file.ts). */
export type Positions = PosNode | null | (() => PosNode | null);
/** The position tree of the k-th document a parse keeps, computed when first asked. */
export type TreesLater = (k: number) => () => PosNode | null;
export interface YamlFile {
    path: string;
    docs: YamlDoc[];
    problems: ParseProblem[];
}
/** One document: its data, where it starts, and where each of its nodes starts. */
export declare class YamlDoc {
    readonly file: string;
    readonly index: number;
    /** The document as plain data (aliases expanded up to MAX_ALIASES). */
    readonly value: unknown;
    /** Where the document's content starts. */
    readonly at: Loc;
    private positions;
    constructor(file: string, index: number, 
    /** The document as plain data (aliases expanded up to MAX_ALIASES). */
    value: unknown, 
    /** Where the document's content starts. */
    at: Loc, positions: Positions);
    private get tree();
    /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
    loc(path: readonly PathSegment[], part?: 'key' | 'value'): Loc;
    /** The node at `path`, if it exists. */
    private nodeAt;
    /** Every `image:` scalar under `path` (default: the whole document), with its position. */
    imageScalars(path?: readonly PathSegment[]): {
        value: string;
        at: Loc;
    }[];
    /** The document as plain data a store keeps (file-facts.ts). */
    stored(): StoredDoc;
    private locOf;
}
