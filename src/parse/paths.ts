// Repository paths are POSIX and relative to the linted root; nothing may resolve outside it.
import { posix } from 'node:path';

/** A `.` or `..` segment. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** A path already in normal form (no empty, `.` or `..` segment, no leading or trailing slash): joined as is. */
const isNormal = (path: string): boolean => path !== '' && path[0] !== '/' && path[path.length - 1] !== '/' && !path.includes('//') && !DOT_SEGMENT.test(path);

/** Joins `rel` onto the repo directory `base`; undefined when the result leaves the root. */
export function joinInRepo(base: string, rel: string): string | undefined {
  // The common case (a plain name below a plain directory) without normalising, a tenth of the cost.
  if (isNormal(rel) && (base === '' || isNormal(base))) return base === '' ? rel : `${base}/${rel}`;
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
