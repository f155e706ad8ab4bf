import type { SourceSet } from '../parse/source-set.js';
import type { RuntimeModel, Unresolved } from '../types.js';
import { type Unit } from './render-unit.js';
export interface RuntimeOptions {
    entrypoints: RuntimeModel['entrypoints'];
    /** Configured repoURLs meaning this repository; empty = infer from paths that exist here. */
    repoURLs: string[];
    /** What was left unknown while finding the entry points (a chart of roots installed with values the reader does not see). */
    unresolved?: Unresolved[];
}
export declare function readRuntime(sources: SourceSet, options: RuntimeOptions, units?: Unit[]): RuntimeModel;
