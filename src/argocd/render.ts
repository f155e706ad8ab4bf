// Static emulation of what one Argo CD source renders (semantics 1.3-1.6, 3, 4):
// Kustomize, a Helm chart directory or a plain directory, down to objects and charts.
import { parse as parseYamlValue } from 'yaml';
import { objectsOfDoc, parseImage, isRecord } from '../parse/manifest.js';
import { joinInRepo } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import type { YamlDoc } from '../parse/yaml-file.js';
import type { ChartRef, K8sObject, Loc, RuntimeMechanism } from '../types.js';
import { argoDocsInChart } from './helm-templates.js';
import { chartDirValues, helmChartValues, type ValuesSource } from './helm-values.js';
import { pathspecMatch } from './path-match.js';
import { defineFact } from '../parse/facts.js';

const MENTIONS_KIND = defineFact('mentions-kind', (text) => /\bkind:|"kind"/.test(text));

export interface RenderedObject {
  obj: K8sObject;
  mechanism: RuntimeMechanism;
  /** The document (always there for Argo CD kinds, which become child nodes; scanned files have none). */
  doc?: YamlDoc;
}

export interface Rendered {
  objects: RenderedObject[];
  charts: { chart: ChartRef; mechanism: RuntimeMechanism }[];
  /** Repository files the render reads. */
  files: Set<string>;
  /** Local references that do not exist or leave the root. */
  broken: { at: Loc; path: string; status: 'missing' | 'outside'; kind: 'kustomize-resource' | 'chart-dependency' }[];
  /** Remote Kustomize resources (recognised, never fetched). */
  remotes: { url: string; at: Loc }[];
  /** Kustomization directories met twice on one branch of the build. */
  cycles: { at: Loc; chain: string[] }[];
  /** Files of the render that do not parse (what they deploy is unknown). */
  unparsed: Set<string>;
  /** The Helm values the render's charts use (helmCharts entries, chart directories). */
  values: ValuesSource[];
  /** Each kustomization of the build, as its own transformers see it (for render checks). */
  levels: KustomizeLevel[];
  /** Kustomize plugins the build runs (generators, transformers, validators): what they produce is unknown. */
  plugins: KustomizePlugin[];
}

/** A Kustomize plugin entry (ksops, an exec plugin, a KRM function): it runs code, so its output is unknown. */
export interface KustomizePlugin {
  /** `generators`, `transformers` or `validators`. */
  field: string;
  /** What the entry names: its config's kind (`ksops`), or the path when it is a directory or unreadable. */
  name: string;
  at: Loc;
}

/** One kustomization of a build: what its resources, bases, components and helmCharts produce before its own transformers run. */
export interface KustomizeLevel {
  dir: string;
  doc: YamlDoc;
  k: Record<string, unknown>;
  items: RenderedObject[];
  /**
   * Which items each resources/bases/components entry added (`from` inclusive, `to` exclusive). Where it
   * is written (entryAt) is looked up only for a finding: a lookup walks the document.
   */
  entries: { value: string; key: string; index: number; from: number; to: number }[];
  /** Every object of this kustomization's build is known: no remote, plugin, chart, unparsed file, cycle or broken reference below it. */
  known: boolean;
}

/** Where a level's resources/bases/components entry is written. */
export const entryAt = (level: KustomizeLevel, entry: KustomizeLevel['entries'][number]): Loc => level.doc.loc([entry.key, entry.index]);

/** Fields that run kustomize plugins, whose output is unknown without running them. */
const PLUGIN_FIELDS = ['generators', 'transformers', 'validators', 'helmChartInflationGenerator'];

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function kustomizationIn(sources: SourceSet, dir: string): string | undefined {
  // A loop, not map + find: asked of every rendered directory, and most hold the first name.
  for (const name of KUSTOMIZATION_FILES) {
    const file = dir ? `${dir}/${name}` : name;
    if (sources.hasFile(file)) return file;
  }
  return undefined;
}

