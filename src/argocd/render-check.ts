// Why Argo CD would fail to render an app, found in the files without running
// kustomize or helm (semantics 1.5, 3.1-3.4): each check mirrors an error the tool
// reports, and claims "no target" only of a build whose objects are all known.
import { apiGroup, isRecord } from '../parse/manifest.js';
import { isUnder, joinInRepo } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import { parseYaml, type PathSegment } from '../parse/yaml-file.js';
import type { HelmValues, Loc } from '../types.js';
import type { BuildOptions } from './build-options.js';
import { isUrl, resolveValueFile, type YamlPathOf } from './helm-values.js';
import { CLUSTER_SCOPED, entryAt, vendoredChart, type KustomizeLevel } from './render.js';
import { isTemplated } from './templated-text.js';

export interface RenderFailure {
  at: Loc;
  message: string;
  /** What to do about it. */
  fix: string;
  related?: Loc[];
  /** The failure follows from Argo CD's kustomize build options (load restrictor, --enable-helm), which whatever deploys Argo CD's config may set. */
  byBuildOptions?: true;
}

/** A file a kustomization loads; `yamlPath`: where it is named (looked up only for a finding). */
interface FileEntry {
  path: string;
  yamlPath: PathSegment[];
  what: string;
}

const strings = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A patch of a kustomization; `yamlPath`: where it is written (looked up only for a finding). */
interface Patch {
  yamlPath: PathSegment[];
  file?: string;
  inline?: string;
  targeted: boolean;
}

/** The patches of a kustomization: file or inline, with or without a target selector. */
function patchesOf(level: KustomizeLevel): Patch[] {
  const { k } = level;
  const out: Patch[] = [];
  const add = (yamlPath: PathSegment[], patch: Omit<Patch, 'yamlPath'>): void => {
    out.push({ yamlPath, ...patch });
  };
  strings(k.patches).forEach((p, i) => {
    if (!isRecord(p)) return;
    const targeted = isRecord(p.target);
    if (typeof p.path === 'string') add(['patches', i, 'path'], { file: p.path, targeted });
    else if (typeof p.patch === 'string') add(['patches', i], { inline: p.patch, targeted });
  });
  strings(k.patchesStrategicMerge).forEach((p, i) => {
    if (typeof p !== 'string') return;
    // An entry is a file path, or (older kustomize) the patch itself written inline.
    if (p.includes('\n') || /^\s*(apiVersion|kind):/.test(p)) add(['patchesStrategicMerge', i], { inline: p, targeted: false });
    else add(['patchesStrategicMerge', i], { file: p, targeted: false });
  });
  strings(k.patchesJson6902).forEach((p, i) => {
    if (isRecord(p) && typeof p.path === 'string') add(['patchesJson6902', i, 'path'], { file: p.path, targeted: true });
  });
  return out;
}

/** Every file a kustomization loads besides its resources. */
function loadedFiles(level: KustomizeLevel): FileEntry[] {
  const { k } = level;
  const out: FileEntry[] = [];
  const add = (path: string, what: string, yamlPath: PathSegment[]): void => {
    out.push({ path, what, yamlPath });
  };
  for (const p of patchesOf(level)) if (p.file !== undefined) add(p.file, 'patch file', p.yamlPath);
  strings(k.helmCharts).forEach((c, i) => {
    if (!isRecord(c)) return;
    if (typeof c.valuesFile === 'string') add(c.valuesFile, 'Helm values file', ['helmCharts', i, 'valuesFile']);
    strings(c.additionalValuesFiles).forEach((v, j) => {
      if (typeof v === 'string') add(v, 'Helm values file', ['helmCharts', i, 'additionalValuesFiles', j]);
    });
  });
  for (const gen of ['configMapGenerator', 'secretGenerator']) {
    strings(k[gen]).forEach((g, i) => {
      if (!isRecord(g)) return;
      for (const key of ['files', 'envs']) {
        strings(g[key]).forEach((f, j) => {
          // `files` entries may name the key: `key=path`.
          if (typeof f === 'string') add(key === 'files' ? f.replace(/^[^=]*=/, '') : f, `${gen} ${key === 'files' ? 'file' : 'env file'}`, [gen, i, key, j]);
        });
      }
      if (typeof g.env === 'string') add(g.env, `${gen} env file`, [gen, i, 'env']);
    });
  }
  return out.filter((f) => !isUrl(f.path) && !isTemplated(f.path));
}

