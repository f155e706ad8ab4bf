/** The stamp of a path that does not exist. */
export declare const MISSING = "missing";
/** What changes when a file is edited, replaced or touched: ctime moves on every change, even one that resets mtime. */
export declare function statStamp(path: string): string;
/** The stamp's ctime (which every change moves forward) is within the clock's resolution of the run. */
export declare function racy(stamp: string, startedMs: number): boolean;
