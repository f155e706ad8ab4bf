import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-W6GCGJUD.mjs";
import {
  MAX_YAML_BYTES,
  isRecord,
  parseImage
} from "./chunk-443EUCID.mjs";
import {
  CORE_SCHEMA,
  loadAll
} from "./chunk-LNTSDQED.mjs";
import {
  __toESM
} from "./chunk-ANQG4MEX.mjs";

// src/parse/yaml-file.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/parse/pos-tree.ts
var import_yaml = __toESM(require_dist(), 1);
var COLUMNS = 2 ** 21;
var packPos = (line, column) => line * COLUMNS + Math.min(column, COLUMNS - 1);
var lineOf = (pos) => Math.floor(pos / COLUMNS);
var columnOf = (pos) => pos % COLUMNS;
var startOf = (node) => typeof node === "number" ? Math.abs(node) : node.p;
function pairOf(node, key) {
  if (node === null || node === void 0 || typeof node === "number" || !("m" in node)) return void 0;
  const m = node.m;
  for (let i = 0; i < m.length; i += 3) if (m[i + 1] !== 0 && m[i] === key) return { keyAt: m[i + 1], value: m[i + 2] };
  return void 0;
}
function pairsOf(node) {
  if (node === null || node === void 0 || typeof node === "number" || !("m" in node)) return void 0;
  const out = [];
  for (let i = 0; i < node.m.length; i += 3) out.push({ key: node.m[i + 1] === 0 ? void 0 : node.m[i], value: node.m[i + 2] });
  return out;
}
var itemsOf = (node) => node !== null && node !== void 0 && typeof node !== "number" && "s" in node ? node.s : void 0;
var isStringNode = (node) => typeof node === "number" && node < 0;
var MAX_DEPTH = 256;
function posTreeOfNode(node, lines, depth = 0) {
  const range = node?.range;
  if (!range) return null;
  const p = posOf(lines, range[0]);
  if (depth >= MAX_DEPTH) return p;
  if ((0, import_yaml.isMap)(node)) {
    const m = [];
    for (const pair of node.items) {
      const key = pair.key;
      const keyRange = (0, import_yaml.isScalar)(key) ? key.range : void 0;
      m.push((0, import_yaml.isScalar)(key) ? key.value : void 0, (0, import_yaml.isScalar)(key) ? keyRange ? posOf(lines, keyRange[0]) : p : 0, (0, import_yaml.isPair)(pair) ? posTreeOfNode(pair.value, lines, depth + 1) : null);
    }
    return { p, m };
  }
  if ((0, import_yaml.isSeq)(node)) return { p, s: node.items.map((item) => posTreeOfNode(item, lines, depth + 1)) };
  return (0, import_yaml.isScalar)(node) && typeof node.value === "string" ? -p : p;
}
function posOf(lines, offset) {
  const { line, col } = lines.linePos(offset);
  return packPos(line, col);
}

// src/parse/yaml-caps.ts
var MAX_YAML_DOCUMENTS = 1e4;
var MAX_INDENT = 1e3;
var TOO_DEEP = "nested too deeply to be read";
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