export function chartFileIn(sources: SourceSet, dir: string): string | undefined {
  return sources.filesIn(dir).find((f) => f.endsWith('Chart.yaml'));
}

export type SourceTool = 'kustomize' | 'helm' | 'directory';

/** Argo CD's tool detection for a git path: explicit key, else files directly in the path. */
export function detectTool(sources: SourceSet, dir: string, source: Record<string, unknown>): SourceTool {
  if ('kustomize' in source) return 'kustomize';
  if ('helm' in source) return 'helm';
  if ('directory' in source) return 'directory';
  if (kustomizationIn(sources, dir)) return 'kustomize';
  if (chartFileIn(sources, dir)) return 'helm';
  return 'directory';
}

const emptyRendered = (): Rendered => ({ objects: [], charts: [], files: new Set(), broken: [], remotes: [], cycles: [], unparsed: new Set(), values: [], levels: [], plugins: [] });

/**
 * Caps on one source's build: bases included from many places multiply (a diamond of
 * n levels renders 2^n times), so past these the build stops and says so. The objects'
 * cap is limits.resourcesPerBuild.
 */
export const MAX_BUILD_KUSTOMIZATIONS = 1000;

/** Work done by one build, against the caps above. */
const budgets = new WeakMap<Rendered, { kustomizations: number; objects: number; reported: boolean }>();
const budgetOf = (out: Rendered) => {
  let b = budgets.get(out);
  if (!b) budgets.set(out, (b = { kustomizations: 0, objects: 0, reported: false }));
  return b;
};

/** Appends without spreading: a hostile file can hold more objects than a call takes arguments. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** True when the build may go on; else reports once (parse-error) and marks the build incomplete. */
function withinBudget(sources: SourceSet, out: Rendered, file: string, at: () => Loc): boolean {
  const b = budgetOf(out);
  if (b.kustomizations <= MAX_BUILD_KUSTOMIZATIONS && b.objects <= sources.limits.resourcesPerBuild) return true;
  out.unparsed.add(file);
  if (!b.reported) {
    b.reported = true;
    if (b.kustomizations > MAX_BUILD_KUSTOMIZATIONS) {
      sources.report({ at: at(), message: `this build includes more than ${MAX_BUILD_KUSTOMIZATIONS} kustomizations (bases included many times over); the rest was not followed` });
    } else sources.reachedLimit('resourcesPerBuild', at(), 'this build produces more Kubernetes objects than the budget; the rest was not followed');
  }
  return false;
}

export function renderSource(sources: SourceSet, dir: string, tool: SourceTool, source: Record<string, unknown>): Rendered {
  const out = emptyRendered();
  if (tool === 'kustomize') {
    const items = renderKustomization(sources, dir, out, []);
    if (isRecord(source.kustomize)) {
      applyKustomizeOptions(source.kustomize, items);
      setChartNamespace(out, 0, source.kustomize.namespace);
    }
    append(out.objects, items);
  } else if (tool === 'helm') renderChartDir(sources, dir, out, []);
  else renderDirectory(sources, dir, isRecord(source.directory) ? source.directory : {}, out);
  return out;
}

function readObjects(sources: SourceSet, file: string, mechanism: RuntimeMechanism, out: Rendered): RenderedObject[] {
  out.files.add(file);
  const manifest = sources.manifestObjects(file);
  if (manifest) {
    if (manifest.problems) out.unparsed.add(file);
    budgetOf(out).objects += manifest.objects.length;
    return manifest.objects.map((obj) => ({ obj, mechanism }));
  }
  const parsed = sources.yaml(file);
  if (!parsed || parsed.problems.length > 0) out.unparsed.add(file);
  if (!parsed) return [];
  const objects = parsed.docs.flatMap((doc) => objectsOfDoc(doc).map((obj) => ({ obj, mechanism, doc })));
  budgetOf(out).objects += objects.length;
  return objects;
}

const isRemote = (entry: string): boolean => /^(https?:|git@|ssh:|git::|github\.com\/)/.test(entry);

