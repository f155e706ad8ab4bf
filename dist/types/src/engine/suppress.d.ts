import type { Rule } from './rule.js';
import type { EngineFinding as Finding } from './run.js';
/** The findings this module reports about suppression comments themselves. */
export declare const suppressionDiagnostics: readonly Pick<Rule, 'id' | 'severity' | 'description' | 'rationale' | 'messages'>[];
export interface Directive {
    file: string;
    line: number;
    column: number;
    kind: 'next-line' | 'line' | 'file';
    /** Rule ids; empty = all rules. */
    rules: string[];
    /** The line it applies to (file: 0). */
    target: number;
}
export declare function parseDirectives(file: string, text: string): Directive[];
/** Drops suppressed findings; returns what is kept and the findings about the directives themselves. */
export declare function applySuppressions(findings: readonly Finding[], directives: readonly Directive[], knownIds: ReadonlySet<string>): {
    kept: Finding[];
    problems: Finding[];
};
