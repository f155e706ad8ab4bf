// Turns every full-repository fixture scenario into a delta against the base it shares the most byte-identical
// files with (fixtures/bases/<name>/), when that leaves fewer files: the copies go, a scenario.yaml names the
// base and what of it the scenario does not have. Scenarios already in delta form are left alone, so a second
// run changes nothing. Each conversion is checked: the delta must materialise to exactly the files it replaced.
// Run with `npm run fixtures:deltas` (it builds first) or `node scripts/fixtures-to-deltas.mjs [fixtures-dir]`.
import { readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { planDelta, readBases, scenarioDirs } from '../dist/src/docs/fixture-delta.js';
import { readScenarioSpec, readTree, resolveTree, sameTree, SCENARIO_FILE, writeTree } from '../dist/src/docs/fixture-repo.js';

/** Removes `path` below `dir`, then every directory it leaves empty. */
function drop(dir, path) {
  rmSync(join(dir, path), { recursive: true });
  for (let parent = dirname(path); parent !== '.' && readdirSync(join(dir, parent)).length === 0; parent = dirname(parent)) rmdirSync(join(dir, parent));
}

function convert(dir, tree, plan) {
  for (const path of plan.copies) drop(dir, path);
  writeFileSync(join(dir, SCENARIO_FILE), stringify(plan.remove.length ? { base: plan.base, remove: plan.remove } : { base: plan.base }));
  if (sameTree(resolveTree(dir), tree)) return;
  // Never leave a scenario that lints differently: put the full repository back and stop.
  rmSync(dir, { recursive: true });
  writeTree(dir, tree);
  throw new Error(`${dir}: the delta against ${plan.base} does not materialise to the original files (restored)`);
}

const root = process.argv[2] ?? 'fixtures';
try {
  const bases = readBases(root);
  let converted = 0;
  let dropped = 0;
  for (const dir of scenarioDirs(root)) {
    if (readScenarioSpec(dir)) continue;
    const tree = readTree(dir);
    const plan = planDelta(tree, bases);
    if (!plan) continue;
    convert(dir, tree, plan);
    converted++;
    dropped += plan.copies.length - 1;
    console.log(`${dir}: base ${plan.base}, ${tree.size - plan.copies.length} own file(s), ${plan.copies.length} copies dropped, ${plan.remove.length} removal(s)`);
  }
  console.log(`converted ${converted} scenario(s) to deltas, ${dropped} file(s) fewer`);
} catch (error) {
  console.error(`fixtures-to-deltas: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
