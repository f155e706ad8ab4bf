import { defineRule, describeApp } from '../src/engine/rule.js';

export default defineRule({
  id: 'cni-config-runtime-managed',
  severity: 'warning',
  category: 'layering',
  description: 'The runtime layer deploys CNI-wide configuration that belongs with the CNI (Calico FelixConfiguration, Cilium global config).',
  rationale:
    'The seed applies FelixConfiguration together with Calico in bootstrap: CNI configuration travels with the CNI. Only IPPool and network policy resources are allowed in the runtime layer.',
  messages: {
    configInRuntime: 'the runtime layer deploys a CNI\'s cluster-wide configuration',
  },
  examples: { fails: 'felixconfiguration-in-runtime', passes: 'calico-networkpolicy-in-runtime' },
  check: ({ components }) =>
    components.flatMap((c) =>
      c.runtime.flatMap((d) =>
        d.configObjects
          .filter((o) => o.config === 'forbidden')
          .map(({ obj }) => ({
            at: obj.kindAt,
            messageId: 'configInRuntime',
            component: c.name,
            message: `${describeApp(d.application, d.appset)} deploys ${obj.kind} ${obj.name}, ${c.name}'s cluster-wide configuration; apply it in bootstrap together with ${c.name}`,
          })),
      ),
    ),
});
