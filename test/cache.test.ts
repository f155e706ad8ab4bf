// The whole-run cache: cold, warm and uncached runs print byte-identical reports,
// and any change to a file the run read invalidates it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';
import { lint, ruleCatalog } from '../src/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const render = async (root: string, cacheDir?: string): Promise<string> => {
  const result = await lint(root, { cacheDir });
  return Object.values(formatters)
    .map((format) => format(result, { color: new Chalk({ level: 0 }), ...ruleCatalog }))
    .join('\n')
    .replaceAll(root, '<root>');
};

describe('run cache', () => {
  it('gives byte-identical output cold, warm and without cache', async () => {
    const repo = join(tmp, 'repo');
    cpSync('fixtures/version-skew/kube-vip-older-in-static-pod', repo, { recursive: true });
    const cacheDir = join(tmp, 'cache');
    const uncached = await render(repo);
    const cold = await render(repo, cacheDir);
    const warm = await render(repo, cacheDir);
    expect(cold).toBe(uncached);
    expect(warm).toBe(uncached);
    expect(uncached).toContain('version-skew');
  });

  it('notices a change in a file the run read', async () => {
    const repo = join(tmp, 'changed');
    cpSync('fixtures/version-skew/kube-vip-older-in-static-pod', repo, { recursive: true });
    const cacheDir = join(tmp, 'cache2');
    const rulesHit = async () => (await lint(repo, { cacheDir })).findings.map((f) => f.ruleId);
    expect(await rulesHit()).toEqual(['version-skew']);
    const vars = join(repo, 'ansible/group_vars/all.yml');
    writeFileSync(vars, readFileSync(vars, 'utf8').replace('v0.7.1', 'v0.8.9'));
    expect(await rulesHit()).toEqual([]);
  });

  it('never writes into the linted tree, and survives an unwritable cache folder', async () => {
    const repo = join(tmp, 'ro');
    cpSync('fixtures/layouts/seed-compliant', repo, { recursive: true });
    const blocked = join(tmp, 'a-file');
    writeFileSync(blocked, 'not a directory');
    expect(await render(repo, join(blocked, 'cache'))).toBe(await render(repo));
  });
});
