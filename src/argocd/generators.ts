// ApplicationSet generators resolved from the repository (semantics 2.3-2.7).
// What needs a live cluster or a service becomes one "unknown" parameter set.
import { parse as parseYamlValue } from 'yaml';
import { isRecord } from '../parse/manifest.js';
import { baseName, dirOf, joinInRepo } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import type { Loc, PathRef } from '../types.js';
import { nameOfId } from './app-id.js';
import { pathMatch, pathspecMatch } from './path-match.js';
import { normalize, renderTree, type Params } from './template.js';
import { isTemplated } from './templated-text.js';

/** A generator whose parameters the repository cannot tell (it needs the live cluster, a service or another repository). */
export interface UnknownGenerator {
  generator: string;
  at: Loc;
}

export interface ParamSet {
  params: Params;
  /** Where this parameter set comes from (a list element, a directory pattern, a file). */
  at: Loc;
  /** Where the value that becomes the Application's path is written, when one parameter carries it. */
  pathAt?: Loc;
  /** The generators whose unknown parameters this set stands for (one placeholder set each). */
  unknown?: UnknownGenerator[];
}

export interface GeneratorContext {
  sources: SourceSet;
  /** Where a path of the ApplicationSet (from its root) is written. */
  locOf: (path: (string | number)[]) => Loc;
  goTemplate: boolean;
  /** The id of the ApplicationSet (owner of the pattern path references). */
  owner: string;
  /** `path`: a repository path the generator names, telling an inferred repository local when it exists here. */
  isLocalRepo: (repoURL: string, path?: string) => boolean;
  pathRefs: PathRef[];
}

type Path = (string | number)[];

export function runGenerator(gen: unknown, path: Path, ctx: GeneratorContext, depth = 0): ParamSet[] {
  if (!isRecord(gen)) return [];
  const at = ctx.locOf(path);
  let sets: ParamSet[];
  if (isRecord(gen.list)) sets = listGenerator(gen.list, [...path, 'list'], ctx);
  else if (isRecord(gen.git)) sets = gitGenerator(gen.git, [...path, 'git'], ctx);
  else if ((isRecord(gen.matrix) || isRecord(gen.merge)) && depth < 2) sets = combine(gen, path, ctx, depth);
  else if (isRecord(gen.clusters) && !hasSelector(gen.clusters)) {
    // Without a selector the local cluster is always generated.
    sets = [{ params: { name: 'in-cluster', nameNormalized: 'in-cluster', server: 'https://kubernetes.default.svc' }, at }];
  } else {
    const kind = Object.keys(gen).find((k) => k !== 'selector' && k !== 'template' && k !== 'values') ?? 'unknown';
    sets = [{ params: {}, at, unknown: [{ generator: kind, at }] }];
  }
  if (isRecord(gen.selector)) sets = sets.filter((s) => s.unknown || selects(gen.selector as Record<string, unknown>, s.params));
  return withinAppBudget(sets, path, ctx);
}

/** At most limits.applicationsPerApplicationSet parameter sets; past it, said once (incomplete-analysis). */
function withinAppBudget(sets: ParamSet[], path: Path, ctx: GeneratorContext): ParamSet[] {
  const cap = ctx.sources.limits.applicationsPerApplicationSet;
  if (sets.length <= cap) return sets;
  appBudgetReached(path, ctx);
  return sets.slice(0, cap);
}

const appBudgetReached = (path: Path, ctx: GeneratorContext): void =>
  ctx.sources.reachedLimit('applicationsPerApplicationSet', ctx.locOf(path), `ApplicationSet ${nameOfId(ctx.owner)}: this generator yields more Applications than the budget`, ['runtime-deploys']);

const hasSelector = (g: Record<string, unknown>): boolean => isRecord(g.selector) && Object.keys(g.selector).length > 0;

function listGenerator(list: Record<string, unknown>, path: Path, ctx: GeneratorContext): ParamSet[] {
  const sets: ParamSet[] = [];
  const elements = Array.isArray(list.elements) ? list.elements : [];
  elements.forEach((el, i) => {
    if (!isRecord(el)) return;
    sets.push({
      params: ctx.goTemplate ? el : flattenValues(el),
      at: ctx.locOf([...path, 'elements', i]),
      pathAt: typeof el.path === 'string' ? ctx.locOf([...path, 'elements', i, 'path']) : undefined,
    });
  });
  if (typeof list.elementsYaml === 'string') {
    const at = ctx.locOf([...path, 'elementsYaml']);
    let parsed: unknown;
    try {
      parsed = isTemplated(list.elementsYaml) ? undefined : parseYamlValue(list.elementsYaml);
    } catch {
      parsed = undefined;
    }
    if (Array.isArray(parsed)) {
      for (const el of parsed) if (isRecord(el)) sets.push({ params: ctx.goTemplate ? el : flattenValues(el), at });
    } else {
      sets.push({ params: {}, at, unknown: [{ generator: 'list.elementsYaml', at }] });
    }
  }
  return sets;
}

