// Repository paths are POSIX and relative to the linted root; nothing may resolve outside it.
import { posix } from 'node:path';

/** Joins `rel` onto the repo directory `base`; undefined when the result leaves the root. */
export function joinInRepo(base: string, rel: string): string | undefined {
  if (rel.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(base || '.', rel));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

export const dirOf = (path: string): string => {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
};

export const baseName = (path: string): string => posix.basename(path);

/** True when `path` is `dir` or lies below it. */
export const isUnder = (path: string, dir: string): boolean => dir === '' || path === dir || path.startsWith(dir + '/');
