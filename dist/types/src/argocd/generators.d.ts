import type { SourceSet } from '../parse/source-set.js';
import type { Loc, PathRef } from '../types.js';
import { type Params } from './template.js';
/** A generator whose parameters the repository cannot tell (it needs the live cluster, a service or another repository). */
export interface UnknownGenerator {
    generator: string;
    at: Loc;
}
export interface ParamSet {
    params: Params;
    /** Where this parameter set comes from (a list element, a directory pattern, a file). */
    at: Loc;
    /** Where the value that becomes the Application's path is written, when one parameter carries it. */
    pathAt?: Loc;
    /** The generators whose unknown parameters this set stands for (one placeholder set each). */
    unknown?: UnknownGenerator[];
}
export interface GeneratorContext {
    sources: SourceSet;
    /** Where a path of the ApplicationSet (from its root) is written. */
    locOf: (path: (string | number)[]) => Loc;
    goTemplate: boolean;
    /** The id of the ApplicationSet (owner of the pattern path references). */
    owner: string;
    /** `path`: a repository path the generator names, telling an inferred repository local when it exists here. */
    isLocalRepo: (repoURL: string, path?: string) => boolean;
    pathRefs: PathRef[];
}
type Path = (string | number)[];
export declare function runGenerator(gen: unknown, path: Path, ctx: GeneratorContext, depth?: number): ParamSet[];
export {};
