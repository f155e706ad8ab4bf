// Where controller-side relative paths land in the repository (semantics 5.4/5.5).
// `{{ playbook_dir }}` and `{{ role_path }}` render to REPO_MARK-prefixed paths
// so that `../` from them is checked against the repository root.
import type { SourceSet } from '../parse/source-set.js';
import { joinInRepo } from '../parse/paths.js';
import type { FileRef } from '../types.js';

export const REPO_MARK = '\u0000repo';

/** The value `playbook_dir`/`role_path` render to for the repo directory `dir`. */
export const markDir = (dir: string): string => (dir ? `${REPO_MARK}/${dir}` : REPO_MARK);

/** A rendered path as a reader would write it (the marker becomes the repo-relative directory). */
export const displayPath = (p: string): string => p.split(`${REPO_MARK}/`).join('').split(REPO_MARK).join('.');

export const isUrl = (p: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(p.trim());

export interface Resolution {
  status: FileRef['status'];
  resolved?: string;
}

/** Search places of a controller-side path, in order (the type subfolder first in each place). */
export interface SearchPlaces {
  /** Current role first, then the roles that include or depend on it. */
  roleDirs: string[];
  taskDir?: string;
  playbookDir?: string;
  /** `templates`, `files`, `vars` or `tasks`. */
  sub: string;
}

function exists(sources: SourceSet, p: string): boolean {
  return sources.hasFile(p) || (p !== '' && sources.hasDir(p));
}

/** Resolves a fully rendered controller path: marked repo paths, URLs, absolute host paths, else the search places. */
export function resolveControllerPath(sources: SourceSet, path: string, places: SearchPlaces): Resolution {
  const p = path.trim();
  if (!p) return { status: 'unresolved' };
  if (p.startsWith(REPO_MARK)) {
    const joined = joinInRepo('', p.slice(REPO_MARK.length).replace(/^\/+/, ''));
    // `{{ playbook_dir }}/../../x` leaving the repository: a file of the controller, an input.
    if (joined === undefined) return { status: 'external' };
    return exists(sources, joined) ? { status: 'ok', resolved: joined } : { status: 'missing' };
  }
  if (isUrl(p)) return { status: 'external' };
  if (p.startsWith('/') || p.startsWith('~')) return { status: 'external' };
  let inside = false;
  for (const c of candidatesOf(p, places)) {
    if (c === undefined) continue;
    inside = true;
    if (exists(sources, c)) return { status: 'ok', resolved: c };
  }
  return { status: inside ? 'missing' : 'external' };
}

/**
 * Reads the controller's environment or home directory (`lookup('env', 'HOME')`,
 * `ansible_env.HOME`, `ansible_user_dir`): the path is outside the repository whatever the value.
 */
const CONTROLLER_ANCHOR = /^\s*\{\{-?\s*(?:(?:lookup|query|q)\(\s*['"](?:ansible\.builtin\.)?env['"]|ansible_env|ansible_user_dir)[^}]*\}\}\s*\//;

/** How a path argument that did not render is known: a controller path outside the repository, or not at all. */
export function unrenderedStatus(raw: unknown): 'external' | 'unresolved' {
  return typeof raw === 'string' && CONTROLLER_ANCHOR.test(raw) ? 'external' : 'unresolved';
}

export function candidatesOf(p: string, places: SearchPlaces): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const add = (base: string | undefined, withSub: boolean): void => {
    if (base === undefined) return;
    if (withSub) out.push(joinInRepo(base, `${places.sub}/${p}`));
    out.push(joinInRepo(base, p));
  };
  if (places.sub === 'tasks') {
    // Includes: the role's tasks/, the including file's directory, the role itself, then the playbook directory.
    const role = places.roleDirs[0];
    if (role !== undefined) out.push(joinInRepo(role, `tasks/${p}`));
    add(places.taskDir, false);
    if (role !== undefined) out.push(joinInRepo(role, p));
    add(places.playbookDir, false);
    return out;
  }
  for (const role of places.roleDirs) add(role, true);
  add(places.taskDir, true);
  add(places.playbookDir, true);
  return out;
}
