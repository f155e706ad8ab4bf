// The per-file cache: what each file of the linted tree contributed to the last run (its
// parsed documents with positions, its Kubernetes objects, the facts the readers took
// from its text), by content. A run reads and parses only the files whose content
// changed; the graph and the rules are computed again from the facts. A file's stat
// stamp vouches for its content, except within the clock's resolution of the run that
// verified it (then its content is hashed again, as git does for "racily clean" entries).
// Stored outside the linted tree, in shards by path so that a run rewrites only the
// shards whose files changed; any failure to read or write it only costs the run its speed.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FactStore, FileFacts } from '../parse/file-facts.js';
import { racy } from './stamp.js';

/** A file's facts as stored: with when a run last verified them against the file (ms since the epoch). */
type Entry = FileFacts & { verifiedMs: number };

interface Shard {
  /** What the facts depend on besides the files: the code and the root. */
  key: string;
  files: Record<string, Entry>;
}

/** Shards per linted root: a one-file change rewrites one of them. */
const SHARDS = 32;
/** A larger shard is not written: the cache folder stays bounded. */
const MAX_SHARD_BYTES = 64 * 1024 * 1024;

/** The shard of a path (FNV-1a). */
function shardOf(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

export class FileMemo implements FactStore {
  private readonly shards: (Record<string, Entry> | undefined)[] = new Array(SHARDS);
  private readonly dirty = new Set<number>();
  private readonly seen = new Map<string, Entry>();

  /** The store of one root in `dir` (`<dir>/<n>.v8`), for facts computed by code `key`. */
  constructor(
    private readonly dir: string,
    private readonly key: string,
    /** When this run started: the time its verifications hold from. */
    private readonly startedMs: number,
    /** A file's stat stamp (statStamp), taken before its content is read. */
    private readonly stampOf: (path: string) => string,
  ) {}

  /** The facts this run found valid for `path`, if it asked. */
  known(path: string): FileFacts | undefined {
    return this.seen.get(path);
  }

  /** A shard's stored files (empty when absent, unreadable or made by other code). */
  private shard(n: number): Record<string, Entry> {
    let files = this.shards[n];
    if (!files) {
      try {
        const stored = deserialize(readFileSync(join(this.dir, `${n}.v8`))) as Shard;
        if (stored.key === this.key && typeof stored.files === 'object') files = stored.files;
      } catch {
        // absent or damaged: start afresh
      }
      this.shards[n] = files ??= Object.create(null) as Record<string, Entry>;
    }
    return files;
  }

  /**
   * The facts of `path` for its current content: the stored ones when its stamp vouches for
   * them or its content hashes the same, else new (empty) ones. `hashOf` reads and hashes the
   * content (undefined when the file cannot be read: nothing is then kept).
   */
  factsOf(path: string, hashOf: () => string | undefined): FileFacts | undefined {
    const known = this.seen.get(path);
    if (known) return known;
    const n = shardOf(path);
    const files = this.shard(n);
    const before = files[path];
    const stamp = this.stampOf(path);
    let entry: Entry;
    if (before && before.stamp === stamp && !racy(stamp, before.verifiedMs)) entry = before;
    else {
      const hash = hashOf();
      if (hash === undefined) return undefined;
      entry = before?.hash === hash ? { ...before, stamp, verifiedMs: this.startedMs } : { hash, stamp, verifiedMs: this.startedMs };
      files[path] = entry;
      this.dirty.add(n);
    }
    this.seen.set(path, entry);
    return entry;
  }

  /** The run added facts to a file's entry. */
  updated(path: string): void {
    this.dirty.add(shardOf(path));
  }

  /** Writes the shards this run changed, or that hold files no longer listed. */
  save(listed: readonly string[]): void {
    const kept = new Set(listed);
    for (let n = 0; n < SHARDS; n++) {
      const files = this.shards[n];
      if (!files) continue;
      for (const path of Object.keys(files)) {
        if (kept.has(path)) continue;
        delete files[path];
        this.dirty.add(n);
      }
    }
    try {
      mkdirSync(this.dir, { recursive: true });
      for (const n of this.dirty) {
        const file = join(this.dir, `${n}.v8`);
        const bytes = serialize({ key: this.key, files: this.shards[n]! } satisfies Shard);
        if (bytes.length > MAX_SHARD_BYTES) {
          rmSync(file, { force: true });
          continue;
        }
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, file);
      }
    } catch {
      // A read-only or forbidden cache folder only costs the next run its speed.
    }
  }
}
