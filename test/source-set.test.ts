// The source set's memory: what it keeps of each file, and what it takes from a text
// as it reads it so that a late question does not read the file again.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEEP_TEXT_BELOW } from '../src/parse/read-source.js';
import { SourceSet } from '../src/parse/source-set.js';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = join(tmp, name);
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const lineCount = (_path: string, text: string): number => text.split('\n').length;

describe('facts taken as a text is read', () => {
  it('answers a late question about a long text (not kept) from its first read, without reading the file again', () => {
    const long = `# long\n${'x: 1\n'.repeat(Math.ceil(KEEP_TEXT_BELOW / 5))}`;
    const root = tree('long', { 'big.yaml': long, 'small.yaml': 'a: 1\nb: 2\n' });
    const sources = new SourceSet(root, ['big.yaml', 'small.yaml'], undefined, undefined, undefined, { lines: lineCount });
    expect(sources.text('big.yaml')).toBe(long);
    expect(sources.text('small.yaml')).toBe('a: 1\nb: 2\n');
    // Changed on disk after the read: a second read would see it.
    writeFileSync(join(root, 'big.yaml'), 'changed\n');
    let computed = 0;
    const count = (text: string) => (computed++, text.split('\n').length);
    expect(sources.fact('big.yaml', 'lines', count)).toBe(long.split('\n').length);
    expect(sources.fact('small.yaml', 'lines', count)).toBe(3);
    expect(computed).toBe(0);
    // Another fact of the long text reads it again: it was not kept.
    expect(sources.fact('big.yaml', 'first-line', (text) => text.split('\n')[0])).toBe('changed');
  });

  it('takes them from a text first read for another fact, and not from a file that cannot be read', () => {
    const root = tree('other', { 'a.yaml': 'a: 1\n', 'bad.yaml': Buffer.from('x: \xff\n', 'latin1') });
    const sources = new SourceSet(root, ['a.yaml', 'bad.yaml'], undefined, undefined, undefined, { lines: lineCount });
    expect(sources.fact('a.yaml', 'empty', (text) => text === '')).toBe(false);
    expect(sources.fact('a.yaml', 'lines', () => -1)).toBe(2);
    expect(sources.fact('bad.yaml', 'lines', () => -1)).toBeUndefined();
  });
});
