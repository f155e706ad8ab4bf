// The per-file cache: what each file of the linted tree contributed to the last run (its
// parsed documents with positions, its Kubernetes objects, the facts the readers took
// from its text), by content. A run reads and parses only the files whose content
// changed; the graph and the rules are computed again from the facts. A file's stat
// stamp vouches for its content, except within the clock's resolution of the run that
// verified it (then its content is hashed again, as git does for "racily clean" entries).
// Stored outside the linted tree, in shards by path so that a run rewrites only the
// shards whose files changed; any failure to read or write it only costs the run its speed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { replaceFile } from './replace-file.js';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FactStore, FileFacts, StoredDocLater } from '../parse/file-facts.js';
import type { PosNode } from '../parse/pos-tree.js';
import type { ParseProblem } from '../parse/yaml-doc.js';
import { joined, split } from './joined-lists.js';
import { fnv1a, racy } from './stamp.js';

/** A file's facts in memory: with when a run last verified them against the file (ms since the epoch). */
type Entry = FileFacts & { verifiedMs: number };

/**
 * A shard as stored: its files' columns rather than one object per file, so that reading it
 * back makes few objects (every object read back is moved through V8's young generation: for
 * a 10,000-app tree, 1.9 million of them were a second of copying). Lists of strings are joined
 * by NUL, which no path holds. The facts of a file are an index into a table of the shard's
 * distinct facts (most files have the same few). The position trees of a file's documents are
 * serialised apart, in `trees`, and read back only when a position is asked (an eighth of them
 * in a run over a 10,000-app tree).
 */
interface Shard {
  /** What the facts depend on besides the files: the code and the root. */
  key: string;
  paths: string;
  hashes: string;
  stamps: string;
  verified: Float64Array;
  /** Index of each file's facts in `table`, -1 when none. */
  facts: Int32Array;
  table: Record<string, unknown>[];
  /** Per file: its documents without their trees (index, value, start), its problems, and where its trees lie in `trees`. */
  yaml: ([docs: [index: number, value: unknown, at: number][], problems: ParseProblem[], start: number, end: number] | undefined)[];
  manifest: FileFacts['manifest'][];
  trees: Uint8Array;
  /** SHA-1 of `trees`: damaged trees mean an empty shard, never a failure when a position is asked. */
  treesHash: string;
}

/** A shard in memory: its stored columns, and the entries decoded from them or made by this run. */
interface Loaded {
  stored?: Shard & { hashList: string[]; stampList: string[] };
  /** Position of each stored file in the columns. */
  at: Map<string, number>;
  entries: Map<string, Entry>;
  /** Files deleted from the shard by this run. */
  gone: Set<string>;
}

/**
 * The bytes of the position trees of documents read from a shard (decoded only when asked),
 * kept on their list so that they are written back as they were read: a file parsed again
 * gets a new list.
 */
const TREES = Symbol('trees as read');
type StoredYaml = NonNullable<FileFacts['yaml']> & { [TREES]?: Uint8Array };

/** Shards per linted root: a one-file change rewrites one of them. */
const SHARDS = 32;
/** A larger shard is not written: the cache folder stays bounded. */
const MAX_SHARD_BYTES = 64 * 1024 * 1024;

/** The shard of a path. */
const shardOf = (path: string): number => fnv1a(path) % SHARDS;

