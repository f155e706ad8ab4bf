import type { SourceSet } from '../parse/source-set.js';
import type { PlaintextSecret, RuntimeModel } from '../types.js';
export declare function findRuntimeSecrets(sources: SourceSet, model: RuntimeModel): PlaintextSecret[];
