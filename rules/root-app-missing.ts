import { defineRule, type RuleFinding } from '../src/engine/rule.js';
import { nameOfId, unknownsAffecting, type DeploymentGraph } from '../src/graph/graph.js';

/**
 * A root Application whose AppProject only its own descendants create never syncs on a
 * fresh cluster (chicken and egg): the link from bootstrap to the runtime layer is broken.
 */
function rootsWithoutProject(graph: DeploymentGraph): RuleFinding[] {
  const fromBootstrap = new Set(graph.bootstrap.deployments.flatMap((d) => d.objects).filter((o) => o.kind === 'AppProject').map((o) => o.name));
  // What bootstrap applies, whether or not the configuration also names it as an entry point.
  const entryFiles = new Set(graph.bootstrap.argocdEntrypoints.map((e) => e.file));
  return graph.runtime.applications
    .filter((app) => !app.parent && !app.appset && entryFiles.has(app.at.file) && app.project !== 'default' && !fromBootstrap.has(app.project))
    .flatMap((app) => {
      const project = graph.runtime.objects.find((o) => o.kind === 'AppProject' && o.name === app.project);
      if (!project) return [];
      return [
        {
          at: app.projectAt ?? app.at,
          messageId: 'projectFromDescendant',
          related: [project.kindAt],
          message: `root Application ${app.name} uses AppProject ${app.project}, which only ${project.application === app.id ? 'the root itself deploys' : `its own descendant ${nameOfId(project.application)} deploys`} (${project.at.file}); on a fresh cluster it never syncs: create the project from bootstrap before applying the root, or give the root project default`,
          // Bootstrap could create the project through what the reader did not follow.
          withheldBy: unknownsAffecting(graph, 'bootstrap-deploys'),
        },
      ];
    });
}

export default defineRule({
  id: 'root-app-missing',
  severity: 'error',
  category: 'layering',
  description:
    'Bootstrap installs Argo CD but never applies an Application or ApplicationSet (or applies a root whose AppProject only the runtime layer creates), so nothing connects bootstrap to the runtime layer.',
  rationale: 'The chain is Ansible → Argo CD install → root Application → everything else; without the root Application the runtime layer is never started.',
  messages: {
    projectFromDescendant: 'the root Application uses an AppProject that only it or its descendants create',
    noRootApplication: 'bootstrap installs Argo CD but applies no root Application',
  },
  examples: { fails: 'argocd-installed-without-root-app', passes: 'argocd-installed-with-root-app' },
  check: ({ graph, components }) => {
    // Bootstrap applies a root: an Argo CD manifest, or the values of a chart of roots (argocd-apps).
    if (graph.bootstrap.argocdEntrypoints.length > 0 || graph.chartValueRoots.length > 0) return rootsWithoutProject(graph);
    return components
      .filter((c) => c.role === 'gitops-engine' && c.bootstrap.length > 0)
      .map((c) => ({
        at: c.bootstrap[0].at,
        messageId: 'noRootApplication',
        component: c.name,
        message: 'bootstrap installs Argo CD but never applies a root Application or ApplicationSet; apply one from Ansible right after the install',
        withheldBy: unknownsAffecting(graph, 'entrypoints'),
      }));
  },
});
