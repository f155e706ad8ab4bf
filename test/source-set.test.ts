// The parse layer's memory: what the source set takes from a text as it reads it, so that a
// late question does not read the file again; positions computed only when asked, alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRD_SPECS, readCrds } from '../src/argocd/crd-scope.js';
import { KEEP_TEXT_BELOW } from '../src/parse/read-source.js';
import { SourceSet } from '../src/parse/source-set.js';
import { parseYaml, type PathSegment } from '../src/parse/yaml-file.js';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = join(tmp, name);
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const lineCount = { name: 'lines', compute: (text: string): number => text.split('\n').length };

describe('facts taken as a text is read', () => {
  it('answers a late question about a long text (not kept) from its first read, without reading the file again', () => {
    const long = `# long\n${'x: 1\n'.repeat(Math.ceil(KEEP_TEXT_BELOW / 5))}`;
    const root = tree('long', { 'big.yaml': long, 'small.yaml': 'a: 1\nb: 2\n' });
    const sources = new SourceSet(root, ['big.yaml', 'small.yaml'], undefined, undefined, undefined, [lineCount]);
    expect(sources.text('big.yaml')).toBe(long);
    expect(sources.text('small.yaml')).toBe('a: 1\nb: 2\n');
    // Changed on disk after the read: a second read would see it.
    writeFileSync(join(root, 'big.yaml'), 'changed\n');
    let computed = 0;
    const count = (text: string) => (computed++, text.split('\n').length);
    expect(sources.fact('big.yaml', { name: 'lines', compute: count })).toBe(long.split('\n').length);
    expect(sources.fact('small.yaml', { name: 'lines', compute: count })).toBe(3);
    expect(computed).toBe(0);
    // Another fact of the long text reads it again: it was not kept.
    expect(sources.fact('big.yaml', { name: 'first-line', compute: (text) => text.split('\n')[0] })).toBe('changed');
  });

  it('takes them from a text first read for another fact, and not from a file that cannot be read', () => {
    const root = tree('other', { 'a.yaml': 'a: 1\n', 'bad.yaml': Buffer.from('x: \xff\n', 'latin1') });
    const sources = new SourceSet(root, ['a.yaml', 'bad.yaml'], undefined, undefined, undefined, [lineCount]);
    expect(sources.fact('a.yaml', { name: 'empty', compute: (text) => text === '' })).toBe(false);
    expect(sources.fact('a.yaml', { name: 'lines', compute: () => -1 })).toBe(2);
    expect(sources.fact('bad.yaml', { name: 'lines', compute: () => -1 })).toBeUndefined();
  });
});

const described = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_key, v: unknown) => (typeof v === 'symbol' ? String(v) : v)));

describe('positions computed when first asked', () => {
  const texts: Record<string, string> = {
    // Plain YAML: js-yaml's reader, two documents.
    plain: 'a:\n  b: [1, 2]\n  c:\n    - d: x\n      image: nginx:1.25\n---\nkind: K\nlist:\n  - 1\n  - two\n',
    // An anchor: the `yaml` library's parse.
    full: 'base: &b\n  x: 1\nother:\n  <<: *b\n  y: 2\nseq:\n  - image: a:1\n',
  };
  const paths: PathSegment[][] = [[], ['a'], ['a', 'b', 1], ['a', 'c', 0, 'd'], ['kind'], ['list', 1], ['other', 'y'], ['seq', 0, 'image'], ['missing', 'deeper']];

  for (const [name, text] of Object.entries(texts)) {
    it(`places every node of a ${name} text as the parse with positions does`, () => {
      const now = parseYaml(`${name}.yaml`, text);
      const later = parseYaml(`${name}.yaml`, text, 0, 'later');
      expect(later.docs.map((d) => d.value)).toEqual(now.docs.map((d) => d.value));
      later.docs.forEach((doc, i) => {
        for (const path of paths) {
          expect(doc.loc(path)).toEqual(now.docs[i].loc(path));
          expect(doc.loc(path, 'key')).toEqual(now.docs[i].loc(path, 'key'));
        }
        expect(doc.imageScalars()).toEqual(now.docs[i].imageScalars());
        // The same trees (a merge key is a symbol of its own in each parse).
        expect(described(doc.stored())).toEqual(described(now.docs[i].stored()));
      });
    });
  }

  it('places the nodes of a text longer than the reused frames of the fast reader', () => {
    const items = 70_000;
    const text = Array.from({ length: items }, (_, i) => `- item${i}`).join('\n') + '\n';
    const doc = parseYaml('long.yaml', text).docs[0];
    expect((doc.value as string[]).length).toBe(items);
    expect(doc.loc([items - 1])).toEqual({ file: 'long.yaml', line: items, column: 3 });
    // The next read reuses the frames: what the first read gave holds.
    expect(parseYaml('short.yaml', '- a\n- b\n').docs[0].loc([1])).toEqual({ file: 'short.yaml', line: 2, column: 3 });
    expect(doc.loc([0])).toEqual({ file: 'long.yaml', line: 1, column: 3 });
  });
});

describe('CRD specs taken as a text is read', () => {
  const crd = (kind: string, scope: string) =>
    `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${kind.toLowerCase()}s.example.com\nspec:\n  group: example.com\n  scope: ${scope}\n  names:\n    kind: ${kind}\n    plural: ${kind.toLowerCase()}s\n`;
  const padding = `# ${'x'.repeat(100)}\n`.repeat(Math.ceil(KEEP_TEXT_BELOW / 100));
  const text = `${padding}${crd('Widget', 'Namespaced')}---\n# comment\n${crd('Gadget', 'Cluster')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n`;

  it('gives readCrds the specs of a long CRD file without reading it again, as its own reading does', () => {
    const root = tree('crds', { 'crds.yaml': text });
    const expected = (() => {
      const sources = new SourceSet(root, ['crds.yaml']);
      return readCrds(sources, sources.manifestObjects('crds.yaml')!.objects);
    })();
    expect(expected.map((c) => [c.kind, c.scope])).toEqual([['Widget', 'Namespaced'], ['Gadget', 'Cluster']]);
    const sources = new SourceSet(root, ['crds.yaml'], undefined, undefined, undefined, [CRD_SPECS]);
    const objects = sources.manifestObjects('crds.yaml')!.objects;
    writeFileSync(join(root, 'crds.yaml'), text.replace(/Cluster/g, 'Namespaced'));
    expect(readCrds(sources, objects)).toEqual(expected);
  });
});
