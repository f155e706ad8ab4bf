// Adds `column:` to expected findings (fixtures/<group>/<scenario>.expected.yaml) from today's output, only
// where today's finding at the same place has the expected rule, file and line (the whole list matches, or
// the triple occurs once in both): a column is then a fact about a finding already checked by hand, never a
// copied guess. Expected findings that already pin a column are left alone, as is every other byte of the file.
// Run with `npm run build && node scripts/pin-expected-columns.mjs [fixtures-dir]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';
import { scenarioDirs } from '../dist/src/docs/fixture-delta.js';
import { fixtureRepo } from '../dist/src/docs/fixture-repo.js';
import { lint } from '../dist/src/index.js';

const key = (f) => `${f.ruleId}\0${f.file}\0${f.line}`;

/** The column of each expected finding that today's output pins, by index. */
function columns(expected, actual) {
  if (expected.length === actual.length && expected.every((e, i) => key(e) === key(actual[i]))) return actual.map((f) => f.column);
  const once = (list, k) => list.filter((f) => key(f) === k).length === 1;
  return expected.map((e) => (once(expected, key(e)) && once(actual, key(e)) ? actual.find((f) => key(f) === key(e)).column : undefined));
}

const root = process.argv[2] ?? 'fixtures';
let pinned = 0;
for (const dir of scenarioDirs(root)) {
  const file = `${dir}.expected.yaml`;
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const items = doc.get('findings', true);
  if (!isSeq(items) || items.items.length === 0) continue;
  const expected = doc.toJS().findings;
  const found = columns(expected, (await lint(fixtureRepo(dir))).findings);
  const inserts = [];
  items.items.forEach((item, i) => {
    if (!isMap(item) || item.has('column') || found[i] === undefined) return;
    const line = item.items.find((pair) => pair.key?.value === 'line');
    if (!line?.value?.range) return;
    // Flow maps ({ ruleId: …, line: 3 }) get `, column: n` after the line; block maps a line of their own.
    const at = line.value.range[1];
    const indent = ' '.repeat(line.key.range[0] - text.lastIndexOf('\n', line.key.range[0]) - 1);
    inserts.push([at, item.flow ? `, column: ${found[i]}` : `\n${indent}column: ${found[i]}`]);
  });
  if (!inserts.length) continue;
  let out = text;
  for (const [at, what] of inserts.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + what + out.slice(at);
  writeFileSync(file, out);
  pinned += inserts.length;
  console.log(`${file}: ${inserts.length} of ${expected.length} column(s) pinned`);
}
console.log(`pinned ${pinned} column(s)`);
