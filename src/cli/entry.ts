#!/usr/bin/env node
// The command line's entry: a run the last identical run answered is replayed before the
// tool loads (src/cli/replay.ts); any other run loads the command line (src/cli/main.ts).
// Bundled as CommonJS (scripts/bundle.mjs), so no top-level await.
import { fileURLToPath } from 'node:url';
import { replaySlot, replayed } from './replay.js';

const argv = process.argv.slice(2);
const slot = replaySlot(argv, fileURLToPath(import.meta.url));
if (!slot || !replayed(slot)) void import('./main.js').then((cli) => cli.run(argv, slot));
