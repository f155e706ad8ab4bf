// A file's content hash, apart from the readers: a run the cache answers computes it
// without loading the parsers.
import { createHash } from 'node:crypto';

/** 128 bits of SHA-256 (as git's and ESLint's content checks, far beyond any accidental collision). */
export const contentHashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);
