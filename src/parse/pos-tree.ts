// Where each node of a parsed YAML document starts, as plain data: all that findings
// point at, kept without the parser's node tree (a fraction of its memory, and data the
// per-file cache stores: compact, since a repository holds tens of thousands of them).
// Built from the `yaml` library's nodes here, from js-yaml's frames in yaml-quick.ts.
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/** A position, line and column packed in one number (columns below 2^21). */
export type Pos = number;
const COLUMNS = 2 ** 21;
export const packPos = (line: number, column: number): Pos => line * COLUMNS + Math.min(column, COLUMNS - 1);
export const lineOf = (pos: Pos): number => Math.floor(pos / COLUMNS);
export const columnOf = (pos: Pos): number => pos % COLUMNS;

/**
 * A node. A scalar or alias is its position, negated for a scalar whose value is a string
 * (what an `image:` walk reads). A mapping lists its pairs as triples (key, key position,
 * value node), the key position 0 for a key that is not a scalar; a sequence lists its items.
 */
export type PosNode = Pos | { p: Pos; m: unknown[] } | { p: Pos; s: (PosNode | null)[] };

/** Where a node starts. */
export const startOf = (node: PosNode): Pos => (typeof node === 'number' ? Math.abs(node) : node.p);

/** The value node of the first pair whose scalar key equals `key`, with the key's position; undefined when none. */
export function pairOf(node: PosNode | null | undefined, key: unknown): { keyAt: Pos; value: PosNode | null } | undefined {
  if (node === null || node === undefined || typeof node === 'number' || !('m' in node)) return undefined;
  const m = node.m;
  for (let i = 0; i < m.length; i += 3) if (m[i + 1] !== 0 && m[i] === key) return { keyAt: m[i + 1] as Pos, value: m[i + 2] as PosNode | null };
  return undefined;
}

/** The pairs of a mapping node (scalar keys only), or undefined. */
export function pairsOf(node: PosNode | null | undefined): { key: unknown; value: PosNode | null }[] | undefined {
  if (node === null || node === undefined || typeof node === 'number' || !('m' in node)) return undefined;
  const out: { key: unknown; value: PosNode | null }[] = [];
  for (let i = 0; i < node.m.length; i += 3) out.push({ key: node.m[i + 1] === 0 ? undefined : node.m[i], value: node.m[i + 2] as PosNode | null });
  return out;
}

/** The items of a sequence node, or undefined. */
export const itemsOf = (node: PosNode | null | undefined): (PosNode | null)[] | undefined =>
  node !== null && node !== undefined && typeof node !== 'number' && 's' in node ? node.s : undefined;

/** A scalar whose value is a string. */
export const isStringNode = (node: PosNode | null | undefined): boolean => typeof node === 'number' && node < 0;

/** Nesting deeper than this keeps no positions below it (findings there point at the nearest ancestor kept). */
const MAX_DEPTH = 256;

/** The tree of a `yaml` library node. */
export function posTreeOfNode(node: unknown, lines: LineCounter, depth = 0): PosNode | null {
  const range = (node as Node | null)?.range;
  if (!range) return null;
  const p = posOf(lines, range[0]);
  if (depth >= MAX_DEPTH) return p;
  if (isMap(node)) {
    const m: unknown[] = [];
    for (const pair of node.items) {
      const key = pair.key;
      const keyRange = isScalar(key) ? key.range : undefined;
      // A scalar key without a range cannot be pointed at: kept, at the mapping's own start.
      m.push(isScalar(key) ? key.value : undefined, isScalar(key) ? (keyRange ? posOf(lines, keyRange[0]) : p) : 0, isPair(pair) ? posTreeOfNode(pair.value, lines, depth + 1) : null);
    }
    return { p, m };
  }
  if (isSeq(node)) return { p, s: node.items.map((item) => posTreeOfNode(item, lines, depth + 1)) };
  return isScalar(node) && typeof node.value === 'string' ? -p : p;
}

export function posOf(lines: LineCounter, offset: number): Pos {
  const { line, col } = lines.linePos(offset);
  return packPos(line, col);
}
