// YAML parsed once, with positions: every document keeps its node tree and a
// line counter so any node a finding points at becomes a file:line:column.
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, isPair, type Document, type Node, type Pair } from 'yaml';
import type { Loc, PathSegment } from '../types.js';
import { MAX_YAML_BYTES } from './read-source.js';

/** Caps that keep hostile input bounded (documented in the README's Safety section). */
export const MAX_ALIASES = 1000;
/** Tiny documents cost the parser far more than their bytes: a file with more of them is not parsed. */
export const MAX_YAML_DOCUMENTS = 10_000;
/**
 * The parser recurses per nesting level, so how deep it gets before the stack runs out
 * depends on the machine: deeper indentation than this is refused on every machine alike.
 */
export const MAX_INDENT = 1000;
const TOO_DEEP = 'nested too deeply to be read';
/** Nesting deeper than this is not walked (duplicate-key and collection-key checks). */
const MAX_WALK_DEPTH = 256;

export type { PathSegment };

export interface ParseProblem {
  at: Loc;
  message: string;
}

export class YamlDoc {
  private cachedValue: unknown;
  private evaluated = false;

  constructor(
    readonly file: string,
    readonly index: number,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** The document as plain data (aliases expanded up to MAX_ALIASES). */
  get value(): unknown {
    if (!this.evaluated) this.evaluate();
    return this.cachedValue;
  }

  /** Converts the document to plain data once; the reason when it cannot be (an alias bomb). */
  evaluate(): string | undefined {
    this.evaluated = true;
    try {
      this.cachedValue = this.doc.toJS({ maxAliasCount: MAX_ALIASES });
      return undefined;
    } catch (err) {
      this.cachedValue = null;
      // The yaml library throws a ReferenceError when expanding aliases would exceed maxAliasCount.
      return err instanceof ReferenceError && /alias/i.test(err.message)
        ? `its aliases expand to more than ${MAX_ALIASES} nodes (a YAML alias bomb?); not read`
        : `cannot be converted to data: ${firstLine((err as Error).message ?? String(err))}`;
    }
  }

  /** Where the document starts. */
  get at(): Loc {
    const node = this.doc.contents as Node | null;
    return this.offsetLoc(node?.range?.[0] ?? this.doc.range[0]);
  }

  /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
  loc(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Loc {
    let node = this.doc.contents as Node | null;
    let best = this.at;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      let pair: Pair | undefined;
      let next: Node | null | undefined;
      if (isMap(node)) {
        pair = node.items.find((p) => isScalar(p.key) ? p.key.value === seg : false) as Pair | undefined;
        next = pair?.value as Node | null | undefined;
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg] as Node | undefined;
      } else {
        return best;
      }
      const last = i === path.length - 1;
      if (last && part === 'key' && pair && isScalar(pair.key) && pair.key.range) return this.offsetLoc(pair.key.range[0]);
      if (next && (next as Node).range) best = this.offsetLoc((next as Node).range![0]);
      else if (pair && isScalar(pair.key) && pair.key.range) best = this.offsetLoc(pair.key.range[0]);
      else return best;
      node = next ?? null;
    }
    return best;
  }

