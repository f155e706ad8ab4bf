import type { Discovery } from '../discover/discover.js';
export declare const hashText: (text: string) => string;
/**
 * A file the run looked at, read or not: its path, the hash of its content (or of the
 * reason it could not be read), and its stat stamp (a cheap first check).
 */
export type Read = [path: string, hash: string, stamp: string];
/** The reads as stored: each path as its index in the run's sorted file list (part of the key), -1 for one not listed (then in `others`, in order). */
interface StoredReads {
    at: Int32Array;
    others: string[];
    hashes: string;
    stamps: string;
}
/** The discovery a run made, and the stamp of each directory it listed: unchanged, they list the same files. */
export interface Listing extends Omit<Discovery, 'dirs' | 'symlinks'> {
    /** What else decides the listing: the code and the `ignore:` list. */
    scope: string;
    dirs: [dir: string, stamp: string][];
}
/** A Listing as stored, its lists joined. */
interface StoredListing extends Omit<Listing, 'files' | 'dirs'> {
    files: string;
    dirs: string;
    dirStamps: string;
}
/** The last run for a slot: its key, what it read, its result, and its listing. */
export interface Entry {
    key: string;
    /** When the run that wrote the entry started (ms since the epoch). */
    startedMs: number;
    reads: StoredReads;
    /** The result, serialised apart (and gzip'd): decoded only when the reads all hold. */
    result: Uint8Array;
    listing?: StoredListing;
    /** Names the analysis that computed the result: what else it kept (its unit records) goes with this entry only. */
    run?: string;
}
/** The name of a slot's files in the cache folder. */
export declare const slotFileName: (slot: string) => string;
/** The slot's entry, if there is one that reads back. */
export declare function openEntry(dir: string, slot: string): Entry | undefined;
/**
 * The entry's discovery, when its scope is the same and every directory it listed has the
 * same stat stamp, written well before that run started: a directory's entries change its
 * stamp. Not kept when the tree holds a symlink (see Discovery.symlinks).
 */
export declare function listingOf(entry: Entry | undefined, scope: string, stampOf: (dir: string) => string): Discovery | undefined;
/**
 * The entry's reads as they stand now (each file's current stamp, and its hash: the one the
 * entry holds, or the new one of a file whose content changed) and the files whose content
 * changed. A file is unchanged when its stat stamp is the same and was written well before that
 * run started, or else its content hashes the same (a checkout or touch changes stamps, not
 * contents). Undefined when the entry is of another key or shape, or a read outside the file
 * list changed.
 */
export declare function compareReads(entry: Entry | undefined, key: string, files: readonly string[], stampOf: (file: string) => string, currentHash: (file: string) => string): {
    reads: Read[];
    changed: [file: string, hashBefore: string][];
} | undefined;
/** The entry's result, decoded; undefined when it does not decode. */
export declare function resultOf<T>(entry: Entry): T | undefined;
/**
 * Writes the slot's entry; `same`: the entry whose result (and analysis) this is, written again
 * as it was encoded. Returns the name of the analysis the entry holds, once written.
 */
export declare function writeCached(dir: string, slot: string, key: string, startedMs: number, files: readonly string[], reads: Read[], result: unknown, listing?: Listing, same?: Entry): string | undefined;
export {};
