// Go's path.Match, as the ApplicationSet git-directory generator uses it: `*`
// never crosses `/`, `**` is just `*`, no braces; a malformed pattern matches nothing.
// Ported from Go's algorithm (each chunk after a `*` is matched at its leftmost place, as
// leftmost is always best for globs), not compiled to a RegExp: a run of `*`s would become
// backtracking `.*`s and take exponential time on a name that does not match.

/** `pattern` matches the whole of `name`; `crossSlash`: `*` and `?` also match `/` (git pathspecs). */
function globMatch(pattern: string, name: string, crossSlash: boolean): boolean {
  let p = 0;
  let n = 0;
  while (p < pattern.length) {
    // A chunk: the stars, then everything up to the next unescaped star.
    let star = false;
    while (pattern[p] === '*') {
      star = true;
      p++;
    }
    const chunkStart = p;
    let inClass = false;
    for (; p < pattern.length; p++) {
      const c = pattern[p];
      if (c === '\\') p++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '*' && !inClass) break;
    }
    const chunkEnd = Math.min(p, pattern.length);
    const last = p >= pattern.length;
    if (star && chunkStart === chunkEnd) return crossSlash || !name.includes('/', n);
    let t = matchChunk(pattern, chunkStart, chunkEnd, name, n, crossSlash);
    if (t === BAD) return false;
    if (t >= 0 && (t === name.length || !last)) {
      n = t;
      continue;
    }
    if (!star) return false;
    let found = false;
    for (let i = n; i < name.length && (crossSlash || name[i] !== '/'); i++) {
      t = matchChunk(pattern, chunkStart, chunkEnd, name, i + 1, crossSlash);
      if (t === BAD) return false;
      if (t >= 0) {
        if (last && t < name.length) continue;
        n = t;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return n === name.length;
}

const BAD = -2;

/** Matches pattern[from, to) (no stars) at name[at]; the end of the match, -1 for none, BAD for a malformed pattern. */
function matchChunk(pattern: string, from: number, to: number, name: string, at: number, crossSlash: boolean): number {
  let p = from;
  let n = at;
  while (p < to) {
    const c = pattern[p];
    if (c === '[') {
      if (n >= name.length) return -1;
      const ch = name[n++];
      if (ch === '/') return -1; // a class never matches the separator (as before, in both modes)
      p++;
      const negated = pattern[p] === '^';
      if (negated) p++;
      let matched = false;
      let count = 0;
      for (;;) {
        if (p < to && pattern[p] === ']' && count > 0) {
          p++;
          break;
        }
        const lo = classChar(pattern, p, to);
        if (!lo) return BAD;
        p = lo.next;
        let hi = lo;
        if (pattern[p] === '-') {
          const h = classChar(pattern, p + 1, to);
          if (!h) return BAD;
          hi = h;
          p = h.next;
        }
        if (lo.ch <= ch && ch <= hi.ch) matched = true;
        count++;
      }
      if (matched === negated) return -1;
    } else if (c === '?') {
      if (n >= name.length || (name[n] === '/' && !crossSlash)) return -1;
      n++;
      p++;
    } else {
      let lit = c;
      if (c === '\\') {
        p++;
        if (p >= to) return BAD;
        lit = pattern[p];
      }
      if (name[n] !== lit) return -1;
      n++;
      p++;
    }
  }
  return n;
}

/** One character of a class (escaped or not), or undefined when the class is malformed. */
function classChar(pattern: string, p: number, to: number): { ch: string; next: number } | undefined {
  if (p >= to) return undefined;
  const c = pattern[p];
  if (c === '-' || c === ']') return undefined;
  if (c === '\\') return p + 1 < to ? { ch: pattern[p + 1], next: p + 2 } : undefined;
  return { ch: c, next: p + 1 };
}

export function pathMatch(pattern: string, path: string): boolean {
  return globMatch(pattern, path, false);
}

/** git pathspec globbing (the files generator's legacy mode): `*` crosses `/`; a plain directory matches what lies below. */
export function pathspecMatch(pattern: string, path: string): boolean {
  if (!/[*?[]/.test(pattern)) return path === pattern || path.startsWith(pattern.replace(/\/$/, '') + '/');
  return globMatch(pattern, path, true);
}
