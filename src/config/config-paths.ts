// Paths of the configuration checked against the repository: an entry point, root or apps
// root that names nothing would silently lint something else (detection's guess, or
// documentation examples), so it is an invalid configuration like a wrong type.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { joinInRepo } from '../parse/paths.js';
import type { YamlDoc } from '../parse/yaml-file.js';

/** The keys holding repository paths, and what each must name. */
const PATH_KEYS = [
  { path: ['ansible', 'roots'], what: 'directory' },
  { path: ['argocd', 'roots'], what: 'directory' },
  { path: ['argocd', 'appsRoots'], what: 'directory' },
  { path: ['argocd', 'entrypoints'], what: 'file or directory' },
] as const;

/** One message per configured path that leaves the repository or names nothing in it, and per `ignore:` pattern that cannot be honoured. */
/** The configuration's path keys (a structural type: load.ts imports this module). */
interface ConfiguredPaths {
  ansible?: { roots?: string[] };
  argocd?: { roots?: string[]; appsRoots?: string[]; entrypoints?: string[] };
  ignore?: string[];
}

export function configPathErrors(shown: string, doc: YamlDoc | undefined, config: ConfiguredPaths, root: string): string[] {
  const at = (path: (string | number)[]) => {
    const loc = doc ? doc.loc(path, 'value') : { line: 1, column: 1 };
    return `${shown}:${loc.line}:${loc.column}: ${path.join('.')}`;
  };
  const errors: string[] = [];
  for (const { path, what } of PATH_KEYS) {
    const section = config[path[0]] as Record<string, string[] | undefined> | undefined;
    (section?.[path[1]] ?? []).forEach((value, i) => {
      const rel = joinInRepo('', value.replace(/^\.\//, ''));
      if (rel === undefined) {
        errors.push(`${at([...path, i])}: ${value} leaves the repository (${root}); name a path inside it`);
        return;
      }
      const stat = statOf(join(root, rel));
      const fits = what === 'directory' ? stat?.isDirectory() : stat?.isDirectory() || stat?.isFile();
      if (!fits) errors.push(`${at([...path, i])}: ${value} names no ${what} of the repository (${root}); fix the path or remove it`);
    });
  }
  (config.ignore ?? []).forEach((pattern, i) => {
    // glob's matcher, which `ignore:` uses, has no re-include: a `!` pattern would silently do nothing.
    if (pattern.trim().startsWith('!')) errors.push(`${at(['ignore', i])}: "${pattern}": negated patterns are not supported; narrow the patterns that ignore the file instead`);
  });
  return errors;
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined; // missing or unreadable: either way it names nothing the run can read
  }
}
