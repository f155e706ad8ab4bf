import { defineRule, describeApp } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';
import { missingNamespaces } from '../src/graph/namespaces.js';

const SHOWN = 3;

export default defineRule({
  id: 'namespace-missing',
  severity: 'error',
  category: 'constitution',
  description:
    'A reachable Application deploys namespaced objects into a namespace that nothing creates: no CreateNamespace=true for it, no Namespace object in any reachable app, no bootstrap task, not a namespace Kubernetes or the Argo CD install creates.',
  rationale:
    'Argo CD does not create namespaces by itself: the sync fails with "namespaces not found" until something does. CreateNamespace=true creates only the destination namespace, so objects a Kustomize namespace or their own metadata move elsewhere need that namespace created too.',
  messages: {
    namespaceNotCreated: 'an Application deploys into a namespace that nothing creates',
  },
  examples: { fails: 'generated-app-without-create-namespace', passes: 'generated-app-with-create-namespace' },
  check: ({ graph, components }) => {
    // Whatever bootstrap or an Application deploys that the tool could not read may create the namespace.
    const withheldBy = (['namespaces', 'bootstrap-deploys', 'runtime-deploys', 'entrypoints'] as const).flatMap((kind) => unknownsAffecting(graph, kind));
    return missingNamespaces(graph, components).map(({ app, namespace, contents }) => {
      const shown = contents.slice(0, SHOWN).map((c) => c.what).join(', ') + (contents.length > SHOWN ? ` and ${contents.length - SHOWN} more` : '');
      const dest = app.destinationNamespace;
      const fix =
        namespace === dest
          ? 'add CreateNamespace=true to its syncPolicy.syncOptions (or to its ApplicationSet template), or create the namespace from bootstrap or with a Namespace object in a reachable app'
          : `CreateNamespace=true creates only the destination namespace${dest ? ` (${dest})` : ''}: add a Namespace ${namespace} object to a reachable app, or create it from bootstrap`;
      return {
        at: app.at,
        messageId: 'namespaceNotCreated',
        related: contents.slice(0, SHOWN).map((c) => c.at),
        message: `${describeApp(app.id, app.appset)} deploys into namespace ${namespace}, which nothing creates (${shown}); the sync fails with "namespaces not found": ${fix}`,
        withheldBy,
      };
    });
  },
});
