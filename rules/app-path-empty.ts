import { defineRule } from '../src/engine/rule.js';
import { appsOfApps, unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'app-path-empty',
  severity: 'error',
  category: 'coverage',
  description: 'An Application whose path exists but deploys nothing (no kustomization, chart or manifest there).',
  rationale: 'Argo CD reports such an Application Synced with zero resources: it looks healthy while the service is not deployed at all.',
  messages: {
    rendersNothing: 'a source path that renders no Kubernetes object',
  },
  examples: { fails: 'app-directory-with-only-readme', passes: 'app-directory-with-manifests' },
  check: ({ graph }) => {
    const parents = appsOfApps(graph.runtime);
    return graph.runtime.applications.flatMap((app) =>
      app.sources
        .filter((s) => s.local && s.path !== undefined && ['kustomize', 'helm', 'directory'].includes(s.tool) && s.renders === 0 && !s.unparsed)
        .filter(() => !parents.has(app.id))
        .map((s) => ({
          at: s.pathAt ?? app.at,
          messageId: 'rendersNothing',
          message: `Application ${app.name} deploys "${s.path}", which renders no Kubernetes object (${s.tool === 'directory' ? 'no manifest in the directory' : `empty ${s.tool}`}); Argo CD will report it Synced with nothing deployed`,
          withheldBy: unknownsAffecting(graph, 'runtime-deploys', { application: app.id }).filter((u) => u.scope?.application === app.id),
        })),
    );
  },
});
