// An ApplicationSet expanded to the Applications it generates (semantics 2.1):
// every generator run, the template (and goTemplate's templatePatch) rendered per
// parameter set. Reads no state of the caller: inputs in, Applications out.
import { parse as parseYamlValue } from 'yaml';
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import type { ArgoApplicationSet, Loc, PathRef } from '../types.js';
import { qualifiedId } from './app-id.js';
import type { AppInput, LocOf } from './app-input.js';
import type { YamlPathOf } from './helm-values.js';
import { runGenerator } from './generators.js';
import { mergeDeep, renderString, renderTree, type Params, type RenderState } from './template.js';
import { isTemplated } from './templated-text.js';

export interface AppSetInput {
  spec: Record<string, unknown>;
  meta: Record<string, unknown>;
  namespace: string;
  at: Loc;
  /** Where a path of the ApplicationSet (from its root) is written. */
  locOf: LocOf;
  /** Its document and the path inside it, for reading the template's values with positions. */
  yamlPath?: YamlPathOf;
  parent?: string;
  chain: AppInput['chain'];
}

export interface ExpandedAppSet {
  set: ArgoApplicationSet;
  apps: AppInput[];
  /** Generator patterns (git directories and files) that match nothing. */
  pathRefs: PathRef[];
}

export function expandApplicationSet(sources: SourceSet, isLocalRepo: (url: string, path?: string) => boolean, input: AppSetInput): ExpandedAppSet {
  const { spec, meta, namespace, locOf } = input;
  const name = typeof meta.name === 'string' ? meta.name : '(unnamed)';
  const id = qualifiedId(namespace, name);
  const goTemplate = spec.goTemplate === true;
  const pathRefs: PathRef[] = [];
  const set: ArgoApplicationSet = { id, name, at: input.at, namespace, parent: input.parent };
  const ctx = { sources, locOf, goTemplate, owner: id, isLocalRepo, pathRefs };
  const template = isRecord(spec.template) ? spec.template : {};
  const patch = goTemplate && typeof spec.templatePatch === 'string' ? spec.templatePatch : undefined;
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const apps: AppInput[] = [];
  generators.forEach((gen, gi) => {
    const sets = runGenerator(gen, ['spec', 'generators', gi], ctx);
    const merged = isRecord(gen) && isRecord(gen.template) ? (mergeDeep(template, gen.template) as Record<string, unknown>) : template;
    const fromList = isRecord(gen) && isRecord(gen.list);
    const templ = isRecord(merged.spec) ? merged.spec : {};
    // The path comes from a parameter when the template (or the patch) builds it from one.
    const pathIsParam = (src: unknown): boolean => isRecord(src) && typeof src.path === 'string' && isTemplated(src.path);
    const paramPath = pathIsParam(templ.source) || (Array.isArray(templ.sources) && templ.sources.some(pathIsParam)) || (patch !== undefined && /\bpath:[^\n]*\{\{/.test(patch));
    for (const params of sets) {
      const state: RenderState = { unresolved: false, maxChars: sources.limits.templateExpansionChars };
      let app = renderTree(merged, params.params, goTemplate, state) as Record<string, unknown>;
      if (state.overBudget) sources.reachedLimit('templateExpansionChars', params.at, `ApplicationSet ${name}: a rendered template string is longer than the budget; it was left unrendered`, ['runtime-deploys']);
      let unknownPatch: Loc | undefined;
      if (patch !== undefined) {
        const patched = applyTemplatePatch(app, patch, params.params);
        if (patched) app = patched;
        // A patch that cannot be rendered leaves unknown only what it could set: the sources.
        else if (SETS_SOURCES.test(patch)) unknownPatch = locOf(['spec', 'templatePatch']);
      }
      const appMeta = isRecord(app.metadata) ? { ...app.metadata } : {};
      if (typeof appMeta.namespace !== 'string') appMeta.namespace = namespace;
      apps.push({
        spec: isRecord(app.spec) ? app.spec : {},
        meta: appMeta,
        at: params.at,
        locOf: (p) => locOf(['spec', 'template', ...p]),
        ...(input.yamlPath ? { yamlPath: templatePath(input.yamlPath) } : {}),
        appset: id,
        parent: input.parent,
        pathAt: paramPath ? (params.pathAt ?? params.at) : undefined,
        chain: input.chain,
        fromList: fromList && paramPath,
        ...(params.unknown ? { unknownGenerators: params.unknown } : {}),
        ...(unknownPatch ? { unknownPatch } : {}),
      });
    }
  });
  return { set, apps, pathRefs };
}

/** The template's fields, where the ApplicationSet writes them. */
const templatePath =
  (yamlPath: YamlPathOf): YamlPathOf =>
  (p) =>
    yamlPath(['spec', 'template', ...p]);

const SETS_SOURCES = /\b(sources?|path|repoURL|chart)\s*:/;

/** Lines holding only a Go template action (if, else, end, range, with): their bodies are kept, both branches. */
const ACTION_LINE = /^[ \t]*\{\{-?\s*(?:if|else|end|range|with)\b[^\n]*?-?\}\}[ \t]*$/gm;

/**
 * goTemplate's templatePatch, rendered and merged over the Application. Conditionals are
 * read leniently (every branch kept); undefined when the patch still cannot be rendered
 * or parsed: what it sets is then unknown.
 */
function applyTemplatePatch(app: Record<string, unknown>, patch: string, params: Params): Record<string, unknown> | undefined {
  const state: RenderState = { unresolved: false };
  const text = renderString(patch.replace(ACTION_LINE, ''), params, true, state);
  if (state.unresolved) return undefined;
  try {
    const parsed: unknown = parseYamlValue(text);
    return isRecord(parsed) ? (mergeDeep(app, parsed) as Record<string, unknown>) : parsed === null ? app : undefined;
  } catch {
    return undefined;
  }
}
