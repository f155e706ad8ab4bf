#!/usr/bin/env node
const __launcherUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/entry.ts
var import_node_url = require("node:url");

// src/cli/replay.ts
var import_node_fs4 = require("node:fs");
var import_node_path5 = require("node:path");

// src/cache/cache-dir.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function defaultCacheDir() {
  return process.env.DETECTVIZ_LINT_CACHE_DIR ?? (0, import_node_path.join)(process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "detectviz-lint");
}

// src/cache/stamp.ts
var import_node_fs = require("node:fs");
var COARSE_RESOLUTION_MS = 2e3;
var FINE_RESOLUTION_MS = 50;
var MISSING = "missing";
function statStamp(path) {
  const st = (0, import_node_fs.statSync)(path, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : MISSING;
}
function racy(stamp, startedMs) {
  if (stamp === MISSING) return false;
  const ctimeMs = Number(stamp.slice(stamp.lastIndexOf(":") + 1));
  return !(ctimeMs < startedMs - (Number.isInteger(ctimeMs) ? COARSE_RESOLUTION_MS : FINE_RESOLUTION_MS));
}
function fnv1a(text, seed = 2166136261) {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// src/outcome/scope.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/config/names.ts
var CONFIG_NAMES = [".detectviz-lint.yaml", ".detectviz-lint.yml"];

// src/outcome/scope.ts
function findScope(path) {
  const start = (0, import_node_path2.resolve)(path);
  if (!(0, import_node_fs2.statSync)(start, { throwIfNoEntry: false })?.isDirectory()) return { root: path, under: "" };
  for (let dir = start; ; dir = (0, import_node_path2.dirname)(dir)) {
    if ([...CONFIG_NAMES, ".git"].some((marker) => visible((0, import_node_path2.join)(dir, marker)))) {
      return { root: dir, under: (0, import_node_path2.relative)(dir, start).split(import_node_path2.sep).join("/") };
    }
    if ((0, import_node_path2.dirname)(dir) === dir) return { root: start, under: "" };
  }
}
function visible(path) {
  try {
    return (0, import_node_fs2.existsSync)(path);
  } catch {
    return false;
  }
}

// src/parse/read-source.ts
var import_node_path4 = require("node:path");

// src/parse/safe-file.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var errorCode = (err) => err.code ?? err.message;
function isWithin(root, path) {
  const rel = (0, import_node_path3.relative)(root, path);
  return rel === "" || !rel.startsWith(".." + import_node_path3.sep) && rel !== ".." && !(0, import_node_path3.isAbsolute)(rel);
}
var realRoots = /* @__PURE__ */ new Map();
var realRoot = (root) => {
  let real = realRoots.get(root);
  if (real === void 0) realRoots.set(root, real = import_node_fs3.realpathSync.native(root));
  return real;
};
function readRegularFile(path, opts) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(path, import_node_fs3.constants.O_RDONLY | import_node_fs3.constants.O_NONBLOCK | import_node_fs3.constants.O_NOCTTY);
  } catch (err) {
    return { reason: `cannot be read (${errorCode(err)})` };
  }
  try {
    const stat = (0, import_node_fs3.fstatSync)(fd);
    if (!stat.isFile()) return { reason: "is not a regular file; not read" };
    if (stat.size > opts.maxBytes) return { reason: `is larger than the ${capText(opts.maxBytes)} cap; not read` };
    if (opts.root !== void 0) {
      const real = import_node_fs3.realpathSync.native(path);
      if (!isWithin(realRoot(opts.root), real)) return { reason: "leads outside the linted root; not read" };
      const now = (0, import_node_fs3.statSync)(real);
      if (now.ino !== stat.ino || now.dev !== stat.dev) return { reason: "changed while it was opened; not read" };
    }
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 0) + 1, opts.maxBytes + 1 - total, 1 << 20));
      const n = (0, import_node_fs3.readSync)(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > opts.maxBytes) return { reason: `is larger than the ${capText(opts.maxBytes)} cap; not read` };
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (err) {
    return { reason: `cannot be read (${errorCode(err)})` };
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
var capText = (bytes) => bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;

// src/parse/read-source.ts
var MAX_YAML_BYTES = 16 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSource(root, path) {
  const opened = readRegularFile((0, import_node_path4.join)(root, path), { maxBytes: MAX_YAML_BYTES, root });
  if ("reason" in opened) return opened.reason;
  try {
    const text = utf8.decode(opened.bytes);
    return { text: text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text };
  } catch {
    return "is not valid UTF-8 text";
  }
}
var KEEP_TEXT_BELOW = 256 * 1024;

// src/cli/replay.ts
var VALUED = /* @__PURE__ */ new Set(["-f", "--format", "-c", "--config", "--rule", "--max-warnings", "--cache-location"]);
var ALIASES = { "-f": "--format", "-c": "--config" };
var FLAGS = /* @__PURE__ */ new Set(["--quiet", "--color", "--no-color", "--cache"]);
var MAX_REPLAY_BYTES = 8 * 1024 * 1024;
function replaySlot(argv2, code2) {
  try {
    return slotOf(argv2, code2);
  } catch {
    return void 0;
  }
}
function slotOf(argv2, code2) {
  let path;
  let location;
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < argv2.length; i++) {
    const arg = argv2[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv2[++i];
      if (value === void 0) return void 0;
      if (name === "--cache-location") location = value;
      const option = ALIASES[name] ?? name;
      if (option !== "--rule" && seen.has(option)) return void 0;
      seen.add(option);
    } else if (FLAGS.has(arg)) {
      if (argv2[i + 1] === "true" || argv2[i + 1] === "false") return void 0;
    } else if (arg.startsWith("-") || path !== void 0 || arg === "init") {
      return void 0;
    } else path = arg;
  }
  const dir = location === void 0 ? defaultCacheDir() : location === "" ? void 0 : (0, import_node_path5.resolve)(location);
  if (dir === void 0) return void 0;
  const env = process.env;
  const key = JSON.stringify([argv2, process.cwd(), env.NO_COLOR ?? null, env.FORCE_COLOR ?? null, outputDevice(), code2.map(statStamp)]);
  return { file: (0, import_node_path5.join)(dir, `replay-${hex8(fnv1a(key))}${hex8(fnv1a(key, 84696351))}.json`), key, scope: findScope(path ?? ".") };
}
function outputDevice() {
  const stdout = (0, import_node_fs4.fstatSync)(1);
  return stdout.isCharacterDevice() ? stdout.rdev : null;
}
function replayed(slot2, write = writeOut) {
  let replay;
  try {
    replay = JSON.parse((0, import_node_fs4.readFileSync)(slot2.file, "utf8"));
    if (replay.key !== slot2.key || replay.scope.root !== slot2.scope.root || replay.scope.under !== slot2.scope.under) return false;
    for (const [path, stamp, seen] of replay.stamps) {
      if (statStamp((0, import_node_path5.isAbsolute)(path) ? path : `${replay.root}/${path}`) !== stamp) return false;
      if (racy(stamp, replay.startedMs) && !(seen && holds(seen, readSource(replay.root, path)))) return false;
    }
    if (typeof replay.stdout !== "string" || typeof replay.stderr !== "string" || !Number.isInteger(replay.exitCode)) return false;
  } catch {
    return false;
  }
  write(1, replay.stdout);
  if (replay.stderr) write(2, replay.stderr);
  process.exitCode = replay.exitCode;
  return true;
}
function writeOut(fd, text) {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += (0, import_node_fs4.writeSync)(fd, bytes, done);
  } catch {
    (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(done));
  }
}
var holds = (seen, now) => typeof seen === "string" ? now === seen : typeof now !== "string" && now.text === seen.text;
var hex8 = (n) => n.toString(16).padStart(8, "0");

// src/cli/entry.ts
var code = [__launcherUrl, new URL("../package.json", __launcherUrl), new URL("../src/classify/catalog.yaml", __launcherUrl)].map((url) => (0, import_node_url.fileURLToPath)(url));
var argv = process.argv.slice(2);
var slot = replaySlot(argv, code);
if (!slot || !replayed(slot)) void import("./chunks/main-237B4FA4.mjs").then((cli) => cli.run(argv, slot));
