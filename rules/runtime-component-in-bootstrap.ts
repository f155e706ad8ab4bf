import { defineRule, describeApp } from '../src/engine/rule.js';

export default defineRule({
  id: 'runtime-component-in-bootstrap',
  severity: 'error',
  category: 'layering',
  description: 'A reachable Ansible task deploys a component whose policy is runtime-only.',
  rationale: 'Bootstrap holds only what the cluster cannot start without (VIP, CNI, GitOps engine); everything else belongs to Argo CD, declarative and able to roll back, with one owner.',
  messages: {
    deployedFromBootstrap: 'a bootstrap task deploys a runtime component',
  },
  examples: { fails: 'ingress-nginx-installed-by-ansible', passes: 'ingress-nginx-only-in-appset' },
  check: ({ components }) =>
    components
      .filter((c) => c.policy === 'runtime-only')
      .flatMap((c) =>
        c.bootstrap.map((d) => {
          const owner = c.runtime[0];
          const also = owner ? `; ${describeApp(owner.application, owner.appset)} also manages it` : '';
          return {
            at: d.at,
            messageId: 'deployedFromBootstrap',
            component: c.name,
            related: owner ? [owner.at] : undefined,
            message: `${c.name} is a runtime component but this task deploys it from bootstrap${also}; remove it from Ansible and let Argo CD own it`,
          };
        }),
      ),
});
