import { defineRule, type RuleFinding, type Withheld } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';
import type { Unresolved } from '../src/types.js';

const keyOf = (u: Unresolved): string => `${u.at.file}:${u.at.line}:${u.at.column}:${u.construct}`;

/** One finding per unresolved construct that withheld a claim, naming the claims. */
function withheldFindings(withheld: readonly Withheld[]): RuleFinding[] {
  const byConstruct = new Map<string, { u: Unresolved; rules: Set<string> }>();
  for (const w of withheld) {
    for (const u of w.because) {
      const entry = byConstruct.get(keyOf(u)) ?? { u, rules: new Set<string>() };
      entry.rules.add(w.ruleId);
      byConstruct.set(keyOf(u), entry);
    }
  }
  return [...byConstruct.values()].map(({ u, rules }) => ({
    at: u.at,
    messageId: 'withheld',
    message: `could not resolve ${u.construct} (${u.unknown}), so ${[...rules].sort().join(', ')} ${rules.size === 1 ? 'is' : 'are'} not reported${u.configKey ? `; set ${u.configKey} in .detectviz-lint.yaml to resolve it` : ''}`,
  }));
}

export default defineRule({
  id: 'incomplete-analysis',
  severity: 'info',
  category: 'input',
  runsLast: true,
  description: 'A construct the tool could not resolve statically, and the claims it therefore withheld (a generator that needs a live cluster, a path or command built at run time, a plugin).',
  rationale: 'A linter that silently skips what it cannot resolve looks like a clean bill of health, and one that reads "not understood" as "absent" reports false errors; saying what was not checked keeps the report honest.',
  messages: {
    limitReached: 'a size or count budget was reached, so part of the input was not analysed',
    noEntrypoint: 'no Argo CD entry point was found',
    withheld: 'an unresolved construct, and the claims it withheld',
  },
  examples: { fails: 'ksops-generator-in-the-app-of-apps', passes: 'cluster-generator-with-selector' },
  check: ({ graph, components, withheld }) => {
    const findings: RuleFinding[] = [];
    // A cut that withheld a claim is named once, below, with the claims it withheld.
    const named = new Set(withheld.flatMap((w) => w.because.map(keyOf)));
    for (const { unresolved, ...limit } of graph.limitsReached ?? []) {
      if (!unresolved || !named.has(keyOf(unresolved))) findings.push({ ...limit, messageId: 'limitReached' });
    }
    const argoFiles = graph.nodes.filter((n) => n.kind === 'application' || n.kind === 'applicationset');
    // A missing entry point only means something where Argo CD is installed or its objects exist.
    const usesArgo = graph.declaresArgo || components.some((c) => c.role === 'gitops-engine' && c.bootstrap.length > 0);
    // Roots that are unknown (not absent) are named by the construct that hides them, below.
    if (usesArgo && graph.runtime.entrypoints.length === 0 && graph.hasBootstrap && argoFiles.length === 0 && unknownsAffecting(graph, 'entrypoints').length === 0) {
      const first = graph.bootstrap.playbooks[0];
      findings.push({
        at: { file: first, line: 1, column: 1 },
        messageId: 'noEntrypoint',
        message: 'no Argo CD entry point found: bootstrap applies no Application or ApplicationSet and none is configured; set argocd.entrypoints in .detectviz-lint.yaml if the root Application is applied another way',
      });
    }
    return [...findings, ...withheldFindings(withheld)];
  },
});
