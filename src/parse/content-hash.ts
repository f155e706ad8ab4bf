// A file's content hash, apart from the readers: a run the cache answers computes it
// without loading the parsers.
import { createHash } from 'node:crypto';
import type { SourceRead } from './read-source.js';

/** 128 bits of SHA-256 (as git's and ESLint's content checks, far beyond any accidental collision). */
export const contentHashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The hash of what a read gave: the text, or the reason it could not be read (so that a fix or a swap is seen). */
export const readHashOf = (read: SourceRead): string => contentHashOf(typeof read === 'string' ? `\u0000${read}` : read.text);
