// Lists the files of the linted root: sorted, never leaving the root, honouring `ignore:`.
import type { Ignore } from 'glob';
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { isWithin } from '../parse/safe-file.js';
import { LintInputError } from '../errors.js';
import type { Loc } from '../types.js';

/** Entries that never hold deployable content, at any depth. */
const ALWAYS_IGNORED = new Set(['.git', 'node_modules']);

export interface Discovery {
  files: string[];
  /** Symlinks that lead outside the root (or nowhere): never read. */
  escapes: { at: Loc; target: string }[];
  /** Directories that could not be listed, and why: what they hold is not linted. */
  unlisted: { at: Loc; message: string }[];
  /** The directories listed ('' for the root): unchanged, they list the same entries again. */
  dirs: string[];
  /** Whether a symlink was met: what it leads to can change without any listed directory changing. */
  symlinks: boolean;
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
  // Plain names and paths (most entries) are looked up in sets: glob's matcher tries every
  // pattern on every path, minutes for a configuration of 400,000 entries.
  const literal = literalIgnores(ignore);
  // glob's matcher keeps the other patterns' meaning; it is loaded only when there are some.
  const patterns = toGlobIgnores(ignore.filter((p) => !isLiteral(p)));
  const globs = patterns.length > 0 ? new (await import('glob')).Ignore(patterns, { platform: process.platform, nocase: CASE_INSENSITIVE }) : undefined;
  if (!literal) return listFiles(root, globs);
  const either = {
    ignored: (p: GlobPath) => literal.ignored(p.relative()) || (globs?.ignored(p) ?? false),
    childrenIgnored: (p: GlobPath) => literal.childrenIgnored(p.relative()) || (globs?.childrenIgnored(p) ?? false),
  } as Ignore;
  return listFiles(root, either);
}

/** An entry without glob syntax (nor a negation, a comment or a lone `/`). */
const isLiteral = (raw: string): boolean => {
  const p = raw.trim();
  return p !== '' && !p.startsWith('#') && !p.startsWith('!') && !/[*?[\]{}\\]/.test(p) && p.replace(/^\/|\/$/g, '') !== '';
};

/** The meaning toGlobIgnores gives a literal entry, by set lookups over a path's prefixes and segments. */
function literalIgnores(raw: readonly string[]): { ignored(rel: string): boolean; childrenIgnored(dir: string): boolean } | undefined {
  const fold = (s: string): string => (CASE_INSENSITIVE ? s.toLowerCase() : s);
  const paths = new Set<string>(); // anchored: this path and what lies below it
  const dirs = new Set<string>(); // anchored, directory only: what lies below it
  const names = new Set<string>(); // any segment of this name, and what lies below it
  const dirNames = new Set<string>(); // any directory of this name: what lies below it
  for (const entry of raw.filter(isLiteral)) {
    const p = entry.trim();
    const anchored = p.startsWith('/') || p.replace(/\/$/, '').includes('/');
    const dirOnly = p.endsWith('/');
    const bare = fold(p.replace(/^\//, '').replace(/\/$/, ''));
    (anchored ? (dirOnly ? dirs : paths) : dirOnly ? dirNames : names).add(bare);
  }
  if (paths.size + dirs.size + names.size + dirNames.size === 0) return undefined;
  const below = (rel: string, self: boolean): boolean => {
    const segments = fold(rel).split('/');
    let prefix = '';
    for (let i = 0; i < segments.length; i++) {
      const last = i === segments.length - 1;
      prefix = i === 0 ? segments[0] : `${prefix}/${segments[i]}`;
      if (paths.has(prefix) || names.has(segments[i])) return true;
      if ((!last || !self) && (dirs.has(prefix) || dirNames.has(segments[i]))) return true;
    }
    return false;
  };
  return { ignored: (rel) => rel !== '.' && below(rel, true), childrenIgnored: (dir) => dir !== '.' && below(dir, false) };
}

/** The files under root that `ignores` (glob's matcher) keeps. */
export function listFiles(root: string, ignores?: Ignore): Discovery {
  const realRoot = realpathSync(root);
  try {
    // Linting nothing would look like a clean repository: the root itself must be listable.
    readdirSync(root);
  } catch (err) {
    throw new LintInputError(`${root}: cannot list the directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  // A plain readdir walk, about twice as fast as globSync('**/*').
  const files: string[] = [];
  const escapes: Discovery['escapes'] = [];
  const unlisted: Discovery['unlisted'] = [];
  const dirs: string[] = [];
  let symlinks = false;
  const walk = (dir: string, rel: string): void => {
    if (ignores?.childrenIgnored(pathOf(dir, rel))) return;
    dirs.push(rel);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      // Skipped, and said: its files would otherwise vanish without a word.
      unlisted.push({ at: { file: rel || '.', line: 1, column: 1 }, message: `directory that cannot be listed (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); its files are not linted` });
      return;
    }
    for (const entry of entries) {
      if (ALWAYS_IGNORED.has(entry.name)) continue;
      // Concatenated, not join()ed: both parts are already normal, and join's normalising is a third of the walk.
      const full = dir.endsWith('/') ? dir + entry.name : `${dir}/${entry.name}`;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      // Symlinks are never followed: one to a directory is an entry like a file.
      if (entry.isDirectory()) walk(full, path);
      else if (!ignores?.ignored(pathOf(full, path))) {
        if (entry.isSymbolicLink()) {
          symlinks = true;
          if (escapesRoot(realRoot, full, path, escapes)) continue;
        }
        files.push(path);
      }
    }
  };
  walk(root, '');
  files.sort();
  return { files, escapes, unlisted, dirs, symlinks };
}

/** Case-insensitive file systems by default, as glob assumes. */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32';

type GlobPath = Parameters<Ignore['ignored']>[0];
/** All glob's Ignore reads of a path: the absolute path and the root-relative one ('.' for the root). */
const pathOf = (full: string, rel: string): GlobPath => ({ fullpath: () => full, relative: () => rel || '.' }) as GlobPath;

/**
 * Records a symlink that leads outside the root (or nowhere); true when it does. It is named
 * by the link's own text: the resolved target can change from run to run (/proc/self).
 */
function escapesRoot(realRoot: string, full: string, rel: string, escapes: Discovery['escapes']): boolean {
  let target: string, link: string;
  try {
    target = realpathSync(full);
    link = readlinkSync(full);
  } catch {
    if (mayHoldAnalysedContent(rel)) escapes.push({ at: { file: rel, line: 1, column: 1 }, target: '(broken or looping)' });
    return true;
  }
  if (isWithin(realRoot, target)) return false;
  if (mayHoldAnalysedContent(rel)) escapes.push({ at: { file: rel, line: 1, column: 1 }, target: link });
  return true;
}

/**
 * Whether a path could hold what the analysis reads: YAML, a Jinja template, or a name without
 * an extension (a directory, an Ansible vars or inventory file). A link to a README or an image
 * outside the tree is not read either, but hides nothing worth a finding.
 */
const mayHoldAnalysedContent = (rel: string): boolean => !/\.[^./]+$/.test(rel) || /\.(ya?ml|j2|jinja2?|json|ini|cfg)$/i.test(rel);
