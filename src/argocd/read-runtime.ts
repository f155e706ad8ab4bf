// The runtime layer: from the Argo CD entry points through Applications,
// ApplicationSets and app-of-apps, every source rendered to objects and charts.
// What cannot be followed (a plugin, a path built from unknown parameters, a generator
// that needs the live cluster) is recorded as Unresolved, never read as "nothing".
import { isRecord } from '../parse/manifest.js';
import { parseYaml } from '../parse/yaml-file.js';
import type { SourceSet } from '../parse/source-set.js';
import type { YamlDoc } from '../parse/yaml-file.js';
import type { AppSource, ArgoApplication, HelmValues, RuntimeModel, Unresolved } from '../types.js';
import { nameOfId, qualifiedId } from './app-id.js';
import type { AppInput } from './app-input.js';
import { pluginOf, readSource, unknownSource } from './app-source.js';
import { expandApplicationSet, type AppSetInput } from './application-sets.js';
import { appsInValues, ROOT_CHARTS, valuesOfChartSource } from './chart-values-apps.js';
import { readBuildOptions } from './build-options.js';
import { readCrds } from './crd-scope.js';
import { applicationValues, helmValuesFor, reportValuesProblems, type ValuesSource } from './helm-values.js';
import { findRuntimeSecrets } from './plaintext-secrets.js';
import { valuesImages } from './values-images.js';
import { cleanPath, LocalRepos } from './local-repos.js';
import { inlineValuesFailures, patchFiles, valueFileFailures, type RenderFailure } from './render-check.js';
import { detectTool, renderSource, type KustomizePlugin, type Rendered, type RenderedObject } from './render.js';
import { isArgoObject as isArgo, releaseNamespace, renderUnit, unitFailures, type Unit } from './render-unit.js';
import { isTemplated } from './templated-text.js';
import { defineFact } from '../parse/facts.js';

export interface RuntimeOptions {
  entrypoints: RuntimeModel['entrypoints'];
  /** Configured repoURLs meaning this repository; empty = infer from paths that exist here. */
  repoURLs: string[];
  /** What was left unknown while finding the entry points (a chart of roots installed with values the reader does not see). */
  unresolved?: Unresolved[];
}

const ARGO_KINDS = new Set(['Application', 'ApplicationSet']);
const MENTIONS_ARGOCD_CM = defineFact('mentions-argocd-cm', (text) => text.includes('argocd-cm'));
/** A namespace a chart template leaves unrendered (`{{ .Release.Namespace }}`) is the default Argo CD or the parent gives. */
const knownNs = (ns: string | undefined): string | undefined => (ns === undefined || isTemplated(ns) ? undefined : ns);

export function readRuntime(sources: SourceSet, options: RuntimeOptions, units?: Unit[]): RuntimeModel {
  return new RuntimeReader(sources, options, units).read();
}

/** What the Kustomize plugins of a build leave unknown: the objects of `appId`, or without one (an entry point's or an app of apps' build) which Applications exist. */
function pluginUnknowns(plugins: readonly KustomizePlugin[], appId: string | undefined): Unresolved[] {
  return plugins.map((p) => ({
    affects: appId === undefined ? ['runtime-deploys', 'entrypoints'] : ['runtime-deploys'],
    construct: `Kustomize ${p.field.replace(/s$/, '')} plugin ${p.name}`,
    at: p.at,
    unknown: p.field === 'generators' ? 'which objects it generates' : p.field === 'transformers' ? 'how it changes the objects' : 'whether the build passes',
    ...(appId === undefined ? {} : { scope: { application: appId } }),
  }));
}

/**
 * The traversal: entry points → Applications and ApplicationSets → what each renders →
 * the Applications found there (app of apps). The units it calls take inputs and return
 * outputs; this class only records them in the model and remembers what it has visited.
 */
class RuntimeReader {
  private readonly model: RuntimeModel;
  private readonly repos: LocalRepos;
  /** Sources whose repo could not yet be told local: settled once every path has been seen. */
  private readonly pending: { app: ArgoApplication; source: AppSource; fromList: boolean }[] = [];
  private readonly argocdNamespaces = new Set(['argocd']);
  private readonly seenDocs = new Set<string>();
  private readonly seenApps = new Set<string>();
  /** For each Application id: the documents (and ids) that led to it. */
  private readonly ancestors = new Map<string, AppInput['chain']>();
  /** Each app's kustomize builds, checked once the build options (argocd-cm, deployed by some app) are known. */
  private readonly builds: { app: ArgoApplication; unit: Unit }[] = [];
  private readonly failures: { app: { id: string; appset?: string }; failure: RenderFailure }[] = [];