function renderKustomization(sources: SourceSet, dir: string, out: Rendered, stack: string[]): RenderedObject[] {
  const file = kustomizationIn(sources, dir);
  if (!file) return [];
  out.files.add(file);
  const parsedK = sources.yaml(file);
  if (!parsedK || parsedK.problems.length > 0) out.unparsed.add(file);
  const doc = parsedK?.docs[0];
  const k = doc?.value;
  if (doc && !isRecord(k) && k !== null) {
    // kustomize unmarshals the file into a struct: a list or a scalar is rejected.
    out.unparsed.add(file);
    sources.report({ at: doc.at, message: `a kustomization must be a mapping (kind: Kustomization, resources: ...), not ${Array.isArray(k) ? 'a list' : 'a scalar'}; kustomize cannot build it` });
  }
  if (!doc || !isRecord(k)) return [];
  budgetOf(out).kustomizations++;
  if (!withinBudget(sources, out, file, () => doc.at)) return [];
  const items: RenderedObject[] = [];
  const chain = [...stack, dir];
  const before = { remotes: out.remotes.length, charts: out.charts.length, cycles: out.cycles.length, broken: out.broken.length, levels: out.levels.length };
  const levelEntries: KustomizeLevel['entries'] = [];

  const entries = (key: string): KustomizeLevel['entries'] =>
    Array.isArray(k[key])
      ? (k[key] as unknown[]).flatMap((v, index) => (typeof v === 'string' ? [{ value: v, key, index, from: 0, to: 0 }] : []))
      : [];

  for (const key of ['resources', 'bases', 'components']) {
    for (const entry of entries(key)) {
      const { value } = entry;
      const at = (): Loc => doc.loc([key, entry.index]);
      entry.from = entry.to = items.length;
      levelEntries.push(entry);
      if (isRemote(value)) {
        out.remotes.push({ url: value, at: at() });
        continue;
      }
      const target = joinInRepo(dir, value);
      if (target === undefined) {
        out.broken.push({ at: at(), path: value, status: 'outside', kind: 'kustomize-resource' });
      } else if (sources.hasFile(target)) {
        if (withinBudget(sources, out, file, at)) append(items, readObjects(sources, target, 'kustomize', out));
      } else if (sources.hasDir(target) && kustomizationIn(sources, target)) {
        if (chain.includes(target)) out.cycles.push({ at: at(), chain: [...chain.slice(chain.indexOf(target)), target] });
        else append(items, renderKustomization(sources, target, out, chain));
      } else {
        out.broken.push({ at: at(), path: value, status: 'missing', kind: 'kustomize-resource' });
      }
      entry.to = items.length;
    }
  }
  renderHelmCharts(sources, dir, k, doc, out, items);
  findPlugins(sources, dir, k, doc, out);
  const known =
    out.remotes.length === before.remotes && out.charts.length === before.charts && out.cycles.length === before.cycles &&
    out.broken.length === before.broken && out.unparsed.size === 0 && !PLUGIN_FIELDS.some((f) => k[f] !== undefined) &&
    out.levels.slice(before.levels).every((l) => l.known);
  out.levels.push({ dir, doc, k, items: items.slice(), entries: levelEntries, known });
  applyTransformers(k, doc, items);
  setChartNamespace(out, before.charts, k.namespace);
  return items;
}

/** The namespace transformer also moves what the charts of this build render (charts from `from` on). */
function setChartNamespace(out: Rendered, from: number, namespace: unknown): void {
  if (typeof namespace !== 'string' || !namespace) return;
  for (const c of out.charts.slice(from)) c.chart = { ...c.chart, namespace };
}

/**
 * The plugin entries of `generators`, `transformers` and `validators`. Each entry is a file
 * of plugin configurations (or a kustomization of them); only the builtin kinds
 * (`apiVersion: builtin`) run no code, the rest (ksops, exec plugins, KRM functions) are unknown.
 */
function inlineConfig(text: string): unknown[] | undefined {
  try {
    return [parseYamlValue(text)];
  } catch {
    return undefined;
  }
}

