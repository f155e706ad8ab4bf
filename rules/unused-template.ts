import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'unused-template',
  severity: 'warning',
  category: 'bootstrap-hygiene',
  scope: 'repository',
  description: "A file under a role's templates/ or files/ that no reachable task, handler or lookup references.",
  rationale: 'The seed deleted kube-vip-ds.yaml.j2 because no task used it: an unused bootstrap template misleads readers about what bootstrap deploys.',
  messages: {
    unusedFile: 'a file of a role that no task uses',
  },
  examples: { fails: 'template-nothing-renders', passes: 'every-template-rendered' },
  check: ({ graph }) => {
    const used = new Set(graph.bootstrap.refs.filter((r) => r.reachable && r.resolved).map((r) => r.resolved!));
    const usedByDeadCode = new Map(graph.bootstrap.refs.filter((r) => !r.reachable && r.resolved).map((r) => [r.resolved!, r.from.file]));
    return graph.bootstrap.roles
      .filter((role) => role.reachable)
      .flatMap((role) =>
        role.assets
          .filter((file) => !used.has(file))
          .map((file) => {
            const dead = usedByDeadCode.get(file);
            const why = dead ? `only ${dead}, which no play reaches, references it` : 'no task, handler or lookup references it';
            return {
              at: { file, line: 1, column: 1 },
              messageId: 'unusedFile',
              message: `this file of role ${role.name} is never used: ${why}; delete it or render it from a task`,
              withheldBy: unknownsAffecting(graph, 'bootstrap-uses', { role: role.name }),
            };
          }),
      );
  },
});
