import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

const EARLY = new Set(['static-pod', 'k3s-manifest']);

export default defineRule({
  id: 'vip-bootstrap-missing',
  severity: 'error',
  category: 'layering',
  description: 'A control-plane VIP provider (kube-vip) is present but bootstrap does not deploy it as a static pod or k3s/RKE2 server manifest.',
  rationale: 'kubeadm init and every later control-plane join need the VIP before the cluster exists; only a static pod (or an auto-deploy manifest) can provide it that early.',
  messages: {
    vipNotStaticPod: 'the control-plane VIP is not written as a static pod or server manifest in bootstrap',
  },
  examples: { fails: 'kube-vip-only-in-runtime', passes: 'kube-vip-static-pod-and-daemonset' },
  check: ({ components, graph }) =>
    components
      .filter((c) => c.role === 'vip' && (c.bootstrap.length > 0 || c.runtime.length > 0))
      .filter((c) => !c.bootstrap.some((d) => EARLY.has(d.mechanism)))
      .filter(() => graph.hasBootstrap)
      .map((c) => {
        const d = c.bootstrap[0] ?? c.runtime[0];
        return {
          at: d.layer === 'runtime' ? (d.objects[0]?.kindAt ?? d.at) : d.at,
          messageId: 'vipNotStaticPod',
          component: c.name,
          message: `${c.name} provides the control-plane VIP but bootstrap never writes it as a static pod (/etc/kubernetes/manifests) or k3s/RKE2 server manifest; render it there from Ansible before the cluster is initialised and joined`,
          // A static pod is a file written on the node: an unknown write could be it.
          withheldBy: [...unknownsAffecting(graph, 'bootstrap-deploys'), ...unknownsAffecting(graph, 'bootstrap-writes')],
        };
      }),
});
