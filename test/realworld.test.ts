// Real-world regression suite: each fixtures/realworld/<name> is a minimal repository with the shape of a
// public one (its README says which). test/fixtures.test.ts checks the exact findings and the layer table;
// this file checks what must NOT be reported (the `absent` list: what a naive reader gets wrong) and that
// the suite is well formed. Names in KNOWN_GAPS are skipped explicitly until the readers handle them.
import { globSync } from 'glob';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint, type LintResult } from '../src/index.js';
import { KNOWN_GAPS } from './realworld-known-gaps.js';

interface Expected {
  findings?: { ruleId: string; file: string; line: number }[];
  components?: { name: string; bootstrap?: string[]; runtime?: string[] }[];
  absent?: { ruleId: string; file?: string; line?: number; reason: string }[];
}

const names = globSync('fixtures/realworld/*.expected.yaml')
  .map((f) => f.replace(/^fixtures\/realworld\/|\.expected\.yaml$/g, ''))
  .sort();
const expectedOf = (name: string) => parse(readFileSync(`fixtures/realworld/${name}.expected.yaml`, 'utf8')) as Expected;
/** An absent entry names a rule, and optionally a file or (ending in /) a folder, and a line. */
const matches = (a: { ruleId: string; file?: string; line?: number }, f: { ruleId: string; file: string; line: number }) =>
  f.ruleId === a.ruleId &&
  (!a.file || (a.file.endsWith('/') ? f.file.startsWith(a.file) : f.file === a.file)) &&
  (a.line === undefined || f.line === a.line);

const results = new Map<string, Promise<LintResult>>();
const lintOnce = (name: string) => {
  if (!results.has(name)) results.set(name, lint(`fixtures/realworld/${name}`));
  return results.get(name)!;
};

describe('real-world suite is well formed', () => {
  it('has at least eight repositories', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('%s: README names its public repository; expectation has findings, components and absent', (name) => {
    const readme = `fixtures/realworld/${name}/README.md`;
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

  it.each(Object.keys(KNOWN_GAPS))('known gap %s is a fixture of the suite', (name) => {
    expect(names).toContain(name);
  });
});

describe('real-world repositories: findings that must not appear', () => {
  for (const name of names.filter((n) => KNOWN_GAPS[n])) it.skip(`${name} (known gap: ${KNOWN_GAPS[name]})`, () => {});
  it.each(names.filter((n) => !KNOWN_GAPS[n]))('%s', async (name) => {
    const { findings } = await lintOnce(name);
    for (const a of expectedOf(name).absent ?? []) {
      expect(findings.filter((f) => matches(a, f)).map((f) => `${f.ruleId} ${f.file}:${f.line}`), a.reason).toEqual([]);
    }
  });
});

describe('known gaps are still gaps', () => {
  // Once the readers handle a fixture, its name must leave KNOWN_GAPS so the full checks run again.
  it.each(names.filter((n) => KNOWN_GAPS[n]))('%s still differs from its expectation', async (name) => {
    const expected = expectedOf(name);
    const { findings, components } = await lintOnce(name);
    const got = findings.map(({ ruleId, file, line }) => ({ ruleId, file, line }));
    const falseOnes = (expected.absent ?? []).some((a) => findings.some((f) => matches(a, f)));
    const sameList = (want: string[] | undefined, have: string[] | undefined) => !want || JSON.stringify(want) === JSON.stringify(have);
    const tableRight = (expected.components ?? []).every((c) => {
      const g = components.find((x) => x.name === c.name);
      return g && sameList(c.bootstrap, g.bootstrap.map((d) => d.mechanism)) && sameList(c.runtime, g.runtime.map((d) => d.appset ?? d.application));
    });
    const findingsRight = JSON.stringify(got) === JSON.stringify(expected.findings ?? []);
    expect(falseOnes || !findingsRight || !tableRight, 'remove it from KNOWN_GAPS').toBe(true);
  });
});
