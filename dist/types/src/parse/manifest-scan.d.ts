import type { K8sObject } from '../types.js';
/** Files at least this large are scanned instead of parsed. */
export declare const SCAN_THRESHOLD_BYTES: number;
/** A merge key (`<<:`) anywhere: the line scanner does not apply them. */
export declare const MERGE_KEY: RegExp;
/** The objects of a manifest file, or undefined when it must be parsed fully. */
export declare function scanManifest(file: string, text: string): K8sObject[] | undefined;
