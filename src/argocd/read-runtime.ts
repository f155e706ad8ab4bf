// The runtime layer: from the Argo CD entry points through Applications,
// ApplicationSets and app-of-apps, every source rendered to objects and charts.
import { parse as parseYamlValue } from 'yaml';
import { isRecord } from '../parse/manifest.js';
import { joinInRepo } from '../parse/paths.js';
import { parseYaml } from '../parse/yaml-file.js';
import type { SourceSet } from '../parse/source-set.js';
import type { YamlDoc } from '../parse/yaml-file.js';
import type { AppSource, ArgoApplication, Loc, RuntimeModel } from '../types.js';
import { runGenerator, type GeneratorContext } from './generators.js';
import { pathMatch } from './path-match.js';
import { HAS_UNRESOLVED, UNRESOLVED } from '../parse/text-checks.js';
import { applicationValues, helmValuesFor, reportValuesProblems, type ValuesSource, type YamlPathOf } from './helm-values.js';
import { valuesImages } from './values-images.js';
import { readBuildOptions } from './build-options.js';
import { inlineValuesFailures, kustomizeFailures, patchFiles, valueFileFailures, type RenderFailure } from './render-check.js';
import { detectTool, kustomizationIn, renderSource, type KustomizeLevel, type Rendered, type RenderedObject } from './render.js';
import { normalizeRepoURL } from './repo-url.js';
import { mergeDeep, renderString, renderTree, type Params } from './template.js';

export interface RuntimeOptions {
  entrypoints: RuntimeModel['entrypoints'];
  /** Configured repoURLs meaning this repository; empty = infer from paths that exist here. */
  repoURLs: string[];
}

type LocOf = (path: (string | number)[]) => Loc;

interface AppInput {
  spec: Record<string, unknown>;
  meta: Record<string, unknown>;
  at: Loc;
  locOf: LocOf;
  appset?: string;
  parent?: string;
  unresolved?: boolean;
  /** The documents from the entry point to this Application's (its own last). */
  chain: { doc: string; name: string }[];
  /** For generated apps: where the path parameter is written. */
  pathAt?: Loc;
  /** Where a field of the spec is written (its document and the path inside it), for reading values with positions. */
  yamlPath?: YamlPathOf;
  fromList?: boolean;
}

const ARGO_KINDS = new Set(['Application', 'ApplicationSet']);
const isArgo = (o: { apiVersion: string; kind: string }): boolean => o.apiVersion.startsWith('argoproj.io/') && ARGO_KINDS.has(o.kind);

