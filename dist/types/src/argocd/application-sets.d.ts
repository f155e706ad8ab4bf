import type { SourceSet } from '../parse/source-set.js';
import type { ArgoApplicationSet, Loc, PathRef } from '../types.js';
import type { AppInput, LocOf } from './app-input.js';
import type { YamlPathOf } from './helm-values.js';
export interface AppSetInput {
    spec: Record<string, unknown>;
    meta: Record<string, unknown>;
    namespace: string;
    at: Loc;
    /** Where a path of the ApplicationSet (from its root) is written. */
    locOf: LocOf;
    /** Its document and the path inside it, for reading the template's values with positions. */
    yamlPath?: YamlPathOf;
    parent?: string;
    chain: AppInput['chain'];
}
export interface ExpandedAppSet {
    set: ArgoApplicationSet;
    apps: AppInput[];
    /** Generator patterns (git directories and files) that match nothing. */
    pathRefs: PathRef[];
}
export declare function expandApplicationSet(sources: SourceSet, isLocalRepo: (url: string, path?: string) => boolean, input: AppSetInput): ExpandedAppSet;
