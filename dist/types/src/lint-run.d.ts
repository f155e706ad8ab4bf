import type { DeploymentGraph } from './graph/graph.js';
import type { LintResult } from './result.js';
import { type SourceRead } from './parse/read-source.js';
import type { SeverityOrOff } from './types.js';
export interface LintOptions {
    /** Configuration file; default: .detectviz-lint.yaml at the root. `false`: none. */
    configFile?: string | false;
    /** Severity overrides from the command line (win over the configuration). */
    ruleOverrides?: Record<string, SeverityOrOff>;
    /** Reuse and store results in this folder (never inside the linted tree): the last report, and what each file contributed (re-read only when changed). */
    cacheDir?: string;
}
/**
 * The result, and (when the analysis ran, not the cache) the deployment graph of each cluster and the message id
 * of each finding (in the order of result.findings), for tests and tools inside this package.
 */
export declare function runLint(rootArg: string, options?: LintOptions, inputsUpTo?: number): Promise<{
    result: LintResult;
    graphs?: DeploymentGraph[];
    messageIds?: string[];
    inputs?: RunInputs;
    answer: 'cache' | 'cutoff' | 'analysis';
}>;
/**
 * What a run's result depended on, with the stat stamps this run saw: the directories it listed,
 * the files it consulted (paths relative to the root) and its configuration file (absolute).
 * The command line replays the run's output while they all hold (src/cli/replay.ts).
 */
export interface RunInputs {
    startedMs: number;
    root: string;
    /** With what the run read of each file whose stamp is racy for this run (its text, or why it could not be read). */
    stamps: [path: string, stamp: string, seen?: SourceRead][];
}