const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/** The shard's columns, when they are all there and agree in length; else undefined (an empty shard). */
function validShard(stored: Shard, key: string): { shard: NonNullable<Loaded['stored']>; paths: string[] } | undefined {
  if (stored?.key !== key || typeof stored.paths !== 'string' || typeof stored.hashes !== 'string' || typeof stored.stamps !== 'string') return undefined;
  const paths = split(stored.paths);
  const n = paths.length;
  const { verified, facts, table, yaml, manifest, trees } = stored;
  if (!(verified instanceof Float64Array) || !(facts instanceof Int32Array) || !(trees instanceof Uint8Array) || !Array.isArray(table) || !Array.isArray(yaml) || !Array.isArray(manifest)) return undefined;
  if (verified.length !== n || facts.length !== n || yaml.length !== n || manifest.length !== n) return undefined;
  const hashList = split(stored.hashes);
  const stampList = split(stored.stamps);
  if (hashList.length !== n || stampList.length !== n || stored.treesHash !== sha1(trees)) return undefined;
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    if (f < -1 || f >= table.length || (f >= 0 && (typeof table[f] !== 'object' || table[f] === null))) return undefined;
    const y = yaml[i];
    if (y !== undefined && !(Array.isArray(y) && Array.isArray(y[0]) && y[0].every(Array.isArray) && Array.isArray(y[1]) && y[2] >= 0 && y[2] <= y[3] && y[3] <= trees.length)) return undefined;
    const m = manifest[i];
    if (m !== undefined && m !== null && !(Array.isArray(m.objects) && Array.isArray(m.problems))) return undefined;
  }
  return { shard: Object.assign(stored, { hashList, stampList }), paths };
}

export class FileMemo implements FactStore {
  private readonly shards: (Loaded | undefined)[] = new Array(SHARDS);
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

  /** A shard (empty when absent, unreadable or made by other code). */
  private shard(n: number): Loaded {
    let loaded = this.shards[n];
    if (!loaded) {
      loaded = { at: new Map(), entries: new Map(), gone: new Set() };
      try {
        const valid = validShard(deserialize(readFileSync(join(this.dir, `${n}.v8`))) as Shard, this.key);
        if (valid) {
          loaded.stored = valid.shard;
          valid.paths.forEach((path, i) => loaded!.at.set(path, i));
        }
      } catch {
        // absent or damaged: start afresh
      }
      this.shards[n] = loaded;
    }
    return loaded;
  }

  /** The stored entry of `path`, decoded. */
  private entryOf(loaded: Loaded, path: string): Entry | undefined {
    const known = loaded.entries.get(path);
    if (known || loaded.gone.has(path) || !loaded.stored) return known;
    const i = loaded.at.get(path);
    if (i === undefined) return undefined;
    const stored = loaded.stored;
    const entry: Entry = { hash: stored.hashList[i], stamp: stored.stampList[i], verifiedMs: stored.verified[i] };
    const f = stored.facts[i];
    // A copy: the run adds facts to it (the values are plain data no reader changes).
    if (f >= 0) entry.facts = { ...stored.table[f] };
    const y = stored.yaml[i];
    if (y) {
      const [docs, problems, start, end] = y;
      const trees = stored.trees.subarray(start, end);
      let decoded: (PosNode | null)[] | undefined;
      const treeOf = (k: number) => () => (decoded ??= deserialize(trees) as (PosNode | null)[])[k] ?? null;
      // The stored triples become the documents (read once: nothing else holds them).
      for (let k = 0; k < docs.length; k++) (docs[k] as unknown as StoredDocLater)[3] = treeOf(k);
      const yaml: StoredYaml = { docs: docs as unknown as StoredDocLater[], problems, [TREES]: trees };
      entry.yaml = yaml;
    }
    if (stored.manifest[i] !== undefined) entry.manifest = stored.manifest[i];
    loaded.entries.set(path, entry);
    return entry;
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
    const loaded = this.shard(n);
    const before = this.entryOf(loaded, path);
    const stamp = this.stampOf(path);
    let entry: Entry;
    if (before && before.stamp === stamp && !racy(stamp, before.verifiedMs)) entry = before;
    else {
      const hash = hashOf();
      if (hash === undefined) return undefined;
      entry = before?.hash === hash ? { ...before, stamp, verifiedMs: this.startedMs } : { hash, stamp, verifiedMs: this.startedMs };
      loaded.entries.set(path, entry);
      this.dirty.add(n);
    }
    this.seen.set(path, entry);
    return entry;
  }

  /**
   * The content hash and facts the cache held for `path` before this run, whatever the file
   * holds now; undefined once this run has asked for the file's facts (they may be new ones).
   */
  previous(path: string): { hash: string; facts?: Record<string, unknown> } | undefined {
    if (this.seen.has(path)) return undefined;
    const entry = this.entryOf(this.shard(shardOf(path)), path);
    return entry && { hash: entry.hash, ...(entry.facts ? { facts: { ...entry.facts } } : {}) };
  }

