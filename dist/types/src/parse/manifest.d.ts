import type { ImageRef, K8sObject, Loc } from '../types.js';
import type { YamlDoc, YamlFile } from './yaml-doc.js';
declare const isRecord: (v: unknown) => v is Record<string, unknown>;
export { isRecord };
/** Splits an image reference: registry host dropped, tag after the last `:` following the last `/`, digest after `@`. */
export declare function parseImage(image: string, at: Loc): ImageRef;
/** The Kubernetes objects of one document (a `List` yields its items). */
export declare function objectsOfDoc(doc: YamlDoc): K8sObject[];
/** The object whose data is `value`, found at `base` inside `doc` (an inline `definition:` say). */
export declare function objectAt(value: Record<string, unknown>, doc: YamlDoc, base: (string | number)[]): K8sObject[];
export declare function objectsOfFile(file: YamlFile): K8sObject[];
/** The API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
export declare const apiGroup: (apiVersion: string) => string;
