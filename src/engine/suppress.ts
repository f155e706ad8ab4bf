// Inline suppressions in YAML comments, as ansible-lint and ESLint users write them:
//   # detectviz-lint-disable-next-line <rule-id>[, <rule-id>] -- reason
//   # detectviz-lint-disable-line <rule-id>
//   # detectviz-lint-disable <rule-id>          (in the file's leading comments: whole file)
//   {# detectviz-lint-disable <rule-id> #}       (the same in a Jinja template)
// No rule id means every rule. Unknown ids and directives that suppress nothing are reported.
import type { Rule } from './rule.js';
import type { EngineFinding as Finding } from './run.js';

/** The findings this module reports about suppression comments themselves. */
export const suppressionDiagnostics: readonly Pick<Rule, 'id' | 'severity' | 'description' | 'rationale' | 'messages'>[] = [
  {
    id: 'invalid-suppression',
    severity: 'error',
    description: 'A suppression comment names a rule id that does not exist.',
    rationale: 'A misspelt rule id in a suppression comment silently suppresses nothing; the comment should name a rule of detectviz-lint --list-rules.',
    messages: { unknownRule: 'the comment names a rule id that does not exist' },
  },
  {
    id: 'unused-suppression',
    severity: 'info',
    description: 'A suppression comment suppresses nothing.',
    rationale: 'A suppression that no longer matches a finding hides nothing today but would hide a future regression; remove it.',
    messages: { suppressesNothing: 'the comment matches no finding' },
  },
];

const severityOf = (id: string) => suppressionDiagnostics.find((d) => d.id === id)!.severity;

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

// In YAML comments (`# ...`) and Jinja comments (`{# ... #}`, which end at `#}`).
const DIRECTIVE = /#-?\s*detectviz-lint-(disable-next-line|disable-line|disable)\b(.*?)(?=-?#\}|$)/g;

/** A line that is only a comment: YAML's, or a Jinja comment opened and closed on it. */
const isCommentLine = (trimmed: string): boolean => trimmed.startsWith('#') || /^\{#.*#\}$/.test(trimmed);

export function parseDirectives(file: string, text: string): Directive[] {
  if (!text.includes('detectviz-lint-disable')) return [];
  const out: Directive[] = [];
  const lines = text.split(/\r?\n/);
  let leading = true;
  lines.forEach((lineText, i) => {
    const trimmed = lineText.trim();
    const isComment = isCommentLine(trimmed) || trimmed === '' || trimmed === '---';
    for (const m of lineText.matchAll(DIRECTIVE)) {
      const kind = m[1] === 'disable-next-line' ? 'next-line' : m[1] === 'disable-line' ? 'line' : 'file';
      if (kind === 'file' && !leading) continue;
      const rules = m[2].split(/\s--\s|\s--$/)[0].split(/[\s,]+/).filter(Boolean);
      out.push({ file, line: i + 1, column: (m.index ?? 0) + 1, kind, rules, target: kind === 'file' ? 0 : kind === 'line' ? i + 1 : nextContentLine(lines, i) });
    }
    if (!isComment) leading = false;
  });
  return out;
}

function nextContentLine(lines: string[], from: number): number {
  for (let j = from + 1; j < lines.length; j++) if (!isCommentLine(lines[j].trim())) return j + 1;
  return from + 2;
}

const applies = (d: Directive, f: Finding): boolean =>
  d.file === f.file && (d.kind === 'file' || d.target === f.line) && (d.rules.length === 0 || d.rules.includes(f.ruleId));

/** Drops suppressed findings; returns what is kept and the findings about the directives themselves. */
export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[], knownIds: ReadonlySet<string>): { kept: Finding[]; problems: Finding[] } {
  const used = new Set<Directive>();
  const kept = findings.filter((f) => {
    const d = directives.find((x) => applies(x, f));
    if (d) used.add(d);
    return !d;
  });
  const problems: Finding[] = [];
  for (const d of directives) {
    const unknown = d.rules.filter((r) => !knownIds.has(r));
    if (unknown.length > 0) {
      problems.push({
        ruleId: 'invalid-suppression',
        messageId: 'unknownRule',
        severity: severityOf('invalid-suppression'),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `suppression names unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; see detectviz-lint --list-rules`,
      });
    } else if (!used.has(d)) {
      problems.push({
        ruleId: 'unused-suppression',
        messageId: 'suppressesNothing',
        severity: severityOf('unused-suppression'),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `this suppression${d.rules.length ? ` of ${d.rules.join(', ')}` : ''} suppresses nothing; remove it`,
      });
    }
  }
  return { kept, problems };
}
