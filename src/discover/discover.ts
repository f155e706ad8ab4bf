// Lists the files of the linted root: sorted, never leaving the root, honouring `ignore:`.
import type { Ignore } from 'glob';
import { readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LintInputError } from '../errors.js';
import type { Loc } from '../types.js';

/** Entries that never hold deployable content, at any depth. */
const ALWAYS_IGNORED = new Set(['.git', 'node_modules']);

export interface Discovery {
  files: string[];
  /** Symlinks that lead outside the root (or nowhere): never read. */
  escapes: { at: Loc; target: string }[];
}

/** Turns `.gitignore`-style patterns into glob ignore patterns. */
export function toGlobIgnores(patterns: readonly string[]): string[] {
  return patterns.flatMap((raw) => {
    let p = raw.trim();
    if (!p || p.startsWith('#')) return [];
    const anchored = p.startsWith('/') || p.replace(/\/$/, '').includes('/');
    p = p.replace(/^\//, '');
    const dirOnly = p.endsWith('/');
    p = p.replace(/\/$/, '');
    const base = anchored ? p : `**/${p}`;
    return dirOnly ? [`${base}/**`] : [base, `${base}/**`];
  });
}

export async function discover(root: string, ignore: readonly string[]): Promise<Discovery> {
  // glob's matcher keeps the patterns' meaning; it is loaded only when there are some.
  const patterns = toGlobIgnores(ignore);
  const ignores = patterns.length > 0 ? new (await import('glob')).Ignore(patterns, { platform: process.platform, nocase: CASE_INSENSITIVE }) : undefined;
  return listFiles(root, ignores);
}

/** The files under root that `ignores` (glob's matcher) keeps. */
export function listFiles(root: string, ignores?: Ignore): Discovery {
  const realRoot = realpathSync(root);
  try {
    // The walk skips directories it cannot list without a word, and linting nothing would
    // look like a clean repository: the root itself must be listable.
    readdirSync(root);
  } catch (err) {
    throw new LintInputError(`${root}: cannot list the directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  // A plain readdir walk, about twice as fast as globSync('**/*').
  const files: string[] = [];
  const escapes: Discovery['escapes'] = [];
  const walk = (dir: string, rel: string): void => {
    if (ignores?.childrenIgnored(pathOf(dir, rel))) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // as globSync did: a directory that cannot be listed is skipped
    }
    for (const entry of entries) {
      if (ALWAYS_IGNORED.has(entry.name)) continue;
      const full = join(dir, entry.name);
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      // Symlinks are never followed: one to a directory is an entry like a file.
      if (entry.isDirectory()) walk(full, path);
      else if (!ignores?.ignored(pathOf(full, path))) {
        if (entry.isSymbolicLink() && escapesRoot(realRoot, full, path, escapes)) continue;
        files.push(path);
      }
    }
  };
  walk(root, '');
  files.sort();
  return { files, escapes };
}

/** Case-insensitive file systems by default, as glob assumes. */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32';

type GlobPath = Parameters<Ignore['ignored']>[0];
/** All glob's Ignore reads of a path: the absolute path and the root-relative one ('.' for the root). */
const pathOf = (full: string, rel: string): GlobPath => ({ fullpath: () => full, relative: () => rel || '.' }) as GlobPath;

/** Records a symlink that leads outside the root (or nowhere); true when it does. */
function escapesRoot(realRoot: string, full: string, rel: string, escapes: Discovery['escapes']): boolean {
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    if (mayHoldAnalysedContent(rel)) escapes.push({ at: { file: rel, line: 1, column: 1 }, target: '(broken or looping)' });
    return true;
  }
  const inside = relative(realRoot, target);
  if (inside.startsWith('..') || inside.startsWith(sep) || /^[a-zA-Z]:/.test(inside)) {
    if (mayHoldAnalysedContent(rel)) escapes.push({ at: { file: rel, line: 1, column: 1 }, target });
    return true;
  }
  return false;
}

/**
 * Whether a path could hold what the analysis reads: YAML, a Jinja template, or a name without
 * an extension (a directory, an Ansible vars or inventory file). A link to a README or an image
 * outside the tree is not read either, but hides nothing worth a finding.
 */
const mayHoldAnalysedContent = (rel: string): boolean => !/\.[^./]+$/.test(rel) || /\.(ya?ml|j2|jinja2?|json|ini|cfg)$/i.test(rel);