function findPlugins(sources: SourceSet, dir: string, k: Record<string, unknown>, doc: YamlDoc, out: Rendered): void {
  for (const field of ['generators', 'transformers', 'validators']) {
    const list = k[field];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const at = doc.loc([field, i]);
      if (typeof entry !== 'string') return;
      // An entry is a path, or (kustomize v4+) an inline configuration.
      const inline = /^\s*kind:/m.test(entry) ? inlineConfig(entry) : undefined;
      const file = inline ? undefined : joinInRepo(dir, entry);
      const configs = inline ?? (file !== undefined && sources.hasFile(file) ? (sources.yaml(file)?.docs ?? []).map((d) => d.value) : undefined);
      if (configs === undefined) {
        out.plugins.push({ field, name: entry, at });
        return;
      }
      if (file !== undefined) out.files.add(file);
      for (const c of configs) {
        if (isRecord(c) && c.apiVersion === 'builtin') continue;
        out.plugins.push({ field, name: isRecord(c) && typeof c.kind === 'string' ? c.kind : entry, at });
      }
    });
  }
}

/** Where kustomize finds a helmCharts entry's chart already pulled: `<chartHome>/<name>-<version>/<name>` (kustomize ≥ 5.0.2) or `<chartHome>/<name>`. */
export function vendoredChart(sources: SourceSet, dir: string, k: Record<string, unknown>, name: string, version: string | undefined): string | undefined {
  const globals = isRecord(k.helmGlobals) ? k.helmGlobals : {};
  const chartHome = joinInRepo(dir, typeof globals.chartHome === 'string' ? globals.chartHome : 'charts');
  if (chartHome === undefined) return undefined;
  const candidates = [version ? `${chartHome}/${name}-${version}/${name}` : '', `${chartHome}/${name}`];
  return candidates.find((c) => c && sources.hasFile(`${c}/Chart.yaml`));
}

function renderHelmCharts(sources: SourceSet, dir: string, k: Record<string, unknown>, doc: YamlDoc, out: Rendered, items: RenderedObject[]): void {
  if (!Array.isArray(k.helmCharts)) return;
  k.helmCharts.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.name !== 'string') return;
    const chart: ChartRef = {
      name: entry.name,
      repo: typeof entry.repo === 'string' ? entry.repo : undefined,
      version: entry.version === undefined || entry.version === null ? undefined : String(entry.version),
      at: doc.loc(['helmCharts', i]),
      versionAt: entry.version === undefined ? undefined : doc.loc(['helmCharts', i, 'version']),
      ...(typeof entry.namespace === 'string' && entry.namespace ? { namespace: entry.namespace } : {}),
    };
    for (const key of ['valuesFile', 'additionalValuesFiles']) {
      const vals = Array.isArray(entry[key]) ? entry[key] : [entry[key]];
      for (const v of vals) if (typeof v === 'string') {
        const f = joinInRepo(dir, v);
        if (f && sources.hasFile(f)) out.files.add(f);
      }
    }
    const vendored = vendoredChart(sources, dir, k, entry.name, chart.version);
    if (vendored) {
      const meta = sources.yaml(`${vendored}/Chart.yaml`)?.docs[0]?.value;
      out.files.add(`${vendored}/Chart.yaml`);
      if (isRecord(meta) && meta.appVersion !== undefined) chart.appVersion = String(meta.appVersion);
      if (entry.includeCRDs === true) for (const f of sources.filesIn(`${vendored}/crds`)) if (/\.ya?ml$/.test(f)) append(items, readObjects(sources, f, 'helm-chart', out));
    }
    out.charts.push({ chart, mechanism: 'helm-chart' });
    append(out.values, helmChartValues(dir, doc, i, entry));
  });
}

/**
 * The transformers that change identity or version: namespace, name prefix/suffix,
 * images. They replace an item's object, never change it: the parse layer shares
 * one object among every build that reads its file.
 */
