// Real-world fixtures (fixtures/realworld/<name>) that today's readers still get wrong, with what they miss.
// test/fixtures.test.ts and test/realworld.test.ts skip exactly these, by name, printing the reason; the
// stale-entry test in test/realworld.test.ts fails once a fixture passes, so fixed names leave this list.
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'k3s-helm-template-argocd-apps':
    'the root ApplicationSet under argocd-apps: in the values of a local umbrella chart (argo-cd + argocd-apps) is not read as the root; entry-point info',
  'k3s-collection-roles-metallb-auto-deploy': 'entry-point info without any Argo CD object',
  'rke2-galaxy-role-cilium-cli-argocd-apps-helm':
    'argocd-apps taken for a runtime service; gitops-engine-not-self-managed is withheld by the Galaxy role, which the expectation does not say',
  'k3s-argocd-helmchart-ksops-app-of-apps':
    'kubectl kustomize DIR | kubectl apply -f - not followed, ~/ controller path taken for a missing file, KSOPS generator read as empty, a Secret in argocd counted as installing Argo CD',
  'k3s-cilium-helm-argocd-local-charts-root-chart':
    'an app-of-apps chart of this repository installed by kubernetes.core.helm not read as the root; local charts reported as unpinned and as runtime services',
  'kubeadm-kustomize-build-register-loop-cmp':
    'the config management plugin of the vault-secrets Application is not named by incomplete-analysis',
};

/** The realworld fixture name of an expectation file, when it is a known gap. */
export const knownGap = (expectedFile: string): string | undefined =>
  KNOWN_GAPS[/^fixtures\/realworld\/(.+)\.expected\.yaml$/.exec(expectedFile)?.[1] ?? ''];
