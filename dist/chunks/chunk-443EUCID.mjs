import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);

// src/parse/safe-file.ts
import { closeSync, constants, fstatSync, ftruncateSync, lstatSync, openSync, readSync, realpathSync, statSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
var errorCode = (err) => err.code ?? err.message;
function isWithin(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
function realPathOf(path) {
  const tail = [];
  for (let p = path; ; p = dirname(p)) {
    try {
      return join(realpathSync.native(p), ...tail.reverse());
    } catch {
      if (dirname(p) === p) return path;
      tail.push(basename(p));
    }
  }
}
var realRoots = /* @__PURE__ */ new Map();
var realRoot = (root) => {
  let real = realRoots.get(root);
  if (real === void 0) realRoots.set(root, real = realpathSync.native(root));
  return real;
};
function readRegularFile(path, opts) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    return { reason: `cannot be read (${errorCode(err)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: "is not a regular file; not read" };
    if (stat.size > opts.maxBytes) return { reason: `is larger than the ${capText(opts.maxBytes)} cap; not read` };
    if (opts.root !== void 0) {
      const real = realpathSync.native(path);
      if (!isWithin(realRoot(opts.root), real)) return { reason: "leads outside the linted root; not read" };
      const now = statSync(real);
      if (now.ino !== stat.ino || now.dev !== stat.dev) return { reason: "changed while it was opened; not read" };
    }
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 0) + 1, opts.maxBytes + 1 - total, 1 << 20));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > opts.maxBytes) return { reason: `is larger than the ${capText(opts.maxBytes)} cap; not read` };
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (err) {
    return { reason: `cannot be read (${errorCode(err)})` };
  } finally {
    closeSync(fd);
  }
}
var capText = (bytes) => bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
function writeRegularFile(path, text, create) {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK | (create === "new" ? constants.O_EXCL : 0);
  let fd;
  try {
    fd = openSync(path, flags, 420);
  } catch (err) {
    const code = errorCode(err);
    const link = code === "ELOOP" || code === "EEXIST" && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink();
    throw new Error(link ? "it is a symbolic link; not written through" : code === "EEXIST" ? "it already exists; not overwritten" : code);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new Error("it is not a regular file; not written");
    ftruncateSync(fd, 0);
    const bytes = Buffer.from(text);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    closeSync(fd);
  }
}

// src/parse/read-source.ts
import { join as join2 } from "node:path";
var MAX_YAML_BYTES = 16 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSource(root, path) {
  const opened = readRegularFile(join2(root, path), { maxBytes: MAX_YAML_BYTES, root });
  if ("reason" in opened) return opened.reason;
  try {
    const text = utf8.decode(opened.bytes);
    return { text: text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text };
  } catch {
    return "is not valid UTF-8 text";
  }
}
var KEEP_TEXT_BELOW = 256 * 1024;
function readOnce(reads, root, path) {
  let read = reads.get(path);
  if (read === void 0) {
    read = readSource(root, path);
    if (typeof read === "string" || read.text.length < KEEP_TEXT_BELOW) reads.set(path, read);
  }
  return typeof read === "string" ? void 0 : read.text;
}

// src/parse/text-checks.ts
var UNRESOLVED = "__UNRESOLVED__";
var declaresArgoKind = (text) => (text.includes("Application") || text.includes("AppProject")) && /^\s*kind:\s*["']?(Application|ApplicationSet|AppProject)["']?\s*(#.*)?$/m.test(text);

// src/parse/manifest.ts
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseImage(image, at) {
  let rest = image.trim();
  let digest;
  const atSign = rest.indexOf("@");
  if (atSign >= 0) {
    digest = rest.slice(atSign + 1);
    rest = rest.slice(0, atSign);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  if (parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost")) parts.shift();
  if (parts[0] === "library" && parts.length === 2) parts.shift();
  return { image, repository: parts.join("/"), tag: tag || void 0, digest, at, ...isUnrenderedImage(image) ? { unresolved: true } : {} };
}
var isUnrenderedImage = (image) => image.includes("{{") || image.includes(UNRESOLVED);
function objectsOfDoc(doc) {
  const value = doc.value;
  if (!isRecord(value)) return [];
  if (typeof value.kind === "string" && /List$/.test(value.kind) && Array.isArray(value.items)) {
    return value.items.flatMap((item, i) => isRecord(item) ? objectAt(item, doc, ["items", i]) : []);
  }
  return objectAt(value, doc, []);
}
function objectAt(value, doc, base) {
  const kind = value.kind;
  const apiVersion = value.apiVersion;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return [];
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const labels = {};
  if (isRecord(meta.labels)) for (const [k, v] of Object.entries(meta.labels)) labels[k] = String(v);
  const images = doc.imageScalars(base).map((s) => parseImage(s.value, s.at));
  const spec = isRecord(value.spec) ? value.spec : {};
  const chart = kind === "HelmChart" && apiVersion.startsWith("helm.cattle.io/") && typeof spec.chart === "string" ? {
    name: spec.chart,
    repo: typeof spec.repo === "string" ? spec.repo : void 0,
    version: spec.version === void 0 ? void 0 : String(spec.version),
    at: doc.loc([...base, "spec", "chart"]),
    versionAt: spec.version === void 0 ? void 0 : doc.loc([...base, "spec", "version"])
  } : void 0;
  return [
    {
      apiVersion,
      kind,
      name: typeof meta.name === "string" ? meta.name : typeof meta.generateName === "string" ? meta.generateName : "",
      namespace: typeof meta.namespace === "string" ? meta.namespace : void 0,
      labels,
      images,
      at: doc.loc(base),
      kindAt: doc.loc([...base, "kind"], "key"),
      ...chart ? { chart } : {}
    }
  ];
}
var apiGroup = (apiVersion) => apiVersion.includes("/") ? apiVersion.split("/")[0] : "";

export {
  isWithin,
  realPathOf,
  readRegularFile,
  writeRegularFile,
  MAX_YAML_BYTES,
  readSource,
  KEEP_TEXT_BELOW,
  readOnce,
  UNRESOLVED,
  declaresArgoKind,
  isRecord,
  parseImage,
  objectsOfDoc,
  objectAt,
  apiGroup
};