/** The patch files of a build (where an argocd-cm may be patched). */
export function patchFiles(levels: readonly KustomizeLevel[]): string[] {
  return levels.flatMap((l) => patchesOf(l).flatMap((p) => {
    const file = p.file === undefined ? undefined : joinInRepo(l.dir, p.file);
    return file === undefined ? [] : [file];
  }));
}

const restrictorSays = (options: BuildOptions): string =>
  options.at ? `the load restrictor is on (argocd-cm kustomize.buildOptions at ${options.at.file}:${options.at.line} has no --load-restrictor LoadRestrictionsNone)` : 'the load restrictor is on (Argo CD passes no kustomize.buildOptions by default, so LoadRestrictionsRootOnly applies)';

function checkFiles(sources: SourceSet, level: KustomizeLevel, options: BuildOptions): RenderFailure[] {
  const out: RenderFailure[] = [];
  const outside = (path: string, what: string, at: Loc): void => {
    out.push({ at, message: `this kustomization loads ${what} ${path} from outside its own directory (${level.dir || '.'}) and ${restrictorSays(options)}: kustomize refuses it ("is not in or below")`, fix: `move ${path} into ${level.dir || 'that directory'} (or list a component that holds it), or add --load-restrictor LoadRestrictionsNone to argocd-cm kustomize.buildOptions`, byBuildOptions: true });
  };
  // The cheap tests first: most entries lie below their kustomization.
  for (const e of options.loadRestricted === true ? level.entries : []) {
    const target = joinInRepo(level.dir, e.value);
    if (target !== undefined && !isUnder(target, level.dir) && sources.hasFile(target)) outside(e.value, 'the resource file', entryAt(level, e));
  }
  // Without valuesFile, kustomize loads the vendored chart's values.yaml through the same restricted loader.
  strings(level.k.helmCharts).forEach((c, i) => {
    if (!isRecord(c) || typeof c.name !== 'string' || c.valuesFile !== undefined) return;
    const vendored = vendoredChart(sources, level.dir, level.k, c.name, c.version === undefined || c.version === null ? undefined : String(c.version));
    if (vendored && !isUnder(vendored, level.dir) && sources.hasFile(`${vendored}/values.yaml`) && options.loadRestricted === true) {
      outside(`${vendored}/values.yaml`, 'the vendored chart\'s default values file', level.doc.loc(['helmCharts', i]));
    }
  });
  for (const f of loadedFiles(level)) {
    const target = joinInRepo(level.dir, f.path);
    const at = (): Loc => level.doc.loc(f.yamlPath);
    if (target === undefined) out.push({ at: at(), message: `this kustomization loads ${f.what} ${f.path}, which leaves the repository: kustomize cannot read it`, fix: 'keep the file inside the repository, below the kustomization' });
    else if (!sources.hasFile(target)) out.push({ at: at(), message: `this kustomization loads ${f.what} ${f.path}, which does not exist (${target})`, fix: 'fix the path or add the file' });
    else if (!isUnder(target, level.dir) && options.loadRestricted === true) outside(f.path, `the ${f.what}`, at());
  }
  return out;
}

