/**
 * Replaces `file` with `bytes` through a temporary file renamed over it (a concurrent run reads
 * the old content or the new, never part of one); over `maxBytes`, removes it instead, so that
 * the cache folder stays bounded. Returns whether it wrote; throws what the file system throws.
 */
export declare function replaceFile(file: string, bytes: Uint8Array, maxBytes: number): boolean;
