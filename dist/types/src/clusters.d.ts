import type { EngineFinding as Finding } from './engine/run.js';
import type { RuntimeModel } from './types.js';
export interface ClusterEntrypoints {
    /** Undefined when the repository holds a single cluster. */
    name?: string;
    entrypoints: RuntimeModel['entrypoints'];
}
/** Groups entry points by the first directory segment in which their paths differ. */
export declare function groupByCluster(entrypoints: RuntimeModel['entrypoints']): ClusterEntrypoints[];
/**
 * Findings of all clusters as one list: what every cluster reports is reported once
 * without a cluster; the rest once per cluster, tagged. A repository-wide rule (app
 * directories, bootstrap files) only holds when it holds in every cluster.
 */
export declare function mergeClusterFindings(perCluster: {
    name?: string;
    findings: Finding[];
}[], repositoryWide: ReadonlySet<string>): Finding[];
