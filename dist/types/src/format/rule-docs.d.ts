import type { Finding, RuleInfo } from '../result.js';
import type { FormatContext } from './types.js';
export declare const DOCS_BASE = "https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/";
export declare const docsUrl: (ruleId: string) => string;
/** ctx.rules in order, then the ids only findings name (sorted), each once. */
export declare function ruleInfos({ rules, diagnostics }: Pick<FormatContext, 'rules' | 'diagnostics'>, findings: readonly Finding[]): RuleInfo[];
/** The message as shown outside the per-cluster stylish output: cluster first when there is one. */
export declare const messageOf: (f: Finding) => string;
