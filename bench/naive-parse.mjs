#!/usr/bin/env node
// The naive floor: find every .yaml/.yml file under the root, read it and fully
// parse it with the `yaml` package (parseAllDocuments + toJS of every document).
// Anything a YAML-reading linter does costs at least this much if it parses
// every file. Prints one JSON line: files, bytes, documents, files with errors.
//
//   node bench/naive-parse.mjs <root>
import { readFileSync } from 'node:fs';
import { glob } from 'glob';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2] ?? '.';
const files = await glob('**/*.{yaml,yml}', { cwd: root, dot: true, nodir: true, absolute: true, ignore: ['**/.git/**'] });
let bytes = 0;
let documents = 0;
let withErrors = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  let bad = false;
  for (const doc of parseAllDocuments(text, { logLevel: 'error' })) {
    documents += 1;
    if (doc.errors.length > 0) bad = true;
    try {
      doc.toJS({ maxAliasCount: -1 });
    } catch {
      bad = true;
    }
  }
  if (bad) withErrors += 1;
}
process.stdout.write(JSON.stringify({ files: files.length, bytes, documents, withErrors }) + '\n');
