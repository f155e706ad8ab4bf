// Which fixture scenarios can be deltas, and against which base: shared by the converter
// (scripts/fixtures-to-deltas.mjs) and the test that keeps byte copies out of the fixture tree.
import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { BASES, resolveTree, sameEntry, under, type FixtureTree } from './fixture-repo.js';

export interface DeltaPlan {
  base: string;
  /** Paths of the scenario that are byte copies of the base's entry (dropped from the delta). */
  copies: string[];
  /** Base paths the scenario does not have, a directory named once when all of it goes. */
  remove: string[];
}

/** The scenario directories of a fixture tree (those with an <name>.expected.yaml beside them), sorted. */
export function scenarioDirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((g) => g.isDirectory() && g.name !== BASES)
    .flatMap((g) => readdirSync(join(root, g.name)).filter((f) => f.endsWith('.expected.yaml')).map((f) => join(root, g.name, f.slice(0, -'.expected.yaml'.length))))
    .filter((dir) => existsSync(dir))
    .sort();
}

/** Every base of a fixture tree, materialised in memory, by name. */
export function readBases(root: string): Map<string, FixtureTree> {
  const dir = join(root, BASES);
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return new Map(names.map((name) => [name, resolveTree(join(dir, name))]));
}

/** The paths of `tree` whose entry is a byte copy of `base`'s at the same path. */
export const copiesOf = (tree: FixtureTree, base: FixtureTree): string[] => [...tree.keys()].filter((p) => sameEntry(tree.get(p), base.get(p)));

/**
 * The delta of a full repository against the base it shares the most byte-identical entries with (the first
 * by name on a tie), or undefined when no delta would hold fewer files (it adds its scenario.yaml).
 */
export function planDelta(tree: FixtureTree, bases: ReadonlyMap<string, FixtureTree>): DeltaPlan | undefined {
  let best: { base: string; copies: string[] } | undefined;
  for (const base of [...bases.keys()].sort()) {
    const copies = copiesOf(tree, bases.get(base)!);
    if (!best || copies.length > best.copies.length) best = { base, copies };
  }
  if (!best || best.copies.length <= 1) return undefined;
  return { ...best, remove: removals(tree, bases.get(best.base)!) };
}

function removals(tree: FixtureTree, base: FixtureTree): string[] {
  const holdsSomething = (dir: string) => [...tree.keys()].some((p) => under(p, dir));
  const out = new Set<string>();
  for (const path of [...base.keys()].filter((p) => !tree.has(p))) {
    let top = path;
    for (let dir = posix.dirname(path); dir !== '.' && !holdsSomething(dir); dir = posix.dirname(dir)) top = dir;
    out.add(top);
  }
  return [...out].sort();
}