function applyTransformers(k: Record<string, unknown>, doc: YamlDoc, items: RenderedObject[]): void {
  if (typeof k.namespace === 'string' && k.namespace) setNamespace(items, k.namespace);
  const prefix = typeof k.namePrefix === 'string' ? k.namePrefix : '';
  const suffix = typeof k.nameSuffix === 'string' ? k.nameSuffix : '';
  if (prefix || suffix) {
    for (const item of items) if (item.obj.kind !== 'Namespace' && item.obj.kind !== 'CustomResourceDefinition') item.obj = { ...item.obj, name: prefix + item.obj.name + suffix };
  }
  if (Array.isArray(k.images)) {
    k.images.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.name !== 'string') return;
      applyImageOverride(items, entry, (key) => doc.loc(['images', i, key]));
    });
  }
}

const setNamespace = (items: RenderedObject[], namespace: string): void => {
  for (const item of items) if (!CLUSTER_SCOPED.has(item.obj.kind)) item.obj = { ...item.obj, namespace };
};

function applyImageOverride(items: RenderedObject[], entry: Record<string, unknown>, locOf: (key: string) => Loc): void {
  const name = String(entry.name);
  for (const item of items) {
    if (item.obj.images.length === 0) continue;
    item.obj = { ...item.obj, images: item.obj.images.map((img) => {
      const bare = img.image.replace(/@.*$/, '').replace(/:[^:/]*$/, '');
      if (bare !== name) return img;
      const repo = typeof entry.newName === 'string' ? entry.newName : bare;
      const tag = entry.newTag !== undefined ? String(entry.newTag) : entry.digest !== undefined ? undefined : img.tag;
      const digest = typeof entry.digest === 'string' ? entry.digest : entry.newTag !== undefined ? undefined : img.digest;
      const image = repo + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
      const next = parseImage(image, img.at);
      next.tagAt = entry.newTag !== undefined ? locOf('newTag') : entry.digest !== undefined ? locOf('digest') : img.tagAt;
      return next;
    }) };
  }
}

/** Argo CD's `source.kustomize` options applied on top of the build. */
function applyKustomizeOptions(opts: Record<string, unknown>, items: RenderedObject[]): void {
  if (typeof opts.namespace === 'string' && opts.namespace) setNamespace(items, opts.namespace);
  if (Array.isArray(opts.images)) {
    for (const spec of opts.images) {
      if (typeof spec !== 'string') continue;
      const m = /^([^=]+?)(?:=([^:@]+))?(?::([^@]+))?(?:@(.+))?$/.exec(spec);
      if (!m) continue;
      const [, name, newName, newTag, digest] = m;
      const entry: Record<string, unknown> = { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}) };
      applyImageOverride(items, entry, () => items[0]?.obj.at ?? { file: '', line: 1, column: 1 });
    }
  }
}

