// Helm templates are Go templates, never YAML: to follow an app-of-apps chart the
// Applications in templates/ are read leniently. `.Values.x.y` (or `$.Values.x.y`)
// resolves from the chart's values.yaml when it is a plain scalar; a whole-line `range`
// over a list of the values whose body is whole documents (one Application per item) is
// expanded, each item binding `.`, `$item` and `$index`; anything else becomes a
// `<no value>`, as Helm prints a missing value, which the reader takes as unknown.
// Escaped ApplicationSet braces ('{{`{{.path.basename}}`}}') come out as Helm would print them.
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import { MAX_YAML_DOCUMENTS, parseYaml, type YamlDoc } from '../parse/yaml-file.js';
import { NO_VALUE } from './templated-text.js';

/** What a template action can name: the root object (`$`), the current item (`.`), range variables. */
interface Scope {
  root: Record<string, unknown>;
  dot: unknown;
  vars: Record<string, unknown>;
}

const CONTROL_LINE = /^[ \t]*\{\{-?\s*(?:if|else|end|range|with|define|template|include)\b[^\n]*\}\}[ \t]*$/;
const OPENS_BLOCK = /^[ \t]*\{\{-?\s*(?:if|range|with|define)\b/;
const ENDS_BLOCK = /^[ \t]*\{\{-?\s*end\b/;
const RANGE_LINE = /^[ \t]*\{\{-?\s*range\s+(?:(\$\w+)\s*(?:,\s*(\$\w+)\s*)?:=\s*)?(.+?)\s*-?\}\}[ \t]*$/;

/** `.a.b`, `$.a.b`, `$var.a.b`, optionally piped through `quote`; undefined when not known. */
function resolve(expr: string, scope: Scope): unknown {
  const [head, ...pipes] = expr.split('|').map((p) => p.trim());
  if (pipes.some((p) => p !== 'quote')) return undefined;
  const m = /^(\$\w*)?((?:\.[\w-]+)*)$/.exec(head);
  if (!m || (m[1] === undefined && m[2] === '')) return undefined;
  let v: unknown = m[1] === undefined ? scope.dot : m[1] === '$' ? scope.root : scope.vars[m[1].slice(1)];
  for (const seg of m[2].split('.').slice(1)) {
    if (!isRecord(v)) return undefined;
    v = v[seg];
  }
  return v;
}

function substitute(text: string, scope: Scope): string {
  return text
    .replace(/\{\{`([\s\S]*?)`\}\}/g, (_, inner: string) => inner.replace(/\{\{/g, '\u0001').replace(/\}\}/g, '\u0002'))
    .replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, expr: string) => {
      if (/^(if|else|end|range|with|define|template|include|-)/.test(expr.trim())) return '';
      const v = resolve(expr.trim(), scope);
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : NO_VALUE;
    })
    .replace(/\u0001/g, '{{')
    .replace(/\u0002/g, '}}');
}

/** The line closing the block opened at `start`, when the block's actions are whole lines. */
function blockEnd(lines: readonly string[], start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    if (OPENS_BLOCK.test(lines[i])) depth++;
    else if (ENDS_BLOCK.test(lines[i]) && --depth === 0) return i;
  }
  return undefined;
}

/**
 * The template's text as one or more renderings of the same length (so every line keeps
 * its number): a range over whole documents yields one rendering per item, the lines
 * outside it appearing in one rendering only.
 */
function renderings(lines: readonly string[], scope: Scope): string[][] {
  const blank = (n: number) => Array<string>(n).fill('');
  for (let r = 0; r < lines.length; r++) {
    const range = RANGE_LINE.exec(lines[r]);
    const end = range ? blockEnd(lines, r) : undefined;
    if (!range || end === undefined) continue;
    const body = lines.slice(r + 1, end);
    const items = resolve(range[3], scope);
    const entries: [unknown, unknown][] = Array.isArray(items) ? items.map((v, i) => [i, v]) : isRecord(items) ? Object.entries(items) : [];
    // Only a body of whole documents can be split; a range inside a document stays one unknown pass.
    if (entries.length === 0 || !/^(---|apiVersion:|kind:)/.test(body.find((l) => l.trim() !== '' && !CONTROL_LINE.test(l)) ?? '')) continue;
    const [first, second] = [range[1]?.slice(1), range[2]?.slice(1)];
    const before = [...lines.slice(0, r).map((l) => substitute(CONTROL_LINE.test(l) ? '' : l, scope)), ...blank(lines.length - r)];
    const out: string[][] = [before];
    for (const [key, item] of entries) {
      const vars = { ...scope.vars, ...(second ? { [first!]: key, [second]: item } : first ? { [first]: item } : {}) };
      for (const b of renderings(body, { root: scope.root, dot: item, vars })) out.push([...blank(r + 1), ...b, ...blank(lines.length - end)]);
    }
    for (const a of renderings(lines.slice(end + 1), scope)) out.push([...blank(end + 1), ...a]);
    return out;
  }
  // Lines that are only template actions (if, end, an unexpanded range) are blanked so line numbers stay.
  return [lines.map((l) => substitute(CONTROL_LINE.test(l) ? '' : l, scope))];
}

/** The Application and ApplicationSet documents of a local chart's templates/, read leniently. */
export function argoDocsInChart(sources: SourceSet, chartDir: string): YamlDoc[] {
  const templates = `${chartDir}/templates`;
  if (!sources.hasDir(templates)) return [];
  const valuesFile = sources.filesIn(chartDir).find((f) => /\/values\.ya?ml$/.test(f));
  // Its syntax problems are reported with the values (helm-values.ts), naming the app that fails.
  const values = valuesFile ? sources.yaml(valuesFile, false)?.docs[0]?.value : undefined;
  const root = { Values: values };
  const docs: YamlDoc[] = [];
  for (const file of sources.filesIn(templates)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const text = sources.declaresArgo(file) ? sources.text(file) : undefined;
    if (!text) continue;
    renderings(text.split('\n'), { root, dot: root, vars: {} }).forEach((lines, k) => {
      const parsed = parseYaml(file, lines.join('\n'), k * MAX_YAML_DOCUMENTS);
      docs.push(...parsed.docs.filter((d) => isRecord(d.value) && typeof d.value.kind === 'string' && /^Application(Set)?$/.test(d.value.kind)));
    });
  }
  return docs;
}
