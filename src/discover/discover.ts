// Lists the files of the linted root: sorted, never leaving the root, honouring `ignore:`.
import { globSync } from 'glob';
import { readdirSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { LintInputError } from '../errors.js';
import type { Loc } from '../types.js';

/** Directories that never hold deployable content. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

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

export function discover(root: string, ignore: readonly string[]): Discovery {
  const realRoot = realpathSync(root);
  try {
    // glob skips directories it cannot list without a word, and linting nothing would
    // look like a clean repository: the root itself must be listable.
    readdirSync(root);
  } catch (err) {
    throw new LintInputError(`${root}: cannot list the directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const entries = globSync('**/*', {
    cwd: root,
    dot: true,
    nodir: true,
    follow: false,
    withFileTypes: true,
    ignore: [...ALWAYS_IGNORED, ...toGlobIgnores(ignore)],
  });
  const files: string[] = [];
  const escapes: Discovery['escapes'] = [];
  for (const entry of entries) {
    const rel = entry.relativePosix();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(entry.fullpath());
      } catch {
        escapes.push({ at: { file: rel, line: 1, column: 1 }, target: '(broken or looping)' });
        continue;
      }
      const inside = relative(realRoot, target);
      if (inside.startsWith('..') || inside.startsWith(sep) || /^[a-zA-Z]:/.test(inside)) {
        escapes.push({ at: { file: rel, line: 1, column: 1 }, target });
        continue;
      }
    }
    files.push(rel);
  }
  files.sort();
  return { files, escapes };
}
