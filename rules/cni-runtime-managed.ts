import { defineRule, describeApp } from '../src/engine/rule.js';

export default defineRule({
  id: 'cni-runtime-managed',
  severity: 'error',
  category: 'layering',
  description: "The runtime layer (Argo CD) deploys a CNI's core: its DaemonSet, operator, chart or install manifest.",
  rationale:
    'Networking must exist when the cluster initialises, and changing the CNI from GitOps can take the whole cluster network down; the seed keeps Calico in bootstrap and never lets Argo CD manage the calico-node DaemonSet.',
  messages: {
    cniInRuntime: 'the runtime layer deploys an object or chart of the CNI',
  },
  examples: { fails: 'calico-node-in-infra-appset', passes: 'calico-ippool-in-runtime' },
  check: ({ components }) =>
    components
      .filter((c) => c.role === 'cni')
      .flatMap((c) =>
        c.runtime.flatMap((d) => {
          const what = d.objects.map((o) => ({ at: o.kindAt, label: `${o.kind} ${o.name}` }));
          what.push(...d.charts.map((ch) => ({ at: ch.at, label: `chart ${ch.name}` })));
          return what.map((w) => ({
            at: w.at,
            messageId: 'cniInRuntime',
            component: c.name,
            message: `${describeApp(d.application, d.appset)} deploys ${c.name}'s ${w.label}; the CNI belongs to bootstrap: install it from Ansible and keep only its allowed configuration in Argo CD`,
          }));
        }),
      ),
});
