import type { Formatter } from './types.js';
/** Escapes the data part of a workflow command (after `::`). */
export declare const escapeData: (s: string) => string;
/** Escapes a property value (`file=`, `title=`, ...): data escaping plus `:` and `,`. */
export declare const escapeProperty: (s: string) => string;
export declare const github: Formatter;
