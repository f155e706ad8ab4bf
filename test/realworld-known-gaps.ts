// Real-world fixtures (fixtures/realworld/<name>) that today's readers still get wrong, with what they miss.
// test/fixtures.test.ts and test/realworld.test.ts skip exactly these, by name, printing the reason; the
// stale-entry test in test/realworld.test.ts fails once a fixture passes, so fixed names leave this list.
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'kubeadm-kustomize-build-register-loop-cmp':
    'the config management plugin of the vault-secrets Application is not named by incomplete-analysis',
};

/** The realworld fixture name of an expectation file, when it is a known gap. */
export const knownGap = (expectedFile: string): string | undefined =>
  KNOWN_GAPS[/^fixtures\/realworld\/(.+)\.expected\.yaml$/.exec(expectedFile)?.[1] ?? ''];
