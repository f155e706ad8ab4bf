// Every fixture repository lints to exactly the findings written by hand beside it.
import { globSync } from 'glob';
import { describe, expect, it } from 'vitest';
import { runLint } from '../src/lint-run.js';
import { rules } from '../rules/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { comparable, findingProblems, readExpected, withMessageIds } from './expected-findings.js';

const expectations = globSync('fixtures/**/*.expected.yaml').sort();

describe('fixture repositories', () => {
  it.each(expectations)('%s: exact findings', async (expectedFile) => {
    const expected = readExpected(expectedFile);
    const { result, messageIds } = await runLint(fixtureRepo(expectedFile.replace(/\.expected\.yaml$/, '')));
    expect(comparable(withMessageIds(result.findings, messageIds), expected.findings ?? [])).toEqual(expected.findings ?? []);
    for (const c of expected.components ?? []) {
      const got = result.components.find((x) => x.name === c.name);
      expect(got, `component ${c.name}`).toBeDefined();
      if (c.bootstrap) expect(got!.bootstrap.map((d) => d.mechanism)).toEqual(c.bootstrap);
      if (c.runtime) expect(got!.runtime.map((d) => d.appset ?? d.application)).toEqual(c.runtime);
    }
  });
});

describe('expectation files', () => {
  it.each(expectations)('%s: every finding has ruleId, file, line and at most column, messageId and message', (expectedFile) => {
    const findings = readExpected(expectedFile).findings ?? [];
    expect(findings.flatMap((f, i) => findingProblems(f).map((p) => `finding ${i + 1}: ${p}`))).toEqual([]);
  });
});

describe('every rule has a firing fixture and a clean twin', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    for (const name of [rule.examples.fails, rule.examples.passes]) {
      expect(expectations, `fixtures/${id}/${name}.expected.yaml`).toContain(`fixtures/${id}/${name}.expected.yaml`);
    }
    const fails = readExpected(`fixtures/${id}/${rule.examples.fails}.expected.yaml`);
    expect((fails.findings ?? []).some((f) => f.ruleId === id), `${rule.examples.fails} fires ${id}`).toBe(true);
    const passes = readExpected(`fixtures/${id}/${rule.examples.passes}.expected.yaml`);
    expect((passes.findings ?? []).some((f) => f.ruleId === id), `${rule.examples.passes} does not fire ${id}`).toBe(false);
  });
});
