// One parsed YAML document as the readers see it: its data and where each of its nodes
// starts (pos-tree.ts), without the parser's node tree. Plain data throughout: the per-file
// cache stores it as is, and both parsers (yaml-file.ts, yaml-quick.ts) make it.
import type { Loc, PathSegment } from '../types.js';
import { columnOf, isStringNode, packPos, itemsOf, lineOf, pairOf, pairsOf, startOf, type Pos, type PosNode } from './pos-tree.js';

export type { PathSegment };

export interface ParseProblem {
  at: Loc;
  message: string;
}

/** A document as a store keeps it: its index, data, start and position tree. */
export type StoredDoc = [index: number, value: unknown, at: Pos, tree: PosNode | null];

/** A document's position tree, or how to compute it when a position is first asked (yaml-file.ts). */
export type Positions = PosNode | null | (() => PosNode | null);

/** The position tree of the k-th document a parse keeps, computed when first asked. */
export type TreesLater = (k: number) => () => PosNode | null;

export interface YamlFile {
  path: string;
  docs: YamlDoc[];
  problems: ParseProblem[];
}

/** One document: its data, where it starts, and where each of its nodes starts. */
export class YamlDoc {
  constructor(
    readonly file: string,
    readonly index: number,
    /** The document as plain data (aliases expanded up to MAX_ALIASES). */
    readonly value: unknown,
    /** Where the document's content starts. */
    readonly at: Loc,
    private positions: Positions,
  ) {}

  private get tree(): PosNode | null {
    if (typeof this.positions === 'function') this.positions = this.positions();
    return this.positions;
  }

  /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
  loc(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Loc {
    let node = this.tree;
    let best = this.at;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      let pair: { keyAt: Pos; value: PosNode | null } | undefined;
      let next: PosNode | null | undefined;
      const items = itemsOf(node);
      if (items === undefined && pairsOf(node) !== undefined) {
        pair = pairOf(node, seg);
        next = pair?.value;
      } else if (items !== undefined && typeof seg === 'number') {
        next = items[seg];
      } else {
        return best;
      }
      if (i === path.length - 1 && part === 'key' && pair) return this.locOf(pair.keyAt);
      if (next !== null && next !== undefined) best = this.locOf(startOf(next));
      else if (pair) best = this.locOf(pair.keyAt);
      else return best;
      node = next ?? null;
    }
    return best;
  }

  /** The node at `path`, if it exists. */
  private nodeAt(path: readonly PathSegment[]): PosNode | null | undefined {
    let node: PosNode | null | undefined = this.tree;
    for (const seg of path) {
      const items = itemsOf(node);
      if (items !== undefined) node = typeof seg === 'number' ? items[seg] : undefined;
      else if (pairsOf(node) !== undefined) node = pairOf(node, seg)?.value;
      else return undefined;
    }
    return node;
  }

  /** Every `image:` scalar under `path` (default: the whole document), with its position. */
  imageScalars(path: readonly PathSegment[] = []): { value: string; at: Loc }[] {
    const out: { value: string; at: Loc }[] = [];
    const walk = (node: PosNode | null | undefined, value: unknown, depth: number): void => {
      if (depth > 64 || node === null || node === undefined) return;
      const pairs = pairsOf(node);
      if (pairs) {
        for (const pair of pairs) {
          const child = valueAt(value, pair.key);
          if (pair.key === 'image' && isStringNode(pair.value) && typeof child === 'string') out.push({ value: child, at: this.locOf(startOf(pair.value!)) });
          else walk(pair.value, child, depth + 1);
        }
      } else itemsOf(node)?.forEach((item, i) => walk(item, Array.isArray(value) ? value[i] : undefined, depth + 1));
    };
    walk(this.nodeAt(path), valueAtPath(this.value, path), 0);
    return out;
  }

  /** The document as plain data a store keeps (file-facts.ts). */
  stored(): StoredDoc {
    return [this.index, this.value, packPos(this.at.line, this.at.column), this.tree];
  }

  private locOf(pos: Pos): Loc {
    return { file: this.file, line: lineOf(pos), column: columnOf(pos) };
  }
}

/** The child of plain data `value` under a mapping key or sequence index. */
function valueAt(value: unknown, key: unknown): unknown {
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[String(key)] : undefined;
}

const valueAtPath = (value: unknown, path: readonly PathSegment[]): unknown => path.reduce<unknown>(valueAt, value);