  constructor(
    private readonly sources: SourceSet,
    private readonly options: RuntimeOptions,
    /** Where each source of this repository rendered is recorded, in order, when asked. */
    private readonly units?: Unit[],
  ) {
    this.repos = new LocalRepos(sources, options.repoURLs);
    this.model = {
      entrypoints: options.entrypoints,
      applications: [],
      applicationSets: [],
      objects: [],
      charts: [],
      pathRefs: [],
      localRepos: [],
      deployedFiles: new Set(),
      childArgoFiles: new Set(),
      remotes: [],
      cycles: [],
      crds: [],
      secrets: [],
      helmValues: [],
      valuesImages: [],
      renderProblems: [],
      unresolved: [...(options.unresolved ?? [])],
    };
  }

  read(): RuntimeModel {
    for (const entry of this.options.entrypoints) {
      this.model.deployedFiles.add(entry.file);
      // A directory entry point is built as Argo CD would (a kustomization, or a chart of this repository bootstrap installs).
      const dirTool = this.sources.hasDir(entry.file) ? detectTool(this.sources, entry.file, {}) : undefined;
      if (dirTool === 'kustomize' || dirTool === 'helm') {
        const rendered = renderSource(this.sources, entry.file, dirTool, {});
        for (const f of rendered.files) this.model.deployedFiles.add(f);
        this.model.unresolved.push(...pluginUnknowns(rendered.plugins, undefined));
        for (const item of rendered.objects) if (isArgo(item.obj) && item.doc) this.visitDoc(item.doc, undefined, undefined, knownNs(item.obj.namespace));
        continue;
      }
      if (entry.chartValues) {
        const doc = this.sources.yaml(entry.file)?.docs[0];
        const key = entry.valuesKey;
        const value = key === undefined ? doc?.value : isRecord(doc?.value) ? doc.value[key] : undefined;
        const locOf = (p: (string | number)[]) => doc!.loc(key === undefined ? p : [key, ...p]);
        const yamlPath = (p: (string | number)[]) => ({ doc: doc!, path: key === undefined ? p : [key, ...p] });
        if (doc) this.visitValueApps(appsInValues([{ value, locOf, yamlPath }], { namespace: 'argocd', chain: [{ doc: `${doc.file}#${doc.index}`, id: '' }] }));
        continue;
      }
      const docs = entry.rendered !== undefined ? parseYaml(entry.file, entry.rendered).docs : (this.sources.yaml(entry.file)?.docs ?? []);
      for (const doc of docs) this.visitDoc(doc, undefined, undefined);
    }
    this.settlePending();
    this.model.localRepos = this.repos.list();
    reportValuesProblems(this.sources, this.model.helmValues);
    this.model.valuesImages = valuesImages(this.sources, this.model.helmValues);
    this.model.renderProblems = this.renderProblems();
    this.model.crds = readCrds(this.sources, this.model.objects);
    this.model.secrets = findRuntimeSecrets(this.sources, this.model);
    return this.model;
  }

