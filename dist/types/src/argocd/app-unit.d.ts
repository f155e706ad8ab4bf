export declare const VARIANT_DIRS: ReadonlySet<string>;
export declare function appUnitOf(path: string): string;
/** A path under a hidden, archive, example or documentation folder. */
export declare const isSetAside: (path: string) => boolean;
