import type { K8sObject } from '../types.js';
export declare const packObjects: (path: string, objects: readonly K8sObject[]) => unknown[];
export declare const unpackObjects: (path: string, packed: readonly unknown[]) => K8sObject[];
