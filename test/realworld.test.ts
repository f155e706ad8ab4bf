// Real-world regression suite: each fixtures/realworld/<name> is a minimal repository with the shape of a
// public one (its README says which). test/fixtures.test.ts checks the exact findings and the layer table;
// this file checks what must NOT be reported (the `absent` list: what a naive reader gets wrong) and that
// the suite is well formed.
import { globSync } from 'glob';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { readExpected } from './expected-findings.js';

const names = globSync('fixtures/realworld/*.expected.yaml')
  .map((f) => f.replace(/^fixtures\/realworld\/|\.expected\.yaml$/g, ''))
  .sort();
const expectedOf = (name: string) => readExpected(`fixtures/realworld/${name}.expected.yaml`);
/** An absent entry names a rule, and optionally a file or (ending in /) a folder, and a line. */
const matches = (a: { ruleId: string; file?: string; line?: number }, f: { ruleId: string; file: string; line: number }) =>
  f.ruleId === a.ruleId &&
  (!a.file || (a.file.endsWith('/') ? f.file.startsWith(a.file) : f.file === a.file)) &&
  (a.line === undefined || f.line === a.line);


describe('real-world suite is well formed', () => {
  it('has at least eight repositories', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('%s: README names its public repository; expectation has findings, components and absent', (name) => {
    const readme = join(fixtureRepo(`fixtures/realworld/${name}`), 'README.md');
    expect(existsSync(readme), readme).toBe(true);
    expect(readFileSync(readme, 'utf8')).toMatch(/`[\w.-]+\/[\w.-]+`/);
    const expected = expectedOf(name);
    expect(Array.isArray(expected.findings), 'findings').toBe(true);
    expect(expected.components?.length ?? 0, 'components').toBeGreaterThan(0);
    expect(expected.absent?.length ?? 0, 'absent').toBeGreaterThan(0);
    for (const a of expected.absent!) expect(a.reason, `${a.ruleId} has a reason`).toMatch(/\S/);
  });

  it.each(names)('%s: no expected finding is also listed as absent', (name) => {
    const expected = expectedOf(name);
    for (const a of expected.absent ?? []) {
      expect((expected.findings ?? []).filter((f) => matches(a, f)), `${a.ruleId} ${a.file ?? ''}`).toEqual([]);
    }
  });
});

describe('real-world repositories: findings that must not appear', () => {
  it.each(names)('%s', async (name) => {
    const { findings } = await lint(fixtureRepo(`fixtures/realworld/${name}`));
    for (const a of expectedOf(name).absent ?? []) {
      expect(findings.filter((f) => matches(a, f)).map((f) => `${f.ruleId} ${f.file}:${f.line}`), a.reason).toEqual([]);
    }
  });
});
