// Go's path.Match, as the ApplicationSet git-directory generator uses it: `*`
// never crosses `/`, `**` is just `*`, no braces; a malformed pattern matches nothing.

const cache = new Map<string, RegExp | null>();
const pathspecCache = new Map<string, RegExp | null>();

function compile(pattern: string, crossSlash = false): RegExp | null {
  const star = crossSlash ? '.*' : '[^/]*';
  const one = crossSlash ? '.' : '[^/]';
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += star;
    else if (c === '?') re += one;
    else if (c === '\\') {
      if (i + 1 >= pattern.length) return null;
      re += escape(pattern[++i]);
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return null;
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^')) cls = '^' + cls.slice(1).replace(/\\/g, '\\\\');
      else cls = cls.replace(/\\/g, '\\\\');
      re += `(?!/)[${cls}]`;
      i = end;
    } else re += escape(c);
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return null;
  }
}

const escape = (c: string): string => c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');

export function pathMatch(pattern: string, path: string): boolean {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = compile(pattern);
    cache.set(pattern, re);
  }
  return re !== null && re.test(path);
}

/** git pathspec globbing (the files generator's legacy mode): `*` crosses `/`; a plain directory matches what lies below. */
export function pathspecMatch(pattern: string, path: string): boolean {
  if (!/[*?[]/.test(pattern)) return path === pattern || path.startsWith(pattern.replace(/\/$/, '') + '/');
  let re = pathspecCache.get(pattern);
  if (re === undefined) {
    re = compile(pattern, true);
    pathspecCache.set(pattern, re);
  }
  return re !== null && re.test(path);
}
