import { defineRule, type RuleFinding } from '../src/engine/rule.js';
import { missingNamespaces } from '../src/graph/namespaces.js';

export default defineRule({
  id: 'incomplete-analysis',
  severity: 'info',
  category: 'input',
  description: 'Part of the repository cannot be resolved statically (a generator that needs a live cluster or service, no Argo CD entry point); says what and how to help.',
  rationale: 'A linter that silently skips what it cannot resolve looks like a clean bill of health; saying what was not checked keeps the report honest.',
  examples: { fails: 'cluster-generator-with-selector', passes: 'list-generator-only' },
  check: ({ graph, components }) => {
    const findings: RuleFinding[] = graph.runtime.applicationSets.flatMap((set) =>
      set.unresolved.map((u) => ({
        at: u.at,
        message: `ApplicationSet ${set.name}: the ${u.generator} generator depends on ${u.generator.startsWith('git') ? 'another repository' : 'the live cluster or an external service'}; its parameters are unknown, so only the template's literal paths were checked`,
      })),
    );
    const unnamed = graph.bootstrap.namespaces.find((n) => n.name === undefined);
    const withheld = unnamed ? missingNamespaces(graph, components).length : 0;
    if (unnamed && withheld > 0)
      findings.push({
        at: unnamed.at,
        message: `bootstrap creates a namespace whose name is not known statically, so namespace-missing withheld ${withheld} claim(s) that a namespace is never created; give the variable a literal value (group_vars, role defaults) so the name resolves`,
      });
    const argoFiles = graph.nodes.filter((n) => n.kind === 'application' || n.kind === 'applicationset');
    if (graph.runtime.entrypoints.length === 0 && graph.hasBootstrap && argoFiles.length === 0) {
      const first = graph.bootstrap.playbooks[0];
      findings.push({
        at: { file: first, line: 1, column: 1 },
        message: 'no Argo CD entry point found: bootstrap applies no Application or ApplicationSet and none is configured; set argocd.entrypoints in .detectviz-lint.yaml if the root Application is applied another way',
      });
    }
    return findings;
  },
});
