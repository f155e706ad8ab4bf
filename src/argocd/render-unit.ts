// One Argo CD source of this repository rendered, as a unit of work: a function of the
// files it consults (recorded in its scope) and of its inputs, which are plain data. Its
// digest covers everything the rest of the analysis takes from it, so that a later run can
// render the unit again for a changed file and, when the digest is the same, know that the
// analysis would come out the same (src/early-cutoff.ts).
import { createHash } from 'node:crypto';
import { isRecord } from '../parse/manifest.js';
import { newScope, type Scope, type SourceSet } from '../parse/source-set.js';
import { YamlDoc } from '../parse/yaml-file.js';
import type { BuildOptions } from './build-options.js';
import { helmValuesFor } from './helm-values.js';
import { kustomizeFailures, patchFiles, type RenderFailure } from './render-check.js';
import { detectTool, renderSource, type KustomizeLevel, type Rendered, type SourceTool } from './render.js';
import type { HelmValues } from '../types.js';

export interface UnitInput {
  /** The source's path in this repository (cleaned). */
  dir: string;
  /** The source as the Application writes it (after parameter substitution). */
  raw: Record<string, unknown>;
  destNs?: string;
  application: string;
  appset?: string;
}

/** What is kept of a unit once the traversal has taken what it rendered. */
export interface Unit {
  input: UnitInput;
  scope: Scope;
  /** Its kustomizations, as their transformers see them: checked once the build options are known. */
  levels: KustomizeLevel[];
  /** Its kustomizations' failures under `buildOptions`, once those are known (RuntimeReader.renderProblems). */
  failures?: RenderFailure[];
  buildOptions?: BuildOptions;
  /** The hash of what it rendered (see unitDigest), when asked for. */
  renderedHash?: string;
}

export const isArgoObject = (o: { apiVersion: string; kind: string }): boolean => o.apiVersion.startsWith('argoproj.io/') && (o.kind === 'Application' || o.kind === 'ApplicationSet');

/**
 * The unit rendered: what it renders with the tool Argo CD would detect, and the Helm values its
 * charts use. `hashed`: its rendering hashed too (for a run that keeps what each unit did).
 */
export function renderUnit(sources: SourceSet, input: UnitInput, hashed: boolean): { unit: Unit; tool: SourceTool; rendered: Rendered; values: HelmValues[] } {
  const scope = newScope();
  const { tool, rendered } = sources.within(scope, () => {
    const tool = detectTool(sources, input.dir, input.raw);
    const rendered = renderSource(sources, input.dir, tool, input.raw);
    if (tool === 'helm') for (const c of rendered.charts) Object.assign(c.chart, releaseNamespace(input.raw, input.destNs));
    return { tool, rendered };
  });
  const values = rendered.values.map((v) => helmValuesFor(sources, v, input.application, input.appset));
  const unit: Unit = { input, scope, levels: rendered.levels, ...(hashed ? { renderedHash: renderedHash(sources, tool, rendered) } : {}) };
  return { unit, tool, rendered, values };
}

/** The unit's kustomize build failures under the build options Argo CD runs with. */
export function unitFailures(sources: SourceSet, unit: Unit, buildOptions: BuildOptions): RenderFailure[] {
  unit.buildOptions = buildOptions;
  return (unit.failures = sources.within(unit.scope, () => kustomizeFailures(sources, unit.levels, buildOptions)));
}

/** An Argo CD Helm source renders with `--namespace` = `helm.namespace`, else the destination namespace. */
export function releaseNamespace(raw: Record<string, unknown>, destNs: string | undefined): { namespace?: string } {
  const helm = isRecord(raw.helm) ? raw.helm : {};
  const namespace = typeof helm.namespace === 'string' && helm.namespace ? helm.namespace : destNs;
  return namespace ? { namespace } : {};
}

/**
 * What the rest of the analysis takes from the unit, hashed: what it rendered (renderedHash),
 * its failures, the problems and budgets it recorded, the files it consulted and the problems of
 * those it reports.
 */
export function unitDigest(sources: SourceSet, unit: Unit): string {
  const { scope } = unit;
  const record = [
    unit.renderedHash ?? null,
    unit.failures ?? null,
    scope.log,
    [...scope.consulted].sort(),
    [...scope.reported].sort().map((f) => [f, sources.unreadable(f) ?? null, sources.problemsOf(f)]),
  ];
  return digestOf(record, docRefOf(sources));
}

/**
 * What the traversal takes from a rendering: the objects (an Argo CD object's document, which it
 * follows, by its file's content hash), charts, files, references, values (documents by content
 * hash), plugins and patch files. The kustomizations' levels are left out: only the unit's failures
 * and patch files read them.
 */
function renderedHash(sources: SourceSet, tool: SourceTool, rendered: Rendered): string {
  const docRef = docRefOf(sources);
  const record = [
    tool,
    rendered.objects.map((o) => [o.obj, o.mechanism, isArgoObject(o.obj) && o.doc ? docRef(o.doc) : null]),
    rendered.charts,
    [...rendered.files],
    rendered.broken,
    rendered.remotes,
    rendered.cycles,
    [...rendered.unparsed],
    rendered.values,
    rendered.plugins,
    patchFiles(rendered.levels),
  ];
  return digestOf(record, docRef);
}

const docRefOf =
  (sources: SourceSet) =>
  (doc: YamlDoc): unknown[] => [doc.file, doc.index, sources.hashOf(doc.file) ?? null];

/**
 * The record's hash, as JSON with documents by reference and sets as lists. Keys in the order the
 * code built them: the same data built by another path could hash apart, which costs the cutoff
 * its answer, never its soundness.
 */
function digestOf(record: unknown, docRef: (doc: YamlDoc) => unknown): string {
  const json = JSON.stringify(record, (_key, v: unknown) => (v instanceof YamlDoc ? docRef(v) : v instanceof Set ? [...v] : v));
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}
