import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'parse-error',
  severity: 'error',
  category: 'input',
  scope: 'repository',
  description: 'A file that is meant to be plain YAML (every Helm values file a reachable app uses included) does not parse (Helm chart templates and Jinja templates are never reported).',
  rationale: 'Argo CD, Kustomize and Ansible all stop at a file they cannot parse; whatever that file deploys is missing from the cluster and from this analysis.',
  messages: {
    unparsable: 'a file that cannot be parsed',
    symlinkNotRead: 'a symbolic link that is broken, a loop, or points outside the linted root; not read',
  },
  examples: { fails: 'kustomization-with-bad-indentation', passes: 'valid-yaml-everywhere' },
  check: ({ graph }) => [
    ...graph.parseProblems.map((p) => ({ at: p.at, messageId: 'unparsable', message: p.message })),
    ...graph.escapes.map((e) => ({
      at: e.at,
      messageId: 'symlinkNotRead',
      message: e.target.startsWith('(') ? `symbolic link that is ${e.target.slice(1, -1)}; not read` : `symbolic link pointing outside the linted root (${e.target}); not read`,
    })),
  ],
});
