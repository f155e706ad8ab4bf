import type { ChalkInstance } from 'chalk';
import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../index.js';

export interface FormatContext {
  color: ChalkInstance;
  rules: readonly Rule[];
}

/** A formatter gets the whole result and returns text: no printing, no exit code, no clock. */
export type Formatter = (result: LintResult, ctx: FormatContext) => string;
