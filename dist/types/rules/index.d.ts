import type { Rule } from '../src/engine/rule.js';
export declare const rules: readonly Rule[];
/** Every id a configuration, `--rule` or a suppression comment may name. */
export declare const ruleIds: ReadonlySet<string>;
