export interface UnitRecord {
    input: unknown;
    buildOptions: unknown;
    /** Indices into the run's sorted file list. */
    consulted: Int32Array;
    digest: string;
}
export interface UnitRecords {
    units: UnitRecord[];
    /** Files (indices) consulted outside every unit for their content. */
    outside: Int32Array;
}
/** `run`: the name of the analysis (its run-cache entry's `run`), the only one the records go with. */
export declare function writeUnitRecords(dir: string, slotFile: string, run: string, records: UnitRecords): void;
/** The records of the analysis named `run`, when they read back whole. */
export declare function readUnitRecords(dir: string, slotFile: string, run: string, fileCount: number): UnitRecords | undefined;
