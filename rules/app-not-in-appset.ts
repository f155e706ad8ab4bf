import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'app-not-in-appset',
  severity: 'error',
  category: 'coverage',
  scope: 'repository',
  description: 'A deployable app directory under an apps root that no reachable Application or ApplicationSet deploys.',
  rationale: 'Every service is runtime, owned by Argo CD through an ApplicationSet; an app directory nothing deploys is either dead code or a service that silently never reaches the cluster.',
  messages: {
    notDeployed: 'an app directory that no Application or ApplicationSet deploys',
  },
  examples: { fails: 'service-missing-from-list-generator', passes: 'every-service-in-an-appset' },
  check: ({ graph }) => {
    // An unknown root, or an Application whose paths are unknown, could deploy any directory.
    const withheldBy = [...unknownsAffecting(graph, 'entrypoints'), ...unknownsAffecting(graph, 'runtime-deploys').filter((u) => u.scope?.application === undefined)];
    return graph.appUnits
      .filter((u) => !u.covered)
      .map((u) => ({
        at: u.at,
        messageId: 'notDeployed',
        message: `app directory ${u.dir} is not deployed by any Application or ApplicationSet; add it to an ApplicationSet (list element or git directory pattern) or delete it`,
        withheldBy,
      }));
  },
});
