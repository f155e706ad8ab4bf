// One parsed YAML document as the readers see it: its data and where each of its nodes
// starts (pos-tree.ts), without the parser's node tree. Plain data throughout: the per-file
// cache stores it as is, and both parsers (yaml-file.ts, yaml-quick.ts) make it.
import type { Loc, PathSegment } from '../types.js';
import type { Pos, PosNode, PosPair } from './pos-tree.js';

export type { PathSegment };

export interface ParseProblem {
  at: Loc;
  message: string;
}

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
    private readonly tree: PosNode | null,
  ) {}

  /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
  loc(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Loc {
    let node = this.tree;
    let best = this.at;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      let pair: PosPair | undefined;
      let next: PosNode | null | undefined;
      if (node?.pairs) {
        pair = node.pairs.find((p) => p.key !== undefined && p.key.value === seg);
        next = pair?.value;
      } else if (node?.items && typeof seg === 'number') {
        next = node.items[seg];
      } else {
        return best;
      }
      const last = i === path.length - 1;
      if (last && part === 'key' && pair?.key?.at) return this.locOf(pair.key.at);
      if (next) best = this.locOf(next.at);
      else if (pair?.key?.at) best = this.locOf(pair.key.at);
      else return best;
      node = next ?? null;
    }
    return best;
  }

  /** The node at `path`, if it exists. */
  private nodeAt(path: readonly PathSegment[]): PosNode | null | undefined {
    let node: PosNode | null | undefined = this.tree;
    for (const seg of path) {
      if (node?.pairs) node = node.pairs.find((p) => p.key !== undefined && p.key.value === seg)?.value;
      else if (node?.items && typeof seg === 'number') node = node.items[seg];
      else return undefined;
    }
    return node;
  }

  /** Every `image:` scalar under `path` (default: the whole document), with its position. */
  imageScalars(path: readonly PathSegment[] = []): { value: string; at: Loc }[] {
    const out: { value: string; at: Loc }[] = [];
    const walk = (node: PosNode | null | undefined, value: unknown, depth: number): void => {
      if (depth > 64 || !node) return;
      if (node.pairs) {
        for (const pair of node.pairs) {
          const key = pair.key?.value;
          const child = valueAt(value, key);
          if (key === 'image' && pair.value?.str && typeof child === 'string') out.push({ value: child, at: this.locOf(pair.value.at) });
          else walk(pair.value, child, depth + 1);
        }
      } else if (node.items) {
        node.items.forEach((item, i) => walk(item, Array.isArray(value) ? value[i] : undefined, depth + 1));
      }
    };
    walk(this.nodeAt(path), valueAtPath(this.value, path), 0);
    return out;
  }

  private locOf([line, column]: Pos): Loc {
    return { file: this.file, line, column };
  }
}

/** The child of plain data `value` under a mapping key or sequence index. */
function valueAt(value: unknown, key: unknown): unknown {
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[String(key)] : undefined;
}

const valueAtPath = (value: unknown, path: readonly PathSegment[]): unknown => path.reduce<unknown>(valueAt, value);