  /** The run added facts to a file's entry. */
  updated(path: string): void {
    this.dirty.add(shardOf(path));
  }

  /** Writes the shards this run changed, or that hold files no longer listed. */
  save(listed: readonly string[]): void {
    const kept = new Set(listed);
    for (let n = 0; n < SHARDS; n++) {
      const loaded = this.shards[n];
      if (!loaded) continue;
      for (const path of [...loaded.at.keys(), ...loaded.entries.keys()]) {
        if (kept.has(path) || loaded.gone.has(path)) continue;
        loaded.gone.add(path);
        this.dirty.add(n);
      }
    }
    try {
      for (const n of this.dirty) replaceFile(join(this.dir, `${n}.v8`), serialize(this.encode(this.shards[n]!)), MAX_SHARD_BYTES);
    } catch {
      // A read-only or forbidden cache folder only costs the next run its speed.
    }
  }

  /** A shard's columns, its unchanged entries as they were read. */
  private encode(loaded: Loaded): Shard {
    const paths = [...new Set([...loaded.at.keys(), ...loaded.entries.keys()])].filter((p) => !loaded.gone.has(p));
    const shard: Shard = { key: this.key, paths: joined(paths), hashes: '', stamps: '', verified: new Float64Array(paths.length), facts: new Int32Array(paths.length), table: [], yaml: [], manifest: [], trees: new Uint8Array(), treesHash: '' };
    const hashes: string[] = [];
    const stamps: string[] = [];
    const tableAt = new Map<string, number>();
    const trees: Uint8Array[] = [];
    let offset = 0;
    paths.forEach((path, i) => {
      const entry = this.entryOf(loaded, path)!;
      hashes.push(entry.hash);
      stamps.push(entry.stamp);
      shard.verified[i] = entry.verifiedMs;
      shard.facts[i] = -1;
      if (entry.facts) {
        const key = factsKey(entry.facts);
        let at = key === undefined ? undefined : tableAt.get(key);
        if (at === undefined) {
          at = shard.table.push(entry.facts) - 1;
          if (key !== undefined) tableAt.set(key, at);
        }
        shard.facts[i] = at;
      }
      if (entry.yaml) {
        const bytes = (entry.yaml as StoredYaml)[TREES] ?? serialize(entry.yaml.docs.map((d) => (typeof d[3] === 'function' ? d[3]() : d[3])));
        trees.push(bytes);
        shard.yaml[i] = [entry.yaml.docs.map(([index, value, at]) => [index, value, at]), entry.yaml.problems, offset, offset + bytes.length];
        offset += bytes.length;
      } else shard.yaml[i] = undefined;
      shard.manifest[i] = entry.manifest;
    });
    shard.hashes = joined(hashes);
    shard.stamps = joined(stamps);
    shard.trees = Buffer.concat(trees);
    shard.treesHash = sha1(shard.trees);
    return shard;
  }
}

/**
 * A key that equal facts records share, when their values are all booleans, strings, numbers,
 * undefined, empty lists or empty plain objects (most files' facts: no suppression comment, no
 * CustomResourceDefinition); undefined for any other record, which is then stored on its own.
 */
function factsKey(facts: Record<string, unknown>): string | undefined {
  let key = '';
  for (const name in facts) {
    const value = facts[name];
    let part: string;
    if (typeof value === 'string') part = `s${JSON.stringify(value)}`;
    else if (typeof value === 'boolean' || value === undefined) part = String(value);
    else if (typeof value === 'number') part = Object.is(value, -0) ? 'n-0' : `n${value}`;
    else if (Array.isArray(value) && value.length === 0 && Object.getPrototypeOf(value) === Array.prototype) part = '[]';
    else if (isEmptyRecord(value)) part = '{}';
    else return undefined;
    key += `${JSON.stringify(name)}:${part},`;
  }
  return key;
}

const isEmptyRecord = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0 && Object.getOwnPropertySymbols(value).length === 0;
