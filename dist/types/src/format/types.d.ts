import type { ChalkInstance } from 'chalk';
import type { LintResult, RuleInfo } from '../result.js';
export interface FormatContext {
    color: ChalkInstance;
    /** The rules, in catalog order. */
    rules: readonly RuleInfo[];
    /** Diagnostics that are not rules (the suppression comments'), described when a finding names one. */
    diagnostics: readonly RuleInfo[];
}
/** A formatter gets the whole result and returns text: no printing, no exit code, no clock. */
export type Formatter = (result: LintResult, ctx: FormatContext) => string;
