/** The bytes of a regular file, or why it was not read (words that follow its path). */
export type Opened = {
    bytes: Buffer;
} | {
    reason: string;
};
/** True when `path` (real, absolute) is `root` or below it. */
export declare function isWithin(root: string, path: string): boolean;
/** The real path of `path`, which need not exist yet: its nearest existing ancestor resolved, the rest appended. */
export declare function realPathOf(path: string): string;
/**
 * Reads a regular file of at most `maxBytes`. With `root`, the file must also lie inside
 * the root once links are resolved, and be the very file that was opened.
 */
export declare function readRegularFile(path: string, opts: {
    maxBytes: number;
    root?: string;
}): Opened;
/**
 * Writes `text` to `path`, never through a symlink (the last component is not followed) and
 * only into a regular file; `create: 'new'` also refuses an existing file. Throws the reason.
 */
export declare function writeRegularFile(path: string, text: string, create: 'new' | 'replace'): void;
