import { defineRule } from '../src/engine/rule.js';
import { apiGroup, nameOfId } from '../src/graph/graph.js';
import type { RuleFinding } from '../src/engine/rule.js';

export default defineRule({
  id: 'duplicate-owner',
  severity: 'error',
  category: 'coverage',
  description: 'Two reachable Applications deploy the same path, or the same Kubernetes object (group, kind, namespace, name).',
  rationale: '"No overlap, no conflict": with two owners Argo CD fights itself (shared-resource warnings, endless syncs, prune of the other side).',
  messages: {
    samePath: 'two Applications deploy the same path',
    sameObject: 'two Applications deploy the same object',
  },
  examples: { fails: 'same-path-in-two-appsets', passes: 'one-owner-per-path' },
  check: ({ graph }) => {
    const findings: RuleFinding[] = [];
    const byPath = new Map<string, { owner: string; at: (typeof graph.runtime.pathRefs)[number]['at'] }>();
    /** Pairs of Applications already reported for sharing a path: their shared objects are the same mistake. */
    const sharing = new Set<string>();
    for (const ref of graph.runtime.pathRefs) {
      if (ref.status !== 'ok' || (ref.kind !== 'application-path' && ref.kind !== 'list-path')) continue;
      const first = byPath.get(ref.path);
      if (!first) byPath.set(ref.path, { owner: ref.owner, at: ref.at });
      else if (first.owner !== ref.owner) {
        sharing.add(`${first.owner}\u0000${ref.owner}`);
        findings.push({ at: ref.at, messageId: 'samePath', related: [first.at], message: `Applications ${nameOfId(first.owner)} and ${nameOfId(ref.owner)} both deploy path "${ref.path}"; keep one owner` });
      }
    }
    const byObject = new Map<string, (typeof graph.runtime.objects)[number]>();
    for (const obj of graph.runtime.objects) {
      if (!obj.name) continue;
      const key = [apiGroup(obj.apiVersion), obj.kind, obj.namespace ?? '', obj.name].join('/');
      const first = byObject.get(key);
      if (!first) byObject.set(key, obj);
      else if (first.application !== obj.application && !sharing.has(`${first.application}\u0000${obj.application}`))
        findings.push({
          at: obj.kindAt,
          messageId: 'sameObject',
          related: [first.kindAt],
          message: `${obj.kind} ${obj.namespace ? `${obj.namespace}/` : ''}${obj.name} is deployed by both Application ${nameOfId(first.application)} and ${nameOfId(obj.application)}; keep one owner`,
        });
    }
    return findings;
  },
});
