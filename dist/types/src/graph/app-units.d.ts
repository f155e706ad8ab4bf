import type { SourceSet } from '../parse/source-set.js';
import type { Loc, RuntimeModel } from '../types.js';
export interface AppUnit {
    dir: string;
    at: Loc;
    covered: boolean;
}
/** App directories, and the apps roots they were looked for in (configured or inferred). */
export declare function findAppUnits(sources: SourceSet, runtime: Pick<RuntimeModel, 'pathRefs' | 'applications'>, appsRoots: readonly string[] | undefined): {
    units: AppUnit[];
    roots: string[];
};