  /** The node at `path`, if it exists. */
  private nodeAt(path: readonly PathSegment[]): unknown {
    let node: unknown = this.doc.contents;
    for (const seg of path) {
      if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && p.key.value === seg)?.value;
      else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
      else return undefined;
    }
    return node;
  }

  /** Every `image:` scalar under `path` (default: the whole document), with its position. */
  imageScalars(path: readonly PathSegment[] = []): { value: string; at: Loc }[] {
    const out: { value: string; at: Loc }[] = [];
    const walk = (node: unknown, depth: number): void => {
      if (depth > 64) return;
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item)) continue;
          const key = isScalar(item.key) ? item.key.value : undefined;
          const val = item.value;
          if (key === 'image' && isScalar(val) && typeof val.value === 'string' && val.range) {
            out.push({ value: val.value, at: this.offsetLoc(val.range[0]) });
          } else walk(val, depth + 1);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) walk(item, depth + 1);
      }
    };
    walk(this.nodeAt(path), 0);
    return out;
  }

  offsetLoc(offset: number): Loc {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

export interface YamlFile {
  path: string;
  docs: YamlDoc[];
  problems: ParseProblem[];
}

/**
 * Parses text that is meant to be YAML. Never throws: problems are returned with their position.
 * `firstIndex` numbers the documents of one of several texts rendered from the same file.
 */
export function parseYaml(path: string, text: string, firstIndex = 0): YamlFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_YAML_BYTES) {
    return { path, docs: [], problems: [{ at: { file: path, line: 1, column: 1 }, message: `file is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB parse cap; not read` }] };
  }
  const refused = capProblem(path, text);
  if (refused) return { path, docs: [], problems: [refused] };
  const lines = new LineCounter();
  let parsed: Document.Parsed[];
  try {
    // uniqueKeys is checked below in linear time: the library's own check is quadratic in the keys of a map.
    // merge: `<<` merge keys are applied, as Kubernetes (YAML 1.1 in sigs.k8s.io/yaml), kustomize and Ansible do.
    parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error', merge: true }) as Document.Parsed[];
  } catch (err) {
    return { path, docs: [], problems: [{ at: { file: path, line: 1, column: 1 }, message: `cannot be parsed: ${firstLine((err as Error).message ?? String(err))}` }] };
  }
  if (!Array.isArray(parsed)) parsed = [];
  const problems: ParseProblem[] = [];
  const docs: YamlDoc[] = [];
  // Collection keys are flow collections (`{{ }}` unquoted, `[a, b]: c`) or explicit `? ` keys; other files need no walk.
  const mayHaveCollectionKeys = /[[{]|\?\s/.test(text);
  parsed.forEach((doc, index) => {
    const err = doc.errors[0];
    if (err) {
      // Where the stack ran out depends on the machine: report the document's start instead.
      const offset = firstLine(err.message) === TOO_DEEP ? doc.range[0] : err.pos?.[0] ?? 0;
      const { line, col } = lines.linePos(offset);
      problems.push({ at: { file: path, line, column: col }, message: `${firstLine(err.message)}; fix the syntax (nothing this file deploys was analysed)` });
      return;
    }
    if (doc.contents === null) return;
    const collectionKeyAt = mayHaveCollectionKeys ? firstRejectedPair(doc.contents, collectionKey) : undefined;
    if (collectionKeyAt !== undefined) {
      const { line, col } = lines.linePos(collectionKeyAt);
      problems.push({ at: { file: path, line, column: col }, message: 'a mapping key is itself a mapping or list (a value starting with "{{" must be quoted)' });
      return;
    }
    const duplicate = firstRejectedPair(doc.contents, duplicateKey);
    if (duplicate !== undefined) {
      const { line, col } = lines.linePos(duplicate);
      problems.push({ at: { file: path, line, column: col }, message: 'Map keys must be unique' });
      return;
    }
    const yamlDoc = new YamlDoc(path, firstIndex + index, doc, lines);
    const unreadable = yamlDoc.evaluate();
    if (unreadable !== undefined) {
      problems.push({ at: yamlDoc.at, message: unreadable });
      return;
    }
    docs.push(yamlDoc);
  });
  return { path, docs, problems };
}

/** Why the parse refuses a text outright: too many documents, or nesting too deep. */
export function capProblem(path: string, text: string): ParseProblem | undefined {
  let markers = 0;
  for (const _ of text.matchAll(/^---/gm)) {
    if (++markers > MAX_YAML_DOCUMENTS) {
      return { at: { file: path, line: 1, column: 1 }, message: `file holds more than ${MAX_YAML_DOCUMENTS} YAML documents, the parse cap; not read` };
    }
  }
  const deep = new RegExp(`^[ \\t]{${MAX_INDENT},}\\S`, 'm').exec(text);
  if (!deep) return undefined;
  const line = text.slice(0, deep.index).split('\n').length;
  return { at: { file: path, line, column: 1 }, message: `indented by ${MAX_INDENT} columns or more: ${TOO_DEEP}` };
}

/**
 * Offset of the first pair, in document order, that a mapping's check rejects;
 * `checkOf` makes one check per mapping (so it can remember that mapping's keys).
 */
function firstRejectedPair(node: unknown, checkOf: () => (pair: Pair) => number | undefined, depth = 0): number | undefined {
  if (depth > MAX_WALK_DEPTH) return undefined;
  if (isMap(node)) {
    const check = checkOf();
    for (const pair of node.items) {
      const rejected = check(pair) ?? firstRejectedPair(pair.value, checkOf, depth + 1);
      if (rejected !== undefined) return rejected;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const rejected = firstRejectedPair(item, checkOf, depth + 1);
      if (rejected !== undefined) return rejected;
    }
  }
  return undefined;
}

/** A mapping key that is a collection: PyYAML, Go and Kubernetes all reject those. */
const collectionKey = () => (pair: Pair): number | undefined => (isMap(pair.key) || isSeq(pair.key) ? ((pair.key as Node).range?.[0] ?? 0) : undefined);

/** A scalar key repeated in its mapping (as the library's uniqueKeys, in linear time). */
const duplicateKey = () => {
  const seen = new Set<unknown>();
  return (pair: Pair): number | undefined => {
    if (!isScalar(pair.key)) return undefined;
    if (seen.has(pair.key.value)) return pair.key.range?.[0] ?? 0;
    seen.add(pair.key.value);
    return undefined;
  };
};

function firstLine(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  // The parser recurses per nesting level: a hostile depth exhausts the stack.
  return /Maximum call stack size exceeded/.test(first) ? TOO_DEEP : first;
}
