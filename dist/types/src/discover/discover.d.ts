import type { Ignore } from 'glob';
import type { Loc } from '../types.js';
export interface Discovery {
    files: string[];
    /** Symlinks that lead outside the root (or nowhere): never read. */
    escapes: {
        at: Loc;
        target: string;
    }[];
    /** Directories that could not be listed, and why: what they hold is not linted. */
    unlisted: {
        at: Loc;
        message: string;
    }[];
    /** The directories listed ('' for the root): unchanged, they list the same entries again. */
    dirs: string[];
    /** Whether a symlink was met: what it leads to can change without any listed directory changing. */
    symlinks: boolean;
}
/** Turns `.gitignore`-style patterns into glob ignore patterns. */
export declare function toGlobIgnores(patterns: readonly string[]): string[];
export declare function discover(root: string, ignore: readonly string[]): Promise<Discovery>;
/** The files under root that `ignores` (glob's matcher) keeps. */
export declare function listFiles(root: string, ignores?: Ignore): Discovery;
