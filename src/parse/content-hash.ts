// A file's content hash, apart from the readers: a run the cache answers computes it
// without loading the parsers, and the replay of an unchanged run (src/cli/replay.ts)
// without loading the tool.
import { createRequire } from 'node:module';
import type { SourceRead } from './read-source.js';

/** node:crypto, loaded on first use: a replay rarely hashes, and loading it costs ~5 ms. */
let crypto: typeof import('node:crypto') | undefined;

/** 128 bits of SHA-256 (as git's and ESLint's content checks, far beyond any accidental collision). */
export const contentHashOf = (text: string): string =>
  (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The hash of what a read gave: the text, or the reason it could not be read (so that a fix or a swap is seen). */
export const readHashOf = (read: SourceRead): string => contentHashOf(typeof read === 'string' ? `\u0000${read}` : read.text);
