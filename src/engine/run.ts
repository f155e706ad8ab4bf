// What all rules share, done once: skip `off` rules, stamp id and effective
// severity, drop duplicates, sort (file, line, column, rule id).
import type { Finding as PublicFinding } from '../result.js';
import type { Severity, SeverityOrOff } from '../types.js';
import type { Rule, RuleContext, RuleFinding, Withheld } from './rule.js';
import { DEFAULT_LIMITS, limitMessage, type LimitReached } from '../parse/limits.js';

export type { PublicFinding as Finding };

/** A finding inside the engine: the public one and its rule's message id, which the JSON contract has no field for (see README). */
export interface EngineFinding extends PublicFinding {
  messageId: string;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: PublicFinding, b: PublicFinding): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.cluster ?? '', b.cluster ?? '') || cmp(a.message, b.message);
}

/** The effective severity of a rule at a file (rule default ← configuration ← overrides ← command line). */
export type SeverityOf = (ruleId: string, file: string, fallback: Severity) => SeverityOrOff;

/**
 * Runs the rules (those that run last after the others): a claim withheld by unresolved
 * constructs is passed on to them, not reported; past `perRuleAndFile` findings of one rule
 * in one file, incomplete-analysis says how many more there are.
 */
export function runRules(rules: readonly Rule[], ctx: Omit<RuleContext, 'withheld'>, severityOf: SeverityOf, perRuleAndFile = DEFAULT_LIMITS.findingsPerRuleAndFile): EngineFinding[] {
  const findings: EngineFinding[] = [];
  const seen = new Set<string>();
  const withheld: Withheld[] = [];
  const capped: LimitReached[] = [];
  const ordered = [...rules.filter((r) => !r.runsLast), ...rules.filter((r) => r.runsLast)];
  const checked: { rule: Rule; found: RuleFinding[] }[] = [];
  for (const rule of ordered) {
    const reported: RuleFinding[] = [];
    for (const f of rule.check({ ...ctx, withheld: rule.runsLast ? withheld : [] })) {
      if (f.withheldBy && f.withheldBy.length > 0) withheld.push({ ruleId: rule.id, at: f.at, because: f.withheldBy });
      else reported.push(f);
    }
    checked.push({ rule, found: capPerFile(rule, reported, perRuleAndFile, capped) });
  }
  // A cap reached is said by incomplete-analysis, like every other budget.
  const incomplete = rules.find((r) => r.id === 'incomplete-analysis');
  if (incomplete) checked.push({ rule: incomplete, found: capped.map((c) => ({ ...c, messageId: 'limitReached' })) });
  for (const { rule, found } of checked) {
    for (const f of found) {
      if (!Object.hasOwn(rule.messages, f.messageId)) throw new Error(`rule ${rule.id} reported message id ${f.messageId}, which its messages do not declare`);
      const severity = severityOf(rule.id, f.at.file, rule.severity);
      if (severity === 'off') continue;
      const finding: EngineFinding = {
        ruleId: rule.id,
        severity,
        messageId: f.messageId,
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

/**
 * A rule's findings, at most `cap` per file (the first by place); past it, one
 * incomplete-analysis finding in that file says how many were left out.
 */
function capPerFile(rule: Rule, found: RuleFinding[], cap: number, capped: LimitReached[]): RuleFinding[] {
  const perFile = new Map<string, RuleFinding[]>();
  for (const f of found) {
    let list = perFile.get(f.at.file);
    if (!list) perFile.set(f.at.file, (list = []));
    list.push(f);
  }
  const out: RuleFinding[] = [];
  for (const [file, list] of perFile) {
    if (list.length <= cap) {
      for (const f of list) out.push(f);
      continue;
    }
    list.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    for (let i = 0; i < cap; i++) out.push(list[i]);
    const at = { file, line: 1, column: 1 };
    capped.push({ at, message: limitMessage('findingsPerRuleAndFile', cap, `${rule.id}: ${list.length - cap} more findings in this file are not shown`) });
  }
  return out;
}
