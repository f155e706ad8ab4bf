import type { FileMemo } from './cache/file-memo.js';
import type { UnitRecords } from './cache/unit-records.js';
import type { Config } from './config/load.js';
import type { SourceRead } from './parse/read-source.js';
/**
 * Whether the last result stands after `changed` files (each with the content hash the last
 * result was computed from) changed. The files are those of the last run (same list).
 */
export declare function lastResultStands(root: string, config: Config, files: readonly string[], reads: Map<string, SourceRead>, store: FileMemo, records: UnitRecords, changed: readonly (readonly [file: string, hashBefore: string])[]): boolean;
