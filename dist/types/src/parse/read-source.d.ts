/** Files larger than this are not read (documented in the README's Safety section). */
export declare const MAX_YAML_BYTES: number;
/** A file's text, or the reason it cannot be read. */
export type SourceRead = {
    text: string;
} | string;
/**
 * Reads a regular file of at most MAX_YAML_BYTES, inside the root, as UTF-8; the reason when
 * it cannot (one safe open: src/parse/safe-file.ts).
 */
export declare function readSource(root: string, path: string): SourceRead;
/**
 * Texts this long are not kept between reads: the vendored manifests of a large repository
 * (hundreds of files of up to several MB) would hold most of a run's memory after their few
 * facts are taken; the rare second request reads them again.
 */
export declare const KEEP_TEXT_BELOW: number;
/** The file's text, read at most once (long texts: each time asked): `reads` keeps the reads, and why one failed. */
export declare function readOnce(reads: Map<string, SourceRead>, root: string, path: string): string | undefined;
