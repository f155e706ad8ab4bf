// A cache of whole runs, outside the linted tree (the user's cache folder): the
// result is a pure function of the tool version, the configuration, the list of
// files and the content of the files the run read, so when all of those hash the
// same the previous result is reused as is. Any failure to read or write the
// cache only means a normal run.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultCacheDir(): string {
  const base = process.env.DETECTVIZ_LINT_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'detectviz-lint');
  return base;
}

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Entry {
  key: string;
  /** The files the run read, with the hash of their content. */
  reads: [string, string][];
  result: unknown;
}

const entryFile = (dir: string, key: string): string => join(dir, `${key.slice(0, 40)}.json`);

// Sets (deployedFiles) survive the round trip through JSON.
const replacer = (_: string, v: unknown): unknown => (v instanceof Set ? { __set: [...v] } : v);
const reviver = (_: string, v: unknown): unknown =>
  typeof v === 'object' && v !== null && '__set' in v && Array.isArray((v as { __set: unknown }).__set) ? new Set((v as { __set: unknown[] }).__set) : v;

/** The cached result for `key`, if every file it read still hashes the same. */
export function readCached<T>(dir: string, key: string, currentHash: (file: string) => string | undefined): T | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryFile(dir, key), 'utf8'), reviver) as Entry;
    if (entry.key !== key) return undefined;
    for (const [file, hash] of entry.reads) if (currentHash(file) !== hash) return undefined;
    return entry.result as T;
  } catch {
    return undefined;
  }
}

export function writeCached(dir: string, key: string, reads: [string, string][], result: unknown): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = entryFile(dir, key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, reads, result } satisfies Entry, replacer));
    renameSync(tmp, file);
  } catch {
    // A read-only or forbidden cache folder only costs the next run its speed.
  }
}
