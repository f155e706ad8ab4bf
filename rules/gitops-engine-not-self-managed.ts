import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'gitops-engine-not-self-managed',
  severity: 'warning',
  category: 'layering',
  description: "Bootstrap installs Argo CD but no reachable Application deploys Argo CD's own configuration.",
  rationale: 'After the first install Argo CD should manage itself (argocd-cm, RBAC, repository credentials) so its configuration is versioned and can be rolled back like everything else.',
  messages: {
    notSelfManaged: 'bootstrap installs Argo CD but no Application manages its configuration',
  },
  examples: { fails: 'argocd-installed-never-self-managed', passes: 'argocd-self-managed' },
  check: ({ graph, components }) =>
    components
      .filter((c) => c.role === 'gitops-engine' && c.bootstrap.length > 0 && c.runtime.length === 0)
      .map((c) => ({
        at: c.bootstrap[0].at,
        messageId: 'notSelfManaged',
        component: c.name,
        message: `bootstrap installs ${c.name} but no Application manages its configuration (argocd-cm, argocd-rbac-cm, repository secrets); add a self-management Application`,
        withheldBy: [...unknownsAffecting(graph, 'runtime-deploys'), ...unknownsAffecting(graph, 'entrypoints')],
      })),
});