  /** An Argo CD manifest met at an entry point or in a parent's render (`parent`: its id). */
  private visitDoc(doc: YamlDoc, defaultNs: string | undefined, parent: string | undefined, nsOverride?: string): void {
    const key = `${doc.file}#${doc.index}`;
    const value = doc.value;
    if (!isRecord(value) || typeof value.kind !== 'string') return;
    // The Applications between the entry point and this document: meeting one again is an app-of-apps cycle.
    const ancestry = parent ? (this.ancestors.get(parent) ?? []) : [];
    const again = ancestry.findIndex((a) => a.doc === key);
    if (again >= 0) {
      // An Application whose path holds its own manifest manages itself (a common root
      // pattern); a longer loop `a → b → a` is a cycle, reported once.
      const names = ancestry.slice(again).map((a) => nameOfId(a.id));
      if (names.length > 1) this.model.cycles.push({ at: doc.at, chain: [...names, names[0]] });
      return;
    }
    if (this.seenDocs.has(key)) return;
    this.seenDocs.add(key);
    const chain = [...ancestry, { doc: key, id: '' }];
    this.model.deployedFiles.add(doc.file);
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const spec = isRecord(value.spec) ? value.spec : {};
    if (!isRecord(value.spec) && ARGO_KINDS.has(value.kind) && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('argoproj.io/')) {
      // The CRD requires a spec object: `spec: null` or a missing spec is rejected by the API server.
      this.sources.report({ at: doc.loc(['spec']), message: `${value.kind} ${typeof meta.name === 'string' ? meta.name : '(unnamed)'} has ${value.spec === undefined ? 'no spec' : 'a spec that is not a mapping'}; Argo CD rejects it and it deploys nothing` });
    }
    const ownNs = typeof meta.namespace === 'string' && !isTemplated(meta.namespace) ? meta.namespace : undefined;
    const namespace = nsOverride ?? ownNs ?? defaultNs ?? 'argocd';
    if (parent === undefined) this.argocdNamespaces.add(namespace);
    else if (!this.argocdNamespaces.has(namespace)) return;
    if (value.kind === 'Application') {
      this.visitApp({ spec, meta: { ...meta, namespace }, at: doc.at, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }), parent, chain });
    } else if (value.kind === 'ApplicationSet') {
      this.visitAppSet({ spec, meta, namespace, at: doc.at, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }), parent, chain });
    }
  }

  private visitAppSet(input: AppSetInput): void {
    const { set, apps, pathRefs } = expandApplicationSet(this.sources, (url, path) => this.repos.isLocal(url, path), input);
    this.model.applicationSets.push(set);
    this.model.pathRefs.push(...pathRefs);
    for (const app of apps) this.visitApp(app);
  }

  private visitApp(input: AppInput): void {
    const name = typeof input.meta.name === 'string' ? input.meta.name : '(unnamed)';
    const namespace = typeof input.meta.namespace === 'string' ? input.meta.namespace : 'argocd';
    const id = qualifiedId(namespace, name);
    if (this.seenApps.has(id)) return;
    this.seenApps.add(id);
    this.ancestors.set(id, [...input.chain.slice(0, -1), { doc: input.chain[input.chain.length - 1].doc, id }]);
    const app: ArgoApplication = {
      id,
      name,
      at: input.at,
      namespace,
      project: typeof input.spec.project === 'string' ? input.spec.project : 'default',
      projectAt: typeof input.spec.project === 'string' ? input.locOf(['spec', 'project']) : undefined,
      sources: [],
      appset: input.appset,
      parent: input.parent,
    };
    this.model.applications.push(app);
    const unknownSources: Unresolved[] = [];
    const destNs = isRecord(input.spec.destination) && typeof input.spec.destination.namespace === 'string' ? input.spec.destination.namespace : undefined;
    if (destNs !== undefined) app.destinationNamespace = destNs;
    if (createsNamespace(input.spec)) app.createNamespace = true;
    const multi = Array.isArray(input.spec.sources);
    const list = multi ? (input.spec.sources as unknown[]) : [input.spec.source];
    list.forEach((raw, i) => {
      if (!isRecord(raw)) return;
      const base: (string | number)[] = multi ? ['spec', 'sources', i] : ['spec', 'source'];
      const source = readSource(raw, base, input, this.repos);
      if (!source) return;
      app.sources.push(source);
      if (source.tool === 'chart') {
        this.visitChart(app, source, raw, base, input, list, destNs);
        return;
      }
      if (source.tool === 'unknown') {
        const { unresolved, patterns } = unknownSource(this.sources, source, id);
        unknownSources.push(unresolved);
        this.model.pathRefs.push(...patterns);
        return;
      }
      if (source.path === undefined) return;
      if (!source.local) {
        if (this.repos.isLocal(source.repoURL, source.path)) source.local = true;
        else {
          this.pending.push({ app, source, fromList: input.fromList === true });
          return;
        }
      }
      this.renderLocal(app, source, raw, base, destNs, input);
      if (source.tool === 'helm') this.addHelmSource(app, raw, base, list, input, cleanPath(source.path));
    });
    this.model.unresolved.push(...generatedUnknowns(input, id, unknownSources));
  }

  /** A Helm repository source; the values of argocd-apps (and argo-cd's extraObjects) define more Applications. */
  private visitChart(app: ArgoApplication, source: AppSource, raw: Record<string, unknown>, base: (string | number)[], input: AppInput, siblings: unknown[], destNs: string | undefined): void {
    this.model.charts.push({
      name: source.chart!,
      repo: source.repoURL,
      version: source.targetRevision || undefined,
      at: source.at,
      versionAt: source.revisionAt,
      application: app.id,
      appset: app.appset,
      mechanism: 'helm-chart',
      ...releaseNamespace(raw, destNs),
    });
    source.renders = 1;
    this.addHelmSource(app, raw, base, siblings, input, undefined);
    if (!ROOT_CHARTS.has(source.chart!)) return;
    const own = input.yamlPath;
    const values = valuesOfChartSource(this.sources, (url, path) => this.repos.isLocal(url, path), raw, (p) => input.locOf([...base, ...p]), siblings, own && ((p) => own([...base, ...p])));
    for (const f of values.files) this.model.deployedFiles.add(f);
    for (const u of values.unknown) {
      // Applications defined in values the reader cannot see could deploy anything.
      this.model.unresolved.push({ affects: ['runtime-deploys'], construct: `${source.chart} ${u.construct} of Application ${app.name}`, at: u.at, unknown: 'which Applications and ApplicationSets it defines' });
    }
    this.visitValueApps(appsInValues(values.sets, { namespace: app.namespace, parent: app.id, chain: input.chain }));
  }

  private visitValueApps({ apps, appsets }: ReturnType<typeof appsInValues>): void {
    for (const set of appsets) this.visitAppSet(set);
    for (const app of apps) this.visitApp(app);
  }

  private renderLocal(app: ArgoApplication, source: AppSource, raw: Record<string, unknown>, base: (string | number)[], destNs: string | undefined, input: AppInput): void {
    const kind = input.fromList ? 'list-path' : 'application-path';
    const dir = cleanPath(source.path!);
    const pathAt = source.pathAt ?? source.at;
    if (dir === undefined || !this.sources.hasDir(dir)) {
      source.tool = 'missing';
      this.model.pathRefs.push({ at: pathAt, path: source.path!, kind, status: dir === undefined ? 'outside' : 'missing', owner: app.id });
      return;
    }
    this.model.pathRefs.push({ at: pathAt, path: dir, kind, status: 'ok', owner: app.id });
    const plugin = pluginOf(raw, base, input, app.id);
    const unitInput = { dir, raw, ...(destNs === undefined ? {} : { destNs }), application: app.id, ...(app.appset === undefined ? {} : { appset: app.appset }) };
    const { unit, tool, rendered, values } = renderUnit(this.sources, unitInput, this.units !== undefined);
    this.units?.push(unit);
    // A plugin's sidecar renders the path; the files read as their usual tool are a best guess of what it deploys.
    source.tool = plugin ? 'plugin' : tool;
    if (plugin) this.model.unresolved.push(plugin);
    // In an app of apps a plugin's unknown objects could be Applications: unknown beyond this one.
    const appOfApps = rendered.objects.some((o) => isArgo(o.obj));
    this.model.unresolved.push(...pluginUnknowns(rendered.plugins, appOfApps ? undefined : app.id));
    this.collect(app, unit, rendered, values, destNs);
    source.renders = rendered.objects.length + rendered.charts.length + rendered.remotes.length;
    if (rendered.unparsed.size > 0) source.unparsed = true;
  }

  private collect(app: ArgoApplication, unit: Unit, rendered: Rendered, values: readonly HelmValues[], destNs: string | undefined): void {
    for (const f of rendered.files) this.model.deployedFiles.add(f);
    for (const r of rendered.remotes) this.model.remotes.push({ ...r, application: app.id });
    for (const c of rendered.cycles) this.model.cycles.push(c); // not push(...): a build can hold more cycles than a call takes arguments
    for (const b of rendered.broken) this.model.pathRefs.push({ at: b.at, path: b.path, kind: b.kind, status: b.status, owner: app.id });
    for (const { chart, mechanism } of rendered.charts) this.model.charts.push({ ...chart, application: app.id, appset: app.appset, mechanism });
    const children: RenderedObject[] = [];
    for (const item of rendered.objects) {
      if (isArgo(item.obj)) children.push(item);
      else this.model.objects.push({ ...item.obj, application: app.id, appset: app.appset, mechanism: item.mechanism });
    }
    for (const v of values) this.addHelmValues(v);
    if (rendered.levels.length > 0) this.builds.push({ app, unit });
    for (const child of children) {
      if (!child.doc) continue;
      this.model.childArgoFiles.add(child.doc.file);
      this.visitDoc(child.doc, destNs, app.id, knownNs(child.obj.namespace));
    }
  }

  /** An Application's Helm source: its values, and the value files Argo CD could not read. */
  private addHelmSource(app: ArgoApplication, raw: Record<string, unknown>, base: (string | number)[], siblings: unknown[], input: AppInput, dir: string | undefined): void {
    const isLocal = (url: string, path?: string): boolean => this.repos.isLocal(url, path);
    this.addValues(app, applicationValues(this.sources, raw, base, siblings, input.yamlPath, isLocal, dir));
    for (const failure of valueFileFailures(this.sources, raw, base, siblings, input.yamlPath, isLocal, dir)) this.failures.push({ app, failure });
  }

  private addValues(app: ArgoApplication, values: readonly ValuesSource[]): void {
    for (const v of values) this.addHelmValues(helmValuesFor(this.sources, v, app.id, app.appset));
  }

  private addHelmValues(v: HelmValues): void {
    this.model.helmValues.push(v);
    if (v.file !== undefined && this.sources.hasFile(v.file)) this.model.deployedFiles.add(v.file);
  }

  /** Every failure once per place and cause, naming all the apps it breaks. */
  private renderProblems(): RuntimeModel['renderProblems'] {
    const { sources, model, builds, failures } = this;
    const argocdCm = model.objects.filter((o) => o.kind === 'ConfigMap' && o.name === 'argocd-cm').map((o) => o.at.file);
    const cmPatches = builds.flatMap((b) => patchFiles(b.unit.levels)).filter((f) => sources.fact(f, MENTIONS_ARGOCD_CM));
    const buildOptions = readBuildOptions(sources, [...argocdCm, ...(argocdCm.length > 0 ? cmPatches : [])]);
    for (const { app, unit } of builds) for (const failure of unitFailures(sources, unit, buildOptions)) failures.push({ app, failure });
    for (const { application, appset, failure } of inlineValuesFailures(model.helmValues)) failures.push({ app: { id: application, appset }, failure });
    // A failure in a base many apps share is met once per app: their ids are kept in a set, not searched in the list.
    const byPlace = new Map<string, { problem: RuntimeModel['renderProblems'][number]; ids: Set<string> }>();
    for (const { app, failure } of failures) {
      const key = `${failure.at.file}:${failure.at.line}:${failure.at.column}:${failure.message}`;
      const place = byPlace.get(key);
      if (!place) byPlace.set(key, { problem: { ...failure, applications: [{ id: app.id, appset: app.appset }] }, ids: new Set([app.id]) });
      else if (!place.ids.has(app.id)) {
        place.ids.add(app.id);
        place.problem.applications.push({ id: app.id, appset: app.appset });
      }
    }
    return [...byPlace.values()].map((p) => p.problem);
  }

  /** Sources of repositories later known to be this one name paths that do not exist here. */
  private settlePending(): void {
    for (const { app, source, fromList } of this.pending) {
      if (!this.repos.has(source.repoURL)) continue;
      source.local = true;
      source.tool = 'missing';
      this.model.pathRefs.push({ at: source.pathAt ?? source.at, path: source.path!, kind: fromList ? 'list-path' : 'application-path', status: 'missing', owner: app.id });
    }
  }
}

