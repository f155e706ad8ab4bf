// The rule list matches the contract's catalog: same ids, same default severities.
import { readFileSync } from 'node:fs';
import { sharedInput } from './shared-inputs.js';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const spec = sharedInput('spec/rules.md')!;

/** Ids the contract added whose issues have not landed yet: each must be in the contract and not yet a rule. */
const PENDING = new Set<string>([]);

describe('rule catalog', () => {
  it.skipIf(spec === undefined)('has exactly the ids and severities of spec/rules.md', () => {
    const rows = [...readFileSync(spec, 'utf8').matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows.length).toBeGreaterThan(0);
    for (const id of PENDING) {
      expect(rows.map(([rowId]) => rowId), `pending ${id} is in the contract`).toContain(id);
      expect(rules.map((r) => r.id), `pending ${id} is not a rule yet: remove it from PENDING`).not.toContain(id);
    }
    const expected = rows.filter(([id]) => !PENDING.has(id!));
    expect(rules.filter((r) => !r.extension).map((r) => [r.id, r.severity])).toEqual(expected);
  });

  it('has one module per rule, named after its id', async () => {
    for (const rule of rules) {
      const mod = (await import(`../rules/${rule.id}.ts`)) as { default: { id: string } };
      expect(mod.default.id).toBe(rule.id);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.rationale.length).toBeGreaterThan(20);
    }
  });
});
