/** What changes when a file is edited, replaced or touched: ctime moves on every change, even one that resets mtime. */
export declare function statStamp(path: string): string;
/**
 * The stamp's ctime (which every change moves forward) is within the clock's resolution of the run.
 * A path that does not exist is never racy: it stays missing while its stamp says so.
 */
export declare function racy(stamp: string, startedMs: number): boolean;
/** FNV-1a over UTF-16 units: a cheap spread of names over shards and files (never a content check). */
export declare function fnv1a(text: string, seed?: number): number;
