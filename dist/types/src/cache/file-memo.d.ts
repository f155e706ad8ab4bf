import type { FactStore, FileFacts } from '../parse/file-facts.js';
/** What changes when a file is edited, replaced or touched: ctime moves on every change, even one that resets mtime. */
export declare function statStamp(path: string): string;
export declare class FileMemo implements FactStore {
    private readonly root;
    private readonly previous;
    private readonly previousStartedMs;
    private readonly next;
    private constructor();
    /** The store of `root` in `file` (empty when absent, unreadable or made by other code). */
    static load(file: string, key: string, root: string): FileMemo;
    /**
     * The facts of `path` for its current content: the stored ones when its stamp vouches for
     * them or its content hashes the same, else new (empty) ones. `hashOf` reads and hashes the
     * content (undefined when the file cannot be read: nothing is then kept).
     */
    factsOf(path: string, hashOf: () => string | undefined): FileFacts | undefined;
    /** Stores the facts of this run (and the files still listed that it did not need) for the next. */
    save(file: string, key: string, startedMs: number, listed: readonly string[]): void;
}
/** The stamp's ctime (which every change moves forward) is within the clock's resolution of the run. */
export declare function racy(stamp: string, startedMs: number): boolean;
