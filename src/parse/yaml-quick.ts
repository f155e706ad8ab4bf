// The fast path of parseYaml: plain YAML (most kustomizations, Applications, values
// files) read by js-yaml's positioned frames into the same documents the full parse
// makes. Undefined for anything js-yaml and the `yaml` library might read apart: the
// frames' own refusals (js-yaml-frames.ts), folded scalars, keys that are not strings,
// numbers not written in plain decimal (`1_000`, `0b1`), empty values, empty or null
// documents.
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

/** Scalars both parsers type alike: string keys, no folded block, numbers in plain decimal. */
function readsAlike(text: string, frame: Frame): boolean {
  if (frame.kind === 'mapping') {
    for (let i = 0; i < frame.children.length; i += 2) if (typeof frame.children[i].result !== 'string') return false;
  } else if (frame.kind !== 'sequence') {
    const from = start(text, frame.open);
    // An empty value: the full parse places it after its key's colon, js-yaml at the next node.
    if (frame.result === null && !NULL.test(text.slice(from, frame.close))) return false;
    if (text[from] === '>') return false;
    if (typeof frame.result === 'number' && !DECIMAL.test(scalarText(text, from, frame.close))) return false;
    return true;
  }
  return frame.children.every((child) => readsAlike(text, child));
}

/** A one-line plain scalar's text, without a trailing comment. */
const scalarText = (text: string, from: number, close: number): string => text.slice(from, close).replace(/\s+#.*$/s, '').trim();

/** The tree of a js-yaml frame that `plain` accepted (every mapping key is a scalar). */
function posTreeOfFrame(text: string, frame: Frame, lines: LineCounter): PosNode {
  const p = posOf(lines, start(text, frame.open));
  if (frame.kind === 'mapping') {
    const m: unknown[] = [];
    for (let i = 0; i + 1 < frame.children.length; i += 2) {
      const key = frame.children[i];
      m.push(key.result, posOf(lines, start(text, key.open)), posTreeOfFrame(text, frame.children[i + 1], lines));
    }
    return { p, m };
  }
  if (frame.kind === 'sequence') return { p, s: frame.children.map((child) => posTreeOfFrame(text, child, lines)) };
  return typeof frame.result === 'string' ? -p : p;
}
