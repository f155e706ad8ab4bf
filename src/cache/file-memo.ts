// The per-file cache: what each file of the linted tree contributed to the last run (its
// parsed documents with positions, its Kubernetes objects, the facts the readers took
// from its text), by content. A run reads and parses only the files whose content
// changed; the graph and the rules are computed again from the facts. A file's stat
// stamp vouches for its content, except within the clock's resolution of the run that
// stored it (then its content is hashed again, as git does for "racily clean" entries).
// Stored outside the linted tree, one file per linted root; any failure to read or
// write it only costs the run its speed.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FactStore, FileFacts } from '../parse/file-facts.js';

interface Stored {
  /** What the facts depend on besides the files: the code and the root. */
  key: string;
  /** When the run that stored them started (ms since the epoch). */
  startedMs: number;
  files: Record<string, FileFacts>;
}

/**
 * A change this close to the storing run's start may carry the same timestamps as the content it
 * read (coarse file-system clocks: 1-2 s on some): such files are checked by content (git's
 * "racily clean" entries, ESLint's content strategy).
 */
const TIMESTAMP_RESOLUTION_MS = 2000;
/** A larger store is not written: the cache folder stays bounded. */
const MAX_BYTES = 512 * 1024 * 1024;

/** What changes when a file is edited, replaced or touched: ctime moves on every change, even one that resets mtime. */
export function statStamp(path: string): string {
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : 'missing';
}

export class FileMemo implements FactStore {
  private readonly next = new Map<string, FileFacts>();

  private constructor(
    private readonly root: string,
    private readonly previous: Record<string, FileFacts>,
    private readonly previousStartedMs: number,
  ) {}

  /** The store of `root` in `file` (empty when absent, unreadable or made by other code). */
  static load(file: string, key: string, root: string): FileMemo {
    try {
      const stored = deserialize(readFileSync(file)) as Stored;
      if (stored.key === key && typeof stored.startedMs === 'number' && typeof stored.files === 'object') return new FileMemo(root, stored.files, stored.startedMs);
    } catch {
      // absent or damaged: start afresh
    }
    return new FileMemo(root, Object.create(null) as Record<string, FileFacts>, 0);
  }

  /**
   * The facts of `path` for its current content: the stored ones when its stamp vouches for
   * them or its content hashes the same, else new (empty) ones. `hashOf` reads and hashes the
   * content (undefined when the file cannot be read: nothing is then kept).
   */
  factsOf(path: string, hashOf: () => string | undefined): FileFacts | undefined {
    const known = this.next.get(path);
    if (known) return known;
    const before = this.previous[path];
    const stamp = statStamp(join(this.root, path));
    let facts: FileFacts | undefined;
    if (before && before.stamp === stamp && !racy(stamp, this.previousStartedMs)) facts = before;
    else {
      const hash = hashOf();
      if (hash === undefined) return undefined;
      facts = before?.hash === hash ? { ...before, stamp } : { hash, stamp };
    }
    this.next.set(path, facts);
    return facts;
  }

  /** Stores the facts of this run (and the files still listed that it did not need) for the next. */
  save(file: string, key: string, startedMs: number, listed: readonly string[]): void {
    try {
      const files = Object.create(null) as Record<string, FileFacts>;
      for (const path of listed) {
        const facts = this.next.get(path) ?? this.previous[path];
        if (facts) files[path] = facts;
      }
      const bytes = serialize({ key, startedMs, files } satisfies Stored);
      if (bytes.length > MAX_BYTES) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(join(file, '..'), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
    } catch {
      // A read-only or forbidden cache folder only costs the next run its speed.
    }
  }
}

/** The stamp's ctime (which every change moves forward) is within the clock's resolution of the run. */
export function racy(stamp: string, startedMs: number): boolean {
  const ctimeMs = Number(stamp.slice(stamp.lastIndexOf(':') + 1));
  return !(ctimeMs < startedMs - TIMESTAMP_RESOLUTION_MS);
}
