// The per-file cache: a file whose stamp vouches for its content is neither read nor
// parsed again; any change of content (even one that keeps size and mtime) is seen.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileMemo } from '../src/cache/file-memo.js';
import { statStamp } from '../src/cache/stamp.js';
import { SourceSet } from '../src/parse/source-set.js';
import { packObjects, unpackObjects } from '../src/parse/stored-objects.js';
import type { K8sObject } from '../src/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-memo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const KEY = 'code-1';
/** A run that started well after the files were written: its verifications hold for their stamps. */
const later = () => Date.now() + 10_000;

function setup(name: string) {
  const root = join(tmp, name);
  mkdirSync(root, { recursive: true });
  const files: Record<string, string> = {
    'app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n',
    'kustomization.yaml': 'resources:\n  - app.yaml\n',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return { root, list: Object.keys(files).sort(), store: join(tmp, `${name}.facts`) };
}

/** One run over the files: every file parsed and one fact taken, then the store saved. */
function run(root: string, list: string[], store: string, startedMs: number, counted: { computed: number }) {
  const memo = new FileMemo(store, KEY, startedMs, (f) => statStamp(join(root, f)));
  const sources = new SourceSet(root, list, new Map(), undefined, memo);
  const docs = list.map((f) => sources.yaml(f)?.docs.map((d) => [d.value, d.at, d.loc(['data', 'k'])]));
  const facts = list.map((f) =>
    sources.fact(f, {
      name: 'length',
      compute: (text) => {
        counted.computed++;
        return text.length;
      },
    }),
  );
  memo.save(list);
  return { docs, facts, filesRead: sources.filesRead };
}

describe('per-file cache', () => {
  it('answers unchanged files from the store, without reading or parsing them, with the same documents and facts', () => {
    const { root, list, store } = setup('unchanged');
    const counted = { computed: 0 };
    const cold = run(root, list, store, later(), counted);
    expect(counted.computed).toBe(2);
    const warm = run(root, list, store, later(), counted);
    expect(counted.computed).toBe(2);
    expect(warm.docs).toEqual(cold.docs);
    expect(warm.facts).toEqual(cold.facts);
    // Files answered by the store still count as scanned: the report does not depend on the cache.
    expect(warm.filesRead).toBe(cold.filesRead);
  });

  it('rewrites only the shards whose files changed', () => {
    const { root, list, store } = setup('shards');
    const counted = { computed: 0 };
    run(root, list, store, later(), counted);
    const written = () => Object.fromEntries(readdirSync(store).map((f) => [f, statSync(join(store, f)).mtimeMs]));
    const first = written();
    expect(Object.keys(first)).toHaveLength(2);
    run(root, list, store, later(), counted);
    expect(written()).toEqual(first);
    writeFileSync(join(root, 'app.yaml'), 'a: 1\n');
    run(root, list, store, later(), counted);
    const changed = Object.entries(written()).filter(([f, mtime]) => first[f] !== mtime);
    expect(changed).toHaveLength(1);
  });

  it('reads a file again when its content changes, even when size and mtime are kept', () => {
    const { root, list, store } = setup('edited');
    const counted = { computed: 0 };
    run(root, list, store, later(), counted);
    const file = join(root, 'app.yaml');
    const before = statSync(file);
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  k: w\n');
    utimesSync(file, before.atime, before.mtime);
    const after = run(root, list, store, later(), counted);
    expect(counted.computed).toBe(3);
    expect(after.docs[0]).toEqual([[{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' }, data: { k: 'w' } }, { file: 'app.yaml', line: 1, column: 1 }, { file: 'app.yaml', line: 6, column: 6 }]]);
  });

  it('checks by content a file stored by a run that started within the clock resolution of its change', () => {
    const { root, list, store } = setup('racy');
    const counted = { computed: 0 };
    run(root, list, store, Date.now(), counted);
    // Same content: hashed again, found equal, its facts kept.
    run(root, list, store, later(), counted);
    expect(counted.computed).toBe(2);
  });

  it('starts afresh from a store of other code, or a damaged one', () => {
    const { root, list, store } = setup('other-code');
    const counted = { computed: 0 };
    run(root, list, store, later(), counted);
    const memo = new FileMemo(store, 'code-2', later(), (f) => statStamp(join(root, f)));
    const sources = new SourceSet(root, list, new Map(), undefined, memo);
    sources.fact('app.yaml', { name: 'length', compute: (t) => (counted.computed++, t.length) });
    expect(counted.computed).toBe(3);
    for (const shard of readdirSync(store)) writeFileSync(join(store, shard), 'not a store');
    expect(() => run(root, list, store, later(), counted)).not.toThrow();
    expect(counted.computed).toBe(5);
  });

  it('stores Kubernetes objects with their positions packed, and gives them back as they were (key order included)', () => {
    const at = (line: number, column: number, file = 'm.yaml') => ({ file, line, column });
    const objects: K8sObject[] = [
      {
        apiVersion: 'helm.cattle.io/v1',
        kind: 'HelmChart',
        name: 'cilium',
        namespace: 'kube-system',
        labels: { a: 'b' },
        images: [{ image: 'quay.io/cilium/cilium:{{ v }}', repository: 'cilium/cilium', tag: '1.16.0', at: at(9, 14), tagAt: at(3, 10, 'group_vars/all.yml') }],
        at: at(1, 1),
        kindAt: at(2, 1),
        chart: { name: 'cilium', version: '1.16.0', at: at(7, 10), versionAt: at(8, 12) },
      },
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'x', labels: {}, images: [], at: at(12, 1), kindAt: at(13, 1) },
    ];
    const packed = packObjects('m.yaml', objects);
    expect(JSON.stringify(packed)).not.toContain('"m.yaml"');
    expect(JSON.stringify(unpackObjects('m.yaml', packed))).toBe(JSON.stringify(objects));
  });

  it('gives back the positions of documents whose shard was rewritten while they were not asked', () => {
    const { root, list, store } = setup('trees-kept');
    const counted = { computed: 0 };
    const cold = run(root, list, store, later(), counted);
    // A run that asks no position, in which every shard is rewritten (a fact added to every file).
    const memo = new FileMemo(store, KEY, later(), (f) => statStamp(join(root, f)));
    const sources = new SourceSet(root, list, new Map(), undefined, memo);
    for (const f of list) sources.fact(f, { name: 'other', compute: () => 0 });
    memo.save(list);
    const warm = run(root, list, store, later(), counted);
    expect(warm.docs).toEqual(cold.docs);
    expect(counted.computed).toBe(2);
  });

  it('keeps equal facts of many files once per shard, and a fact added to one file stays its own', () => {
    const root = join(tmp, 'shared-facts');
    mkdirSync(root, { recursive: true });
    // 40 files over 32 shards: some shards hold several.
    const list = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}.yaml`);
    for (const f of list) writeFileSync(join(root, f), 'a: 1\n');
    const store = join(tmp, 'shared-facts.facts');
    const counted = { computed: 0 };
    run(root, list, store, later(), counted);
    const shards = readdirSync(store).map((f) => deserialize(readFileSync(join(store, f))) as { paths: string; table: unknown[] });
    const stored = shards.reduce((n, s) => n + s.paths.split('\0').length, 0);
    expect(stored).toBe(40);
    expect(shards.reduce((n, s) => n + s.table.length, 0)).toBe(shards.length);
    const memo = new FileMemo(store, KEY, later(), (f) => statStamp(join(root, f)));
    new SourceSet(root, list, new Map(), undefined, memo).fact(list[0], { name: 'first', compute: () => true });
    memo.save(list);
    let asked = 0;
    const sources = new SourceSet(root, list, new Map(), undefined, new FileMemo(store, KEY, later(), (f) => statStamp(join(root, f))));
    expect(list.map((f) => sources.fact(f, { name: 'first', compute: () => (asked++, false) }))).toEqual([true, ...list.slice(1).map(() => false)]);
    expect(asked).toBe(39);
  });

  // Shards of the right code that cannot be trusted: each means a normal run (files read again), never a failure.
  it.each([
    ['damaged position trees', (s: Record<string, unknown>) => ({ ...s, trees: Buffer.from((s.trees as Uint8Array).map((b) => b ^ 0xff)) })],
    ['columns of other lengths', (s: Record<string, unknown>) => ({ ...s, verified: new Float64Array(0) })],
    ['trees out of bounds', (s: Record<string, unknown>) => ({ ...s, yaml: (s.yaml as unknown[]).map((y) => (Array.isArray(y) ? [y[0], y[1], 0, 1e9] : y)) })],
    ['facts out of the table', (s: Record<string, unknown>) => ({ ...s, facts: new Int32Array((s.facts as Int32Array).length).fill(99) })],
    ['documents of another shape', (s: Record<string, unknown>) => ({ ...s, yaml: (s.yaml as unknown[]).map((y) => (Array.isArray(y) ? [[7], ...y.slice(1)] : y)) })],
    ['objects of another shape', (s: Record<string, unknown>) => ({ ...s, manifest: (s.manifest as unknown[]).map(() => ({ objects: 7 })) })],
    ['another shape', (s: Record<string, unknown>) => ({ key: s.key, files: {} })],
  ])('reads %s as an empty shard', (name, damage) => {
    const { root, list, store } = setup(`bad-${name.replaceAll(' ', '-')}`);
    const counted = { computed: 0 };
    const cold = run(root, list, store, later(), counted);
    for (const f of readdirSync(store)) writeFileSync(join(store, f), serialize(damage(deserialize(readFileSync(join(store, f))))));
    const again = run(root, list, store, later(), counted);
    expect(again.docs).toEqual(cold.docs);
    expect(counted.computed).toBe(4);
  });
});
