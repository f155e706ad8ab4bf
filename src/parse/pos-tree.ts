// Where each node of a parsed YAML document starts, as plain data: all that findings
// point at, kept without the parser's node tree (a fraction of its memory, and data the
// per-file cache can store). Built from the `yaml` library's nodes here, from js-yaml's
// frames in yaml-quick.ts.
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/** A position: line and column, 1-based. */
export type Pos = [line: number, column: number];

/**
 * A node: where it starts; for a mapping its pairs, for a sequence its items. `str` marks a
 * scalar whose value is a string (what an `image:` walk reads).
 */
export interface PosNode {
  at: Pos;
  pairs?: PosPair[];
  items?: (PosNode | null)[];
  str?: true;
}

/** A pair of a mapping: the key's value and start when the key is a scalar, and the value's node. */
export interface PosPair {
  key?: { value: unknown; at?: Pos };
  value: PosNode | null;
}

/** Nesting deeper than this keeps no positions below it (findings there point at the nearest ancestor kept). */
const MAX_DEPTH = 256;

/** The tree of a `yaml` library node. */
export function posTreeOfNode(node: unknown, lines: LineCounter, depth = 0): PosNode | null {
  const range = (node as Node | null)?.range;
  if (!range) return null;
  const out: PosNode = { at: posOf(lines, range[0]) };
  if (depth >= MAX_DEPTH) return out;
  if (isMap(node)) {
    out.pairs = node.items.map((pair) => {
      const key = pair.key;
      const keyRange = isScalar(key) ? key.range : undefined;
      return {
        ...(isScalar(key) ? { key: { value: key.value, ...(keyRange ? { at: posOf(lines, keyRange[0]) } : {}) } } : {}),
        value: isPair(pair) ? posTreeOfNode(pair.value, lines, depth + 1) : null,
      };
    });
  } else if (isSeq(node)) {
    out.items = node.items.map((item) => posTreeOfNode(item, lines, depth + 1));
  } else if (isScalar(node) && typeof node.value === 'string') {
    out.str = true;
  }
  return out;
}

export function posOf(lines: LineCounter, offset: number): Pos {
  const { line, col } = lines.linePos(offset);
  return [line, col];
}
