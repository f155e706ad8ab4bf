import type { SourceSet } from '../parse/source-set.js';
export declare class LocalRepos {
    private readonly sources;
    private readonly local;
    private readonly inferring;
    constructor(sources: SourceSet, configured: readonly string[]);
    /** Known to mean this repository (configured, or inferred so far). */
    has(url: string): boolean;
    /** True when `url` means this repository; while inferring, a `path` that exists here makes it so. */
    isLocal(url: string, path?: string): boolean;
    list(): string[];
}
/** `./a/b/` → `a/b`; `.` or `` → root; undefined when it leaves the repository. */
export declare function cleanPath(path: string): string | undefined;
