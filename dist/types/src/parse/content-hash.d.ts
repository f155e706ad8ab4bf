import type { SourceRead } from './read-source.js';
/** 128 bits of SHA-256 (as git's and ESLint's content checks, far beyond any accidental collision). */
export declare const contentHashOf: (text: string) => string;
/** The hash of what a read gave: the text, or the reason it could not be read (so that a fix or a swap is seen). */
export declare const readHashOf: (read: SourceRead) => string;