// src/parse/yaml-doc.ts
var YamlDoc = class {
  constructor(file, index, value, at, positions) {
    this.file = file;
    this.index = index;
    this.value = value;
    this.at = at;
    this.positions = positions;
  }
  file;
  index;
  value;
  at;
  positions;
  get tree() {
    if (typeof this.positions === "function") this.positions = this.positions();
    return this.positions;
  }
  /** The location of the value at `path` (or of its key when `part` is 'key'); the nearest existing ancestor otherwise. */
  loc(path, part = "value") {
    let node = this.tree;
    let best = this.at;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      let pair;
      let next;
      const items = itemsOf(node);
      if (items === void 0 && pairsOf(node) !== void 0) {
        pair = pairOf(node, seg);
        next = pair?.value;
      } else if (items !== void 0 && typeof seg === "number") {
        next = items[seg];
      } else {
        return best;
      }
      if (i === path.length - 1 && part === "key" && pair) return this.locOf(pair.keyAt);
      if (next !== null && next !== void 0) best = this.locOf(startOf(next));
      else if (pair) best = this.locOf(pair.keyAt);
      else return best;
      node = next ?? null;
    }
    return best;
  }
  /** The node at `path`, if it exists. */
  nodeAt(path) {
    let node = this.tree;
    for (const seg of path) {
      const items = itemsOf(node);
      if (items !== void 0) node = typeof seg === "number" ? items[seg] : void 0;
      else if (pairsOf(node) !== void 0) node = pairOf(node, seg)?.value;
      else return void 0;
    }
    return node;
  }
  /** Every `image:` scalar under `path` (default: the whole document), with its position. */
  imageScalars(path = []) {
    const out = [];
    const walk = (node, value, depth) => {
      if (depth > 64 || node === null || node === void 0) return;
      const pairs = pairsOf(node);
      if (pairs) {
        for (const pair of pairs) {
          const child = valueAt(value, pair.key);
          if (pair.key === "image" && isStringNode(pair.value) && typeof child === "string") out.push({ value: child, at: this.locOf(startOf(pair.value)) });
          else walk(pair.value, child, depth + 1);
        }
      } else itemsOf(node)?.forEach((item, i) => walk(item, Array.isArray(value) ? value[i] : void 0, depth + 1));
    };
    walk(this.nodeAt(path), valueAtPath(this.value, path), 0);
    return out;
  }
  /** The document as plain data a store keeps (file-facts.ts). */
  stored() {
    return [this.index, this.value, packPos(this.at.line, this.at.column), this.tree];
  }
  locOf(pos) {
    return { file: this.file, line: lineOf(pos), column: columnOf(pos) };
  }
};
function valueAt(value, key) {
  if (Array.isArray(value)) return typeof key === "number" ? value[key] : void 0;
  return typeof value === "object" && value !== null ? value[String(key)] : void 0;
}
var valueAtPath = (value, path) => path.reduce(valueAt, value);

