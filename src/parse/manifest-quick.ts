// A fast, validating reader for plain manifests. js-yaml parses about ten times
// faster than the `yaml` library; its parse events give each node's start, so the
// objects carry the same positions a full parse gives. Anything this reader is not
// sure to read exactly as the full parse does (a syntax error, anchors, tags,
// templated keys, lists, HelmCharts, a value of another type) returns undefined and
// the caller parses fully, which also words the parse-error finding.
import { CORE_SCHEMA, loadAll, type State } from 'js-yaml';
import type { K8sObject, Loc } from '../types.js';
import { lineIndex } from './line-index.js';
import { isRecord, parseImage } from './manifest.js';
import { capProblem } from './yaml-file.js';
import { MERGE_KEY } from './manifest-scan.js';

/** A node as the parse events describe it: where it opens, what it became, what it holds. */
interface Frame {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** Nesting deeper than this is left to the full parse (whose image walk stops at depth 64). */
const MAX_DEPTH = 60;

/** The objects of a plain manifest file, or undefined when it must be parsed fully. */
export function quickManifest(file: string, text: string): K8sObject[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Tabs, document end markers and directives (js-yaml reads some of them where the YAML spec does
  // not), and what the full parse refuses with a finding of its own (its caps).
  // Merge keys (`<<:`): js-yaml's core schema reads them as plain keys, the full parse applies them.
  if (text.includes('\t') || /^(?:\.\.\.|%)/m.test(text) || MERGE_KEY.test(text) || capProblem(file, text)) return undefined;
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  let values: unknown[];
  try {
    values = loadAll(text, undefined, {
      schema: CORE_SCHEMA,
      json: false,
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          stack.push({ open: state.position, close: -1, kind: null, result: undefined, children: [] });
          return;
        }
        const frame = stack.pop()!;
        frame.close = state.position;
        frame.kind = state.kind;
        frame.result = state.result;
        // A flow collection in a block sequence is composed inside the entry's node: one node.
        const only = frame.children.length === 1 ? frame.children[0] : undefined;
        if (only && typeof only.result === 'object' && only.result === frame.result) frame.children = only.children;
        // A mapping before `---` ends with js-yaml's empty attempt to read one more key there.
        const last = frame.children[frame.children.length - 1];
        if (frame.kind === 'mapping' && frame.children.length % 2 === 1 && last.kind === null && last.open === last.close) frame.children.pop();
        (stack.length > 0 ? stack[stack.length - 1].children : roots).push(frame);
      },
    });
  } catch {
    return undefined;
  }
  if (roots.length !== values.length) return undefined;
  const lines = lineIndex(text);
  const loc = (offset: number): Loc => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const out: K8sObject[] = [];
  for (const root of roots) {
    if (!plain(text, root, 0)) return undefined;
    const value = root.result;
    if (!isRecord(value) || root.kind !== 'mapping') continue;
    const object = objectOf(text, root, value, loc);
    if (object === undefined) return undefined;
    if (object) out.push(object);
  }
  return out;
}

/** Where a node's text starts: an open event comes before the separating space and comments. */
function start(text: string, open: number): number {
  let i = open;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r') i++;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end + 1;
    } else return i;
  }
}

/**
 * True when every node below `frame` is plain data the full parse reads alike: no
 * anchor, alias or tag; no multi-line flow node, scalar or collection (js-yaml is
 * laxer than the YAML spec on how their lines indent); no collection as a mapping key
 * (`{{ x }}: y` unquoted, which the full parse reports); collections whose events
 * match their values one to one (a flow sequence of `a: b` pairs, say, does not).
 * A scalar's own children are js-yaml's attempts to read it as a mapping key.
 */
function plain(text: string, frame: Frame, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const from = start(text, frame.open);
  const first = text[from];
  if (first === '&' || first === '*' || first === '!') return false;
  const newline = text.indexOf('\n', from);
  const oneLine = newline < 0 || newline >= frame.close;
  if ((first === '[' || first === '{') && !oneLine) return false;
  if (frame.kind === 'mapping') {
    if (!isRecord(frame.result) || frame.children.length !== 2 * Object.keys(frame.result).length) return false;
    for (let i = 0; i < frame.children.length; i += 2) if (frame.children[i].kind !== 'scalar') return false;
  } else if (frame.kind === 'sequence') {
    if (!Array.isArray(frame.result) || frame.children.length !== frame.result.length) return false;
  } else return oneLine || first === '|' || first === '>';
  return frame.children.every((child) => plain(text, child, depth + 1));
}

/** The frame of the key `key` in a mapping frame. */
function keyFrame(frame: Frame, key: string): Frame | undefined {
  for (let i = 0; i < frame.children.length; i += 2) if (frame.children[i].result === key) return frame.children[i];
  return undefined;
}

/**
 * The object of one document (as objectAt builds it), null when the document is not
 * an object, undefined when only the full parse can say (lists, HelmCharts, values of
 * a type YAML versions disagree on).
 */
function objectOf(text: string, root: Frame, value: Record<string, unknown>, loc: (offset: number) => Loc): K8sObject | null | undefined {
  const { kind, apiVersion } = value;
  if (typeof kind === 'number' || typeof apiVersion === 'number') return undefined;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return null;
  if (/List$/.test(kind) || kind === 'HelmChart') return undefined;
  const meta = isRecord(value.metadata) ? value.metadata : {};
  for (const key of ['name', 'namespace', 'generateName']) if (meta[key] !== undefined && meta[key] !== null && typeof meta[key] !== 'string') return undefined;
  const labels: Record<string, string> = {};
  if (isRecord(meta.labels)) {
    for (const [k, v] of Object.entries(meta.labels)) {
      // Numbers are where js-yaml's core schema and the yaml library's differ (`1_000`, `0b1`).
      if (typeof v === 'number') return undefined;
      labels[k] = String(v);
    }
  }
  const images = imageScalars(text, root);
  if (images === undefined) return undefined;
  const kindKey = keyFrame(root, 'kind')!;
  return {
    apiVersion,
    kind,
    name: typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    labels,
    images: images.map((s) => parseImage(s.value, loc(s.at))),
    at: loc(start(text, root.open)),
    kindAt: loc(start(text, kindKey.open)),
  };
}

/** Every `image:` string below `frame`, as YamlDoc.imageScalars walks them; undefined on a number. */
function imageScalars(text: string, frame: Frame): { value: string; at: number }[] | undefined {
  const out: { value: string; at: number }[] = [];
  const walk = (node: Frame): boolean => {
    if (node.kind === 'mapping') {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        const val = node.children[i + 1];
        if (key.result === 'image' && val.kind === 'scalar') {
          if (typeof val.result === 'number') return false;
          if (typeof val.result === 'string') out.push({ value: val.result, at: start(text, val.open) });
        } else if (!walk(val)) return false;
      }
    } else if (node.kind === 'sequence') {
      for (const item of node.children) if (!walk(item)) return false;
    }
    return true;
  };
  return walk(frame) ? out : undefined;
}
