// What the last full analysis of a root did unit by unit, beside its run-cache entry: for each
// Argo CD source of the repository it rendered, the inputs to render it again, the files it
// consulted and the digest of what it gave; and the files consulted outside every unit for
// their content. A run that finds a few files changed renders again only the units that
// consulted them (src/early-cutoff.ts). Any failure to read or write it only costs speed.
import { readFileSync } from 'node:fs';
import { replaceFile } from './replace-file.js';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { joined, split } from './joined-lists.js';

export interface UnitRecord {
  input: unknown;
  buildOptions: unknown;
  /** Indices into the run's sorted file list. */
  consulted: Int32Array;
  digest: string;
}

export interface UnitRecords {
  units: UnitRecord[];
  /** Files (indices) consulted outside every unit for their content. */
  outside: Int32Array;
}

interface Stored {
  run: string;
  inputs: unknown[];
  buildOptions: unknown[];
  /** Unit i consulted consulted[ends[i - 1] .. ends[i]). */
  ends: Int32Array;
  consulted: Int32Array;
  digests: string;
  outside: Int32Array;
}

/** Records larger than this are not kept (a 10,000-app tree's: 3.8 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

const recordsFile = (dir: string, slotFile: string): string => join(dir, `${slotFile}.units`);

/** `run`: the name of the analysis (its run-cache entry's `run`), the only one the records go with. */
export function writeUnitRecords(dir: string, slotFile: string, run: string, records: UnitRecords): void {
  const file = recordsFile(dir, slotFile);
  try {
    const ends = new Int32Array(records.units.length);
    let total = 0;
    records.units.forEach((u, i) => (ends[i] = total += u.consulted.length));
    const consulted = new Int32Array(total);
    records.units.forEach((u, i) => consulted.set(u.consulted, i === 0 ? 0 : ends[i - 1]));
    const stored: Stored = {
      run,
      inputs: records.units.map((u) => u.input),
      buildOptions: records.units.map((u) => u.buildOptions),
      ends,
      consulted,
      digests: joined(records.units.map((u) => u.digest)),
      outside: records.outside,
    };
    replaceFile(file, serialize(stored), MAX_BYTES);
  } catch {
    // A read-only or forbidden cache folder only costs the next run its speed.
  }
}

/** The records of the analysis named `run`, when they read back whole. */
export function readUnitRecords(dir: string, slotFile: string, run: string, fileCount: number): UnitRecords | undefined {
  try {
    const stored = deserialize(readFileSync(recordsFile(dir, slotFile))) as Stored;
    if (stored?.run !== run) return undefined;
    const { inputs, buildOptions, ends, consulted, outside } = stored;
    if (!Array.isArray(inputs) || !Array.isArray(buildOptions) || !(ends instanceof Int32Array) || !(consulted instanceof Int32Array) || !(outside instanceof Int32Array)) return undefined;
    const digests = split(stored.digests);
    const n = inputs.length;
    if (buildOptions.length !== n || ends.length !== n || digests.length !== n || (n > 0 && ends[n - 1] !== consulted.length)) return undefined;
    for (const i of consulted) if (i < 0 || i >= fileCount) return undefined;
    for (const i of outside) if (i < 0 || i >= fileCount) return undefined;
    const units: UnitRecord[] = [];
    for (let i = 0; i < n; i++) {
      const from = i === 0 ? 0 : ends[i - 1];
      if (ends[i] < from) return undefined;
      units.push({ input: inputs[i], buildOptions: buildOptions[i], consulted: consulted.subarray(from, ends[i]), digest: digests[i] });
    }
    return { units, outside };
  } catch {
    return undefined; // absent, damaged or of another shape: a full analysis
  }
}