function checkHelmCharts(sources: SourceSet, level: KustomizeLevel, options: BuildOptions): RenderFailure[] {
  const { k, doc, dir } = level;
  if (!Array.isArray(k.helmCharts) || k.helmCharts.length === 0) return [];
  const out: RenderFailure[] = [];
  if (options.enableHelm === false) {
    const where = options.at ? `argocd-cm kustomize.buildOptions (${options.at.file}:${options.at.line}) lack --enable-helm` : 'Argo CD passes no kustomize.buildOptions by default, so --enable-helm is missing';
    out.push({ at: doc.loc(['helmCharts'], 'key'), message: `this kustomization inflates Helm charts (helmCharts) but ${where}: kustomize refuses helmCharts without it`, fix: 'add --enable-helm to argocd-cm kustomize.buildOptions', related: options.at ? [options.at] : undefined, byBuildOptions: true });
  }
  k.helmCharts.forEach((c, i) => {
    if (!isRecord(c) || typeof c.name !== 'string' || isTemplated(c.name)) return;
    const version = c.version === undefined || c.version === null ? undefined : String(c.version);
    if (typeof c.repo !== 'string' && !vendoredChart(sources, dir, k, c.name, version)) {
      out.push({ at: doc.loc(['helmCharts', i]), message: `helmCharts entry ${c.name} has no repo and no vendored chart (no Chart.yaml under the chart home for ${c.name}): kustomize has nothing to inflate`, fix: `set repo: for ${c.name}, or vendor the chart under the chart home` });
    }
  });
  return out;
}

const idOf = (obj: { apiVersion: string; kind: string; namespace?: string; name: string }): string =>
  `${obj.apiVersion}|${obj.kind}|${CLUSTER_SCOPED.has(obj.kind) ? '' : obj.namespace || 'default'}|${obj.name}`;

function checkDuplicates(sources: SourceSet, level: KustomizeLevel): RenderFailure[] {
  const out: RenderFailure[] = [];
  const first = new Map<string, { at: Loc; entry: number }>();
  // Ids a directory entry holds twice: its own build fails there and is reported there, not again here.
  const failedBelow = new Set<string>();
  // Each item's id, built once for both passes (a base's items pass through every level above it).
  const idsOfItems = level.items.map(({ obj }) => idOf(obj));
  level.entries.forEach((e) => {
    if (!sources.hasDir(joinInRepo(level.dir, e.value) ?? '\u0000')) return;
    const ids = new Set<string>();
    for (let i = e.from; i < e.to; i++) {
      const id = idsOfItems[i];
      if (ids.has(id)) failedBelow.add(id);
      ids.add(id);
    }
  });
  level.entries.forEach((e, index) => {
    for (let i = e.from; i < e.to; i++) {
      const { obj } = level.items[i];
      if (!obj.name || isTemplated(obj.name)) continue;
      const id = idsOfItems[i];
      const seen = first.get(id);
      if (!seen) first.set(id, { at: obj.at, entry: index });
      else if (!failedBelow.has(id)) {
        const group = apiGroup(obj.apiVersion);
        const other = seen.entry === index ? 'it already adds' : `${level.entries[seen.entry].value} already adds`;
        out.push({
          at: entryAt(level, e),
          related: [seen.at, obj.at],
          message: `${e.value} adds ${obj.kind}${group ? `.${group}` : ''} ${obj.namespace ? `${obj.namespace}/` : ''}${obj.name}, which ${other}: kustomize refuses two objects with the same id in one build ("already registered id")`,
          fix: 'keep one of them, or rename one (a namePrefix/nameSuffix in one of the bases)',
        });
      }
    }
  });
  return out;
}

