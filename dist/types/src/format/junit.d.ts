import type { Formatter } from './types.js';
/** Text or attribute value, escaped for XML 1.0; characters XML cannot carry are dropped. */
export declare const escapeXml: (s: string) => string;
export declare const junit: Formatter;
