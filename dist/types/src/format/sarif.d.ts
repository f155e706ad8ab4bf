import type { Formatter } from './types.js';
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export declare const FINGERPRINT_KEY = "detectvizLint/v1";
/** A repo-relative POSIX path as a relative URI reference (each segment percent-encoded). */
export declare const uriOf: (file: string) => string;
/** The file URI of the linted root, with the trailing slash SARIF requires of a base. */
export declare const rootUri: (root: string) => string;
export declare const sarif: Formatter;
