import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'gitops-engine-bootstrap-missing',
  severity: 'error',
  category: 'layering',
  description: 'Argo CD is managed at runtime, or Applications exist, but bootstrap never installs Argo CD.',
  rationale: 'Argo CD cannot deploy itself the first time (chicken and egg): bootstrap must install it before any Application can sync.',
  examples: { fails: 'applications-without-argocd-install', passes: 'argocd-installed-by-ansible' },
  check: ({ graph, components }) => {
    if (!graph.hasBootstrap) return [];
    const engines = components.filter((c) => c.role === 'gitops-engine');
    if (engines.some((c) => c.bootstrap.length > 0)) return [];
    const runtimeEngine = engines.find((c) => c.runtime.length > 0);
    const at = runtimeEngine?.runtime[0].at ?? graph.runtime.applications[0]?.at ?? graph.runtime.applicationSets[0]?.at;
    if (!at) return [];
    return [
      {
        at,
        component: runtimeEngine?.name ?? 'argocd',
        message: 'Argo CD Applications are defined here but bootstrap never installs Argo CD; install it from Ansible (pinned manifest or chart), then apply the root Application',
      },
    ];
  },
});
