// The per-file cache: a file whose stamp vouches for its content is neither read nor
// parsed again; any change of content (even one that keeps size and mtime) is seen.
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileMemo } from '../src/cache/file-memo.js';
import { SourceSet } from '../src/parse/source-set.js';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-memo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const KEY = 'code-1';
/** A run that started well after the files were written: their stamps vouch for them. */
const later = () => Date.now() + 10_000;

function setup(name: string) {
  const root = join(tmp, name);
  mkdirSync(root, { recursive: true });
  const files: Record<string, string> = {
    'app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n',
    'kustomization.yaml': 'resources:\n  - app.yaml\n',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return { root, list: Object.keys(files).sort(), store: join(tmp, `${name}.facts.v8`) };
}

/** One run over the files: every file parsed and one fact taken, then the store saved. */
function run(root: string, list: string[], store: string, startedMs: number, counted: { computed: number }) {
  const memo = FileMemo.load(store, KEY, root);
  const sources = new SourceSet(root, list, new Map(), undefined, memo);
  const docs = list.map((f) => sources.yaml(f)?.docs.map((d) => [d.value, d.at, d.loc(['data', 'k'])]));
  const facts = list.map((f) =>
    sources.fact(f, 'length', (text) => {
      counted.computed++;
      return text.length;
    }),
  );
  memo.save(store, KEY, startedMs, list);
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
    const memo = FileMemo.load(store, 'code-2', root);
    const sources = new SourceSet(root, list, new Map(), undefined, memo);
    sources.fact('app.yaml', 'length', (t) => (counted.computed++, t.length));
    expect(counted.computed).toBe(3);
    writeFileSync(store, 'not a store');
    expect(() => run(root, list, store, later(), counted)).not.toThrow();
    expect(counted.computed).toBe(5);
  });
});
