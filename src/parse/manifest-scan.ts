// A line scanner for large vendored manifests (upstream install YAML of several MB):
// it reads only what the rules need (identity, labels, images) with the exact
// positions a full parse gives, in a fraction of the time. Anything outside the
// plain block style it understands (flow collections at the top, anchors, tags,
// tabs, document-level oddities) returns undefined and the caller parses fully.
import type { K8sObject, Loc } from '../types.js';
import { parseImage } from './manifest.js';

/** Files at least this large are scanned instead of parsed. */
export const SCAN_THRESHOLD_BYTES = 64 * 1024;

const TOP_KEY = /^([A-Za-z_][\w.-]*):(?:[ ]+(.*))?$/;
const BLOCK_SCALAR = /(?:^|:[ ]+|^-[ ]+|[ ]-[ ]+)[|>][-+0-9]*[ ]*(?:#.*)?$/;
const IMAGE = /^([ ]*)(?:-[ ]+)?image:[ ]+(.*)$/;

/** The end index of a quoted scalar opening at 0, or -1 when it does not close on this line. */
function quoteEnd(text: string): number {
  const q = text[0];
  for (let i = 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * A string scalar written on one line, without its trailing comment; undefined when
 * it is not a simple string (escapes, numbers, booleans, nulls: the full parse decides).
 */
function scalar(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '' || text.startsWith('#')) return undefined;
  if (text[0] === '"' || text[0] === "'") {
    const end = quoteEnd(text);
    const inner = end < 0 ? undefined : text.slice(1, end);
    return inner === undefined || inner.includes('\\') || inner.includes("''") ? undefined : inner;
  }
  if (/^[&*!|>{[@`%]/.test(text)) return undefined;
  const plain = text.replace(/[ ]+#.*$/, '');
  return /^([-+]?[\d._]+([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.inf|\.nan|true|false|True|False|TRUE|FALSE|null|Null|NULL|~|yes|no|on|off)$/i.test(plain) ? undefined : plain;
}

/** A merge key (`<<:`) anywhere: the line scanner does not apply them. */
export const MERGE_KEY = /(?:^|[\s{,])<<[ ]*:/m;

const indentOf = (line: string): number => line.length - line.trimStart().length;

interface Doc {
  start: number;
  lines: string[];
}

function splitDocs(lines: string[]): Doc[] | undefined {
  const docs: Doc[] = [];
  let cur: Doc = { start: 0, lines: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('---')) {
      if (!/^---[ ]*(#.*)?$/.test(line)) return undefined;
      docs.push(cur);
      cur = { start: i + 1, lines: [] };
    } else if (line.startsWith('...') || line.startsWith('%')) return undefined;
    else cur.lines.push(line);
  }
  docs.push(cur);
  return docs;
}

/** The objects of a manifest file, or undefined when it must be parsed fully. */
export function scanManifest(file: string, text: string): K8sObject[] | undefined {
  // Merge keys (`<<:`) are left to the full parse, which applies them.
  if (text.includes('\t') || text.charCodeAt(0) === 0xfeff || text.includes('\r') || MERGE_KEY.test(text)) return undefined;
  const docs = splitDocs(text.split('\n'));
  if (!docs) return undefined;
  const out: K8sObject[] = [];
  for (const doc of docs) {
    const obj = scanDoc(file, doc);
    if (obj === undefined) return undefined;
    if (obj) out.push(obj);
  }
  return out;
}

/** One document: an object, null for a document without one, undefined when not scannable. */
function scanDoc(file: string, doc: Doc): K8sObject | null | undefined {
  const loc = (i: number, column: number): Loc => ({ file, line: doc.start + i + 1, column });
  let apiVersion: string | undefined;
  let kind: string | undefined;
  let kindAt: Loc | undefined;
  let first: Loc | undefined;
  let name = '';
  let namespace: string | undefined;
  const labels: Record<string, string> = {};
  const images: K8sObject['images'] = [];
  let section = '';
  let metaIndent = -1;
  let labelsIndent = -1;
  let skipAbove = -1;
  let openQuote = '';
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (openQuote) {
      // Inside a quoted scalar that spans lines: skip to its closing quote.
      if (quoteEnd(openQuote + line.trimStart()) >= 0) openQuote = '';
      continue;
    }
    const indent = indentOf(line);
    if (skipAbove >= 0) {
      if (indent > skipAbove) continue;
      skipAbove = -1;
    }
    if (indent === 0 && !(trimmed.startsWith('- ') && section !== '' && section !== 'metadata')) {
      if (trimmed.startsWith('-')) return undefined;
      const m = TOP_KEY.exec(line);
      if (!m) return undefined;
      first ??= loc(i, 1);
      section = m[1];
      metaIndent = -1;
      labelsIndent = -1;
      const value = m[2] === undefined ? undefined : m[2].replace(/[ ]+#.*$/, '').trim();
      if (value && /^[&*!{[|>]/.test(value)) return undefined;
      if (m[1] === 'apiVersion' || m[1] === 'kind') {
        const v = scalar(m[2]);
        if (v === undefined) return undefined;
        if (m[1] === 'apiVersion') apiVersion = v;
        else {
          kind = v;
          kindAt = loc(i, 1);
        }
      }
      continue;
    }
    // Most lines hold none of the characters these patterns need: test those first.
    if (/[&*!<]/.test(line) && /^[ ]*(?:-[ ]+)?[&*!]|:[ ]+[&*!]|<<:/.test(line)) return undefined;
    if (/[|>]/.test(line) && BLOCK_SCALAR.test(line)) {
      skipAbove = indent;
      continue;
    }
    const quoteOpen = /["']/.test(line) ? /(?::|^[ ]*-)[ ]+(["'])/.exec(line) : null;
    if (quoteOpen && quoteEnd(line.slice(quoteOpen.index + quoteOpen[0].length - 1)) < 0) {
      if (section === 'metadata' || IMAGE.test(line)) return undefined;
      openQuote = quoteOpen[1];
      continue;
    }
    if (section === 'metadata') {
      if (metaIndent < 0) metaIndent = indent;
      if (indent === metaIndent) {
        const m = /^[ ]*([\w.-]+):(?:[ ]+(.*))?$/.exec(line);
        if (!m) return undefined;
        labelsIndent = -1;
        if (m[1] === 'name' || m[1] === 'namespace' || m[1] === 'generateName') {
          const v = scalar(m[2]);
          if (v === undefined) return undefined;
          if (m[1] === 'name') name = v;
          else if (m[1] === 'namespace') namespace = v;
          else if (!name) name = v;
        }
        else if (m[1] === 'labels') {
          if (m[2] !== undefined && m[2].trim() !== '' && !m[2].trim().startsWith('#')) return undefined;
          labelsIndent = 0;
        }
        continue;
      }
      if (labelsIndent >= 0 && indent > metaIndent) {
        if (labelsIndent === 0) labelsIndent = indent;
        if (indent === labelsIndent) {
          const m = /^[ ]*("[^"]*"|'[^']*'|[^\s:'"][^:]*?):(?:[ ]+(.*))?$/.exec(line);
          if (!m) return undefined;
          const v = scalar(m[2]);
          if (v === undefined) return undefined;
          labels[m[1].replace(/^["']|["']$/g, '')] = v;
        }
        continue;
      }
    }
    const img = line.includes('image:') ? IMAGE.exec(line) : null;
    if (img) {
      const value = scalar(img[2]);
      if (value === undefined) return undefined;
      images.push(parseImage(value, loc(i, line.length - img[2].length + 1)));
    }
  }
  if (!first) return null;
  if (apiVersion === undefined || kind === undefined) return null;
  if (kind === 'HelmChart' || /List$/.test(kind)) return undefined;
  return { apiVersion, kind, name, namespace, labels, images, at: first, kindAt: kindAt! };
}
