// The Jinja subset the reader evaluates statically: variables, attribute and
// item access, string literals, `~` and `| default(...)`. Anything else is
// "unknown" — the reader never guesses a value.
import type { Loc } from '../types.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
import { isRecord } from './shape.js';

/** A variable's value and where it is written (for attributing versions and URLs). */
export interface Var {
  value: unknown;
  at?: Loc;
  /** The document and path holding the value, so nested values get precise positions. */
  doc?: YamlDoc;
  path?: PathSegment[];
  /** Defined at run time with a value the reader cannot know (register, facts, magic variables). */
  unknown?: boolean;
}

export type Layer = ReadonlyMap<string, Var>;

/** Variables in precedence order: later layers win. */
export class VarScope {
  constructor(readonly layers: readonly Layer[]) {}

  get(name: string): Var | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const v = this.layers[i].get(name);
      if (v) return v;
    }
    // Facts and connection variables exist at run time only.
    if (name.startsWith('ansible_')) return { value: undefined, unknown: true };
    return undefined;
  }

  with(...layers: Layer[]): VarScope {
    return new VarScope([...this.layers, ...layers]);
  }
}

export type Evaluated =
  | { kind: 'value'; value: unknown; at?: Loc }
  | { kind: 'undefined' }
  | { kind: 'unknown' };

const UNKNOWN: Evaluated = { kind: 'unknown' };
const MAX_DEPTH = 40;
/** Variable lookups allowed per top-level evaluation: bounds fan-out such as `a: "{{ b ~ b }}"` chains. */
const MAX_STEPS = 5000;
let steps = 0;

/** A substituted `{{ }}` span of a rendered string: output offsets and where its value is written. */
export interface Span {
  start: number;
  end: number;
  value: string;
  at?: Loc;
}

export interface Rendered {
  /** The rendered string; undefined when some part is unknown. */
  text?: string;
  /** A non-string value when the whole input is one expression (`"{{ list_var }}"`). */
  value?: unknown;
  complete: boolean;
  /** Where the (last) substituted variable value is written. */
  at?: Loc;
  spans: Span[];
}

const EXPR = /\{\{-?([\s\S]*?)-?\}\}/g;

/** Renders a string with `{{ }}` expressions; `{% %}` makes it unknown. */
export function renderString(text: string, scope: VarScope, depth = 0, visiting: ReadonlySet<string> = new Set()): Rendered {
  if (depth === 0) steps = 0;
  if (!text.includes('{{') && !text.includes('{%')) return { text, value: text, complete: true, spans: [] };
  if (text.includes('{%') || depth > MAX_DEPTH) return { complete: false, spans: [] };
  const whole = /^\s*\{\{-?([\s\S]*?)-?\}\}\s*$/.exec(text);
  if (whole && !whole[1].includes('}}')) {
    const r = evalExpression(whole[1], scope, depth, visiting);
    if (r.kind !== 'value') return { complete: false, spans: [] };
    const s = stringify(r.value);
    return { text: s, value: r.value, complete: s !== undefined || r.value !== undefined, at: r.at, spans: s !== undefined ? [{ start: 0, end: s.length, value: s, at: r.at }] : [] };
  }
  let out = '';
  let last = 0;
  let at: Loc | undefined;
  const spans: Span[] = [];
  for (const m of text.matchAll(EXPR)) {
    out += text.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const r = evalExpression(m[1], scope, depth, visiting);
    const s = r.kind === 'value' ? stringify(r.value) : undefined;
    if (s === undefined) return { complete: false, spans: [] };
    spans.push({ start: out.length, end: out.length + s.length, value: s, at: r.kind === 'value' ? r.at : undefined });
    if (r.kind === 'value' && r.at) at = r.at;
    out += s;
  }
  out += text.slice(last);
  return { text: out, value: out, complete: true, at, spans };
}

/** Renders any YAML value: strings are templated, other values are returned as they are. */
export function renderValue(v: unknown, scope: VarScope): Rendered {
  if (typeof v === 'string') return renderString(v, scope);
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v), value: v, complete: true, spans: [] };
  return { value: v, complete: v !== undefined && v !== null, spans: [] };
}

