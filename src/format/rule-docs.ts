// What the formatters say about a rule: its docs URL, and the rule list a report
// enumerates (every rule of ctx.rules in catalog order, then any other id a finding
// carries, such as the suppression diagnostics, which are not Rule objects).
import type { Rule } from '../engine/rule.js';
import type { Finding } from '../engine/run.js';
import type { Severity } from '../types.js';

export const DOCS_BASE = 'https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/';

export const docsUrl = (ruleId: string): string => `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  rationale: string;
  category?: string;
}

/** Findings the engine itself reports about suppression comments. */
const ENGINE_RULES: Record<string, Omit<RuleInfo, 'id'>> = {
  'invalid-suppression': {
    severity: 'error',
    description: 'A suppression comment names a rule id that does not exist.',
    rationale: 'A misspelt rule id in a suppression comment silently suppresses nothing; the comment should name a rule of detectviz-lint --list-rules.',
  },
  'unused-suppression': {
    severity: 'info',
    description: 'A suppression comment suppresses nothing.',
    rationale: 'A suppression that no longer matches a finding hides nothing today but would hide a future regression; remove it.',
  },
};

/** ctx.rules in order, then the ids only findings name (sorted), each once. */
export function ruleInfos(rules: readonly Rule[], findings: readonly Finding[]): RuleInfo[] {
  const out: RuleInfo[] = rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description, rationale: r.rationale, category: r.category }));
  const known = new Set(out.map((r) => r.id));
  const extra = [...new Set(findings.map((f) => f.ruleId).filter((id) => !known.has(id)))].sort();
  for (const id of extra) {
    out.push({ id, ...(ENGINE_RULES[id] ?? { severity: 'warning', description: id, rationale: id }) });
  }
  return out;
}

/** The message as shown outside the per-cluster stylish output: cluster first when there is one. */
export const messageOf = (f: Finding): string => (f.cluster ? `[${f.cluster}] ${f.message}` : f.message);
