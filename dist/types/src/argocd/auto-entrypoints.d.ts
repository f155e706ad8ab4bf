import type { SourceSet } from '../parse/source-set.js';
import type { RuntimeModel } from '../types.js';
export declare function autoEntrypoints(sources: SourceSet, roots: readonly string[], repoURLs: string[]): RuntimeModel['entrypoints'];
