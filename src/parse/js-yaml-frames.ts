// js-yaml as a fast, positioned reader. js-yaml parses about ten times faster than the
// `yaml` library; its parse events give each node's start, so what it reads carries the
// positions a full parse gives. The readers built on it (manifest-quick.ts, yaml-quick.ts)
// accept a text only where it provably reads alike (`plain`), and leave every other text
// to the full parse, which also words syntax errors.
import { CORE_SCHEMA, loadAll, type State } from 'js-yaml';
import { capProblem } from './yaml-caps.js';
import { MERGE_KEY } from './manifest-scan.js';
import { isRecord } from './manifest.js';

/** A node as the parse events describe it: where it opens, what it became, what it holds. */
export interface Frame {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/**
 * The frames of one read are reused by the next (readFrames): a run reads tens of thousands of
 * files, each making a frame and a list per node, and V8 moves what a site makes straight to
 * the long-lived heap once most of it outlived a young collection (a long file's frames do):
 * every file's frames were then garbage there until a full collection, a third of a large
 * run's peak memory. Up to POOLED frames are kept; a longer text's others are made afresh.
 */
const pool: { frame: Frame; children: Frame[] }[] = [];
const POOLED = 1 << 16;
let pooledInUse = 0;

function openFrame(open: number): Frame {
  if (pooledInUse === POOLED) return { open, close: -1, kind: null, result: undefined, children: [] };
  if (pooledInUse === pool.length) {
    const children: Frame[] = [];
    pool.push({ frame: { open, close: -1, kind: null, result: undefined, children }, children });
  }
  const { frame, children } = pool[pooledInUse++];
  children.length = 0;
  frame.open = open;
  frame.close = -1;
  frame.kind = null;
  frame.result = undefined;
  frame.children = children;
  return frame;
}

/** Nesting deeper than this is left to the full parse (whose image walk stops at depth 64). */
const MAX_DEPTH = 60;

/**
 * The documents of `text` and the frame of each, or undefined when only the full parse can read it:
 * tabs, document end markers and directives (js-yaml reads some of them where the YAML spec does
 * not), merge keys (js-yaml's core schema reads `<<` as a plain key, the full parse applies it),
 * what the full parse refuses with a finding of its own (its caps), a syntax error. The text must
 * not start with a byte order mark. The frames hold until the next call: read them, never keep them.
 */
export function readFrames(file: string, text: string): { roots: Frame[]; values: unknown[] } | undefined {
  if (text.includes('\t') || /^(?:\.\.\.|%)/m.test(text) || MERGE_KEY.test(text) || capProblem(file, text)) return undefined;
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  pooledInUse = 0;
  let values: unknown[];
  try {
    values = loadAll(text, undefined, {
      schema: CORE_SCHEMA,
      json: false,
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          stack.push(openFrame(state.position));
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
  return roots.length === values.length ? { roots, values } : undefined;
}

/** Where a node's text starts: an open event comes before the separating space and comments. */
export function start(text: string, open: number): number {
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
 * anchor, alias or tag; no multi-line scalar in flow style, and no multi-line flow
 * collection unless its lines indent under its bracket (js-yaml is laxer than the YAML
 * spec on how such lines indent); no collection as a mapping key
 * (`{{ x }}: y` unquoted, which the full parse reports); collections whose events
 * match their values one to one (a flow sequence of `a: b` pairs, say, does not).
 * A scalar's own children are js-yaml's attempts to read it as a mapping key.
 */
export function plain(text: string, frame: Frame, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const from = start(text, frame.open);
  const first = text[from];
  if (first === '&' || first === '*' || first === '!') return false;
  const newline = text.indexOf('\n', from);
  const oneLine = newline < 0 || newline >= frame.close;
  if (first === '[' || first === '{') {
    // An explicit key (`? k`) in a flow node: the parsers pair it differently.
    if (/\?\s/.test(text.slice(from, frame.close))) return false;
    if (!oneLine && !indentedUnderItsBracket(text, from, frame.close)) return false;
  }
  if (frame.kind === 'mapping') {
    if (!isRecord(frame.result) || frame.children.length !== 2 * Object.keys(frame.result).length) return false;
    for (let i = 0; i < frame.children.length; i += 2) if (frame.children[i].kind !== 'scalar') return false;
  } else if (frame.kind === 'sequence') {
    if (!Array.isArray(frame.result) || frame.children.length !== frame.result.length) return false;
  } else return oneLine || first === '|' || first === '>';
  return frame.children.every((child) => plain(text, child, depth + 1));
}

/**
 * A multi-line flow collection (opening at `from`) whose every later line up to its
 * closing bracket, comments included, is indented at least as deep as its opening
 * bracket: deeper than any block node it belongs to, which both parsers accept. No `#`
 * may follow a token without a space, and no carriage return may split its lines.
 * Comment lines after the closing bracket, inside the node's span, are not its lines.
 */
function indentedUnderItsBracket(text: string, from: number, close: number): boolean {
  const body = text.slice(from, close);
  // A `#` right after a token: js-yaml reads a comment there, the full parse an error.
  if (/[^ \n]#/.test(body) || body.includes('\r')) return false;
  const column = from - (text.lastIndexOf('\n', from - 1) + 1);
  const lines = body.split('\n').slice(1);
  while (lines.length > 0 && /^\s*(?:#.*)?$/.test(lines[lines.length - 1])) lines.pop();
  return lines.length > 0 && lines.every((line) => line.trim() === '' || line.length - line.trimStart().length >= column);
}
