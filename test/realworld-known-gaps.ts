// Real-world fixtures (fixtures/realworld/<name>) that today's readers still get wrong, with what they miss.
// test/fixtures.test.ts and test/realworld.test.ts skip exactly these, by name, printing the reason; the
// stale-entry test in test/realworld.test.ts fails once a fixture passes, so fixed names leave this list.
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'k3s-helm-template-argocd-apps':
    'helm_template of a local chart applied through register .stdout, argocd-apps values as root, k3s from a systemd unit',
  'k3s-collection-roles-metallb-auto-deploy': 'entry-point info without any Argo CD object, k3s from a systemd unit',
  'rke2-galaxy-role-cilium-cli-argocd-apps-helm':
    'root Application in argocd-apps values installed by a helm command task, argocd-apps taken for a runtime service, Galaxy role not reported as unresolved',
  'kubeadm-flannel-kustomize-app-of-apps':
    'kubectl apply -k of a kustomization over the remote Argo CD install.yaml not an install, copy content: static pod not read, /etc/resolv.conf taken for a missing file',
  'k3s-argocd-helmchart-ksops-app-of-apps':
    'kubectl kustomize DIR | kubectl apply -f - not followed, ~/ controller path taken for a missing file, KSOPS generator read as empty, a Secret in argocd counted as installing Argo CD',
  'k3s-cilium-helm-argocd-local-charts-root-chart':
    'an app-of-apps chart of this repository installed by kubernetes.core.helm not read as the root; local charts reported as unpinned and as runtime services',
  'k3s-curl-install-app-of-apps-guides-folder':
    'top-level folders (apps, bootstrap, guides) split into three clusters, a directory copy (src dir/ -> dest dir/) not seen as writing its files, so Argo CD is not installed',
  'rke2-fileglob-kube-vip-helm-template-pipe':
    "with_fileglob template loop into the RKE2 manifests not read, helm template | kubectl apply not an install, lookup('pipe', 'kubectl kustomize DIR') not the root",
  'kubeadm-kustomize-build-register-loop-cmp':
    'kustomize build registered and applied by k8s definition in a loop over stdout | from_yaml_all: neither the Argo CD install nor the root is seen',
};

/** The realworld fixture name of an expectation file, when it is a known gap. */
export const knownGap = (expectedFile: string): string | undefined =>
  KNOWN_GAPS[/^fixtures\/realworld\/(.+)\.expected\.yaml$/.exec(expectedFile)?.[1] ?? ''];
