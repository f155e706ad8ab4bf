import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'reference-cycle',
  severity: 'error',
  category: 'input',
  extension: true,
  description:
    'Kustomize resources or Helm chart dependencies that include each other, an app of apps that deploys one of its ancestors, or Ansible imports, includes and role dependencies that loop.',
  rationale: 'kustomize build fails on a cycle and Argo CD keeps re-creating a self-deploying Application; the linter stops following the loop and reports it once.',
  messages: {
    cycle: 'a chain of references that loops back on itself',
  },
  examples: { fails: 'kustomizations-including-each-other', passes: 'kustomization-chain-without-loop' },
  check: ({ graph }) =>
    [...graph.bootstrap.cycles, ...graph.runtime.cycles].map((c) => ({
      at: c.at,
      messageId: 'cycle',
      message: `reference cycle: ${c.chain.join(' → ')}; break the loop (nothing beyond it was followed)`,
    })),
});
