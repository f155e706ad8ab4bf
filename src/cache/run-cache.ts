// A cache of whole runs, outside the linted tree (the user's cache folder): the
// result is a pure function of the tool version, the configuration, the list of
// files and the content of the files the run looked at (or why it could not read
// them), so when all of those hash the same the previous result is reused as is.
// Any failure to read or write the cache only means a normal run.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { replaceFile } from './replace-file.js';
import { join } from 'node:path';
import { racy } from './stamp.js';
import { joined, split } from './joined-lists.js';
import type { Discovery } from '../discover/discover.js';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

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

/** Entries larger than this are not kept, so that the cache folder stays bounded (a 10,000-app tree's: 17 MB). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/**
 * An entry smaller than this is gzip'd: a repository of a few hundred files keeps an entry within
 * twice its report, inflated in a millisecond. A larger one is not: its lists read back faster
 * than they inflate (10,000 apps: 111 ms of gunzip).
 */
const GZIP_BELOW_BYTES = 1024 * 1024;

/** The name of a slot's files in the cache folder. */
export const slotFileName = (slot: string): string => hashText(slot).slice(0, 40);

/** One entry per linted root and options (`slot`): a new run replaces the last, so the folder stays small. */
const entryFile = (dir: string, slot: string): string => join(dir, `${slotFileName(slot)}.v8`);

/** The slot's entry, if there is one that reads back. */
export function openEntry(dir: string, slot: string): Entry | undefined {
  try {
    // V8's serialization, not JSON: several times faster to read back, and it keeps what the
    // result holds (undefined, shared objects) as a fresh run has it; gzip'd when small.
    const bytes = readFileSync(entryFile(dir, slot));
    const entry = deserialize(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes) as Entry;
    return typeof entry.key === 'string' && typeof entry.startedMs === 'number' && entry.reads?.at instanceof Int32Array && entry.result instanceof Uint8Array ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entry's discovery, when its scope is the same and every directory it listed has the
 * same stat stamp, written well before that run started: a directory's entries change its
 * stamp. Not kept when the tree holds a symlink (see Discovery.symlinks).
 */
export function listingOf(entry: Entry | undefined, scope: string, stampOf: (dir: string) => string): Discovery | undefined {
  const listing = entry?.listing;
  if (listing?.scope !== scope) return undefined;
  try {
    const dirs = split(listing.dirs);
    const stamps = split(listing.dirStamps);
    if (stamps.length !== dirs.length) return undefined;
    for (let i = 0; i < dirs.length; i++) if (stamps[i] !== stampOf(dirs[i]) || racy(stamps[i], entry!.startedMs)) return undefined;
    const { escapes, unlisted } = listing;
    if (!Array.isArray(escapes) || !Array.isArray(unlisted)) return undefined;
    return { files: split(listing.files), escapes, unlisted, dirs, symlinks: false };
  } catch {
    return undefined; // an entry of another shape: a normal run
  }
}

/**
 * The entry's reads as they stand now (each file's current stamp, and its hash: the one the
 * entry holds, or the new one of a file whose content changed) and the files whose content
 * changed. A file is unchanged when its stat stamp is the same and was written well before that
 * run started, or else its content hashes the same (a checkout or touch changes stamps, not
 * contents). Undefined when the entry is of another key or shape, or a read outside the file
 * list changed.
 */
export function compareReads(
  entry: Entry | undefined,
  key: string,
  files: readonly string[],
  stampOf: (file: string) => string,
  currentHash: (file: string) => string,
): { reads: Read[]; changed: [file: string, hashBefore: string][] } | undefined {
  if (entry?.key !== key) return undefined;
  try {
    const { at, others } = entry.reads;
    const hashes = split(entry.reads.hashes);
    const stamps = split(entry.reads.stamps);
    if (hashes.length !== at.length || stamps.length !== at.length || !Array.isArray(others)) return undefined;
    const reads: Read[] = [];
    const changed: [string, string][] = [];
    let other = 0;
    for (let i = 0; i < at.length; i++) {
      const file = at[i] >= 0 ? files[at[i]] : others[other++];
      if (typeof file !== 'string') return undefined;
      const stamp = stampOf(file);
      if (stamps[i] === stamp && !racy(stamps[i], entry.startedMs)) {
        reads.push([file, hashes[i], stamp]);
        continue;
      }
      const hash = currentHash(file);
      if (hash !== hashes[i]) {
        if (at[i] < 0) return undefined;
        changed.push([file, hashes[i]]);
      }
      reads.push([file, hash, stamp]);
    }
    return { reads, changed };
  } catch {
    return undefined; // an entry of another shape: a normal run
  }
}

/** The entry's result, decoded; undefined when it does not decode. */
export function resultOf<T>(entry: Entry): T | undefined {
  try {
    return deserialize(gunzipSync(entry.result)) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes the slot's entry; `same`: the entry whose result (and analysis) this is, written again
 * as it was encoded. Returns the name of the analysis the entry holds, once written.
 */
export function writeCached(dir: string, slot: string, key: string, startedMs: number, files: readonly string[], reads: Read[], result: unknown, listing?: Listing, same?: Entry): string | undefined {
  try {
    const file = entryFile(dir, slot);
    const indexOf = new Map(files.map((f, i) => [f, i]));
    const at = new Int32Array(reads.length);
    const others: string[] = [];
    reads.forEach(([path], i) => {
      at[i] = indexOf.get(path) ?? (others.push(path), -1);
    });
    const stored: Entry = {
      key,
      startedMs,
      reads: { at, others, hashes: joined(reads.map((r) => r[1])), stamps: joined(reads.map((r) => r[2])) },
      // Level 1: a tenth larger than the default level, two and a half times faster.
      result: same ? same.result : gzipSync(serialize(result), { level: 1 }),
      run: same?.run ?? randomUUID(),
      ...(listing ? { listing: { ...listing, files: joined(listing.files), dirs: joined(listing.dirs.map((d) => d[0])), dirStamps: joined(listing.dirs.map((d) => d[1])) } } : {}),
    };
    const serialised = serialize(stored);
    const bytes = serialised.length < GZIP_BELOW_BYTES ? gzipSync(serialised, { level: 1 }) : serialised;
    return replaceFile(file, bytes, MAX_ENTRY_BYTES) ? stored.run : undefined;
  } catch {
    // A read-only or forbidden cache folder only costs the next run its speed.
    return undefined;
  }
}
