import type { SourceSet } from '../parse/source-set.js';
import type { FileRef } from '../types.js';
export declare const REPO_MARK = "\0repo";
/** The value `playbook_dir`/`role_path` render to for the repo directory `dir`. */
export declare const markDir: (dir: string) => string;
/** A rendered path as a reader would write it (the marker becomes the repo-relative directory). */
export declare const displayPath: (p: string) => string;
export declare const isUrl: (p: string) => boolean;
export interface Resolution {
    status: FileRef['status'];
    resolved?: string;
}
/** Search places of a controller-side path, in order (the type subfolder first in each place). */
export interface SearchPlaces {
    /** Current role first, then the roles that include or depend on it. */
    roleDirs: string[];
    taskDir?: string;
    playbookDir?: string;
    /** `templates`, `files`, `vars` or `tasks`. */
    sub: string;
}
/** Resolves a fully rendered controller path: marked repo paths, URLs, absolute host paths, else the search places. */
export declare function resolveControllerPath(sources: SourceSet, path: string, places: SearchPlaces): Resolution;
/** How a path argument that did not render is known: a controller path outside the repository, or not at all. */
export declare function unrenderedStatus(raw: unknown): 'external' | 'unresolved';
export declare function candidatesOf(p: string, places: SearchPlaces): (string | undefined)[];
