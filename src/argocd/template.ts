// ApplicationSet parameter substitution in both template modes (semantics 2.2).
// Only string values are rendered; map keys never are.

import { stringify as stringifyYaml } from 'yaml';
import { DEFAULT_LIMITS } from '../parse/limits.js';

export type Params = Record<string, unknown>;

export interface RenderState {
  /** Set when a placeholder could not be resolved. */
  unresolved: boolean;
  /** The longest rendered string kept (default: limits.templateExpansionChars's default). */
  maxChars?: number;
  /** Set when a rendered string outgrew maxChars (it is then left unrendered). */
  overBudget?: boolean;
}

/** `normalize`: lower-case, characters outside [a-z0-9.-] become `-`, trimmed, cut to 253. */
export const normalize = (s: string): string =>
  s.toLowerCase().replace(/[^a-z0-9.-]/g, '-').slice(0, 253).replace(/^[-.]+|[-.]+$/g, '');

function lookup(params: Params, path: string[]): unknown {
  let v: unknown = params;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function goExpr(expr: string, params: Params): string | undefined {
  const parts = expr.split('|').map((p) => p.trim());
  let value: unknown;
  const head = parts[0];
  const field = /^\.([\w.]*)$/.exec(head);
  const index = /^index\s+\.([\w.]+)\s+(\d+)$/.exec(head);
  const quoted = /^"([^"]*)"$/.exec(head);
  if (field) value = field[1] === '' ? params : lookup(params, field[1].split('.'));
  else if (index) {
    const list = lookup(params, index[1].split('.'));
    value = Array.isArray(list) ? list[Number(index[2])] : undefined;
  } else if (quoted) value = quoted[1];
  else return undefined;
  if (value === undefined) return undefined;
  const fns = parts.slice(1);
  // Serialising functions take any value (elementsYaml is usually `{{ .apps | toJson }}`).
  if (fns[0] === 'toJson' || fns[0] === 'toRawJson' || fns[0] === 'mustToJson') {
    value = JSON.stringify(value);
    fns.shift();
  } else if (fns[0] === 'toYaml') {
    value = stringifyYaml(value).trimEnd();
    fns.shift();
  }
  if (typeof value === 'object' || value === null) return undefined;
  let s = String(value);
  for (const fn of fns) {
    if (fn === 'lower') s = s.toLowerCase();
    else if (fn === 'upper') s = s.toUpperCase();
    else if (fn === 'normalize') s = normalize(s);
    else if (fn === 'trim') s = s.trim();
    else return undefined;
  }
  return s;
}

export function renderString(text: string, params: Params, goTemplate: boolean, state: RenderState): string {
  if (!text.includes('{{')) return text;
  const rendered = goTemplate
    ? replaceGoActions(text, (whole, expr) => {
        const v = goExpr(expr, params);
        if (v === undefined) state.unresolved = true;
        return v ?? whole;
      })
    : text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, key: string) => {
        const v = params[key];
        if (v === undefined || typeof v === 'object') {
          state.unresolved = true;
          return whole;
        }
        return String(v);
      });
  // A budget on expansion: `toJson .` of large parameters, repeated, could fill the memory.
  if (rendered.length > (state.maxChars ?? DEFAULT_LIMITS.templateExpansionChars)) {
    state.unresolved = true;
    state.overBudget = true;
    return text;
  }
  return rendered;
}

/**
 * Replaces each `{{ expr }}` as the RegExp /\{\{-?\s*(.*?)\s*-?\}\}/g would (the first `}}`
 * closes; trim markers and spaces around the expression dropped; the expression itself on one
 * line), in linear time: that RegExp rescans the rest of the line from every unclosed `{{`,
 * quadratic on a line of many of them.
 */
function replaceGoActions(text: string, replace: (whole: string, expr: string) => string): string {
  // lastNewline[i]: the last line break before i (-1 for none).
  let lastNewline: Int32Array | undefined;
  if (text.includes('\n')) {
    lastNewline = new Int32Array(text.length + 1);
    let last = -1;
    for (let i = 0; i <= text.length; i++) {
      lastNewline[i] = last;
      if (text[i] === '\n') last = i;
    }
  }
  let out = '';
  let copied = 0;
  let close = -1;
  let exprEnd = -1;
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', open + 1)) {
    if (close < open + 2) {
      close = text.indexOf('}}', open + 2);
      if (close < 0) break;
      exprEnd = close;
      if (text[exprEnd - 1] === '-') exprEnd--;
      while (isSpace(text[exprEnd - 1])) exprEnd--;
    }
    let from = open + 2;
    if (text[from] === '-') from++;
    while (from < close && isSpace(text[from])) from++;
    const to = Math.max(from, exprEnd);
    // The expression cannot span lines: then nothing matches from this `{{`.
    if (lastNewline && lastNewline[to] >= from) continue;
    out += text.slice(copied, open) + replace(text.slice(open, close + 2), text.slice(from, to));
    copied = close + 2;
    open = close + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** Renders every string value of a template tree. */
export function renderTree(value: unknown, params: Params, goTemplate: boolean, state: RenderState): unknown {
  if (typeof value === 'string') return renderString(value, params, goTemplate, state);
  if (Array.isArray(value)) return value.map((v) => renderTree(v, params, goTemplate, state));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderTree(v, params, goTemplate, state);
    return out;
  }
  return value;
}

/** Deep merge, `over` winning (generator-level template over spec.template). */
export function mergeDeep(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return over ?? base;
  if (typeof over !== 'object' || over === null || Array.isArray(over)) return over ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(out[k], v);
  return out;
}
