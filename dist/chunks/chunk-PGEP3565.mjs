import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);

// src/parse/read-source.ts
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var MAX_YAML_BYTES = 16 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSource(root, path) {
  const full = join(root, path);
  let bytes;
  try {
    const stat = statSync(full);
    if (!stat.isFile()) return "is not a regular file; not read";
    if (stat.size > MAX_YAML_BYTES) return `is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB cap; not read`;
    bytes = readFileSync(full);
  } catch (err) {
    return `cannot be read (${err.code ?? err.message})`;
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return "is not valid UTF-8 text";
  }
}
function readOnce(reads, root, path) {
  let read = reads.get(path);
  if (read === void 0) reads.set(path, read = readSource(root, path));
  return typeof read === "string" ? void 0 : read.text;
}

export {
  MAX_YAML_BYTES,
  readOnce
};
