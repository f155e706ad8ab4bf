// docs/rules/<id>.md are generated from the rule modules: they must be up to date.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureReader } from '../src/docs/fixture-reader.js';
import { renderRuleIndex, renderRulePage } from '../src/docs/rule-page.js';
import { rules } from '../rules/index.js';

const fixtures = fixtureReader();

describe('rule documentation', () => {
  it.each(rules.map((r) => [r.id, r] as const))('docs/rules/%s.md is up to date (npm run docs)', (id, rule) => {
    const page = renderRulePage(rule, fixtures);
    expect(page).toContain(rule.rationale);
    expect(page).toContain('## Failing example');
    expect(page).toContain('reported here');
    expect(existsSync(`docs/rules/${id}.md`), `docs/rules/${id}.md is missing: run npm run docs`).toBe(true);
    expect(readFileSync(`docs/rules/${id}.md`, 'utf8'), 'out of date: run npm run docs').toBe(page);
  });

  it('docs/rules/README.md lists every rule', () => {
    expect(readFileSync('docs/rules/README.md', 'utf8')).toBe(renderRuleIndex(rules));
  });
});
