// The fixture tree stays small: scenarios are deltas against shared bases (fixtures/bases/<name>/), no
// scenario carries a byte copy of its base's files, and every base serves a scenario.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiesOf, planDelta, readBases, scenarioDirs } from '../src/docs/fixture-delta.js';
import { BASES, baseDir, readScenarioSpec, readTree, resolveTree } from '../src/docs/fixture-repo.js';

const FIXTURES = 'fixtures';
const scenarios = scenarioDirs(FIXTURES);
const bases = readdirSync(join(FIXTURES, BASES)).sort().map((name) => join(FIXTURES, BASES, name));
const deltas = [...scenarios, ...bases].filter((dir) => readScenarioSpec(dir));

describe('fixture tree', () => {
  it.each(deltas)('%s: no file is a byte copy of its base file at the same path', (dir) => {
    const base = resolveTree(baseDir(dir, readScenarioSpec(dir)!.base));
    expect(copiesOf(readTree(dir), base), 'delete these: the base provides them').toEqual([]);
  });

  it('every full-repository scenario that a base would shrink is a delta (npm run fixtures:deltas converts them)', () => {
    const all = readBases(FIXTURES);
    const convertible = scenarios.filter((dir) => !readScenarioSpec(dir)).filter((dir) => planDelta(readTree(dir), all));
    expect(convertible).toEqual([]);
  });

  it('every base is the base of a scenario or of another base', () => {
    const used = new Set(deltas.map((dir) => readScenarioSpec(dir)!.base));
    expect(bases.filter((dir) => !used.has(basename(dir)))).toEqual([]);
  });

  it('stores at most a quarter of the files its scenarios would hold as full copies', () => {
    // Repository files only: each scenario's expectation and scenario.yaml are not part of what it lints.
    // (On main at 87f17a4, before the deltas, all 134 scenarios were full copies: 2,451 such files, 2,585 in all.)
    const stored = [...bases, ...scenarios].reduce((n, dir) => n + readTree(dir).size, 0);
    const asCopies = scenarios.reduce((n, dir) => n + resolveTree(dir).size, 0);
    expect(stored, `${stored} files stored for ${asCopies} as full copies`).toBeLessThanOrEqual(asCopies / 4);
  });
});
