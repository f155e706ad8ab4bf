// The fixture tree stays small: scenarios are deltas against shared bases (fixtures/bases/<name>/), no
// scenario carries a byte copy of its base's files, and every base serves a scenario.
import { globSync } from 'glob';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiesOf, planDelta, readBases, scenarioDirs } from '../src/docs/fixture-delta.js';
import { BASES, baseDir, readScenarioSpec, readTree, resolveTree, SCENARIO_FILE } from '../src/docs/fixture-repo.js';

const FIXTURES = 'fixtures';
const scenarios = scenarioDirs(FIXTURES);
const bases = readdirSync(join(FIXTURES, BASES)).sort().map((name) => join(FIXTURES, BASES, name));
const deltas = [...scenarios, ...bases].filter((dir) => readScenarioSpec(dir));

/**
 * Files of the repositories the fixtures describe (bases and scenario directories, without the expectation
 * beside each scenario and the scenario.yaml in it), measured when they were all full copies (main at 87f17a4:
 * `find fixtures -type f -not -name '*.expected.yaml' | wc -l`, of 2,585 files in all).
 */
const REPOSITORY_FILES_AS_COPIES = 2451;

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

  it('holds at most a quarter of the repository files it held as full copies', () => {
    const metadata = (f: string) => /^fixtures\/[^/]+\/[^/]+\.expected\.yaml$/.test(f) || (f.split('/').length === 4 && basename(f) === SCENARIO_FILE);
    const repositoryFiles = globSync('fixtures/**', { nodir: true, dot: true, posix: true }).filter((f) => !metadata(f));
    expect(repositoryFiles.length).toBeLessThanOrEqual(Math.floor(REPOSITORY_FILES_AS_COPIES / 4));
  });
});
