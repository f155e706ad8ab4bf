import type { SourceSet } from '../parse/source-set.js';
import type { AppSource, PathRef, Unresolved } from '../types.js';
import type { AppInput } from './app-input.js';
import type { LocalRepos } from './local-repos.js';
/** The source at `base` of the Application, or undefined for a `ref` source without a path (it only exposes values). */
export declare function readSource(raw: Record<string, unknown>, base: (string | number)[], input: AppInput, repos: LocalRepos): AppSource | undefined;
/**
 * A source whose path or repository is built from parameters without a value. Every
 * directory the path could name counts as deployed by the Application (a `pattern`
 * reference); when nothing of the path is literal, it could deploy any directory.
 */
export declare function unknownSource(sources: SourceSet, source: AppSource, appId: string): {
    unresolved: Unresolved;
    patterns: PathRef[];
};
/** An Argo CD config management plugin (`source.plugin`): the sidecar renders the path, its objects are unknown. */
export declare function pluginOf(raw: Record<string, unknown>, base: (string | number)[], input: AppInput, appId: string): Unresolved | undefined;
