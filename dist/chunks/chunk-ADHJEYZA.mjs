import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  MAX_YAML_BYTES
} from "./chunk-5WFGD45A.mjs";
import {
  require_dist
} from "./chunk-W6GCGJUD.mjs";
import {
  __toESM
} from "./chunk-ANQG4MEX.mjs";

// src/parse/yaml-file.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIASES = 1e3;
var MAX_YAML_DOCUMENTS = 1e4;
var MAX_INDENT = 1e3;
var TOO_DEEP = "nested too deeply to be read";
var MAX_WALK_DEPTH = 256;
var YamlDoc = class {
  constructor(file, index, doc, lines) {
    this.file = file;
    this.index = index;
    this.doc = doc;
    this.lines = lines;
  }
  file;
  index;
  doc;
  lines;
  cachedValue;
  evaluated = false;
  /** The document as plain data (aliases expanded up to MAX_ALIASES). */
  get value() {
    if (!this.evaluated) this.evaluate();
    return this.cachedValue;
  }
  /** Converts the document to plain data once; the reason when it cannot be (an alias bomb). */
  evaluate() {
    this.evaluated = true;
    try {
      this.cachedValue = this.doc.toJS({ maxAliasCount: MAX_ALIASES });
      return void 0;
    } catch (err) {
      this.cachedValue = null;
      return err instanceof ReferenceError && /alias/i.test(err.message) ? `its aliases expand to more than ${MAX_ALIASES} nodes (a YAML alias bomb?); not read` : `cannot be converted to data: ${firstLine(err.message ?? String(err))}`;
    }
  }
  /** Where the document starts. */
  get at() {
    const node = this.doc.contents;
    return this.offsetLoc(node?.range?.[0] ?? this.doc.range[0]);
  }
  /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
  loc(path, part = "value") {
    let node = this.doc.contents;
    let best = this.at;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      let pair;
      let next;
      if ((0, import_yaml.isMap)(node)) {
        pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) ? p.key.value === seg : false);
        next = pair?.value;
      } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
        next = node.items[seg];
      } else {
        return best;
      }
      const last = i === path.length - 1;
      if (last && part === "key" && pair && (0, import_yaml.isScalar)(pair.key) && pair.key.range) return this.offsetLoc(pair.key.range[0]);
      if (next && next.range) best = this.offsetLoc(next.range[0]);
      else if (pair && (0, import_yaml.isScalar)(pair.key) && pair.key.range) best = this.offsetLoc(pair.key.range[0]);
      else return best;
      node = next ?? null;
    }
    return best;
  }
  /** The node at `path`, if it exists. */
  nodeAt(path) {
    let node = this.doc.contents;
    for (const seg of path) {
      if ((0, import_yaml.isMap)(node)) node = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === seg)?.value;
      else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") node = node.items[seg];
      else return void 0;
    }
    return node;
  }
  /** Every `image:` scalar under `path` (default: the whole document), with its position. */
  imageScalars(path = []) {
    const out = [];
    const walk = (node, depth) => {
      if (depth > 64) return;
      if ((0, import_yaml.isMap)(node)) {
        for (const item of node.items) {
          if (!(0, import_yaml.isPair)(item)) continue;
          const key = (0, import_yaml.isScalar)(item.key) ? item.key.value : void 0;
          const val = item.value;
          if (key === "image" && (0, import_yaml.isScalar)(val) && typeof val.value === "string" && val.range) {
            out.push({ value: val.value, at: this.offsetLoc(val.range[0]) });
          } else walk(val, depth + 1);
        }
      } else if ((0, import_yaml.isSeq)(node)) {
        for (const item of node.items) walk(item, depth + 1);
      }
    };
    walk(this.nodeAt(path), 0);
    return out;
  }
  offsetLoc(offset) {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
};
function parseYaml(path, text, firstIndex = 0) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.length > MAX_YAML_BYTES) {
    return { path, docs: [], problems: [{ at: { file: path, line: 1, column: 1 }, message: `file is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB parse cap; not read` }] };
  }
  const refused = capProblem(path, text);
  if (refused) return { path, docs: [], problems: [refused] };
  const lines = new import_yaml.LineCounter();
  let parsed;
  try {
    parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: "error", merge: true });
  } catch (err) {
    return { path, docs: [], problems: [{ at: { file: path, line: 1, column: 1 }, message: `cannot be parsed: ${firstLine(err.message ?? String(err))}` }] };
  }
  if (!Array.isArray(parsed)) parsed = [];
  const problems = [];
  const docs = [];
  const mayHaveCollectionKeys = /[[{]|\?\s/.test(text);
  parsed.forEach((doc, index) => {
    const err = doc.errors[0];
    if (err) {
      const offset = firstLine(err.message) === TOO_DEEP ? doc.range[0] : err.pos?.[0] ?? 0;
      const { line, col } = lines.linePos(offset);
      problems.push({ at: { file: path, line, column: col }, message: `${firstLine(err.message)}; fix the syntax (nothing this file deploys was analysed)` });
      return;
    }
    if (doc.contents === null) return;
    const collectionKeyAt = mayHaveCollectionKeys ? firstRejectedPair(doc.contents, collectionKey) : void 0;
    if (collectionKeyAt !== void 0) {
      const { line, col } = lines.linePos(collectionKeyAt);
      problems.push({ at: { file: path, line, column: col }, message: 'a mapping key is itself a mapping or list (a value starting with "{{" must be quoted)' });
      return;
    }
    const duplicate = firstRejectedPair(doc.contents, duplicateKey);
    if (duplicate !== void 0) {
      const { line, col } = lines.linePos(duplicate);
      problems.push({ at: { file: path, line, column: col }, message: "Map keys must be unique" });
      return;
    }
    const yamlDoc = new YamlDoc(path, firstIndex + index, doc, lines);
    const unreadable = yamlDoc.evaluate();
    if (unreadable !== void 0) {
      problems.push({ at: yamlDoc.at, message: unreadable });
      return;
    }
    docs.push(yamlDoc);
  });
  return { path, docs, problems };
}
function capProblem(path, text) {
  let markers = 0;
  for (const _ of text.matchAll(/^---/gm)) {
    if (++markers > MAX_YAML_DOCUMENTS) {
      return { at: { file: path, line: 1, column: 1 }, message: `file holds more than ${MAX_YAML_DOCUMENTS} YAML documents, the parse cap; not read` };
    }
  }
  const deep = new RegExp(`^[ \\t]{${MAX_INDENT},}\\S`, "m").exec(text);
  if (!deep) return void 0;
  const line = text.slice(0, deep.index).split("\n").length;
  return { at: { file: path, line, column: 1 }, message: `indented by ${MAX_INDENT} columns or more: ${TOO_DEEP}` };
}
function firstRejectedPair(node, checkOf, depth = 0) {
  if (depth > MAX_WALK_DEPTH) return void 0;
  if ((0, import_yaml.isMap)(node)) {
    const check = checkOf();
    for (const pair of node.items) {
      const rejected = check(pair) ?? firstRejectedPair(pair.value, checkOf, depth + 1);
      if (rejected !== void 0) return rejected;
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items) {
      const rejected = firstRejectedPair(item, checkOf, depth + 1);
      if (rejected !== void 0) return rejected;
    }
  }
  return void 0;
}
var collectionKey = () => (pair) => (0, import_yaml.isMap)(pair.key) || (0, import_yaml.isSeq)(pair.key) ? pair.key.range?.[0] ?? 0 : void 0;
var duplicateKey = () => {
  const seen = /* @__PURE__ */ new Set();
  return (pair) => {
    if (!(0, import_yaml.isScalar)(pair.key)) return void 0;
    if (seen.has(pair.key.value)) return pair.key.range?.[0] ?? 0;
    seen.add(pair.key.value);
    return void 0;
  };
};
function firstLine(message) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return /Maximum call stack size exceeded/.test(first) ? TOO_DEEP : first;
}

export {
  MAX_ALIASES,
  MAX_YAML_DOCUMENTS,
  MAX_INDENT,
  YamlDoc,
  parseYaml,
  capProblem
};
