import { LineCounter, type Document } from 'yaml';
import type { Loc, PathSegment } from '../types.js';
/** Caps that keep hostile input bounded (documented in the README's Safety section). */
export declare const MAX_ALIASES = 1000;
/** Tiny documents cost the parser far more than their bytes: a file with more of them is not parsed. */
export declare const MAX_YAML_DOCUMENTS = 10000;
/**
 * The parser recurses per nesting level, so how deep it gets before the stack runs out
 * depends on the machine: deeper indentation than this is refused on every machine alike.
 */
export declare const MAX_INDENT = 1000;
export type { PathSegment };
export interface ParseProblem {
    at: Loc;
    message: string;
}
export declare class YamlDoc {
    readonly file: string;
    readonly index: number;
    private readonly doc;
    private readonly lines;
    private cachedValue;
    private evaluated;
    constructor(file: string, index: number, doc: Document.Parsed, lines: LineCounter);
    /** The document as plain data (aliases expanded up to MAX_ALIASES). */
    get value(): unknown;
    /** Converts the document to plain data once; the reason when it cannot be (an alias bomb). */
    evaluate(): string | undefined;
    /** Where the document starts. */
    get at(): Loc;
    /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
    loc(path: readonly PathSegment[], part?: 'key' | 'value'): Loc;
    /** The node at `path`, if it exists. */
    private nodeAt;
    /** Every `image:` scalar under `path` (default: the whole document), with its position. */
    imageScalars(path?: readonly PathSegment[]): {
        value: string;
        at: Loc;
    }[];
    offsetLoc(offset: number): Loc;
}
export interface YamlFile {
    path: string;
    docs: YamlDoc[];
    problems: ParseProblem[];
}
/**
 * Parses text that is meant to be YAML. Never throws: problems are returned with their position.
 * `firstIndex` numbers the documents of one of several texts rendered from the same file.
 */
export declare function parseYaml(path: string, text: string, firstIndex?: number): YamlFile;
/** Why the parse refuses a text outright: too many documents, or nesting too deep. */
export declare function capProblem(path: string, text: string): ParseProblem | undefined;
