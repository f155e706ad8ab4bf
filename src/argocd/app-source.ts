// One source of an Application, read as written (semantics 1.1-1.3): which tool
// renders it, whether it is this repository, and what about it is unknown.
import { isRecord } from '../parse/manifest.js';
import { pathspecMatch } from './path-match.js';
import type { SourceSet } from '../parse/source-set.js';
import type { AppSource, PathRef, Unresolved } from '../types.js';
import type { AppInput } from './app-input.js';
import type { LocalRepos } from './local-repos.js';
import { isTemplated } from './templated-text.js';

/** The source at `base` of the Application, or undefined for a `ref` source without a path (it only exposes values). */
export function readSource(raw: Record<string, unknown>, base: (string | number)[], input: AppInput, repos: LocalRepos): AppSource | undefined {
  const repoURL = typeof raw.repoURL === 'string' ? raw.repoURL : '';
  const path = typeof raw.path === 'string' ? raw.path : undefined;
  const source: AppSource = {
    repoURL,
    local: repoURL !== '' && repos.has(repoURL),
    path,
    chart: typeof raw.chart === 'string' ? raw.chart : undefined,
    targetRevision: raw.targetRevision === undefined ? undefined : String(raw.targetRevision),
    at: input.locOf(base),
    pathAt: input.pathAt && path !== undefined ? input.pathAt : path !== undefined ? input.locOf([...base, 'path']) : undefined,
    revisionAt: raw.targetRevision === undefined ? undefined : input.locOf([...base, 'targetRevision']),
    tool: 'external',
    renders: 0,
  };
  if (source.chart) source.tool = 'chart';
  else if (path === undefined) return typeof raw.ref === 'string' ? undefined : source;
  else if (isTemplated(path) || isTemplated(repoURL)) source.tool = 'unknown';
  return source;
}

/**
 * A source whose path or repository is built from parameters without a value. Every
 * directory the path could name counts as deployed by the Application (a `pattern`
 * reference); when nothing of the path is literal, it could deploy any directory.
 */
export function unknownSource(sources: SourceSet, source: AppSource, appId: string): { unresolved: Unresolved; patterns: PathRef[] } {
  const path = source.path ?? '';
  const at = source.pathAt ?? source.at;
  const pattern = path.replace(/\{\{.*?\}\}|<no value>/g, '*').trim().replace(/^\.\//, '').replace(/\/$/, '');
  const literal = /[^*/]/.test(pattern) && !isTemplated(source.repoURL);
  const patterns: PathRef[] = literal
    ? sources.allDirs().filter((dir) => pathspecMatch(pattern, dir)).map((dir) => ({ at, path: dir, kind: 'pattern', status: 'ok', owner: appId }))
    : [];
  const what = isTemplated(source.repoURL) ? `source repoURL "${source.repoURL}"` : `source path "${path}"`;
  return {
    unresolved: {
      affects: ['runtime-deploys'],
      construct: `${what}, built from parameters without a value`,
      at: isTemplated(source.repoURL) ? source.at : at,
      unknown: literal ? 'which of the directories it matches it deploys' : 'which repository and directory it deploys',
      // Known directories bound the unknown to this Application; an unknown repository or path could deploy anything.
      ...(literal ? { scope: { application: appId } } : {}),
    },
    patterns,
  };
}

/** An Argo CD config management plugin (`source.plugin`): the sidecar renders the path, its objects are unknown. */
export function pluginOf(raw: Record<string, unknown>, base: (string | number)[], input: AppInput, appId: string): Unresolved | undefined {
  if (!('plugin' in raw)) return undefined;
  const plugin = isRecord(raw.plugin) && typeof raw.plugin.name === 'string' ? ` ${raw.plugin.name}` : '';
  return {
    affects: ['runtime-deploys'],
    construct: `config management plugin${plugin}`,
    at: input.locOf([...base, 'plugin']),
    unknown: 'which objects it renders',
    scope: { application: appId },
  };
}
