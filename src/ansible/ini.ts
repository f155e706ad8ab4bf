// Lenient INI reading for ansible.cfg and inventory files: never fails, keeps positions.

export interface IniEntry {
  key: string;
  /** Value with surrounding quotes and trailing `#`/`;` comments removed; undefined for a bare line (an inventory host). */
  value?: string;
  line: number;
  /** 1-based column where the value starts. */
  valueColumn: number;
}

export interface IniSection {
  name: string;
  entries: IniEntry[];
}

export function parseIni(text: string): IniSection[] {
  const sections: IniSection[] = [{ name: '', entries: [] }];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) {
      sections.push({ name: header[1].trim(), entries: [] });
      return;
    }
    const current = sections[sections.length - 1];
    const eq = raw.search(/[=:]/);
    // An inventory host line (`host ansible_host=...`) has a space before its first `=`.
    const firstWord = line.split(/\s+/)[0];
    if (eq < 0 || firstWord.length < raw.slice(0, eq).trim().length) {
      current.entries.push({ key: firstWord, line: i + 1, valueColumn: 1 });
      return;
    }
    const key = raw.slice(0, eq).trim();
    const rest = raw.slice(eq + 1);
    const lead = rest.length - rest.trimStart().length;
    current.entries.push({ key, value: cleanValue(rest), line: i + 1, valueColumn: eq + 2 + lead });
  });
  return sections;
}

function cleanValue(rest: string): string {
  let v = rest.trim();
  const quoted = /^(["'])(.*?)\1/.exec(v);
  if (quoted) return quoted[2];
  v = v.replace(/\s+[#;].*$/, '');
  return v.trim();
}

export function iniValue(sections: IniSection[], section: string, key: string): IniEntry | undefined {
  for (const s of sections) if (s.name === section) for (const e of s.entries) if (e.key === key) return e;
  return undefined;
}
