import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'root-app-missing',
  severity: 'error',
  category: 'layering',
  description: 'Bootstrap installs Argo CD but never applies an Application or ApplicationSet, so nothing connects bootstrap to the runtime layer.',
  rationale: 'The chain is Ansible → Argo CD install → root Application → everything else; without the root Application the runtime layer is never started.',
  examples: { fails: 'argocd-installed-without-root-app', passes: 'argocd-installed-with-root-app' },
  check: ({ graph, components }) => {
    if (graph.bootstrap.argocdEntrypoints.length > 0) return [];
    return components
      .filter((c) => c.role === 'gitops-engine' && c.bootstrap.length > 0)
      .map((c) => ({
        at: c.bootstrap[0].at,
        component: c.name,
        message: 'bootstrap installs Argo CD but never applies a root Application or ApplicationSet; apply one from Ansible right after the install',
      }));
  },
});
