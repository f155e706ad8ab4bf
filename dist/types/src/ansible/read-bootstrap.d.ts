import type { SourceSet } from '../parse/source-set.js';
import type { BootstrapModel } from '../types.js';
export declare function readBootstrap(sources: SourceSet, options: {
    roots?: string[];
    extraVars?: Record<string, unknown>;
}): BootstrapModel;
