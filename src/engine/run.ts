// What all rules share, done once: skip `off` rules, stamp id and effective
// severity, drop duplicates, sort (file, line, column, rule id).
import type { Finding } from '../result.js';
import type { Severity, SeverityOrOff } from '../types.js';
import type { Rule, RuleContext, RuleFinding, Withheld } from './rule.js';

export type { Finding };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.cluster ?? '', b.cluster ?? '') || cmp(a.message, b.message);
}

/** The effective severity of a rule at a file (rule default ← configuration ← overrides ← command line). */
export type SeverityOf = (ruleId: string, file: string, fallback: Severity) => SeverityOrOff;

/** Runs the rules (those that run last after the others); a claim withheld by unresolved constructs is passed on, not reported. */
export function runRules(rules: readonly Rule[], ctx: Omit<RuleContext, 'withheld'>, severityOf: SeverityOf): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const withheld: Withheld[] = [];
  const ordered = [...rules.filter((r) => !r.runsLast), ...rules.filter((r) => r.runsLast)];
  for (const rule of ordered) {
    const reported: RuleFinding[] = [];
    for (const f of rule.check({ ...ctx, withheld: rule.runsLast ? withheld : [] })) {
      if (f.withheldBy && f.withheldBy.length > 0) withheld.push({ ruleId: rule.id, at: f.at, because: f.withheldBy });
      else reported.push(f);
    }
    for (const f of reported) {
      const severity = severityOf(rule.id, f.at.file, rule.severity);
      if (severity === 'off') continue;
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        message: f.message,
        file: f.at.file,
        line: f.at.line,
        column: f.at.column,
        ...(f.component ? { component: f.component } : {}),
        ...(f.related && f.related.length > 0 ? { related: f.related.map(({ file, line, column }) => ({ file, line, column })) } : {}),
      };
      const key = `${finding.ruleId}\u0000${finding.file}\u0000${finding.line}\u0000${finding.column}\u0000${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}
