// Real-world fixtures (fixtures/realworld/<name>) that today's readers still get wrong, with what they miss.
// test/fixtures.test.ts and test/realworld.test.ts skip exactly these, by name, printing the reason; the
// stale-entry test in test/realworld.test.ts fails once a fixture passes, so fixed names leave this list.
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'k3s-helm-template-argocd-apps':
    'helm_template of a local chart applied through register .stdout, argocd-apps values as root, k3s from a systemd unit',
  'k3s-collection-roles-metallb-auto-deploy': 'entry-point info without any Argo CD object, k3s from a systemd unit',
  'rke2-galaxy-role-cilium-cli-argocd-apps-helm':
    'root Application in argocd-apps values installed by a helm command task, argocd-apps taken for a runtime service, Galaxy role not reported as unresolved',
  'k3s-argocd-helmchart-ksops-app-of-apps':
    'kubectl kustomize DIR | kubectl apply -f - not followed, ~/ controller path taken for a missing file, KSOPS generator read as empty, a Secret in argocd counted as installing Argo CD',
  'k3s-cilium-helm-argocd-local-charts-root-chart':
    'an app-of-apps chart of this repository installed by kubernetes.core.helm not read as the root; local charts reported as unpinned and as runtime services',
  'kubeadm-kustomize-build-register-loop-cmp':
    'kustomize build registered and applied by k8s definition in a loop over stdout | from_yaml_all: neither the Argo CD install nor the root is seen',
};

/** The realworld fixture name of an expectation file, when it is a known gap. */
export const knownGap = (expectedFile: string): string | undefined =>
  KNOWN_GAPS[/^fixtures\/realworld\/(.+)\.expected\.yaml$/.exec(expectedFile)?.[1] ?? ''];
