import type { LintResult } from '../result.js';
export declare const escapeControl: (s: string) => string;
/** The result with every repository string a format prints made printable (the same object when nothing needs it). */
export declare function printable(result: LintResult): LintResult;