/** `syncPolicy.syncOptions` holds CreateNamespace=true (Argo CD then creates the destination namespace). */
function createsNamespace(spec: Record<string, unknown>): boolean {
  const options = isRecord(spec.syncPolicy) ? spec.syncPolicy.syncOptions : undefined;
  return Array.isArray(options) && options.some((o) => typeof o === 'string' && o.trim() === 'CreateNamespace=true');
}

/**
 * What is unknown about an Application itself: its sources built from parameters without a
 * value, and for a generated one, the generators those parameters come from (the cause,
 * named instead of the paths it leaves unknown) and a templatePatch not rendered.
 */
function generatedUnknowns(input: AppInput, appId: string, unknownSources: Unresolved[]): Unresolved[] {
  const generators = input.unknownGenerators ?? [];
  if (generators.length === 0) return [...unknownSources, ...patchUnknown(input)];
  // An unknown path with nothing literal could be any directory: the generator then leaves the whole runtime unknown.
  const anywhere = unknownSources.some((u) => u.scope === undefined);
  const appset = nameOfId(input.appset ?? '');
  const out: Unresolved[] = generators.map((g) => ({
    affects: ['runtime-deploys'],
    construct: `${g.generator} generator of ApplicationSet ${appset}`,
    at: g.at,
    unknown: g.generator.startsWith('git') ? 'its parameters, which come from another repository or a pattern built at run time' : 'its parameters, which come from the live cluster or an external service',
    ...(anywhere ? {} : { scope: { application: appId } }),
  }));
  return [...out, ...patchUnknown(input)];
}

function patchUnknown(input: AppInput): Unresolved[] {
  if (!input.unknownPatch) return [];
  return [
    {
      affects: ['runtime-deploys'],
      construct: `templatePatch of ApplicationSet ${nameOfId(input.appset ?? '')}`,
      at: input.unknownPatch,
      unknown: 'what it sets on the generated Applications (their sources and paths)',
    },
  ];
}