/** fasttemplate keys are flat: a nested map becomes `key.sub`, a list `key.0`. */
function flattenValues(obj: Record<string, unknown>, prefix = '', out: Params = {}): Params {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix + k;
    if (isRecord(v)) flattenValues(v, key + '.', out);
    else if (Array.isArray(v)) v.forEach((item, i) => (isRecord(item) ? flattenValues(item, `${key}.${i}.`, out) : (out[`${key}.${i}`] = String(item))));
    else out[key] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

function pathParams(dir: string, ctx: GeneratorContext, prefix: string, file?: string): Params {
  const segments = dir === '' ? [] : dir.split('/');
  const p: Record<string, unknown> = {
    path: dir === '' ? '.' : dir,
    basename: baseName(dir) || '.',
    basenameNormalized: normalize(baseName(dir) || '.'),
    segments,
  };
  if (file !== undefined) {
    p.filename = file;
    p.filenameNormalized = normalize(file);
  }
  if (ctx.goTemplate) return prefix ? { [prefix]: { path: p } } : { path: p };
  const key = prefix ? `${prefix}.path` : 'path';
  const flat: Params = { [key]: p.path };
  for (const k of ['basename', 'basenameNormalized', 'filename', 'filenameNormalized']) if (p[k] !== undefined) flat[`${key}.${k}`] = p[k];
  segments.forEach((s, i) => (flat[`${key}[${i}]`] = s));
  return flat;
}

function gitGenerator(git: Record<string, unknown>, path: Path, ctx: GeneratorContext): ParamSet[] {
  const at = ctx.locOf(path);
  if (typeof git.repoURL !== 'string' || !ctx.isLocalRepo(git.repoURL, literalPrefix(git))) {
    return [{ params: {}, at, unknown: [{ generator: 'git (another repository)', at }] }];
  }
  const prefix = typeof git.pathParamPrefix === 'string' ? git.pathParamPrefix : '';
  const values = isRecord(git.values) ? git.values : undefined;
  const withValues = (params: Params): Params => {
    if (!values) return params;
    const rendered = renderTree(values, params, ctx.goTemplate, { unresolved: false }) as Record<string, unknown>;
    return ctx.goTemplate ? { ...params, values: rendered } : { ...params, ...flattenValues(rendered, 'values.') };
  };
  const patterns = (key: 'directories' | 'files') =>
    (Array.isArray(git[key]) ? (git[key] as unknown[]) : []).flatMap((d, i) =>
      isRecord(d) && typeof d.path === 'string' ? [{ path: d.path, exclude: d.exclude === true, at: ctx.locOf([...path, key, i, 'path']) }] : [],
    );
  const dirs = patterns('directories');
  if (dirs.length > 0) {
    const includes = dirs.filter((d) => !d.exclude);
    const excludes = dirs.filter((d) => d.exclude);
    const candidates = ctx.sources.allDirs().filter((d) => !d.split('/').some((s) => s.startsWith('.')));
    const sets: ParamSet[] = [];
    for (const inc of includes) {
      if (isTemplated(inc.path)) {
        // A pattern built from parameters without a value: its directories are unknown.
        sets.push({ params: {}, at: inc.at, unknown: [{ generator: `git directory pattern ${inc.path}`, at: inc.at }] });
        continue;
      }
      const matched = candidates.filter((d) => pathMatch(inc.path, d));
      if (matched.length === 0) ctx.pathRefs.push({ at: inc.at, path: inc.path, kind: 'git-directory', status: leavesRepo(inc.path) ? 'outside' : 'no-match', owner: ctx.owner });
    }
    for (const dir of candidates) {
      const inc = includes.find((p) => pathMatch(p.path, dir));
      if (!inc || excludes.some((p) => pathMatch(p.path, dir))) continue;
      sets.push({ params: withValues(pathParams(dir, ctx, prefix)), at: inc.at, pathAt: inc.at });
    }
    return sets;
  }
  const files = patterns('files');
  const sets: ParamSet[] = [];
  for (const file of ctx.sources.files) {
    const inc = files.find((p) => !p.exclude && pathspecMatch(p.path, file));
    if (!inc || files.some((p) => p.exclude && pathspecMatch(p.path, file))) continue;
    const content = ctx.sources.yaml(file)?.docs[0]?.value;
    const items = Array.isArray(content) ? content : [content ?? {}];
    for (const item of items) {
      if (!isRecord(item)) continue;
      const own = ctx.goTemplate ? item : flattenValues(item);
      sets.push({ params: withValues({ ...own, ...pathParams(dirOf(file), ctx, prefix, baseName(file)) }), at: inc.at });
    }
  }
  for (const p of files) if (!p.exclude && !ctx.sources.files.some((f) => pathspecMatch(p.path, f))) ctx.pathRefs.push({ at: p.at, path: p.path, kind: 'git-files', status: leavesRepo(p.path) ? 'outside' : 'no-match', owner: ctx.owner });
  return sets;
}

/** The directory before the first wildcard of the generator's first pattern (`apps/*` → `apps`), when it has one. */
function literalPrefix(git: Record<string, unknown>): string | undefined {
  const first = [...(Array.isArray(git.directories) ? git.directories : []), ...(Array.isArray(git.files) ? git.files : [])].find(
    (d) => isRecord(d) && typeof d.path === 'string' && d.exclude !== true,
  ) as { path: string } | undefined;
  const literal = first?.path.split('/').filter(Boolean);
  const cut = literal?.findIndex((s) => /[*?[\\{]/.test(s)) ?? -1;
  const dirs = literal && cut !== 0 ? (cut < 0 ? literal : literal.slice(0, cut)) : undefined;
  return dirs && dirs.length > 0 ? dirs.join('/') : undefined;
}

/** A pattern with a `..` segment names something above the repository root (only repository paths are matched). */
const leavesRepo = (pattern: string): boolean => !pattern.startsWith('/') && joinInRepo('', pattern) === undefined;

function combine(gen: Record<string, unknown>, path: Path, ctx: GeneratorContext, depth: number): ParamSet[] {
  const isMatrix = isRecord(gen.matrix);
  const spec = (isMatrix ? gen.matrix : gen.merge) as Record<string, unknown>;
  const key = isMatrix ? 'matrix' : 'merge';
  const children = Array.isArray(spec.generators) ? spec.generators : [];
  if (children.length < 2) return [];
  const first = runGenerator(children[0], [...path, key, 'generators', 0], ctx, depth + 1);
  if (isMatrix) {
    // The product is built up to the budget, never past it (two lists of 1000 make a million).
    const cap = ctx.sources.limits.applicationsPerApplicationSet;
    const product: ParamSet[] = [];
    for (const a of first) {
      // The second child's spec is rendered with each parameter set of the first.
      const rendered = renderTree(children[1], a.params, ctx.goTemplate, { unresolved: false });
      for (const b of runGenerator(rendered, [...path, key, 'generators', 1], ctx, depth + 1)) {
        if (product.length >= cap) {
          appBudgetReached(path, ctx);
          return product;
        }
        product.push({
          params: { ...b.params, ...a.params },
          at: b.at,
          pathAt: b.pathAt ?? a.pathAt,
          ...(a.unknown || b.unknown ? { unknown: [...(a.unknown ?? []), ...(b.unknown ?? [])] } : {}),
        });
      }
    }
    return product;
  }
  const mergeKeys = Array.isArray(spec.mergeKeys) ? spec.mergeKeys.filter((k): k is string => typeof k === 'string') : [];
  const base = first.map((s) => ({ ...s, params: { ...s.params } }));
  for (let i = 1; i < children.length; i++) {
    for (const over of runGenerator(children[i], [...path, key, 'generators', i], ctx, depth + 1)) {
      const target = base.find((b) => mergeKeys.length > 0 && mergeKeys.every((k) => String(b.params[k]) === String(over.params[k])));
      if (target) Object.assign(target.params, over.params);
    }
  }
  return base;
}

/** Post-selector over top-level string parameters. */
function selects(selector: Record<string, unknown>, params: Params): boolean {
  const labels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
  for (const [k, v] of Object.entries(labels)) if (String(params[k]) !== String(v)) return false;
  const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of exprs) {
    if (!isRecord(e) || typeof e.key !== 'string') continue;
    const v = params[e.key];
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = typeof v === 'string';
    if (e.operator === 'In' && !(has && values.includes(v))) return false;
    if (e.operator === 'NotIn' && has && values.includes(v)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