/** Strategic-merge patches without a target find theirs by kind and name; none in a fully known build is a kustomize error. */
function checkPatchTargets(sources: SourceSet, level: KustomizeLevel): RenderFailure[] {
  const { k, dir } = level;
  if (!level.known || k.kind === 'Component') return [];
  const out: RenderFailure[] = [];
  // Generators run before patches: their ConfigMaps and Secrets are targets too.
  const generated = ['configMapGenerator', 'secretGenerator'].flatMap((gen) =>
    strings(k[gen]).flatMap((g) => (isRecord(g) && typeof g.name === 'string' ? [{ kind: gen === 'configMapGenerator' ? 'ConfigMap' : 'Secret', name: g.name }] : [])),
  );
  const objects = [...level.items.map((i) => i.obj), ...generated];
  for (const p of patchesOf(level)) {
    if (p.targeted) continue;
    let values: unknown[] = [];
    if (p.file !== undefined) {
      const target = joinInRepo(dir, p.file);
      const parsed = target !== undefined && sources.hasFile(target) ? sources.yaml(target) : undefined;
      if (!parsed || parsed.problems.length > 0) continue;
      values = parsed.docs.map((d) => d.value);
    } else {
      const parsed = parseYaml(level.doc.file, p.inline ?? '');
      if (parsed.problems.length > 0) continue;
      values = parsed.docs.map((d) => d.value);
    }
    for (const v of values) {
      if (!isRecord(v) || typeof v.kind !== 'string' || !isRecord(v.metadata) || typeof v.metadata.name !== 'string') continue;
      const { kind } = v;
      const name = v.metadata.name;
      if (isTemplated(name)) continue;
      // Lenient on purpose: names may carry a base's prefix or suffix, namespaces and versions are not compared.
      if (objects.some((o) => o.kind === kind && o.name.includes(name))) continue;
      out.push({
        at: level.doc.loc(p.yamlPath),
        message: `this strategic-merge patch targets ${kind} ${name}, which no resource of the kustomization's build defines: kustomize fails ("no matches for Id ...; failed to find unique target for patch")`,
        fix: 'add the resource it patches to the build, or delete the patch',
      });
    }
  }
  return out;
}

/** What keeps a kustomize build from rendering, kustomization by kustomization. */
export function kustomizeFailures(sources: SourceSet, levels: readonly KustomizeLevel[], options: BuildOptions): RenderFailure[] {
  return levels.flatMap((level) => [
    ...checkFiles(sources, level, options),
    ...checkHelmCharts(sources, level, options),
    ...checkDuplicates(sources, level),
    ...checkPatchTargets(sources, level),
  ]);
}

/**
 * An Application's Helm `valueFiles` that Argo CD cannot read: a file of this repository
 * that does not exist (unless `ignoreMissingValueFiles`), or a path leaving it.
 */
export function valueFileFailures(
  sources: SourceSet,
  raw: Record<string, unknown>,
  base: PathSegment[],
  siblings: unknown[],
  yamlPath: YamlPathOf | undefined,
  isLocalRepo: (url: string, path?: string) => boolean,
  dir: string | undefined,
): RenderFailure[] {
  if (!isRecord(raw.helm) || !yamlPath) return [];
  const helm = raw.helm;
  const out: RenderFailure[] = [];
  strings(helm.valueFiles).forEach((entry, i) => {
    if (typeof entry !== 'string' || isTemplated(entry) || isUrl(entry)) return;
    const { doc, path } = yamlPath([...base, 'helm', 'valueFiles', i]);
    const at = doc.loc(path);
    const isRef = entry.startsWith('$');
    if (!isRef && dir === undefined) return;
    const file = resolveValueFile(entry, siblings, isLocalRepo, dir);
    if (file === undefined) {
      if (!isRef) out.push({ at, message: `Helm value file ${entry} leaves the repository: Argo CD refuses value files outside the repository root`, fix: 'keep the values file inside the repository' });
    } else if (!sources.hasFile(file) && helm.ignoreMissingValueFiles !== true) {
      out.push({ at, message: `Helm value file ${entry} does not exist (${file}); Argo CD fails unless helm.ignoreMissingValueFiles is set`, fix: 'fix the path or add the file' });
    }
  });
  return out;
}

/** Inline `helm.values` that is not YAML: Helm cannot read it. */
export function inlineValuesFailures(values: readonly HelmValues[]): { application: string; appset?: string; failure: RenderFailure }[] {
  return values
    .filter((v) => v.file === undefined && v.doc === undefined)
    .map((v) => ({ application: v.application, appset: v.appset, failure: { at: v.at, message: 'helm.values is not valid YAML: Helm cannot read it', fix: 'fix its YAML' } }));
}
