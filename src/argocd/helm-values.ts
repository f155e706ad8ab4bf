// The Helm values an app feeds its charts (semantics 1.5, 3.4): values files of this
// repository and inline values, each plain YAML with positions. A values file is read
// for its data by js-yaml (about ten times faster); the full parse, with positions, runs
// only when something asks for its document (a finding to place) or js-yaml refuses it.
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { isRecord } from '../parse/manifest.js';
import { joinInRepo } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import { capProblem, parseYaml, type ParseProblem, type PathSegment, type YamlDoc } from '../parse/yaml-file.js';
import type { HelmValues, Loc } from '../types.js';
import { nameOfId } from './app-id.js';
import { defineFact } from '../parse/facts.js';

const HELM_VALUES = defineFact('helm-values', (text, path) => quickRead(path, text));

/** A values source before it is tied to an Application (a file's document is read later, on demand). */
export type ValuesSource = Omit<HelmValues, 'application' | 'appset'>;

/** A values file as js-yaml reads it: its data, or where and why it does not parse. */
type QuickRead = { data: unknown; error?: undefined } | { error: ParseProblem };

/** The values file as data (js-yaml, kept per content), its syntax error, or null when only the full parse can read it. */
function quickValues(sources: SourceSet, file: string): QuickRead | null {
  return sources.fact(file, HELM_VALUES) ?? null;
}