export function readRuntime(sources: SourceSet, options: RuntimeOptions): RuntimeModel {
  const model: RuntimeModel = {
    entrypoints: options.entrypoints,
    applications: [],
    applicationSets: [],
    objects: [],
    charts: [],
    pathRefs: [],
    localRepos: [],
    deployedFiles: new Set(),
    remotes: [],
    cycles: [],
    helmValues: [],
    valuesImages: [],
    renderProblems: [],
  };
  /** Each app's kustomizations, checked once the build options (argocd-cm, deployed by some app) are known. */
  const builds: { app: ArgoApplication; levels: KustomizeLevel[] }[] = [];
  const failures: { app: { name: string; appset?: string }; failure: RenderFailure }[] = [];
  const local = new Set(options.repoURLs.map(normalizeRepoURL));
  const inferring = options.repoURLs.length === 0;
  const isLocalRepo = (url: string, path?: string): boolean => {
    const n = normalizeRepoURL(url);
    if (local.has(n)) return true;
    if (inferring && path !== undefined && !path.includes('{{')) {
      const p = cleanPath(path);
      if (p !== undefined && (sources.hasDir(p) || sources.hasFile(p))) {
        local.add(n);
        return true;
      }
    }
    return false;
  };
  // Sources whose repo could not yet be told local: settled once every path has been seen.
  const pending: { app: ArgoApplication; source: AppSource; fromList: boolean }[] = [];
  const argocdNamespaces = new Set(['argocd']);
  const seenDocs = new Set<string>();
  const seenApps = new Set<string>();
  /** For each Application: the documents (and names) that led to it. */
  const ancestors = new Map<string, { doc: string; name: string }[]>();

  const visitDoc = (doc: YamlDoc, defaultNs: string | undefined, parent: string | undefined, nsOverride?: string): void => {
    const key = `${doc.file}#${doc.index}`;
    const value = doc.value;
    if (!isRecord(value) || typeof value.kind !== 'string') return;
    // The Applications between the entry point and this document: meeting one again is an app-of-apps cycle.
    const ancestry = parent ? (ancestors.get(parent) ?? []) : [];
    const again = ancestry.findIndex((a) => a.doc === key);
    if (again >= 0) {
      // An Application whose path holds its own manifest manages itself (a common root
      // pattern); a longer loop `a → b → a` is a cycle, reported once.
      const names = ancestry.slice(again).map((a) => a.name);
      if (names.length > 1) model.cycles.push({ at: doc.at, chain: [...names, names[0]] });
      return;
    }
    if (seenDocs.has(key)) return;
    seenDocs.add(key);
    const chain = [...ancestry, { doc: key, name: '' }];
    model.deployedFiles.add(doc.file);
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const spec = isRecord(value.spec) ? value.spec : {};
    if (!isRecord(value.spec) && ARGO_KINDS.has(value.kind) && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('argoproj.io/')) {
      // The CRD requires a spec object: `spec: null` or a missing spec is rejected by the API server.
      sources.report({ at: doc.loc(['spec']), message: `${value.kind} ${typeof meta.name === 'string' ? meta.name : '(unnamed)'} has ${value.spec === undefined ? 'no spec' : 'a spec that is not a mapping'}; Argo CD rejects it and it deploys nothing` });
    }
    const ownNs = typeof meta.namespace === 'string' && !meta.namespace.includes(UNRESOLVED) ? meta.namespace : undefined;
    const namespace = nsOverride ?? ownNs ?? defaultNs ?? 'argocd';
    if (parent === undefined) argocdNamespaces.add(namespace);
    else if (!argocdNamespaces.has(namespace)) return;
    if (value.kind === 'Application') {
      visitApp({ spec, meta: { ...meta, namespace }, at: doc.at, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }), parent, chain });
    } else if (value.kind === 'ApplicationSet') {
      visitAppSet(doc, spec, meta, namespace, parent, chain);
    }
  };

  const visitApp = (input: AppInput): void => {
    const name = typeof input.meta.name === 'string' ? input.meta.name : '(unnamed)';
    const namespace = typeof input.meta.namespace === 'string' ? input.meta.namespace : 'argocd';
    const id = `${namespace}/${name}`;
    if (seenApps.has(id)) return;
    seenApps.add(id);
    ancestors.set(name, [...input.chain.slice(0, -1), { doc: input.chain[input.chain.length - 1].doc, name }]);
    const app: ArgoApplication = {
      name,
      at: input.at,
      namespace,
      project: typeof input.spec.project === 'string' ? input.spec.project : 'default',
      projectAt: typeof input.spec.project === 'string' ? input.locOf(['spec', 'project']) : undefined,
      sources: [],
      appset: input.appset,
      parent: input.parent,
      unresolved: input.unresolved,
    };
    model.applications.push(app);
    const destNs = isRecord(input.spec.destination) && typeof input.spec.destination.namespace === 'string' ? input.spec.destination.namespace : undefined;
    const multi = Array.isArray(input.spec.sources);
    const list = multi ? (input.spec.sources as unknown[]) : [input.spec.source];
    list.forEach((raw, i) => {
      if (!isRecord(raw)) return;
      const base: (string | number)[] = multi ? ['spec', 'sources', i] : ['spec', 'source'];
      const source = readSource(raw, base, input);
      if (!source) return;
      app.sources.push(source);
      if (source.tool === 'chart') {
        model.charts.push({
          name: source.chart!,
          repo: source.repoURL,
          version: source.targetRevision || undefined,
          at: source.at,
          versionAt: source.revisionAt,
          application: name,
          appset: input.appset,
          mechanism: 'helm-chart',
        });
        source.renders = 1;
        addHelmSource(app, raw, base, list, input, undefined);
        if (source.chart === 'argocd-apps') visitChartValueApps(raw, base, input, list);
        return;
      }
      if (source.tool === 'unresolved' && source.path !== undefined && isLocalRepo(source.repoURL)) {
        // Unknown parameters: every directory the path could be still counts as managed by this app.
        const pattern = source.path.replace(new RegExp(`\\{\\{[^}]*\\}\\}|<no value>|${UNRESOLVED}`, 'g'), '*').replace(/^\.\//, '').replace(/\/$/, '');
        for (const dir of sources.allDirs()) if (pathMatch(pattern, dir)) model.pathRefs.push({ at: source.pathAt ?? source.at, path: dir, kind: 'pattern', status: 'ok', owner: name });
      }
      if (source.tool === 'unresolved' || source.path === undefined) return;
      if (!source.local) {
        if (isLocalRepo(source.repoURL, source.path)) source.local = true;
        else {
          pending.push({ app, source, fromList: input.fromList === true });
          return;
        }
      }
      renderLocal(app, source, raw, destNs, input);
      if (source.tool === 'helm') addHelmSource(app, raw, base, list, input, cleanPath(source.path));
    });
  };

  /** The `argocd-apps` chart: its values list Applications, which Argo CD then reconciles. */
  const visitChartValueApps = (raw: Record<string, unknown>, base: (string | number)[], input: AppInput, siblings: unknown[]): void => {
    const helm = isRecord(raw.helm) ? raw.helm : {};
    const valueSets: { value: unknown; locOf: LocOf; yamlPath?: YamlPathOf }[] = [];
    const files = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
    for (const vf of files) {
      if (typeof vf !== 'string') continue;
      const ref = /^\$([\w-]+)\/(.*)$/.exec(vf);
      const refSource = ref ? siblings.find((s) => isRecord(s) && s.ref === ref[1]) : undefined;
      if (!ref || !isRecord(refSource) || typeof refSource.repoURL !== 'string' || !isLocalRepo(refSource.repoURL, ref[2])) continue;
      const doc = sources.yaml(ref[2])?.docs[0];
      if (!doc) continue;
      model.deployedFiles.add(doc.file);
      valueSets.push({ value: doc.value, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }) });
    }
    if (isRecord(helm.valuesObject)) {
      const own = input.yamlPath;
      valueSets.push({
        value: helm.valuesObject,
        locOf: (p) => input.locOf([...base, 'helm', 'valuesObject', ...p]),
        yamlPath: own && ((p) => own([...base, 'helm', 'valuesObject', ...p])),
      });
    }
    for (const { value, locOf, yamlPath } of valueSets) {
      if (!isRecord(value)) continue;
      const apps = value.applications;
      const entries: [string | number, unknown][] = Array.isArray(apps) ? apps.map((a, i) => [i, a]) : isRecord(apps) ? Object.entries(apps) : [];
      for (const [key, entry] of entries) {
        if (!isRecord(entry)) continue;
        const name = typeof entry.name === 'string' ? entry.name : String(key);
        const at = locOf(['applications', key]);
        visitApp({
          spec: entry,
          meta: { name, namespace: typeof entry.namespace === 'string' ? entry.namespace : input.meta.namespace },
          at,
          locOf: (p) => locOf(['applications', key, ...(p[0] === 'spec' ? p.slice(1) : p)]),
          yamlPath: yamlPath && ((p) => yamlPath(['applications', key, ...(p[0] === 'spec' ? p.slice(1) : p)])),
          parent: typeof input.meta.name === 'string' ? input.meta.name : undefined,
          chain: input.chain,
        });
      }
    }
  };

  const readSource = (raw: Record<string, unknown>, base: (string | number)[], input: AppInput): AppSource | undefined => {
    const repoURL = typeof raw.repoURL === 'string' ? raw.repoURL : '';
    const at = input.locOf(base);
    const generatedPath = input.pathAt && typeof raw.path === 'string';
    const source: AppSource = {
      repoURL,
      local: repoURL !== '' && local.has(normalizeRepoURL(repoURL)),
      path: typeof raw.path === 'string' ? raw.path : undefined,
      chart: typeof raw.chart === 'string' ? raw.chart : undefined,
      targetRevision: raw.targetRevision === undefined ? undefined : String(raw.targetRevision),
      at,
      pathAt: generatedPath ? input.pathAt : typeof raw.path === 'string' ? input.locOf([...base, 'path']) : undefined,
      revisionAt: raw.targetRevision === undefined ? undefined : input.locOf([...base, 'targetRevision']),
      tool: 'external',
      renders: 0,
    };
    if (source.chart) source.tool = 'chart';
    else if (source.path === undefined) return typeof raw.ref === 'string' ? undefined : source;
    else if (HAS_UNRESOLVED.test(source.path)) source.tool = 'unresolved';
    return source;
  };

  const renderLocal = (app: ArgoApplication, source: AppSource, raw: Record<string, unknown>, destNs: string | undefined, input: AppInput): void => {
    const kind = input.fromList ? 'list-path' : 'application-path';
    const dir = cleanPath(source.path!);
    const pathAt = source.pathAt ?? source.at;
    if (dir === undefined) {
      source.tool = 'missing';
      model.pathRefs.push({ at: pathAt, path: source.path!, kind, status: 'outside', owner: app.name });
      return;
    }
    if (!sources.hasDir(dir)) {
      source.tool = 'missing';
      model.pathRefs.push({ at: pathAt, path: source.path!, kind, status: 'missing', owner: app.name });
      return;
    }
    model.pathRefs.push({ at: pathAt, path: dir, kind, status: 'ok', owner: app.name });
    const tool = detectTool(sources, dir, raw);
    source.tool = tool;
    const rendered = renderSource(sources, dir, tool, raw);
    collect(app, rendered, destNs);
    source.renders = rendered.objects.length + rendered.charts.length + rendered.remotes.length;
    if (rendered.unparsed.size > 0) source.unparsed = true;
  };

  const collect = (app: ArgoApplication, rendered: Rendered, destNs: string | undefined): void => {
    for (const f of rendered.files) model.deployedFiles.add(f);
    for (const r of rendered.remotes) model.remotes.push({ ...r, application: app.name });
    model.cycles.push(...rendered.cycles);
    for (const b of rendered.broken) model.pathRefs.push({ at: b.at, path: b.path, kind: b.kind, status: b.status, owner: app.name });
    for (const { chart, mechanism } of rendered.charts) model.charts.push({ ...chart, application: app.name, appset: app.appset, mechanism });
    const children: RenderedObject[] = [];
    for (const item of rendered.objects) {
      if (isArgo(item.obj)) children.push(item);
      else model.objects.push({ ...item.obj, application: app.name, appset: app.appset, mechanism: item.mechanism });
    }
    addValues(app, rendered.values);
    if (rendered.levels.length > 0) builds.push({ app, levels: rendered.levels });
    for (const child of children) if (child.doc) visitDoc(child.doc, destNs, app.name, child.obj.namespace);
  };

  /** An Application's Helm source: its values, and the value files Argo CD could not read. */
  const addHelmSource = (app: ArgoApplication, raw: Record<string, unknown>, base: (string | number)[], siblings: unknown[], input: AppInput, dir: string | undefined): void => {
    addValues(app, applicationValues(sources, raw, base, siblings, input.yamlPath, isLocalRepo, dir));
    for (const failure of valueFileFailures(sources, raw, base, siblings, input.yamlPath, isLocalRepo, dir)) failures.push({ app, failure });
  };

  const addValues = (app: ArgoApplication, values: readonly ValuesSource[]): void => {
    for (const v of values) {
      model.helmValues.push(helmValuesFor(sources, v, app.name, app.appset));
      if (v.file !== undefined && sources.hasFile(v.file)) model.deployedFiles.add(v.file);
    }
  };

  const visitAppSet = (doc: YamlDoc, spec: Record<string, unknown>, meta: Record<string, unknown>, namespace: string, parent: string | undefined, chain: AppInput['chain']): void => {
    const name = typeof meta.name === 'string' ? meta.name : '(unnamed)';
    const goTemplate = spec.goTemplate === true;
    const unresolved: GeneratorContext['unresolved'] = [];
    model.applicationSets.push({ name, at: doc.at, namespace, parent, unresolved });
    const ctx: GeneratorContext = { sources, doc, goTemplate, owner: name, isLocalRepo, pathRefs: model.pathRefs, unresolved };
    const template = isRecord(spec.template) ? spec.template : {};
    const generators = Array.isArray(spec.generators) ? spec.generators : [];
    generators.forEach((gen, gi) => {
      const sets = runGenerator(gen, ['spec', 'generators', gi], ctx);
      const merged = isRecord(gen) && isRecord(gen.template) ? (mergeDeep(template, gen.template) as Record<string, unknown>) : template;
      const fromList = isRecord(gen) && isRecord(gen.list);
      for (const set of sets) {
        const state = { unresolved: false };
        let app = renderTree(merged, set.params, goTemplate, state) as Record<string, unknown>;
        if (goTemplate && typeof spec.templatePatch === 'string') app = applyTemplatePatch(app, spec.templatePatch, set.params, state);
        const appMeta = isRecord(app.metadata) ? { ...app.metadata } : {};
        if (typeof appMeta.namespace !== 'string') appMeta.namespace = namespace;
        const appSpec = isRecord(app.spec) ? app.spec : {};
        const templatePath = (p: (string | number)[]): Loc => doc.loc(['spec', 'template', ...p]);
        const pathIsParam = (src: unknown): boolean => isRecord(src) && typeof src.path === 'string' && src.path.includes('{{');
        const templ = isRecord(merged.spec) ? merged.spec : {};
        const paramPath = pathIsParam(templ.source) || (Array.isArray(templ.sources) && templ.sources.some(pathIsParam));
        visitApp({
          spec: appSpec,
          meta: appMeta,
          at: set.at,
          locOf: templatePath,
          yamlPath: (p) => ({ doc, path: ['spec', 'template', ...p] }),
          appset: name,
          parent,
          unresolved: set.unresolved || state.unresolved,
          pathAt: paramPath ? set.pathAt ?? set.at : undefined,
          chain,
          fromList: fromList && paramPath,
        });
      }
    });
  };

  /** Every failure once per place and cause, naming all the apps it breaks. */
  const renderProblems = (): RuntimeModel['renderProblems'] => {
    const argocdCm = model.objects.filter((o) => o.kind === 'ConfigMap' && o.name === 'argocd-cm').map((o) => o.at.file);
    const cmPatches = builds.flatMap((b) => patchFiles(b.levels)).filter((f) => sources.text(f)?.includes('argocd-cm'));
    const buildOptions = readBuildOptions(sources, [...argocdCm, ...(argocdCm.length > 0 ? cmPatches : [])]);
    for (const { app, levels } of builds) for (const failure of kustomizeFailures(sources, levels, buildOptions)) failures.push({ app, failure });
    for (const { application, appset, failure } of inlineValuesFailures(model.helmValues)) failures.push({ app: { name: application, appset }, failure });
    const byPlace = new Map<string, RuntimeModel['renderProblems'][number]>();
    for (const { app, failure } of failures) {
      const key = `${failure.at.file}:${failure.at.line}:${failure.at.column}:${failure.message}`;
      const problem = byPlace.get(key);
      if (!problem) byPlace.set(key, { ...failure, applications: [{ name: app.name, appset: app.appset }] });
      else if (!problem.applications.some((a) => a.name === app.name)) problem.applications.push({ name: app.name, appset: app.appset });
    }
    return [...byPlace.values()];
  };

  for (const entry of options.entrypoints) {
    model.deployedFiles.add(entry.file);
    const kustomization = sources.hasDir(entry.file) ? kustomizationIn(sources, entry.file) : undefined;
    if (kustomization) {
      const rendered = renderSource(sources, entry.file, 'kustomize', {});
      for (const f of rendered.files) model.deployedFiles.add(f);
      for (const item of rendered.objects) if (isArgo(item.obj) && item.doc) visitDoc(item.doc, undefined, undefined, item.obj.namespace);
      continue;
    }
    const docs = entry.rendered !== undefined ? parseYaml(entry.file, entry.rendered).docs : (sources.yaml(entry.file)?.docs ?? []);
    for (const doc of docs) visitDoc(doc, undefined, undefined);
  }
  for (const { app, source, fromList } of pending) {
    if (!local.has(normalizeRepoURL(source.repoURL))) continue;
    source.local = true;
    source.tool = 'missing';
    model.pathRefs.push({ at: source.pathAt ?? source.at, path: source.path!, kind: fromList ? 'list-path' : 'application-path', status: 'missing', owner: app.name });
  }
  model.localRepos = [...local].sort();
  reportValuesProblems(sources, model.helmValues);
  model.valuesImages = valuesImages(sources, model.helmValues);
  model.renderProblems = renderProblems();
  return model;
}

/** `./a/b/` → `a/b`; `.` or `` → root; undefined when it leaves the repository. */
function cleanPath(path: string): string | undefined {
  return joinInRepo('', path.trim() === '' ? '.' : path.trim());
}

function applyTemplatePatch(app: Record<string, unknown>, patch: string, params: Params, state: { unresolved: boolean }): Record<string, unknown> {
  try {
    const parsed: unknown = parseYamlValue(renderString(patch, params, true, state));
    return isRecord(parsed) ? (mergeDeep(app, parsed) as Record<string, unknown>) : app;
  } catch {
    state.unresolved = true;
    return app;
  }
}
