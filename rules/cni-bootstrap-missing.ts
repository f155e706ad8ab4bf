import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

export default defineRule({
  id: 'cni-bootstrap-missing',
  severity: 'error',
  category: 'layering',
  description: 'Bootstrap initialises a cluster (kubeadm init, k3s/RKE2 server) but installs no CNI.',
  rationale: 'Nodes stay NotReady and nothing, Argo CD included, can schedule until a CNI runs: it is a hard dependency of cluster initialisation.',
  messages: {
    noCni: 'bootstrap initialises the cluster but installs no CNI',
  },
  examples: { fails: 'kubeadm-without-cni', passes: 'kubeadm-with-calico-manifest' },
  check: ({ graph, components }) => {
    const installers = graph.bootstrap.installers;
    if (installers.length === 0) return [];
    if (installers.some((i) => i.builtinCni)) return [];
    if (components.some((c) => c.role === 'cni' && c.bootstrap.length > 0)) return [];
    const first = installers[0];
    return [
      {
        at: first.at,
        messageId: 'noCni',
        message: `bootstrap initialises the cluster with ${first.kind} but installs no CNI; apply the CNI (Calico, Cilium, Flannel, ...) from Ansible right after the control plane starts`,
        withheldBy: unknownsAffecting(graph, 'bootstrap-deploys'),
      },
    ];
  },
});
