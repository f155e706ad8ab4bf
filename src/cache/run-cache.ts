// A cache of whole runs, outside the linted tree (the user's cache folder): the
// result is a pure function of the tool version, the configuration, the list of
// files and the content of the files the run read, so when all of those hash the
// same the previous result is reused as is. Any failure to read or write the
// cache only means a normal run.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export function defaultCacheDir(): string {
  const base = process.env.DETECTVIZ_LINT_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'detectviz-lint');
  return base;
}

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A file the run read: its path, content hash, and size and mtime (a cheap first check). */
export type Read = [path: string, hash: string, size: number, mtimeMs: number];

interface Entry {
  key: string;
  reads: Read[];
  result: unknown;
}

/** Entries larger than this are not kept, so that the cache folder stays small. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

/** One entry per linted root and options (`slot`): a new run replaces the last, so the folder stays small. */
const entryFile = (dir: string, slot: string): string => join(dir, `${hashText(slot).slice(0, 40)}.v8`);

/**
 * The cached result for `key`, if every file it read is unchanged: same size and mtime,
 * or else the same content hash (a checkout or touch changes mtimes, not contents).
 */
export function readCached<T>(dir: string, slot: string, key: string, root: string, currentHash: (file: string) => string | undefined): T | undefined {
  try {
    // V8's serialization, not JSON: several times faster to read back, half the size, and
    // it keeps what the result holds (Sets, shared objects, undefined) as a fresh run has it.
    const entry = deserialize(readFileSync(entryFile(dir, slot))) as Entry;
    if (entry.key !== key) return undefined;
    for (const [file, hash, size, mtimeMs] of entry.reads) {
      const st = statSync(join(root, file), { throwIfNoEntry: false });
      if (st?.size === size && st.mtimeMs === mtimeMs) continue;
      if (currentHash(file) !== hash) return undefined;
    }
    return entry.result as T;
  } catch {
    return undefined;
  }
}

export function writeCached(dir: string, slot: string, key: string, reads: Read[], result: unknown): void {
  try {
    const file = entryFile(dir, slot);
    const entry = serialize({ key, reads, result } satisfies Entry);
    if (entry.length > MAX_ENTRY_BYTES) {
      rmSync(file, { force: true });
      return;
    }
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, entry);
    renameSync(tmp, file);
  } catch {
    // A read-only or forbidden cache folder only costs the next run its speed.
  }
}
