// Shell-like word splitting with offsets, enough to recognise commands in
// `command`/`shell` text and `key=value` argument strings. Jinja `{{ }}` stays one word.

export interface Word {
  /** Unquoted text. */
  text: string;
  /** Offsets in the source string. */
  start: number;
  end: number;
  /** Set on redirection operators (`>`, `>>`, `2>`, `&>`); the next word is the target. */
  redirect?: string;
}

/** Splits into pipeline/list segments (`&&`, `||`, `;`, `|`, newline) of words. */
export function shellSegments(src: string): Word[][] {
  const segments: Word[][] = [];
  let cur: Word[] = [];
  const flush = (): void => {
    if (cur.length) segments.push(cur);
    cur = [];
  };
  let i = 0;
  const n = src.length;
  let pendingHeredoc: string | undefined;
  while (i < n) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
    } else if (c === '\n' && pendingHeredoc !== undefined) {
      flush();
      i = skipHeredoc(src, i + 1, pendingHeredoc);
      pendingHeredoc = undefined;
    } else if (c === '\n' || c === ';') {
      flush();
      i++;
    } else if (c === '&' && src[i + 1] === '&') {
      flush();
      i += 2;
    } else if (c === '|') {
      flush();
      i += src[i + 1] === '|' ? 2 : 1;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
    } else {
      const dup = /^[0-9]?>&[0-9-]/.exec(src.slice(i, i + 4));
      if (dup) {
        // `2>&1` duplicates a descriptor: no file is written.
        i += dup[0].length;
        continue;
      }
      const redirect = /^(?:[0-9]?>>?|&>>?)/.exec(src.slice(i, i + 3));
      if (redirect) {
        cur.push({ text: redirect[0], start: i, end: i + redirect[0].length, redirect: redirect[0] });
        i += redirect[0].length;
        continue;
      }
      if (c === '&') {
        flush();
        i++;
        continue;
      }
      if (c === '<') {
        // A here-document's body is data, not commands: skipped at the end of this line.
        const heredoc = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(src.slice(i));
        if (heredoc) {
          pendingHeredoc = heredoc[2];
          i += heredoc[0].length;
        } else i++;
        continue;
      }
      const w = readWord(src, i);
      cur.push(w);
      i = Math.max(w.end, i + 1);
    }
  }
  flush();
  return segments;
}

/** The offset just after the line holding only `delimiter` (or the end of the text). */
function skipHeredoc(src: string, from: number, delimiter: string): number {
  let i = from;
  while (i < src.length) {
    const eol = src.indexOf('\n', i);
    const line = src.slice(i, eol < 0 ? src.length : eol);
    i = eol < 0 ? src.length : eol + 1;
    if (line.trim() === delimiter) break;
  }
  return i;
}

/** Splits on whitespace only (for `key=value` strings), honouring quotes and `{{ }}`. */
export function splitWords(src: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i])) {
      i++;
      continue;
    }
    const w = readWord(src, i, true);
    out.push(w);
    i = w.end;
  }
  return out;
}

function readWord(src: string, start: number, whitespaceOnly = false): Word {
  let i = start;
  let text = '';
  const stop = whitespaceOnly ? /\s/ : /[\s;|&<>]/;
  while (i < src.length && !stop.test(src[i])) {
    const c = src[i];
    if (src.startsWith('{{', i)) {
      const close = src.indexOf('}}', i + 2);
      const end = close < 0 ? src.length : close + 2;
      text += src.slice(i, end);
      i = end;
    } else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      const end = close < 0 ? src.length : close;
      text += src.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') {
        if (src.startsWith('{{', j)) {
          const close = src.indexOf('}}', j + 2);
          const end = close < 0 ? src.length : close + 2;
          text += src.slice(j, end);
          j = end;
          continue;
        }
        if (src[j] === '\\' && j + 1 < src.length) {
          text += src[j + 1];
          j += 2;
        } else text += src[j++];
      }
      i = j + 1;
    } else if (c === '\\' && i + 1 < src.length) {
      text += src[i + 1];
      i += 2;
    } else {
      text += c;
      i++;
    }
  }
  return { text, start, end: Math.min(i, src.length) };
}

/** `key=value` pairs of an argument string; words without `=` are returned in `rest`. */
export function parseKeyValue(src: string): { pairs: Record<string, string>; rest: string[] } {
  const pairs: Record<string, string> = {};
  const rest: string[] = [];
  for (const w of splitWords(src)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(w.text);
    if (m) pairs[m[1]] = m[2];
    else rest.push(w.text);
  }
  return { pairs, rest };
}