function stringify(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return undefined;
}

// ------------------------------------------------------------ expressions

type Tok = { t: 'str' | 'num' | 'name' | 'punct'; v: string };

function tokenize(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          s += src[j + 1];
          j += 2;
        } else s += src[j++];
      }
      if (j >= src.length) return undefined;
      out.push({ t: 'str', v: s });
      i = j + 1;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      out.push({ t: 'name', v: m[0] });
      i += m[0].length;
    } else if ('.[]()|~,='.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else return undefined;
  }
  return out;
}

/** Evaluates one `{{ }}` expression body. */
export function evalExpression(src: string, scope: VarScope, depth = 0, visiting: ReadonlySet<string> = new Set()): Evaluated {
  if (depth === 0) steps = 0;
  const toks = tokenize(src);
  if (!toks || toks.length === 0) return UNKNOWN;
  const p = new Parser(toks, scope, depth, visiting);
  try {
    const r = p.expr();
    return p.done() ? r : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly scope: VarScope,
    private readonly depth: number,
    private readonly visiting: ReadonlySet<string>,
  ) {}

  done(): boolean {
    return this.i === this.toks.length;
  }

  private peek(v?: string): Tok | undefined {
    const t = this.toks[this.i];
    return t && (v === undefined || (t.t === 'punct' && t.v === v)) ? t : undefined;
  }

  private expect(v: string): void {
    if (!this.peek(v)) throw new Error(`expected ${v}`);
    this.i++;
  }

  expr(): Evaluated {
    let left = this.filtered();
    while (this.peek('~')) {
      this.i++;
      const right = this.filtered();
      if (left.kind !== 'value' || right.kind !== 'value') {
        left = UNKNOWN;
        continue;
      }
      const a = stringify(left.value ?? '');
      const b = stringify(right.value ?? '');
      left = a === undefined || b === undefined ? UNKNOWN : { kind: 'value', value: a + b, at: right.at ?? left.at };
    }
    return left;
  }

  private filtered(): Evaluated {
    let v = this.primary();
    while (this.peek('|')) {
      this.i++;
      const name = this.toks[this.i++];
      if (!name || name.t !== 'name') throw new Error('filter name');
      const args: Evaluated[] = [];
      if (this.peek('(')) {
        this.i++;
        while (!this.peek(')')) {
          // Keyword arguments (`boolean=true`) keep their value only.
          if (this.toks[this.i]?.t === 'name' && this.toks[this.i + 1]?.v === '=') this.i += 2;
          args.push(this.expr());
          if (this.peek(',')) this.i++;
          else break;
        }
        this.expect(')');
      }
      if (name.v === 'default' || name.v === 'd') {
        const orEmpty = args[1]?.kind === 'value' && args[1].value === true;
        const empty = v.kind === 'value' && (v.value === '' || v.value === false || v.value === null || v.value === undefined);
        if (v.kind === 'undefined' || (orEmpty && empty)) v = args[0] ?? UNKNOWN;
      } else {
        v = UNKNOWN;
      }
    }
    return v;
  }

  private primary(): Evaluated {
    const t = this.toks[this.i++];
    if (!t) throw new Error('end');
    let v: Evaluated;
    if (t.t === 'str') v = { kind: 'value', value: t.v };
    else if (t.t === 'num') v = { kind: 'value', value: Number(t.v) };
    else if (t.t === 'punct' && t.v === '(') {
      v = this.expr();
      this.expect(')');
    } else if (t.t === 'name') {
      if (/^(true|True)$/.test(t.v)) v = { kind: 'value', value: true };
      else if (/^(false|False)$/.test(t.v)) v = { kind: 'value', value: false };
      else if (/^(none|None)$/.test(t.v)) v = { kind: 'value', value: null };
      else v = this.variable(t.v);
    } else throw new Error('primary');
    return this.postfix(v);
  }

  private postfix(v: Evaluated): Evaluated {
    for (;;) {
      let key: string | number | undefined;
      if (this.peek('.')) {
        this.i++;
        const n = this.toks[this.i++];
        if (!n || (n.t !== 'name' && n.t !== 'num')) throw new Error('attr');
        key = n.t === 'num' ? Number(n.v) : n.v;
      } else if (this.peek('[')) {
        this.i++;
        const k = this.expr();
        this.expect(']');
        if (k.kind !== 'value' || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
          v = UNKNOWN;
          continue;
        }
        key = k.value;
      } else return v;
      v = this.member(v, key);
    }
  }

  /** `a.b` / `a['b']`: nested values keep their own position when the parent came from a YAML document. */
  private member(v: Evaluated, key: string | number): Evaluated {
    if (v.kind !== 'value') return v.kind === 'undefined' ? UNKNOWN : v;
    const base = v.value;
    let next: unknown;
    if (Array.isArray(base) && typeof key === 'number') next = base[key];
    else if (isRecord(base) && Object.prototype.hasOwnProperty.call(base, String(key))) next = base[String(key)];
    else return { kind: 'undefined' };
    const origin = this.origins.get(v);
    const nested: Var = origin?.doc && origin.path
      ? { value: next, doc: origin.doc, path: [...origin.path, key], at: origin.doc.loc([...origin.path, key]) }
      : { value: next, at: v.at };
    return this.varValue(nested, undefined);
  }

  private readonly origins = new WeakMap<Evaluated, Var>();

  private variable(name: string): Evaluated {
    if (++steps > MAX_STEPS) return UNKNOWN;
    const v = this.scope.get(name);
    if (!v) return { kind: 'undefined' };
    if (v.unknown) return UNKNOWN;
    if (this.visiting.has(name)) return UNKNOWN;
    return this.varValue(v, name);
  }

  /** A variable's value, templated lazily in the same scope (recursion and cycles bounded). */
  private varValue(v: Var, name: string | undefined): Evaluated {
    if (typeof v.value === 'string' && (v.value.includes('{{') || v.value.includes('{%'))) {
      const visiting = name ? new Set([...this.visiting, name]) : this.visiting;
      const r = renderString(v.value, this.scope, this.depth + 1, visiting);
      if (!r.complete) return UNKNOWN;
      return { kind: 'value', value: r.value, at: r.at ?? v.at };
    }
    const out: Evaluated = { kind: 'value', value: v.value, at: v.at };
    this.origins.set(out, v);
    return out;
  }
}

