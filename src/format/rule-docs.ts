// What the formatters say about a rule: its docs URL, and the rule list a report
// enumerates (every rule of ctx.rules in catalog order, then any other id a finding
// carries, such as the suppression diagnostics of ctx.diagnostics).
import type { Finding, RuleInfo } from '../result.js';
import type { FormatContext } from './types.js';

export const DOCS_BASE = 'https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/';

export const docsUrl = (ruleId: string): string => `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;

/** ctx.rules in order, then the ids only findings name (sorted), each once. */
export function ruleInfos({ rules, diagnostics }: Pick<FormatContext, 'rules' | 'diagnostics'>, findings: readonly Finding[]): RuleInfo[] {
  const out: RuleInfo[] = rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description, rationale: r.rationale, category: r.category }));
  const known = new Set(out.map((r) => r.id));
  const extra = [...new Set(findings.map((f) => f.ruleId).filter((id) => !known.has(id)))].sort();
  for (const id of extra) {
    out.push(diagnostics.find((d) => d.id === id) ?? { id, severity: 'warning', description: id, rationale: id });
  }
  return out;
}

/** The message as shown outside the per-cluster stylish output: cluster first when there is one. */
export const messageOf = (f: Finding): string => (f.cluster ? `[${f.cluster}] ${f.message}` : f.message);
