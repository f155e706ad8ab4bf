import type { Finding as PublicFinding } from '../result.js';
import type { Severity, SeverityOrOff } from '../types.js';
import type { Rule, RuleContext } from './rule.js';
export type { PublicFinding as Finding };
/** A finding inside the engine: the public one and its rule's message id, which the JSON contract has no field for (see README). */
export interface EngineFinding extends PublicFinding {
    messageId: string;
}
export declare function compareFindings(a: PublicFinding, b: PublicFinding): number;
/** The effective severity of a rule at a file (rule default ← configuration ← overrides ← command line). */
export type SeverityOf = (ruleId: string, file: string, fallback: Severity) => SeverityOrOff;
/**
 * Runs the rules (those that run last after the others): a claim withheld by unresolved
 * constructs is passed on to them, not reported; past `perRuleAndFile` findings of one rule
 * in one file, incomplete-analysis says how many more there are.
 */
export declare function runRules(rules: readonly Rule[], ctx: Omit<RuleContext, 'withheld'>, severityOf: SeverityOf, perRuleAndFile?: number): EngineFinding[];
