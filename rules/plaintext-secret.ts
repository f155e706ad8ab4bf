import { defineRule, describeApp } from '../src/engine/rule.js';

export default defineRule({
  id: 'plaintext-secret',
  severity: 'error',
  category: 'constitution',
  description:
    'A reachable manifest, Kustomize secretGenerator, Helm values file or bootstrap task holds a secret in clear: a Secret with literal data/stringData, or a key naming a password, token, API key or private key with a literal value. The value is never printed.',
  rationale:
    'A secret committed to Git is readable by everyone who can read the repository, forever (its history keeps it). Keep the value in a secret store (Vault and the External Secrets Operator, Sealed Secrets, SOPS) and commit only a reference.',
  messages: {
    runtimeSecret: 'a runtime manifest or values file holds a secret value in clear',
    bootstrapSecret: 'a bootstrap task holds a secret value in clear',
  },
  examples: { fails: 'secret-with-literal-string-data', passes: 'external-secret-reference' },
  check: ({ graph }) => [
    ...graph.runtime.secrets.map((s) => ({
      at: s.at,
      messageId: 'runtimeSecret',
      message: `${s.holder}${s.application ? ` of ${describeApp(s.application, s.appset)}` : ''} holds key ${s.key} in clear; keep the value in a secret store (e.g. Vault with an ExternalSecret, a SealedSecret, SOPS) and commit only a reference`,
    })),
    ...graph.bootstrap.secrets.map((s) => ({
      at: s.at,
      messageId: 'bootstrapSecret',
      message: `${s.holder} in bootstrap task ${s.task ?? '(unnamed)'} holds key ${s.key} in clear; read the value from Ansible Vault or a lookup instead of writing it in the task`,
    })),
  ],
});
