/** Joins `rel` onto the repo directory `base`; undefined when the result leaves the root. */
export declare function joinInRepo(base: string, rel: string): string | undefined;
export declare const dirOf: (path: string) => string;
export declare const baseName: (path: string) => string;
/** True when `path` is `dir` or lies below it. */
export declare const isUnder: (path: string, dir: string) => boolean;
