// The fast path of parseYaml: plain YAML (most kustomizations, Applications, values
// files, Ansible tasks) read by js-yaml's positioned frames into the same documents the
// full parse makes. Undefined for anything js-yaml and the `yaml` library might read
// apart: the frames' own refusals (js-yaml-frames.ts), folded scalars other than one
// evenly indented paragraph, keys that are not strings, numbers not written in plain
// decimal (`1_000`, `0b1`), empty values outside mappings, empty or null documents.
import type { Loc } from '../types.js';
import { plain, readFrames, start, type Frame } from './js-yaml-frames.js';
import { lineIndex } from './line-index.js';
import { posOf, type PosNode } from './pos-tree.js';
import { YamlDoc, type TreesLater, type YamlFile } from './yaml-doc.js';
import type { LineCounter } from 'yaml';

/** A null written as such (not an empty value). */
const NULL = /^(?:~|null|Null|NULL)\s*(?:#.*)?$/s;
const DECIMAL = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

/**
 * `text` (without a byte order mark) as parseYaml reads it, or undefined when only the full parse can say.
 * With `later`, the position trees are left to it.
 */
export function quickYaml(path: string, text: string, firstIndex: number, later?: TreesLater): YamlFile | undefined {
  const read = readFrames(path, text);
  if (!read) return undefined;
  const lines = lineIndex(text);
  const docs: YamlDoc[] = [];
  for (let i = 0; i < read.roots.length; i++) {
    const root = read.roots[i];
    const value = read.values[i];
    if (value === null || value === undefined || !plain(text, root) || !readsAlike(text, root)) return undefined;
    const { line, col } = lines.linePos(start(text, root.open));
    const at: Loc = { file: path, line, column: col };
    docs.push(new YamlDoc(path, firstIndex + i, value, at, later ? later(docs.length) : posTreeOfFrame(text, root, lines)));
  }
  return { path, docs, problems: [] };
}

/** Scalars both parsers type alike: string keys, folded blocks they fold alike, numbers in plain decimal, empty values only after a key. */
function readsAlike(text: string, frame: Frame, mappingValue = false): boolean {
  if (frame.kind === 'mapping') {
    for (let i = 0; i < frame.children.length; i += 2) {
      if (typeof frame.children[i].result !== 'string' || !readsAlike(text, frame.children[i + 1], true)) return false;
    }
    return true;
  }
  if (frame.kind === 'sequence') return frame.children.every((child) => readsAlike(text, child));
  const from = start(text, frame.open);
  if (isEmptyValue(text, frame)) return mappingValue && text[frame.open - 1] === ':';
  if (text[from] === '>') return foldsAlike(text.slice(from, frame.close));
  if (typeof frame.result === 'number' && !DECIMAL.test(scalarText(text, from, frame.close))) return false;
  return true;
}

/** A value left empty (`key:` and nothing), not a null written as such. */
const isEmptyValue = (text: string, frame: Frame): boolean => frame.result === null && !NULL.test(text.slice(start(text, frame.open), frame.close));

/**
 * Where the full parse places an empty value: after its key's colon and the spaces that
 * follow it on that line (js-yaml opens it right after the colon).
 */
function emptyValueStart(text: string, frame: Frame): number {
  let i = frame.open;
  while (text[i] === ' ') i++;
  return i;
}

/**
 * A folded block both parsers fold alike: a `>` header with at most a chomping indicator,
 * then lines at one indentation or empty. More-indented and whitespace-only lines fold by
 * finer rules, and an indentation indicator sets the indentation: the full parse reads those.
 */
function foldsAlike(block: string): boolean {
  if (block.includes('\r')) return false;
  const [header, ...lines] = block.split('\n');
  if (!/^>[-+]?[ ]*(?:#.*)?$/.test(header)) return false;
  // The block ends with the indentation of the line after it.
  if (/^ *$/.test(lines[lines.length - 1] ?? 'x')) lines.pop();
  let indent = -1;
  for (const line of lines) {
    if (line === '') continue;
    const n = line.length - line.trimStart().length;
    if (n === line.length || (indent >= 0 && n !== indent)) return false;
    indent = n;
  }
  return indent > 0;
}

/** A one-line plain scalar's text, without a trailing comment. */
const scalarText = (text: string, from: number, close: number): string => text.slice(from, close).replace(/\s+#.*$/s, '').trim();

/** The tree of a js-yaml frame that `plain` accepted (every mapping key is a scalar). */
function posTreeOfFrame(text: string, frame: Frame, lines: LineCounter): PosNode {
  const p = posOf(lines, start(text, frame.open));
  if (frame.kind === 'mapping') {
    const m: unknown[] = [];
    for (let i = 0; i + 1 < frame.children.length; i += 2) {
      const [key, value] = [frame.children[i], frame.children[i + 1]];
      const valueTree = isEmptyValue(text, value) ? posOf(lines, emptyValueStart(text, value)) : posTreeOfFrame(text, value, lines);
      m.push(key.result, posOf(lines, start(text, key.open)), valueTree);
    }
    return { p, m };
  }
  if (frame.kind === 'sequence') return { p, s: frame.children.map((child) => posTreeOfFrame(text, child, lines)) };
  return typeof frame.result === 'string' ? -p : p;
}
