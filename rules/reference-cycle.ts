import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'reference-cycle',
  severity: 'error',
  category: 'input',
  extension: true,
  description: 'Kustomize resources that include each other, or an app of apps that deploys one of its own ancestors.',
  rationale: 'kustomize build fails on a cycle and Argo CD keeps re-creating a self-deploying Application; the linter stops following the loop and reports it once.',
  examples: { fails: 'kustomizations-including-each-other', passes: 'kustomization-chain-without-loop' },
  check: ({ graph }) =>
    graph.runtime.cycles.map((c) => ({
      at: c.at,
      message: `reference cycle: ${c.chain.join(' → ')}; break the loop (nothing beyond it was followed)`,
    })),
});
