// ApplicationSet parameter substitution in both template modes (semantics 2.2).
// Only string values are rendered; map keys never are.

import { stringify as stringifyYaml } from 'yaml';

export type Params = Record<string, unknown>;

export interface RenderState {
  /** Set when a placeholder could not be resolved. */
  unresolved: boolean;
}

/**
 * Text a template engine left unrendered: a `{{ }}` action, or the `<no value>` Go
 * templates (ApplicationSets, Helm) print for a missing key. The readers turn such a
 * value into an Unresolved; nothing outside src/argocd sees it.
 */
export const isTemplated = (text: string): boolean => text.includes('{{') || text.includes('<no value>');

/** The value Go templates print for a key they have no value for. */
export const NO_VALUE = '<no value>';

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
  if (goTemplate) {
    return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (whole, expr: string) => {
      const v = goExpr(expr, params);
      if (v === undefined) {
        state.unresolved = true;
        return whole;
      }
      return v;
    });
  }
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, key: string) => {
    const v = params[key];
    if (v === undefined || typeof v === 'object') {
      state.unresolved = true;
      return whole;
    }
    return String(v);
  });
}

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
