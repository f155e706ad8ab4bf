import type { SourceSet } from '../parse/source-set.js';
import type { K8sObject, RuntimeModel } from '../types.js';
export declare function readCrds(sources: SourceSet, objects: readonly K8sObject[]): RuntimeModel['crds'];