/** A chart directory and its `file://` dependencies (`stack`: the charts depending on this one). */
function renderChartDir(sources: SourceSet, dir: string, out: Rendered, stack: string[]): void {
  const chartFile = chartFileIn(sources, dir);
  if (!chartFile) return;
  out.files.add(chartFile);
  const parsedChart = sources.yaml(chartFile);
  if (!parsedChart || parsedChart.problems.length > 0) out.unparsed.add(chartFile);
  const doc = parsedChart?.docs[0];
  const meta = doc?.value;
  if (!doc || !isRecord(meta)) return;
  const deps = Array.isArray(meta.dependencies) ? meta.dependencies : [];
  append(out.values, chartDirValues(sources, dir, doc.at));
  // An umbrella chart deploys its dependencies; only a chart without any is the upstream itself.
  if (typeof meta.name === 'string' && deps.length === 0) {
    out.charts.push({
      chart: {
        name: meta.name,
        version: meta.version === undefined ? undefined : String(meta.version),
        appVersion: meta.appVersion === undefined ? undefined : String(meta.appVersion),
        at: doc.loc(['name']),
        versionAt: doc.loc(['version']),
      },
      mechanism: 'helm-chart',
    });
  }
  deps.forEach((dep, i) => {
    if (!isRecord(dep) || typeof dep.name !== 'string') return;
    const repo = typeof dep.repository === 'string' ? dep.repository : undefined;
    if (repo?.startsWith('file://')) {
      const local = joinInRepo(dir, repo.slice('file://'.length));
      const at = doc.loc(['dependencies', i, 'repository']);
      if (local === undefined) {
        // Not read; helm would fail on it, so the chart's render is unknown rather than empty.
        out.broken.push({ at, path: repo, status: 'outside', kind: 'chart-dependency' });
        out.unparsed.add(chartFile);
      } else if (!sources.hasDir(local)) {
        out.broken.push({ at, path: repo, status: 'missing', kind: 'chart-dependency' });
        out.unparsed.add(chartFile);
      } else if (stack.includes(local) || local === dir) {
        // helm dependency build fails on the loop: what the chart renders is unknown, not empty.
        out.cycles.push({ at, chain: [...stack.slice(stack.indexOf(local) < 0 ? stack.length : stack.indexOf(local)), dir, local] });
        out.unparsed.add(chartFile);
      } else if (!out.files.has(chartFileIn(sources, local) ?? '')) renderChartDir(sources, local, out, [...stack, dir]);
      return;
    }
    out.charts.push({
      chart: {
        name: dep.name,
        repo,
        version: dep.version === undefined ? undefined : String(dep.version),
        at: doc.loc(['dependencies', i]),
        versionAt: dep.version === undefined ? undefined : doc.loc(['dependencies', i, 'version']),
      },
      mechanism: 'helm-chart',
    });
  });
  for (const f of sources.filesIn(`${dir}/crds`)) if (/\.ya?ml$/.test(f)) append(out.objects, readObjects(sources, f, 'helm-chart', out));
  for (const doc of argoDocsInChart(sources, dir)) {
    out.files.add(doc.file);
    append(out.objects, objectsOfDoc(doc).map((obj) => ({ obj, mechanism: 'helm-chart' as const, doc })));
  }
}

const MANIFEST_EXT = /\.(ya?ml|json)$/;

function renderDirectory(sources: SourceSet, dir: string, opts: Record<string, unknown>, out: Rendered): void {
  const include = typeof opts.include === 'string' && opts.include ? opts.include : undefined;
  const exclude = typeof opts.exclude === 'string' && opts.exclude ? opts.exclude : undefined;
  const files = opts.recurse === true ? filesBelow(sources, dir) : sources.filesIn(dir);
  for (const file of files) {
    if (!MANIFEST_EXT.test(file)) continue;
    const rel = dir ? file.slice(dir.length + 1) : file;
    if (include && !braceMatch(include, rel)) continue;
    if (exclude && braceMatch(exclude, rel)) continue;
    // Argo CD skips YAML that does not decode into objects, unless it looks like a manifest;
    // a file that cannot be read is reported (by readObjects), never skipped without a word.
    if (sources.fact(file, MENTIONS_KIND) === false) continue;
    append(out.objects, readObjects(sources, file, 'directory', out));
  }
}

function filesBelow(sources: SourceSet, dir: string): string[] {
  return [...sources.filesIn(dir), ...sources.dirsIn(dir).flatMap((d) => filesBelow(sources, d))];
}

/** Directory include/exclude globs: `*` crosses `/`, `{a,b}` alternatives. */
function braceMatch(pattern: string, path: string): boolean {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return pathspecMatch(pattern, path);
  return m[1].split(',').some((alt) => braceMatch(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length), path));
}

export const CLUSTER_SCOPED = new Set([
  'Namespace', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass',
  'PriorityClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'APIService', 'CSIDriver',
  'IngressClass', 'ClusterIssuer', 'ClusterSecretStore', 'ClusterExternalSecret', 'GlobalNetworkPolicy',
  'FelixConfiguration', 'IPPool', 'BGPConfiguration', 'Installation', 'APIServer', 'RuntimeClass', 'Node',
  'CiliumClusterwideNetworkPolicy', 'CiliumLoadBalancerIPPool', 'CiliumL2AnnouncementPolicy'
]);
