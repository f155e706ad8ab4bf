import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'unused-role',
  severity: 'warning',
  category: 'bootstrap-hygiene',
  scope: 'repository',
  description: 'A role that no playbook, role dependency or include reaches.',
  rationale: 'A dead role looks like part of the bootstrap to every reader (and reviewer) while it never runs; if it deploys runtime components it is also a trap for whoever wires it back in.',
  messages: {
    unusedRole: 'a role that no playbook, dependency or include uses',
  },
  examples: { fails: 'role-no-playbook-uses', passes: 'every-role-in-a-play' },
  check: ({ graph, catalog }) =>
    graph.bootstrap.roles
      .filter((role) => !role.reachable)
      .map((role) => {
        const names = new Set<string>();
        for (const d of graph.bootstrap.deadDeployments.filter((x) => x.role === role.name)) {
          const e = (d.url && catalog.matchUrl(d.url)) || (d.chart && catalog.matchChart(d.chart));
          if (e) names.add(e.name);
          for (const o of d.objects) {
            const m = catalog.matchObject(o);
            if (m) names.add(m.entry.name);
          }
        }
        const would = names.size > 0 ? ` (it would deploy ${[...names].sort().join(', ')})` : '';
        return {
          at: role.at,
          messageId: 'unusedRole',
          message: `role ${role.name} is not used by any playbook, role dependency or include${would}; delete it or add it to a play`,
          withheldBy: unknownsAffecting(graph, 'bootstrap-roles'),
        };
      }),
});