/** Builds a layer from a mapping found at `path` of `doc`, each key with its own position. */
export function layerOf(value: unknown, doc?: YamlDoc, path: PathSegment[] = [], fallback?: Loc): Map<string, Var> {
  const layer = new Map<string, Var>();
  if (!isRecord(value)) return layer;
  for (const [k, v] of Object.entries(value)) {
    layer.set(k, doc ? { value: v, doc, path: [...path, k], at: doc.loc([...path, k]) } : { value: v, at: fallback });
  }
  return layer;
}

/**
 * Substitutes the `{{ }}` spans that resolve and keeps the others: as they are
 * (commands, so unresolved words stay recognisable) or as `placeholder` (templates).
 * With `singleLine`, multi-line values count as unresolved so line numbers survive.
 */
export function renderPartial(text: string, scope: VarScope, opts: { placeholder?: string; singleLine?: boolean } = {}): { text: string; spans: Span[]; holes: { start: number; end: number }[] } {
  let out = '';
  let last = 0;
  const spans: Span[] = [];
  /** Output ranges of the expressions that did not resolve. */
  const holes: { start: number; end: number }[] = [];
  for (const m of text.matchAll(EXPR)) {
    out += text.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const r = evalExpression(m[1], scope);
    const s = r.kind === 'value' ? stringify(r.value) : undefined;
    if (s !== undefined && !(opts.singleLine && s.includes('\n'))) {
      spans.push({ start: out.length, end: out.length + s.length, value: s, at: r.kind === 'value' ? r.at : undefined });
      out += s;
    } else {
      const start = out.length;
      out += opts.placeholder !== undefined ? opts.placeholder + '\n'.repeat((m[0].match(/\n/g) ?? []).length) : m[0];
      holes.push({ start, end: out.length });
    }
  }
  return { text: out + text.slice(last), spans, holes };
}
