import type { K8sObject } from '../types.js';
/** The objects of a plain manifest file, or undefined when it must be parsed fully. */
export declare function quickManifest(file: string, text: string): K8sObject[] | undefined;
