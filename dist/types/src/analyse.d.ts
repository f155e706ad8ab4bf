import type { UnitRecords } from './cache/unit-records.js';
import type { Config } from './config/load.js';
import { type DeploymentGraph } from './graph/graph.js';
import { type SeverityOf } from './engine/run.js';
import type { SourceRead } from './parse/read-source.js';
import type { FactStore } from './parse/file-facts.js';
import type { ParseProblem } from './parse/yaml-file.js';
import type { LintResult } from './result.js';
export declare function analyse(root: string, config: Config, configFile: string | undefined, files: readonly string[], reads: Map<string, SourceRead>, escapes: DeploymentGraph['escapes'], unlisted: readonly ParseProblem[], severityOf: SeverityOf, store?: FactStore): {
    result: LintResult;
    graphs: DeploymentGraph[];
    messageIds: string[];
    consulted: ReadonlySet<string>;
    units?: UnitRecords;
};
/**
 * Facts taken from each file as it is read: the suppression comments, asked of every file read
 * once the rules have run, and the specs of CustomResourceDefinitions, asked of long vendored
 * files. Exported for the early cutoff's source set (src/early-cutoff.ts), which reads as a run does.
 */
export declare const READ_FACTS: (import("./parse/facts.js").Fact<Record<string, {
    group?: string;
    scope?: string;
    kind?: string;
}>> | import("./parse/facts.js").Fact<import("./engine/suppress.js").Directive[]>)[];
