#!/usr/bin/env node
// The command line's entry: a run the last identical run answered is replayed before the
// tool loads (src/cli/replay.ts); any other run loads the command line (src/cli/main.ts).
// Bundled as CommonJS into dist/ (scripts/bundle.mjs), so no top-level await.
import { fileURLToPath } from 'node:url';
import { replaySlot, replayed } from './replay.js';

/** What the output depends on besides the tree: this bundle (renamed whenever the code it loads changes) and the package's data (its version, the catalog). */
const code = [import.meta.url, new URL('../package.json', import.meta.url), new URL('../src/classify/catalog.yaml', import.meta.url)].map((url) => fileURLToPath(url));
const argv = process.argv.slice(2);
const slot = replaySlot(argv, code);
if (!slot || !replayed(slot)) void import('./main.js').then((cli) => cli.run(argv, slot));
