// YAML parsed once, with positions, into documents of data and node positions
// (yaml-doc.ts): plain YAML by js-yaml's fast reader (yaml-quick.ts), the rest by the
// `yaml` library, which also words every syntax problem.
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, type Document, type Node, type Pair } from 'yaml';
import { posTreeOfNode, type PosNode } from './pos-tree.js';
import type { Loc } from '../types.js';
import { MAX_YAML_BYTES } from './read-source.js';
import { capProblem, TOO_DEEP } from './yaml-caps.js';
import { YamlDoc, type ParseProblem, type TreesLater, type YamlFile } from './yaml-doc.js';
import { quickYaml } from './yaml-quick.js';

export { capProblem, MAX_INDENT, MAX_YAML_DOCUMENTS } from './yaml-caps.js';
export { YamlDoc, type ParseProblem, type PathSegment, type YamlFile } from './yaml-doc.js';

/** Caps that keep hostile input bounded (documented in the README's Safety section). */
export const MAX_ALIASES = 1000;
/** Nesting deeper than this is not walked (duplicate-key and collection-key checks). */
const MAX_WALK_DEPTH = 256;

/** The document as plain data (aliases expanded up to MAX_ALIASES); the reason when it cannot be (an alias bomb). */
function toData(doc: Document.Parsed): { data: unknown } | { unreadable: string } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (err) {
    // The yaml library throws a ReferenceError when expanding aliases would exceed maxAliasCount.
    return {
      unreadable:
        err instanceof ReferenceError && /alias/i.test(err.message)
          ? `its aliases expand to more than ${MAX_ALIASES} nodes (a YAML alias bomb?); not read`
          : `cannot be converted to data: ${firstLine((err as Error).message ?? String(err))}`,
    };
  }
}

/**
 * Parses text that is meant to be YAML. Never throws: problems are returned with their position.
 * `firstIndex` numbers the documents of one of several texts rendered from the same file.
 * `positions: 'later'`: where the documents' nodes start is computed when a position is first
 * asked, by parsing the text again. Most documents of a repository are never asked one, and
 * their position trees took more memory than their data; the caller keeps the text anyway.
 */
export function parseYaml(path: string, text: string, firstIndex = 0, positions: 'now' | 'later' = 'now'): YamlFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_YAML_BYTES) {
    return { path, docs: [], problems: [{ at: { file: path, line: 1, column: 1 }, message: `file is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB parse cap; not read` }] };
  }
  const refused = capProblem(path, text);
  if (refused) return { path, docs: [], problems: [refused] };
  const later = positions === 'later' ? treesLater(path, text, firstIndex) : undefined;
  return quickYaml(path, text, firstIndex, later) ?? parseFully(path, text, firstIndex, later);
}

/** Position trees of a text's documents: the text parsed again (the same documents, in the same order) when one is first asked. */
function treesLater(path: string, text: string, firstIndex: number): TreesLater {
  let trees: (PosNode | null)[] | undefined;
  return (k) => () => (trees ??= parseYaml(path, text, firstIndex).docs.map((doc) => doc.stored()[3]))[k] ?? null;
}

/** The `yaml` library's parse of a text within the caps (parseYaml's own path for what the fast reader leaves). */
export function parseFully(path: string, text: string, firstIndex = 0, later?: TreesLater): YamlFile {
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
    const contents = doc.contents as Node | null;
    const { line, col } = lines.linePos(contents?.range?.[0] ?? doc.range[0]);
    const at: Loc = { file: path, line, column: col };
    const value = toData(doc);
    if ('unreadable' in value) {
      problems.push({ at, message: value.unreadable });
      return;
    }
    docs.push(new YamlDoc(path, firstIndex + index, value.data, at, later ? later(docs.length) : posTreeOfNode(contents, lines)));
  });
  return { path, docs, problems };
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
