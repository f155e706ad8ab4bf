export declare function defaultCacheDir(): string;
export declare const hashText: (text: string) => string;
/**
 * A file the run looked at, read or not: its path, the hash of its content (or of the
 * reason it could not be read), and its stat stamp (a cheap first check).
 */
export type Read = [path: string, hash: string, stamp: string];
/**
 * The cached result for `key`, if every file it looked at is unchanged: the same stat stamp,
 * written well before that run started, or else the same content hash (a checkout or touch
 * changes stamps, not contents).
 */
export declare function readCached<T>(dir: string, slot: string, key: string, files: readonly string[], stampOf: (file: string) => string, currentHash: (file: string) => string): T | undefined;
export declare function writeCached(dir: string, slot: string, key: string, startedMs: number, files: readonly string[], reads: Read[], result: unknown): void;
