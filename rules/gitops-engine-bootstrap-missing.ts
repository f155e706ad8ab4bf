import { defineRule, describeApp } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'gitops-engine-bootstrap-missing',
  severity: 'error',
  category: 'layering',
  description: 'Argo CD is managed at runtime, or Applications exist, but bootstrap never installs Argo CD.',
  rationale: 'Argo CD cannot deploy itself the first time (chicken and egg): bootstrap must install it before any Application can sync.',
  messages: {
    runtimeManagesEngine: 'the runtime layer manages Argo CD but bootstrap never installs it',
    applicationsWithoutEngine: 'Argo CD Applications are defined but bootstrap never installs Argo CD',
  },
  examples: { fails: 'applications-without-argocd-install', passes: 'argocd-installed-by-ansible' },
  check: ({ graph, components }) => {
    if (!graph.hasBootstrap) return [];
    const engines = components.filter((c) => c.role === 'gitops-engine');
    if (engines.some((c) => c.bootstrap.length > 0)) return [];
    const managed = engines.find((c) => c.runtime.length > 0)?.runtime[0];
    const engine = engines.find((c) => c.runtime.length > 0)?.name ?? 'argocd';
    const fix = 'install it from Ansible (pinned manifest or chart), then apply the root Application';
    const withheldBy = unknownsAffecting(graph, 'bootstrap-deploys');
    if (managed) {
      const obj = managed.objects[0];
      return [
        {
          at: obj?.kindAt ?? managed.at,
          messageId: 'runtimeManagesEngine',
          component: engine,
          message: `the runtime layer manages Argo CD${obj ? ` (${obj.kind} ${obj.name})` : ''} through ${describeApp(managed.application, managed.appset)} but bootstrap never installs Argo CD; ${fix}`,
          withheldBy,
        },
      ];
    }
    const first = graph.runtime.applications[0] ?? graph.runtime.applicationSets[0];
    if (!first) return [];
    return [{ at: first.at, messageId: 'applicationsWithoutEngine', component: engine, message: `Argo CD Applications are defined here but bootstrap never installs Argo CD; ${fix}`, withheldBy }];
  },
});
