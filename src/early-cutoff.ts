// Early cutoff: when a few files changed since the last full analysis, and what the analysis
// takes from them comes out the same, the last result stands. Every file the analysis
// consults is consulted either inside a unit (one Argo CD source of this repository
// rendered: src/argocd/render-unit.ts) or outside all of them; outside, either for a defined
// fact of its text or for more. A changed file consulted outside for more ends the attempt.
// Otherwise its facts are taken again from its new text and compared with those the cache
// held for its old one, and each unit that consulted it is rendered again and its digest
// compared with the last run's. All equal: the analysis would compute what it computed.
import { isDeepStrictEqual } from 'node:util';
// The analysis's module: through its imports, every fact the analysis consults is defined (definedFact finds it).
import { READ_FACTS } from './analyse.js';
import type { BuildOptions } from './argocd/build-options.js';
import { renderUnit, unitDigest, unitFailures, type UnitInput } from './argocd/render-unit.js';
import type { FileMemo } from './cache/file-memo.js';
import type { UnitRecords } from './cache/unit-records.js';
import type { Config } from './config/load.js';
import { definedFact } from './parse/facts.js';
import { limitsOf } from './parse/limits.js';
import type { SourceRead } from './parse/read-source.js';
import { SourceSet } from './parse/source-set.js';

/** Past this many units to render again, the attempt is not made: it bounds the work of an attempt that may still fail. */
const MAX_UNITS = 2000;

/**
 * Whether the last result stands after `changed` files (each with the content hash the last
 * result was computed from) changed. The files are those of the last run (same list).
 */
export function lastResultStands(
  root: string,
  config: Config,
  files: readonly string[],
  reads: Map<string, SourceRead>,
  store: FileMemo,
  records: UnitRecords,
  changed: readonly (readonly [file: string, hashBefore: string])[],
): boolean {
  const indices = changed.map(([f]) => files.indexOf(f));
  const at = new Set(indices);
  if (records.outside.some((i) => at.has(i))) return false;
  // What the cache held for the old contents, taken before this run asks anything of them.
  const before = changed.map(([f]) => store.previous(f));
  const units = records.units.filter((u) => u.consulted.some((i) => at.has(i)));
  if (units.length > MAX_UNITS) return false;
  const sources = new SourceSet(root, files, reads, limitsOf(config.limits), store, READ_FACTS);
  for (const [k, [file, hashBefore]] of changed.entries()) {
    const held = before[k];
    // Facts of another content than the last result's, or none at all for a file no unit consulted: nothing to compare.
    if (held?.hash !== hashBefore) return false;
    const names = Object.keys(held.facts ?? {});
    if (names.length === 0 && !units.some((u) => u.consulted.includes(indices[k]))) return false;
    for (const name of names) {
      const fact = definedFact(name);
      if (!fact || !isDeepStrictEqual(sources.fact(file, fact), held.facts![name])) return false;
    }
  }
  for (const record of units) {
    const { unit } = renderUnit(sources, record.input as UnitInput, true);
    if (unit.levels.length > 0) {
      if (record.buildOptions === undefined) return false;
      unitFailures(sources, unit, record.buildOptions as BuildOptions);
    }
    if (unitDigest(sources, unit) !== record.digest) return false;
  }
  return true;
}
