import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  READ_FACTS,
  SourceSet,
  definedFact,
  limitsOf,
  renderUnit,
  unitDigest,
  unitFailures
} from "./chunk-YSQCRABL.mjs";
import "./chunk-JYKFIDVX.mjs";
import "./chunk-YTFHSWQN.mjs";
import "./chunk-W6GCGJUD.mjs";
import "./chunk-443EUCID.mjs";
import "./chunk-LNTSDQED.mjs";
import "./chunk-ANQG4MEX.mjs";

// src/early-cutoff.ts
import { isDeepStrictEqual } from "node:util";
var MAX_UNITS = 2e3;
function lastResultStands(root, config, files, reads, store, records, changed) {
  const indices = changed.map(([f]) => files.indexOf(f));
  const at = new Set(indices);
  if (records.outside.some((i) => at.has(i))) return false;
  const before = changed.map(([f]) => store.previous(f));
  const units = records.units.filter((u) => u.consulted.some((i) => at.has(i)));
  if (units.length > MAX_UNITS) return false;
  const sources = new SourceSet(root, files, reads, limitsOf(config.limits), store, READ_FACTS);
  for (const [k, [file, hashBefore]] of changed.entries()) {
    const held = before[k];
    if (held?.hash !== hashBefore) return false;
    const names = Object.keys(held.facts ?? {});
    if (names.length === 0 && !units.some((u) => u.consulted.includes(indices[k]))) return false;
    for (const name of names) {
      const fact = definedFact(name);
      if (!fact || !isDeepStrictEqual(sources.fact(file, fact), held.facts[name])) return false;
    }
  }
  for (const record of units) {
    const { unit } = renderUnit(sources, record.input, true);
    if (unit.levels.length > 0) {
      if (record.buildOptions === void 0) return false;
      unitFailures(sources, unit, record.buildOptions);
    }
    if (unitDigest(sources, unit) !== record.digest) return false;
  }
  return true;
}
export {
  lastResultStands
};
