import type { Finding } from './run.js';
export interface BaselineFile {
    tool: 'detectviz-lint';
    version: 1;
    findings: {
        ruleId: string;
        file: string;
        fingerprint: string;
        message: string;
    }[];
}
export declare function createBaseline(findings: readonly Finding[]): BaselineFile;
/** Parses a baseline file's text; undefined with a reason when it is not one. */
export declare function parseBaseline(text: string): BaselineFile | string;
/** Findings not in the baseline, and how many baseline entries no longer occur. */
export declare function applyBaseline(findings: readonly Finding[], baseline: BaselineFile): {
    findings: Finding[];
    hidden: number;
    stale: number;
};
