import { defineRule, describeApp } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'render-error',
  severity: 'error',
  category: 'render',
  description:
    'A reachable app that Argo CD cannot render, found without running kustomize or helm: a file loaded from outside the kustomization while the load restrictor is on, a strategic-merge patch whose target is in no object of a fully known build, two objects with the same id in one build, helmCharts without --enable-helm or without repo or vendored chart, a values or patch file that does not exist.',
  rationale:
    'Argo CD reports such an app as a ComparisonError and deploys nothing of it; the failure shows only in the cluster after the merge, and finding it otherwise means running kustomize build --enable-helm on every app by hand.',
  messages: {
    cannotRender: 'a source that cannot render, so Argo CD deploys none of it',
  },
  examples: { fails: 'values-file-outside-kustomization', passes: 'values-file-inside-kustomization' },
  check: ({ graph }) => {
    // Argo CD's config (argocd-cm) may come from what bootstrap or an Application deploys that the tool could not read.
    const configUnknown = [...unknownsAffecting(graph, 'bootstrap-deploys'), ...unknownsAffecting(graph, 'runtime-deploys')];
    return graph.runtime.renderProblems.map((p) => {
      const apps = p.applications.map((a) => describeApp(a.id, a.appset));
      return {
        at: p.at,
        messageId: 'cannotRender',
        related: p.related,
        message: `${p.message}; ${apps.join(', ')} cannot render, so Argo CD deploys none of it: ${p.fix}`,
        ...(p.byBuildOptions ? { withheldBy: configUnknown } : {}),
      };
    });
  },
});
