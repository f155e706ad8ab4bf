import type { FactStore, FileFacts } from '../parse/file-facts.js';
export declare class FileMemo implements FactStore {
    private readonly dir;
    private readonly key;
    /** When this run started: the time its verifications hold from. */
    private readonly startedMs;
    /** A file's stat stamp (statStamp), taken before its content is read. */
    private readonly stampOf;
    private readonly shards;
    private readonly dirty;
    private readonly seen;
    /** The store of one root in `dir` (`<dir>/<n>.v8`), for facts computed by code `key`. */
    constructor(dir: string, key: string, 
    /** When this run started: the time its verifications hold from. */
    startedMs: number, 
    /** A file's stat stamp (statStamp), taken before its content is read. */
    stampOf: (path: string) => string);
    /** The facts this run found valid for `path`, if it asked. */
    known(path: string): FileFacts | undefined;
    /** A shard (empty when absent, unreadable or made by other code). */
    private shard;
    /** The stored entry of `path`, decoded. */
    private entryOf;
    /**
     * The facts of `path` for its current content: the stored ones when its stamp vouches for
     * them or its content hashes the same, else new (empty) ones. `hashOf` reads and hashes the
     * content (undefined when the file cannot be read: nothing is then kept).
     */
    factsOf(path: string, hashOf: () => string | undefined): FileFacts | undefined;
    /**
     * The content hash and facts the cache held for `path` before this run, whatever the file
     * holds now; undefined once this run has asked for the file's facts (they may be new ones).
     */
    previous(path: string): {
        hash: string;
        facts?: Record<string, unknown>;
    } | undefined;
    /** The run added facts to a file's entry. */
    updated(path: string): void;
    /** Writes the shards this run changed, or that hold files no longer listed. */
    save(listed: readonly string[]): void;
    /** A shard's columns, its unchanged entries as they were read. */
    private encode;
}
