// One Argo CD source of this repository rendered, as a unit of work: a function of the
// files it consults (recorded in its scope) and of its inputs, which are plain data. Its
// digest covers everything the rest of the analysis takes from it, so that a later run can
// render the unit again for a changed file and, when the digest is the same, know that the
// analysis would come out the same (src/incremental/cutoff.ts).
import { createHash } from 'node:crypto';
import { newScope, type Scope, type SourceSet } from '../parse/source-set.js';
import { YamlDoc } from '../parse/yaml-file.js';
import type { BuildOptions } from './build-options.js';
import { helmValuesFor } from './helm-values.js';
import { kustomizeFailures, patchFiles, type RenderFailure } from './render-check.js';
import { detectTool, renderSource, type Rendered, type SourceTool } from './render.js';
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

export interface Unit {
  input: UnitInput;
  scope: Scope;
  tool: SourceTool;
  rendered: Rendered;
  /** The Helm values its charts use. */
  values: HelmValues[];
  /** Its kustomizations' failures under `buildOptions`, once those are known (RuntimeReader.renderProblems). */
  failures?: RenderFailure[];
  buildOptions?: BuildOptions;
}

export const isArgoObject = (o: { apiVersion: string; kind: string }): boolean => o.apiVersion.startsWith('argoproj.io/') && (o.kind === 'Application' || o.kind === 'ApplicationSet');

export function renderUnit(sources: SourceSet, input: UnitInput): Unit {
  const scope = newScope();
  return sources.within(scope, () => {
    const tool = detectTool(sources, input.dir, input.raw);
    const rendered = renderSource(sources, input.dir, tool, input.raw);
    if (tool === 'helm') for (const c of rendered.charts) Object.assign(c.chart, releaseNamespace(input.raw, input.destNs));
    const values = rendered.values.map((v) => helmValuesFor(sources, v, input.application, input.appset));
    return { input, scope, tool, rendered, values };
  });
}

/** The unit's kustomize build failures under the build options Argo CD runs with. */
export function unitFailures(sources: SourceSet, unit: Unit, buildOptions: BuildOptions): RenderFailure[] {
  unit.buildOptions = buildOptions;
  return (unit.failures = sources.within(unit.scope, () => kustomizeFailures(sources, unit.rendered.levels, buildOptions)));
}

/** An Argo CD Helm source renders with `--namespace` = `helm.namespace`, else the destination namespace. */
export function releaseNamespace(raw: Record<string, unknown>, destNs: string | undefined): { namespace?: string } {
  const helm = typeof raw.helm === 'object' && raw.helm !== null && !Array.isArray(raw.helm) ? (raw.helm as Record<string, unknown>) : {};
  const namespace = typeof helm.namespace === 'string' && helm.namespace ? helm.namespace : destNs;
  return namespace ? { namespace } : {};
}

/**
 * What the rest of the analysis takes from the unit, hashed: the objects (an Argo CD object's
 * document, which the traversal follows, by its file's content hash), charts, files, references,
 * values (documents by content hash), plugins, failures, the problems and budgets it recorded,
 * the files it consulted and the problems of those it reports. Its kustomizations' levels are
 * left out: only its failures and patch files read them.
 */
export function unitDigest(sources: SourceSet, unit: Unit): string {
  const { rendered, scope } = unit;
  const docRef = (doc: YamlDoc): unknown[] => [doc.file, doc.index, sources.hashOf(doc.file) ?? null];
  const record = [
    unit.tool,
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
    unit.failures ?? null,
    scope.log,
    [...scope.consulted].sort(),
    [...scope.reported].sort().map((f) => [f, sources.unreadable(f) ?? null, sources.problemsOf(f)]),
  ];
  return createHash('sha256').update(canonicalJson(record, docRef)).digest('hex').slice(0, 32);
}

/** JSON with sorted keys, sets as lists and documents by reference: equal data, equal text, whichever code built it. */
function canonicalJson(value: unknown, docRef: (doc: YamlDoc) => unknown): string {
  const out: string[] = [];
  const write = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      out.push(v === undefined ? 'null' : JSON.stringify(v));
      return;
    }
    if (v instanceof YamlDoc) return write(docRef(v));
    if (v instanceof Set) return write([...v]);
    if (Array.isArray(v)) {
      out.push('[');
      v.forEach((item, i) => {
        if (i > 0) out.push(',');
        write(item);
      });
      out.push(']');
      return;
    }
    out.push('{');
    let first = true;
    for (const key of Object.keys(v).sort()) {
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item);
    }
    out.push('}');
  };
  write(value);
  return out.join('');
}
