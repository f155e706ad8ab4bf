// Which repository a path belongs to, and what a run on that path reports. Like ESLint and
// ansible-lint, the repository is the nearest ancestor holding a configuration file, else
// the git root: the deployment graph spans the whole repository, so the whole of it is
// linted and the findings under the given path are reported, with paths relative to the
// repository root (where annotations and code scanning resolve them).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_NAMES } from '../config/names.js';
import type { LintResult } from '../result.js';

/** A repository-relative path at or below `dir` ('' is the root). */
const isUnder = (path: string, dir: string): boolean => dir === '' || path === dir || path.startsWith(dir + '/');

export interface Scope {
  /** The repository root to lint (absolute; as given when the path is not a directory, for lint() to say so). */
  root: string;
  /** The given path relative to the root, POSIX; '' for the root itself. */
  under: string;
}

/**
 * The nearest ancestor of `path` (itself included) holding .detectviz-lint.yaml or .git (a
 * directory, or the file of a worktree or submodule); the search stops at the git root, since
 * a configuration above it belongs to another project. Without either marker up to the file
 * system root, the path itself is the repository.
 */
export function findScope(path: string): Scope {
  const start = resolve(path);
  if (!statSync(start, { throwIfNoEntry: false })?.isDirectory()) return { root: path, under: '' };
  for (let dir = start; ; dir = dirname(dir)) {
    if ([...CONFIG_NAMES, '.git'].some((marker) => visible(join(dir, marker)))) {
      return { root: dir, under: relative(dir, start).split(sep).join('/') };
    }
    if (dirname(dir) === dir) return { root: start, under: '' };
  }
}

/** Whether a path exists; one the process may not look at (Node's permission model) does not. */
function visible(path: string): boolean {
  try {
    return existsSync(path);
  } catch {
    return false;
  }
}

/** The result restricted to the findings under the scope's path (the summary counts those). */
export function restrictTo(result: LintResult, under: string): LintResult {
  return under ? withFindings(result, result.findings.filter((f) => isUnder(f.file, under))) : result;
}

/** The result with these findings, counted in its summary. */
export function withFindings(result: LintResult, findings: LintResult['findings']): LintResult {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { ...result, findings, summary: { ...result.summary, errors: count('error'), warnings: count('warning'), infos: count('info') } };
}

/**
 * A tree with neither Ansible nor Argo CD content (the wrong folder, an empty checkout) has
 * nothing this tool can check: saying "no problems" there would be a false pass.
 */
export function holdsNothingToCheck(result: LintResult): boolean {
  const ansible = result.clusters.some(({ detected }) => detected.playbooks.length > 0 || detected.roles.length > 0);
  const argocd = result.clusters.some(({ deployment }) => deployment.entrypoints.length + deployment.applications.length + deployment.applicationSets.length > 0);
  return !ansible && !argocd && result.findings.length === 0;
}