function quickRead(file: string, text: string): QuickRead | null {
  // Tabs, directives, tags, and what the parse caps refuse go to the full parse.
  const uncommented = text.replace(/(^|\s)#.*$/gm, '$1');
  if (text.includes('\t') || /^(?:\.\.\.|%)/m.test(text) || /(^|[\s[{,:-])![\w!<]/m.test(uncommented) || capProblem(file, text)) return null;
  try {
    // Helm reads the first document of a values file.
    return { data: loadAll(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, undefined, { schema: CORE_SCHEMA })[0] ?? null };
  } catch (err) {
    const mark = (err as { mark?: { line: number; column: number } }).mark;
    const reason = (err as { reason?: string }).reason;
    return mark && reason ? { error: { at: { file, line: mark.line + 1, column: mark.column + 1 }, message: reason } } : null;
  }
}

/** The values file's document, fully parsed with positions; undefined when it does not exist or does not parse. */
function fullValuesDoc(sources: SourceSet, file: string): YamlDoc | undefined {
  const parsed = sources.hasFile(file) && !quickValues(sources, file)?.error ? sources.yaml(file, false) : undefined;
  return parsed && parsed.problems.length === 0 ? parsed.docs[0] : undefined;
}

/** The values source for one app; a file's `doc` and `base` are parsed when first read. */
export function helmValuesFor(sources: SourceSet, v: ValuesSource, application: string, appset: string | undefined): HelmValues {
  const out: HelmValues = { ...v, application, ...(appset === undefined ? {} : { appset }) };
  const file = v.file;
  if (file !== undefined && v.doc === undefined) {
    let doc: { value?: YamlDoc } | undefined;
    const load = (): YamlDoc | undefined => (doc ??= { value: fullValuesDoc(sources, file) }).value;
    Object.defineProperty(out, 'doc', { enumerable: true, get: load });
    Object.defineProperty(out, 'base', { enumerable: true, get: () => (load() ? [] : undefined) });
  }
  return out;
}

/**
 * The data of a values source (its values, not the document around inline ones); undefined
 * when it does not exist or does not parse. An alias is the node it names, shared, not a
 * copy: walk with a set of nodes already seen, or aliases multiply the work.
 */
export function valuesData(sources: SourceSet, v: HelmValues): unknown {
  if (v.file !== undefined && sources.hasFile(v.file)) {
    const quick = quickValues(sources, v.file);
    if (quick) return quick.error ? undefined : quick.data;
  }
  let node: unknown = v.doc?.value;
  for (const seg of v.base ?? []) node = isRecord(node) || Array.isArray(node) ? (node as Record<PathSegment, unknown>)[seg] : undefined;
  return node;
}

/** Where a field of an Application is written: its YAML document and the path inside it. */
export type YamlPathOf = (path: PathSegment[]) => { doc: YamlDoc; path: PathSegment[] };

/** A values file of this repository (read on demand; its syntax problems are reported once the apps using it are known). */
export function valuesFile(file: string, at: Loc): ValuesSource {
  return { file, at };
}

/** Inline values written as a YAML mapping (`valuesObject`, kustomize `valuesInline`). */
export function inlineValues(doc: YamlDoc, path: PathSegment[]): ValuesSource {
  return { at: doc.loc(path, 'key'), doc, base: path };
}

/**
 * Inline values written as a string of YAML (`helm.values`): parsed on its own, with the
 * lines (and, for a literal block, the columns) of the file that holds it.
 */
export function stringValues(sources: SourceSet, doc: YamlDoc, path: PathSegment[], text: string): ValuesSource {
  const at = doc.loc(path, 'key');
  const valueAt = doc.loc(path);
  const fileText = sources.text(doc.file) ?? '';
  const lines = fileText.split('\n');
  const header = lines[valueAt.line - 1]?.slice(valueAt.column - 1) ?? '';
  let padded = text;
  let firstLine = valueAt.line;
  if (/^[|>]/.test(header)) {
    // A block scalar: its content starts on the next line, indented the same throughout.
    firstLine = valueAt.line + 1;
    const indent = /^ */.exec(lines.slice(valueAt.line).find((l) => l.trim() !== '') ?? '')?.[0] ?? '';
    if (header.startsWith('|')) padded = text.split('\n').map((l) => (l === '' ? l : indent + l)).join('\n');
  }
  const parsed = parseYaml(doc.file, '\n'.repeat(firstLine - 1) + padded);
  const inner = parsed.problems.length === 0 ? parsed.docs[0] : undefined;
  return inner ? { at, doc: inner, base: [] } : { at };
}

/**
 * The values an Application source gives Helm: `valueFiles` (relative to `dir` for a
 * chart of this repository, `$ref/...` through a sibling source of this repository),
 * `values` and `valuesObject` (with both, Argo CD uses `valuesObject`).
 */
export function applicationValues(
  sources: SourceSet,
  raw: Record<string, unknown>,
  base: PathSegment[],
  siblings: unknown[],
  yamlPath: YamlPathOf | undefined,
  isLocalRepo: (url: string, path?: string) => boolean,
  dir: string | undefined,
): ValuesSource[] {
  if (!isRecord(raw.helm) || !yamlPath) return [];
  const helm = raw.helm;
  const out: ValuesSource[] = [];
  const locOf = (p: PathSegment[]): Loc => {
    const { doc, path } = yamlPath([...base, 'helm', ...p]);
    return doc.loc(path);
  };
  const files = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
  files.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const file = resolveValueFile(entry, siblings, isLocalRepo, dir);
    if (file !== undefined) out.push(valuesFile(file, locOf(['valueFiles', i])));
  });
  if (isRecord(helm.valuesObject)) {
    const { doc, path } = yamlPath([...base, 'helm', 'valuesObject']);
    out.push(inlineValues(doc, path));
  } else if (typeof helm.values === 'string' && helm.values.trim() !== '') {
    const { doc, path } = yamlPath([...base, 'helm', 'values']);
    out.push(stringValues(sources, doc, path, helm.values));
  }
  return out;
}

/** A URL (`https://`, `s3://`, `git@`): a file of another place, never read. */
export const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@');

/** A `valueFiles` entry as a repo path, when it names a file of this repository. */
export function resolveValueFile(entry: string, siblings: unknown[], isLocalRepo: (url: string, path?: string) => boolean, dir: string | undefined): string | undefined {
  const ref = /^\$([\w-]+)\/(.*)$/.exec(entry);
  if (ref) {
    const refSource = siblings.find((s) => isRecord(s) && s.ref === ref[1]);
    if (!isRecord(refSource) || typeof refSource.repoURL !== 'string' || !isLocalRepo(refSource.repoURL, ref[2])) return undefined;
    return joinInRepo('', ref[2]);
  }
  if (dir === undefined || isUrl(entry)) return undefined;
  return joinInRepo(dir, entry);
}

/**
 * The values of one kustomize `helmCharts` entry: `valuesFile`, `valuesInline`,
 * `additionalValuesFiles`.
 */
export function helmChartValues(dir: string, doc: YamlDoc, index: number, entry: Record<string, unknown>): ValuesSource[] {
  const out: ValuesSource[] = [];
  const fileAt = (file: string | undefined, path: PathSegment[]): void => {
    if (file !== undefined) out.push({ ...valuesFile(file, doc.loc(path)), byKustomize: true });
  };
  // In Helm's order, lowest first. A vendored upstream chart's own values.yaml is its pinned defaults, not values the app sets.
  if (typeof entry.valuesFile === 'string') fileAt(joinInRepo(dir, entry.valuesFile), ['helmCharts', index, 'valuesFile']);
  if (isRecord(entry.valuesInline)) out.push(inlineValues(doc, ['helmCharts', index, 'valuesInline']));
  const extra = Array.isArray(entry.additionalValuesFiles) ? entry.additionalValuesFiles : [];
  extra.forEach((v, i) => {
    if (typeof v === 'string') fileAt(joinInRepo(dir, v), ['helmCharts', index, 'additionalValuesFiles', i]);
  });
  return out;
}

/** A chart directory's own values.yaml. */
export function chartDirValues(sources: SourceSet, dir: string, chartAt: Loc): ValuesSource[] {
  const file = dir ? `${dir}/values.yaml` : 'values.yaml';
  return sources.hasFile(file) ? [valuesFile(file, chartAt)] : [];
}

/**
 * A values file that does not parse breaks every render that uses it: one parse-error
 * per problem, naming the Applications that then fail.
 */
export function reportValuesProblems(sources: SourceSet, values: readonly HelmValues[]): void {
  const appsByFile = new Map<string, Set<string>>();
  const byKustomize = new Set<string>();
  for (const v of values) {
    if (v.file === undefined || !sources.hasFile(v.file)) continue;
    const quick = quickValues(sources, v.file);
    if (quick && !quick.error) continue;
    let apps = appsByFile.get(v.file);
    if (!apps) appsByFile.set(v.file, (apps = new Set()));
    apps.add(v.application);
    if (v.byKustomize) byKustomize.add(v.file);
  }
  for (const [file, apps] of appsByFile) {
    const names = [...apps].map(nameOfId).sort();
    const who = names.length === 1 ? `Application ${names[0]}` : `Applications ${names.join(', ')}`;
    // js-yaml says where it stopped; only what it could not read is parsed fully for the reason.
    const quick = quickValues(sources, file);
    for (const p of quick?.error ? [quick.error] : (sources.yaml(file, false)?.problems ?? [])) {
      // The parser's own advice speaks of manifests; for values the consequence is the render.
      const reason = p.message.replace(/; fix the syntax \(.*\)$/, '');
      // Helm itself keeps the last of duplicated keys; Kustomize's helmCharts refuses the file.
      const duplicate = /duplicat|unique/i.test(reason);
      const consequence =
        duplicate && !byKustomize.has(file)
          ? `Helm keeps the last value and silently drops the earlier one for ${who}; remove one of them`
          : `${duplicate ? "Kustomize's helmCharts cannot read it" : 'Helm cannot read it'}, so ${who} fails to render as a whole`;
      sources.report({ at: p.at, message: `Helm values file does not parse (${reason}); ${consequence}` });
    }
  }
}

/** For each values source, the later sources of the same Application (they override it, Helm's precedence), in order: one pass over the list. */
export function laterOfSameApp(values: readonly HelmValues[]): HelmValues[][] {
  const ofApp = new Map<string, HelmValues[]>();
  for (const v of values) {
    const list = ofApp.get(v.application);
    if (list) list.push(v);
    else ofApp.set(v.application, [v]);
  }
  const met = new Map<string, number>();
  return values.map((v) => {
    const index = met.get(v.application) ?? 0;
    met.set(v.application, index + 1);
    return ofApp.get(v.application)!.slice(index + 1);
  });
}
