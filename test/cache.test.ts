// The whole-run cache: cold, warm and uncached runs print byte-identical reports,
// and any change to a file the run read invalidates it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';
import { lint, LintInputError, ruleCatalog } from '../src/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { CORPUS_PATH, sharedInput } from './shared-inputs.js';

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
    cpSync(fixtureRepo('fixtures/version-skew/kube-vip-older-in-static-pod'), repo, { recursive: true });
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
    cpSync(fixtureRepo('fixtures/version-skew/kube-vip-older-in-static-pod'), repo, { recursive: true });
    const cacheDir = join(tmp, 'cache2');
    const rulesHit = async () => (await lint(repo, { cacheDir })).findings.map((f) => f.ruleId);
    expect(await rulesHit()).toEqual(['version-skew']);
    const vars = join(repo, 'ansible/group_vars/all.yml');
    writeFileSync(vars, readFileSync(vars, 'utf8').replace('v0.7.1', 'v0.8.9'));
    expect(await rulesHit()).toEqual([]);
  });

  /** An entry's content (small entries are gzip'd), and one written as the cache writes small ones. */
  const open = (entry: Buffer) => deserialize(gunzipSync(entry));
  const close = (content: unknown): Buffer => gzipSync(serialize(content));
  it.each([
    ['damaged bytes', (): Buffer => Buffer.from('not gzip at all')],
    // The run's own key and listing scope, with reads and directories that are not lists of triples and pairs.
    ['an entry of another shape', (entry: Buffer): Buffer => {
      const { listing, reads, ...rest } = open(entry);
      return close({ ...rest, reads: { ...reads, hashes: 7, stamps: [null] }, listing: { ...listing, dirs: [3] } });
    }],
    // Reads that all hold, and a result that does not decode.
    ['a result that does not decode', (entry: Buffer): Buffer => close({ ...open(entry), result: Buffer.from('not gzip') })],
    // An earlier version's entry: its reads a list of triples, its result not serialised apart.
    ['an entry of the earlier format', (entry: Buffer): Buffer => close({ ...open(entry), reads: [[0, 'hash', 'stamp']], result: { findings: [] } })],
    // A large entry is written as it is.
    ['an entry not gzip\'d, of another shape', (entry: Buffer): Buffer => serialize({ ...open(entry), reads: 'all' })],
  ])('runs normally over %s in place of the entry, and replaces it', async (name, damage) => {
    const repo = join(tmp, name.replaceAll(' ', '-'));
    cpSync(fixtureRepo('fixtures/version-skew/kube-vip-older-in-static-pod'), repo, { recursive: true });
    const cacheDir = `${repo}-cache`;
    const uncached = await render(repo);
    await render(repo, cacheDir);
    const entries = readdirSync(cacheDir).filter((f) => f.endsWith('.v8'));
    expect(entries).toHaveLength(1);
    const damaged = damage(readFileSync(join(cacheDir, entries[0])));
    writeFileSync(join(cacheDir, entries[0]), damaged);
    expect(await render(repo, cacheDir)).toBe(uncached);
    expect(readFileSync(join(cacheDir, entries[0])).equals(damaged)).toBe(false);
  });

  // Issue 14: the cache keeps facts and the report, not the graph.
  const corpus = sharedInput(CORPUS_PATH);
  it.skipIf(corpus === undefined)("keeps the user's repository in an entry within twice its JSON report", async () => {
    const cacheDir = join(tmp, 'corpus-cache');
    const report = formatters.json(await lint(corpus!, { cacheDir }), { color: new Chalk({ level: 0 }), ...ruleCatalog });
    const entry = readdirSync(cacheDir).find((f) => f.endsWith('.v8'))!;
    expect(statSync(join(cacheDir, entry)).size).toBeLessThanOrEqual(2 * Buffer.byteLength(report));
  });

  it('never writes into the linted tree, and survives an unwritable cache folder', async () => {
    const repo = join(tmp, 'ro');
    cpSync(fixtureRepo('fixtures/layouts/seed-compliant'), repo, { recursive: true });
    const blocked = join(tmp, 'a-file');
    writeFileSync(blocked, 'not a directory');
    expect(await render(repo, join(blocked, 'cache'))).toBe(await render(repo));
  });

  // A file the run failed to read is part of the entry: fixing or replacing it is seen.
  const CALICO = fixtureRepo('fixtures/cni-runtime-managed/calico-node-in-infra-appset');
  const calicoNode = 'argocd/apps/infrastructure/calico/calico-node.yaml';
  const breakages: [string, (file: string) => void][] = [
    ['a FIFO', (file) => execFileSync('mkfifo', [file])],
    ['invalid UTF-8', (file) => writeFileSync(file, Buffer.concat([readFileSync(join(CALICO, calicoNode)), Buffer.from([0xff])]))],
  ];
  for (const [what, breakIt] of breakages) {
    it(`serves no stale result once ${what} in place of a manifest is fixed`, async () => {
      const repo = mkdtempSync(join(tmp, 'fixed-'));
      cpSync(CALICO, repo, { recursive: true });
      const cacheDir = join(repo + '-cache');
      const file = join(repo, calicoNode);
      rmSync(file);
      breakIt(file);
      expect(await render(repo, cacheDir)).toBe(await render(repo));
      rmSync(file, { recursive: true });
      cpSync(join(CALICO, calicoNode), file);
      const fixed = await render(repo, cacheDir);
      expect(fixed).toContain('cni-runtime-managed');
      expect(fixed).toBe(await render(repo));
    });
  }

  it('notices an edit that keeps the size and the mtime', async () => {
    const repo = join(tmp, 'same-stamp');
    cpSync(CALICO, repo, { recursive: true });
    const cacheDir = join(tmp, 'cache-same-stamp');
    const file = join(repo, calicoNode);
    // An old mtime: only the ctime (which no one can set back) tells the edit apart.
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    const before = statSync(file);
    const first = await render(repo, cacheDir);
    // "DaemonSet" and "ConfigMap" have the same length: same size, other content.
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('kind: DaemonSet', 'kind: ConfigMap'));
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const edited = await render(repo, cacheDir);
    expect(edited).not.toBe(first);
    expect(edited).toBe(await render(repo));
  });

  it('refuses a cache folder inside the linted tree, and says so', async () => {
    const repo = join(tmp, 'cache-inside');
    cpSync(fixtureRepo('fixtures/layouts/seed-compliant'), repo, { recursive: true });
    const inside = join(repo, '.cache/detectviz-lint');
    await expect(lint(repo, { cacheDir: inside })).rejects.toThrow(LintInputError);
    await expect(lint(repo, { cacheDir: inside })).rejects.toThrow(/inside the linted tree/);
    expect(() => statSync(join(repo, '.cache'))).toThrow();
  });
});
