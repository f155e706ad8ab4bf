// Role directories: name resolution (semantics 5.3) and the files a role contributes.
import type { SourceSet } from '../parse/source-set.js';
import type { YamlDoc } from '../parse/yaml-file.js';
import { baseName, joinInRepo } from '../parse/paths.js';
import type { FileRef } from '../types.js';
import { loadVarsFile } from './variables.js';
import type { Var } from './jinja.js';
import { isRecord } from './shape.js';

export interface RoleResolution {
  status: FileRef['status'];
  dir?: string;
  notFound?: true;
}

/** The display name of a role directory: its path below the last `roles/`, else its base name. */
export function roleName(dir: string): string {
  const i = dir.lastIndexOf('roles/');
  return i >= 0 && (i === 0 || dir[i - 1] === '/') ? dir.slice(i + 6) : baseName(dir);
}

/** `main.yml`, `main.yaml` or `main` of a role folder (`tasks_from: install` → `tasks/install.yml`). */
export function roleFile(sources: SourceSet, dir: string, sub: string, name = 'main'): string | undefined {
  for (const ext of ['.yml', '.yaml', '']) {
    const p = joinInRepo(dir, `${sub}/${name}${ext}`);
    if (p !== undefined && sources.hasFile(p)) return p;
  }
  return undefined;
}

export class Roles {
  constructor(
    private readonly sources: SourceSet,
    private readonly externalNames: ReadonlySet<string>,
    private readonly collectionDirs: readonly string[] = [],
    /** A roles path leads outside the repository, where a role not found here may be installed. */
    private readonly rolesPathOutside = false,
  ) {}

  /** Resolves a role reference. `searchDirs` are the playbook's roles dir, roles_path entries, the playbook dir, in order. */
  resolve(name: string, searchDirs: string[]): RoleResolution {
    const n = name.trim();
    if (!n) return { status: 'unresolved' };
    // A role at a controller path outside the repository is an input, like an installed one.
    if (n.startsWith('/') || n.startsWith('~')) return { status: 'external' };
    let inside = false;
    for (const base of searchDirs) {
      const dir = joinInRepo(base, n);
      if (dir === undefined) continue;
      inside = true;
      if (dir !== '' && this.sources.hasDir(dir)) return { status: 'ok', dir };
    }
    // FQCN roles of a vendored collection: <collections path>/ansible_collections/<ns>/<collection>/roles/<role>,
    // the collections path being configured or the `collections/` folder beside the playbook.
    const fqcn = /^([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(n);
    if (fqcn) {
      for (const base of [...this.collectionDirs, ...searchDirs.map((d) => joinInRepo(d, 'collections') ?? '')]) {
        const dir = joinInRepo(base, `ansible_collections/${fqcn[1]}/${fqcn[2]}/roles/${fqcn[3]}`);
        if (dir !== undefined && this.sources.hasDir(dir)) return { status: 'ok', dir };
      }
    }
    // FQCN collection roles, galaxy `namespace.role` names and requirements entries are installed elsewhere.
    if (this.externalNames.has(n) || /^[\w-]+(\.[\w-]+){1,2}$/.test(n) || [...this.externalNames].some((e) => n.startsWith(`${e}.`))) {
      return { status: 'external' };
    }
    if (!inside) return { status: 'external' };
    // A path into a folder of this repository means the local role; a bare name may be installed.
    const local = n.includes('/') && searchDirs.some((base) => {
      const parent = joinInRepo(base, n.slice(0, n.lastIndexOf('/')));
      return parent !== undefined && parent !== '' && this.sources.hasDir(parent);
    });
    return this.rolesPathOutside && !local ? { status: 'unresolved', notFound: true } : { status: 'missing' };
  }

  /** `defaults/main.yml` (or a `main/` directory of files) as a variable layer. */
  varsOf(dir: string, sub: 'defaults' | 'vars'): Map<string, Var> {
    const file = roleFile(this.sources, dir, sub);
    if (file) return loadVarsFile(this.sources, file);
    const out = new Map<string, Var>();
    const mainDir = joinInRepo(dir, `${sub}/main`);
    if (mainDir !== undefined && this.sources.hasDir(mainDir)) {
      for (const f of this.sources.filesIn(mainDir)) if (/\.ya?ml$/i.test(f)) for (const [k, v] of loadVarsFile(this.sources, f)) out.set(k, v);
    }
    return out;
  }

  /** `meta/main.yml`: its dependencies (with the document for positions) and `allow_duplicates`. */
  meta(dir: string): { deps: unknown[]; doc?: YamlDoc; allowDuplicates: boolean } {
    const file = roleFile(this.sources, dir, 'meta');
    const doc = file ? this.sources.yaml(file)?.docs[0] : undefined;
    const v = doc?.value;
    if (!isRecord(v)) return { deps: [], allowDuplicates: false };
    return { deps: Array.isArray(v.dependencies) ? v.dependencies : [], doc, allowDuplicates: v.allow_duplicates === true };
  }
}