// src/parse/manifest-scan.ts
var SCAN_THRESHOLD_BYTES = 64 * 1024;
var TOP_KEY = /^([A-Za-z_][\w.-]*):(?:[ ]+(.*))?$/;
var BLOCK_SCALAR = /(?:^|:[ ]+|^-[ ]+|[ ]-[ ]+)[|>][-+0-9]*[ ]*(?:#.*)?$/;
var IMAGE = /^([ ]*)(?:-[ ]+)?image:[ ]+(.*)$/;
function quoteEnd(text) {
  const q = text[0];
  for (let i = 1; i < text.length; i++) {
    if (q === '"' && text[i] === "\\") i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
function scalar(raw) {
  if (raw === void 0) return void 0;
  const text = raw.trim();
  if (text === "" || text.startsWith("#")) return void 0;
  if (text[0] === '"' || text[0] === "'") {
    const end = quoteEnd(text);
    const inner = end < 0 ? void 0 : text.slice(1, end);
    return inner === void 0 || inner.includes("\\") || inner.includes("''") ? void 0 : inner;
  }
  if (/^[&*!|>{[@`%]/.test(text)) return void 0;
  const plain2 = text.replace(/[ ]+#.*$/, "");
  return /^([-+]?[\d._]+([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.inf|\.nan|true|false|True|False|TRUE|FALSE|null|Null|NULL|~|yes|no|on|off)$/i.test(plain2) ? void 0 : plain2;
}
var MERGE_KEY = /(?:^|[\s{,])<<[ ]*:/m;
var indentOf = (line) => line.length - line.trimStart().length;
function splitDocs(lines) {
  const docs = [];
  let cur = { start: 0, lines: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("---")) {
      if (!/^---[ ]*(#.*)?$/.test(line)) return void 0;
      docs.push(cur);
      cur = { start: i + 1, lines: [] };
    } else if (line.startsWith("...") || line.startsWith("%")) return void 0;
    else cur.lines.push(line);
  }
  docs.push(cur);
  return docs;
}
function scanManifest(file, text) {
  if (text.includes("	") || text.charCodeAt(0) === 65279 || text.includes("\r") || MERGE_KEY.test(text)) return void 0;
  const docs = splitDocs(text.split("\n"));
  if (!docs) return void 0;
  const out = [];
  for (const doc of docs) {
    const obj = scanDoc(file, doc);
    if (obj === void 0) return void 0;
    if (obj) out.push(obj);
  }
  return out;
}
function scanDoc(file, doc) {
  const loc = (i, column) => ({ file, line: doc.start + i + 1, column });
  let apiVersion;
  let kind;
  let kindAt;
  let first;
  let name = "";
  let namespace;
  const labels = {};
  const images = [];
  let section = "";
  let metaIndent = -1;
  let labelsIndent = -1;
  let skipAbove = -1;
  let openQuote = "";
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (openQuote) {
      if (quoteEnd(openQuote + line.trimStart()) >= 0) openQuote = "";
      continue;
    }
    const indent = indentOf(line);
    if (skipAbove >= 0) {
      if (indent > skipAbove) continue;
      skipAbove = -1;
    }
    if (indent === 0 && !(trimmed.startsWith("- ") && section !== "" && section !== "metadata")) {
      if (trimmed.startsWith("-")) return void 0;
      const m = TOP_KEY.exec(line);
      if (!m) return void 0;
      first ??= loc(i, 1);
      section = m[1];
      metaIndent = -1;
      labelsIndent = -1;
      const value = m[2] === void 0 ? void 0 : m[2].replace(/[ ]+#.*$/, "").trim();
      if (value && /^[&*!{[|>]/.test(value)) return void 0;
      if (m[1] === "apiVersion" || m[1] === "kind") {
        const v = scalar(m[2]);
        if (v === void 0) return void 0;
        if (m[1] === "apiVersion") apiVersion = v;
        else {
          kind = v;
          kindAt = loc(i, 1);
        }
      }
      continue;
    }
    if (/[&*!<]/.test(line) && /^[ ]*(?:-[ ]+)?[&*!]|:[ ]+[&*!]|<<:/.test(line)) return void 0;
    if (/[|>]/.test(line) && BLOCK_SCALAR.test(line)) {
      skipAbove = indent;
      continue;
    }
    const quoteOpen = /["']/.test(line) ? /(?::|^[ ]*-)[ ]+(["'])/.exec(line) : null;
    if (quoteOpen && quoteEnd(line.slice(quoteOpen.index + quoteOpen[0].length - 1)) < 0) {
      if (section === "metadata" || IMAGE.test(line)) return void 0;
      openQuote = quoteOpen[1];
      continue;
    }
    if (section === "metadata") {
      if (metaIndent < 0) metaIndent = indent;
      if (indent === metaIndent) {
        const m = /^[ ]*([\w.-]+):(?:[ ]+(.*))?$/.exec(line);
        if (!m) return void 0;
        labelsIndent = -1;
        if (m[1] === "name" || m[1] === "namespace" || m[1] === "generateName") {
          const v = scalar(m[2]);
          if (v === void 0) return void 0;
          if (m[1] === "name") name = v;
          else if (m[1] === "namespace") namespace = v;
          else if (!name) name = v;
        } else if (m[1] === "labels") {
          if (m[2] !== void 0 && m[2].trim() !== "" && !m[2].trim().startsWith("#")) return void 0;
          labelsIndent = 0;
        }
        continue;
      }
      if (labelsIndent >= 0 && indent > metaIndent) {
        if (labelsIndent === 0) labelsIndent = indent;
        if (indent === labelsIndent) {
          const m = /^[ ]*("[^"]*"|'[^']*'|[^\s:'"][^:]*?):(?:[ ]+(.*))?$/.exec(line);
          if (!m) return void 0;
          const v = scalar(m[2]);
          if (v === void 0) return void 0;
          labels[m[1].replace(/^["']|["']$/g, "")] = v;
        }
        continue;
      }
    }
    const img = line.includes("image:") ? IMAGE.exec(line) : null;
    if (img) {
      const value = scalar(img[2]);
      if (value === void 0) return void 0;
      images.push(parseImage(value, loc(i, line.length - img[2].length + 1)));
    }
  }
  if (!first) return null;
  if (apiVersion === void 0 || kind === void 0) return null;
  if (kind === "HelmChart" || /List$/.test(kind)) return void 0;
  return { apiVersion, kind, name, namespace, labels, images, at: first, kindAt };
}

// src/parse/js-yaml-frames.ts
var pool = [];
var POOLED = 1 << 16;
var pooledInUse = 0;
function openFrame(open) {
  if (pooledInUse === POOLED) return { open, close: -1, kind: null, result: void 0, children: [] };
  if (pooledInUse === pool.length) {
    const children2 = [];
    pool.push({ frame: { open, close: -1, kind: null, result: void 0, children: children2 }, children: children2 });
  }
  const { frame, children } = pool[pooledInUse++];
  children.length = 0;
  frame.open = open;
  frame.close = -1;
  frame.kind = null;
  frame.result = void 0;
  frame.children = children;
  return frame;
}
var MAX_DEPTH2 = 60;
function readFrames(file, text) {
  if (text.includes("	") || /^(?:\.\.\.|%)/m.test(text) || MERGE_KEY.test(text) || capProblem(file, text)) return void 0;
  const roots = [];
  const stack = [];
  pooledInUse = 0;
  let values;
  try {
    values = loadAll(text, void 0, {
      schema: CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === "open") {
          stack.push(openFrame(state.position));
          return;
        }
        const frame = stack.pop();
        frame.close = state.position;
        frame.kind = state.kind;
        frame.result = state.result;
        const only = frame.children.length === 1 ? frame.children[0] : void 0;
        if (only && typeof only.result === "object" && only.result === frame.result) frame.children = only.children;
        const last = frame.children[frame.children.length - 1];
        if (frame.kind === "mapping" && frame.children.length % 2 === 1 && last.kind === null && last.open === last.close) frame.children.pop();
        (stack.length > 0 ? stack[stack.length - 1].children : roots).push(frame);
      }
    });
  } catch {
    return void 0;
  }
  return roots.length === values.length ? { roots, values } : void 0;
}
function start(text, open) {
  let i = open;
  for (; ; ) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "\r") i++;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf("\n", i);
      if (end < 0) return text.length;
      i = end + 1;
    } else return i;
  }
}
function plain(text, frame, depth = 0) {
  if (depth > MAX_DEPTH2) return false;
  const from = start(text, frame.open);
  const first = text[from];
  if (first === "&" || first === "*" || first === "!") return false;
  const newline = text.indexOf("\n", from);
  const oneLine = newline < 0 || newline >= frame.close;
  if (first === "[" || first === "{") {
    if (/\?\s/.test(text.slice(from, frame.close))) return false;
    if (!oneLine && !indentedUnderItsBracket(text, from, frame.close)) return false;
  }
  if (frame.kind === "mapping") {
    if (!isRecord(frame.result) || frame.children.length !== 2 * Object.keys(frame.result).length) return false;
    for (let i = 0; i < frame.children.length; i += 2) if (frame.children[i].kind !== "scalar") return false;
  } else if (frame.kind === "sequence") {
    if (!Array.isArray(frame.result) || frame.children.length !== frame.result.length) return false;
  } else return oneLine || first === "|" || first === ">";
  return frame.children.every((child) => plain(text, child, depth + 1));
}
function indentedUnderItsBracket(text, from, close) {
  const body = text.slice(from, close);
  if (/[^ \n]#/.test(body) || body.includes("\r")) return false;
  const column = from - (text.lastIndexOf("\n", from - 1) + 1);
  const lines = body.split("\n").slice(1);
  while (lines.length > 0 && /^\s*(?:#.*)?$/.test(lines[lines.length - 1])) lines.pop();
  return lines.length > 0 && lines.every((line) => line.trim() === "" || line.length - line.trimStart().length >= column);
}

// src/parse/line-index.ts
var import_yaml2 = __toESM(require_dist(), 1);
function lineIndex(text) {
  const lines = new import_yaml2.LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

// src/parse/yaml-quick.ts
var NULL = /^(?:~|null|Null|NULL)\s*(?:#.*)?$/s;
var DECIMAL = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
function quickYaml(path, text, firstIndex, later) {
  const read = readFrames(path, text);
  if (!read) return void 0;
  const lines = lineIndex(text);
  const docs = [];
  for (let i = 0; i < read.roots.length; i++) {
    const root = read.roots[i];
    const value = read.values[i];
    if (value === null || value === void 0 || !plain(text, root) || !readsAlike(text, root)) return void 0;
    const { line, col } = lines.linePos(start(text, root.open));
    const at = { file: path, line, column: col };
    docs.push(new YamlDoc(path, firstIndex + i, value, at, later ? later(docs.length) : posTreeOfFrame(text, root, lines)));
  }
  return { path, docs, problems: [] };
}
function readsAlike(text, frame, mappingValue = false) {
  if (frame.kind === "mapping") {
    for (let i = 0; i < frame.children.length; i += 2) {
      if (typeof frame.children[i].result !== "string" || !readsAlike(text, frame.children[i + 1], true)) return false;
    }
    return true;
  }
  if (frame.kind === "sequence") return frame.children.every((child) => readsAlike(text, child));
  const from = start(text, frame.open);
  if (isEmptyValue(text, frame)) return mappingValue && text[frame.open - 1] === ":";
  if (text[from] === ">") return foldsAlike(text.slice(from, frame.close));
  if (typeof frame.result === "number" && !DECIMAL.test(scalarText(text, from, frame.close))) return false;
  return true;
}
var isEmptyValue = (text, frame) => frame.result === null && !NULL.test(text.slice(start(text, frame.open), frame.close));
function emptyValueStart(text, frame) {
  let i = frame.open;
  while (text[i] === " ") i++;
  return i;
}
function foldsAlike(block) {
  if (block.includes("\r")) return false;
  const [header, ...lines] = block.split("\n");
  if (!/^>[-+]?[ ]*(?:#.*)?$/.test(header)) return false;
  if (/^ *$/.test(lines[lines.length - 1] ?? "x")) lines.pop();
  let indent = -1;
  for (const line of lines) {
    if (line === "") continue;
    const n = line.length - line.trimStart().length;
    if (n === line.length || indent >= 0 && n !== indent) return false;
    indent = n;
  }
  return indent > 0;
}
var scalarText = (text, from, close) => text.slice(from, close).replace(/\s+#.*$/s, "").trim();
function posTreeOfFrame(text, frame, lines) {
  const p = posOf(lines, start(text, frame.open));
  if (frame.kind === "mapping") {
    const m = [];
    for (let i = 0; i + 1 < frame.children.length; i += 2) {
      const [key, value] = [frame.children[i], frame.children[i + 1]];
      const valueTree = isEmptyValue(text, value) ? posOf(lines, emptyValueStart(text, value)) : posTreeOfFrame(text, value, lines);
      m.push(key.result, posOf(lines, start(text, key.open)), valueTree);
    }
    return { p, m };
  }
  if (frame.kind === "sequence") return { p, s: frame.children.map((child) => posTreeOfFrame(text, child, lines)) };
  return typeof frame.result === "string" ? -p : p;
}

// src/parse/yaml-file.ts
var MAX_ALIASES = 1e3;
var MAX_WALK_DEPTH = 256;
function toData(doc) {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (err) {
    return {
      unreadable: err instanceof ReferenceError && /alias/i.test(err.message) ? `its aliases expand to more than ${MAX_ALIASES} nodes (a YAML alias bomb?); not read` : `cannot be converted to data: ${firstLine(err.message ?? String(err))}`
    };
  }
}
function parseYaml(path, text, firstIndex = 0, positions = "now") {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.length > MAX_YAML_BYTES) {
    return { path, docs: [], problems: [{ at: { file: path, line: 1, column: 1 }, message: `file is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB parse cap; not read` }] };
  }
  const refused = capProblem(path, text);
  if (refused) return { path, docs: [], problems: [refused] };
  const later = positions === "later" ? treesLater(path, text, firstIndex) : void 0;
  return quickYaml(path, text, firstIndex, later) ?? parseFully(path, text, firstIndex, later);
}
function treesLater(path, text, firstIndex) {
  let trees;
  return (k) => () => (trees ??= parseYaml(path, text, firstIndex).docs.map((doc) => doc.stored()[3]))[k] ?? null;
}
function parseFully(path, text, firstIndex = 0, later) {
  const lines = new import_yaml3.LineCounter();
  let parsed;
  try {
    parsed = (0, import_yaml3.parseAllDocuments)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: "error", merge: true });
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
      const { line: line2, col: col2 } = lines.linePos(offset);
      problems.push({ at: { file: path, line: line2, column: col2 }, message: `${firstLine(err.message)}; fix the syntax (nothing this file deploys was analysed)` });
      return;
    }
    if (doc.contents === null) return;
    const collectionKeyAt = mayHaveCollectionKeys ? firstRejectedPair(doc.contents, collectionKey) : void 0;
    if (collectionKeyAt !== void 0) {
      const { line: line2, col: col2 } = lines.linePos(collectionKeyAt);
      problems.push({ at: { file: path, line: line2, column: col2 }, message: 'a mapping key is itself a mapping or list (a value starting with "{{" must be quoted)' });
      return;
    }
    const duplicate = firstRejectedPair(doc.contents, duplicateKey);
    if (duplicate !== void 0) {
      const { line: line2, col: col2 } = lines.linePos(duplicate);
      problems.push({ at: { file: path, line: line2, column: col2 }, message: "Map keys must be unique" });
      return;
    }
    const contents = doc.contents;
    const { line, col } = lines.linePos(contents?.range?.[0] ?? doc.range[0]);
    const at = { file: path, line, column: col };
    const value = toData(doc);
    if ("unreadable" in value) {
      problems.push({ at, message: value.unreadable });
      return;
    }
    docs.push(new YamlDoc(path, firstIndex + index, value.data, at, later ? later(docs.length) : posTreeOfNode(contents, lines)));
  });
  return { path, docs, problems };
}
function firstRejectedPair(node, checkOf, depth = 0) {
  if (depth > MAX_WALK_DEPTH) return void 0;
  if ((0, import_yaml3.isMap)(node)) {
    const check = checkOf();
    for (const pair of node.items) {
      const rejected = check(pair) ?? firstRejectedPair(pair.value, checkOf, depth + 1);
      if (rejected !== void 0) return rejected;
    }
  } else if ((0, import_yaml3.isSeq)(node)) {
    for (const item of node.items) {
      const rejected = firstRejectedPair(item, checkOf, depth + 1);
      if (rejected !== void 0) return rejected;
    }
  }
  return void 0;
}
var collectionKey = () => (pair) => (0, import_yaml3.isMap)(pair.key) || (0, import_yaml3.isSeq)(pair.key) ? pair.key.range?.[0] ?? 0 : void 0;
var duplicateKey = () => {
  const seen = /* @__PURE__ */ new Set();
  return (pair) => {
    if (!(0, import_yaml3.isScalar)(pair.key)) return void 0;
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
  packPos,
  lineOf,
  columnOf,
  MAX_YAML_DOCUMENTS,
  MAX_INDENT,
  capProblem,
  YamlDoc,
  SCAN_THRESHOLD_BYTES,
  scanManifest,
  readFrames,
  start,
  plain,
  lineIndex,
  MAX_ALIASES,
  parseYaml,
  parseFully
};
