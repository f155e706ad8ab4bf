import { defineRule, describeApp } from '../src/engine/rule.js';
import type { Deployment } from '../src/classify/classify.js';

const FLOATING = new Set(['stable', 'latest', 'master', 'main', 'HEAD']);
const concrete = (d: Deployment): boolean => d.version !== undefined && !FLOATING.has(d.version);
const same = (a: string, b: string): boolean => a.replace(/^v/, '') === b.replace(/^v/, '');
const how = (d: Deployment): string => d.objects[0] ? `${d.mechanism}, ${d.objects[0].kind}` : d.mechanism;

export default defineRule({
  id: 'version-skew',
  severity: 'warning',
  category: 'versions',
  description: 'A component deployed in both layers runs different versions in each.',
  rationale: 'A dual component such as kube-vip must behave the same whichever layer started it; two versions fight over the same VIP and leader lease.',
  messages: {
    versionsDiffer: 'a component runs different versions in bootstrap and runtime',
  },
  examples: { fails: 'kube-vip-older-in-static-pod', passes: 'kube-vip-same-version-both-layers' },
  check: ({ components }) =>
    components.flatMap((c) => {
      const boot = c.bootstrap.find(concrete);
      if (!boot) return [];
      return c.runtime
        .filter((d) => concrete(d) && d.versionFrom === boot.versionFrom && !same(d.version!, boot.version!))
        .map((d) => ({
          at: d.versionAt ?? d.at,
          messageId: 'versionsDiffer',
          component: c.name,
          related: boot.versionAt ? [boot.versionAt] : undefined,
          message: `${c.name} runs ${boot.version} in bootstrap (${how(boot)}) but ${d.version} in runtime (${how(d)}, ${describeApp(d.application, d.appset)}); align the versions`,
        }));
    }),
});
