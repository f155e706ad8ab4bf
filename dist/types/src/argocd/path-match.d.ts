export declare function pathMatch(pattern: string, path: string): boolean;
/** git pathspec globbing (the files generator's legacy mode): `*` crosses `/`; a plain directory matches what lies below. */
export declare function pathspecMatch(pattern: string, path: string): boolean;
