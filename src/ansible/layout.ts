// The Ansible layout of the repository: roots, playbooks, ansible.cfg settings,
// role directories and the roles/collections that come from outside (requirements.yml).
import type { SourceSet } from '../parse/source-set.js';
import { baseName, dirOf, isUnder, joinInRepo } from '../parse/paths.js';
import { iniValue, parseIni } from './ini.js';
import { asList, asString, isRecord, isYamlPath } from './shape.js';
import { defineFact } from '../parse/facts.js';

const ROLE_SUBDIRS = ['tasks', 'handlers', 'meta', 'defaults', 'vars', 'templates', 'files'];
const PLAYBOOK_HINT = /^\s{0,4}(?:-\s+)?(?:hosts|import_playbook|ansible\.builtin\.import_playbook|include)\s*:/m;
const HINTS_PLAYBOOK = defineFact('playbook-hint', (text) => startsAsList(text) && PLAYBOOK_HINT.test(text));

export interface AnsibleConfig {
  dir: string;
  /** Repo-relative roles_path entries that stay inside the repository. */
  rolesPath: string[];
  /** roles_path names a directory outside the repository (`~/.ansible/roles`, `/etc/ansible/roles`, `$VAR`). */
  rolesPathOutside: boolean;
  /** Repo-relative collections_path entries (vendored collections live below them). */
  collectionsPath: string[];
  /** Repo-relative inventory sources named by the config. */
  inventory: string[];
}

/** A roles path entry that leaves the repository: absolute, in a home directory, an environment variable, or `..` past the root. */
const outsideRepo = (base: string, entry: string): boolean =>
  entry.startsWith('/') || entry.startsWith('~') || entry.includes('$') || joinInRepo(base, entry) === undefined;

export interface Layout {
  roots: string[];
  playbooks: string[];
  configs: Map<string, AnsibleConfig>;
  /** Every role directory (repo-relative) found under the roots. */
  roleDirs: string[];
  /** Role and collection names installed from requirements files. */
  externalNames: Set<string>;
  /** Roles paths other tools pass to Ansible (`ANSIBLE_ROLES_PATH=` in a Makefile, script or CI file), inside the repository. */
  toolRolesPaths: string[];
  /** Some roles path (ansible.cfg or another tool's) leads outside the repository: a role found in none of ours may be there. */
  rolesPathOutside: boolean;
}

export function readConfig(sources: SourceSet, dir: string): AnsibleConfig | undefined {
  const path = joinInRepo(dir, 'ansible.cfg');
  if (path === undefined || !sources.hasFile(path)) return undefined;
  const ini = parseIni(sources.text(path) ?? '');
  const entries = (key: string, sep: RegExp): string[] =>
    (iniValue(ini, 'defaults', key)?.value ?? '').split(sep).map((s) => s.trim()).filter((s) => s);
  const list = (key: string, sep: RegExp): string[] =>
    (iniValue(ini, 'defaults', key)?.value ?? '')
      .split(sep)
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('/') && !s.startsWith('~') && !s.includes('$'))
      .flatMap((s) => joinInRepo(dir, s) ?? []);
  return {
    dir,
    rolesPath: list('roles_path', /:/),
    rolesPathOutside: entries('roles_path', /:/).some((e) => outsideRepo(dir, e)),
    collectionsPath: [...list('collections_path', /:/), ...list('collections_paths', /:/)],
    inventory: [...list('inventory', /,/), ...list('hostfile', /,/)],
  };
}

/** Roots (given or detected) and their playbooks, configs and roles. */
export function readLayout(sources: SourceSet, givenRoots: string[] | undefined): Layout {
  const configs = new Map<string, AnsibleConfig>();
  for (const f of sources.files) {
    if (baseName(f) !== 'ansible.cfg') continue;
    const cfg = readConfig(sources, dirOf(f));
    if (cfg) configs.set(cfg.dir, cfg);
  }
  const roots = givenRoots?.map((r) => joinInRepo('', r) ?? '').filter((r, i, a) => a.indexOf(r) === i);
  const searchIn = roots ?? [''];
  const playbooks = sources.files.filter((f) => searchIn.some((r) => isUnder(f, r)) && isPlaybook(sources, f));
  const found = roots ?? outermost([...configs.keys(), ...playbooks.map(dirOf)]);
  const tool = toolRolesPaths(sources);
  const rolesPaths = [...configs.values()].flatMap((c) => c.rolesPath);
  const roleDirs = findRoleDirs(sources, found, [...rolesPaths, ...tool.inside]);
  return {
    roots: found,
    playbooks,
    configs,
    roleDirs,
    externalNames: requirementNames(sources, found),
    toolRolesPaths: tool.inside,
    rolesPathOutside: tool.outside || [...configs.values()].some((c) => c.rolesPathOutside),
  };
}

/** Files where other tools set Ansible's environment: make, shell scripts, CI workflows, Vagrant, task runners. */
const TOOL_FILE = /(^|\/)(Makefile|GNUmakefile|Vagrantfile|Taskfile\.ya?ml|justfile|\.gitlab-ci\.yml|tox\.ini)$|\.(sh|mk)$|^\.github\/workflows\/[^/]+\.ya?ml$/;
const ROLES_PATH_SETTING = /\bANSIBLE_ROLES_PATH\s*[:=]\s*["']?([^\s"';]+)/g;

/** `ANSIBLE_ROLES_PATH` as other tools of the repository set it, relative to the file that sets it. */
function toolRolesPaths(sources: SourceSet): { inside: string[]; outside: boolean } {
  const inside = new Set<string>();
  let outside = false;
  for (const f of sources.files) {
    if (!TOOL_FILE.test(f)) continue;
    const text = sources.text(f) ?? '';
    if (!text.includes('ANSIBLE_ROLES_PATH')) continue;
    const base = f.startsWith('.github/') ? '' : dirOf(f);
    for (const m of text.matchAll(ROLES_PATH_SETTING)) {
      for (const entry of m[1].split(':').filter((e) => e)) {
        const dir = outsideRepo(base, entry) ? undefined : joinInRepo(base, entry);
        if (dir === undefined) outside = true;
        else inside.add(dir);
      }
    }
  }
  return { inside: [...inside].sort(), outside };
}

function outermost(dirs: string[]): string[] {
  const uniq = [...new Set(dirs)].sort();
  return uniq.filter((d) => !uniq.some((o) => o !== d && isUnder(d, o)));
}

/** A playbook: a YAML list whose items carry `hosts` or `import_playbook`, outside role and template folders. */
function isPlaybook(sources: SourceSet, path: string): boolean {
  if (!isYamlPath(path)) return false;
  const segs = path.split('/');
  if (segs.slice(0, -1).some((s) => s === 'roles' || s === 'templates' || s === 'files')) return false;
  // Cheap text checks first: a play list starts with `- ` and names hosts near the left margin.
  if (!sources.fact(path, HINTS_PLAYBOOK)) return false;
  const quiet = sources.yaml(path, false);
  const first = quiet?.docs[0]?.value;
  if (!quiet?.docs.length && quiet?.problems.length) {
    sources.yaml(path); // looks like a playbook but does not parse: that is a parse error
    return false;
  }
  if (!Array.isArray(first) || first.length === 0) return false;
  const ok = first.every((item) => isRecord(item)) && first.some((item) => isRecord(item) && ('hosts' in item || importTarget(item) !== undefined));
  if (ok) sources.yaml(path);
  return ok;
}

/** The first line that is not blank, a comment or a document marker opens a YAML list. */
function startsAsList(text: string): boolean {
  for (const line of text.split('\n', 200)) {
    const t = line.replace(/^\uFEFF/, '').trimEnd();
    if (t === '' || t.startsWith('#') || t === '---' || t.startsWith('%')) continue;
    return /^-(\s|$)/.test(t);
  }
  return false;
}

/** The `import_playbook` (or legacy top-level `include`) value of a playbook item. */
export function importTarget(item: Record<string, unknown>): unknown {
  for (const k of ['import_playbook', 'ansible.builtin.import_playbook', 'ansible.legacy.import_playbook', 'include']) if (k in item) return item[k];
  return undefined;
}

function hasRoleShape(sources: SourceSet, dir: string): boolean {
  return ROLE_SUBDIRS.some((s) => sources.hasDir(`${dir}/${s}`));
}

function findRoleDirs(sources: SourceSet, roots: string[], rolesPaths: string[]): string[] {
  const out = new Set<string>();
  const containers = new Set(rolesPaths);
  for (const d of sources.allDirs()) {
    if (!roots.some((r) => isUnder(d, r))) continue;
    if (baseName(d) === 'roles' && !d.split('/').slice(0, -1).includes('roles')) containers.add(d);
  }
  for (const c of containers) {
    for (const d of sources.dirsIn(c)) {
      if (hasRoleShape(sources, d)) out.add(d);
      // Grouped roles (`roles/k3s/master`) are named with a slash.
      else for (const inner of sources.dirsIn(d)) if (hasRoleShape(sources, inner)) out.add(inner);
    }
  }
  return [...out].sort();
}

/** Names of roles and collections a requirements file installs (external: never missing). */
function requirementNames(sources: SourceSet, roots: string[]): Set<string> {
  const names = new Set<string>();
  for (const f of sources.files) {
    if (!/(^|\/)requirements\.ya?ml$/.test(f) || !roots.some((r) => isUnder(f, r))) continue;
    const v = sources.yaml(f)?.docs[0]?.value;
    const items = Array.isArray(v) ? v : isRecord(v) ? [...asList(v.roles), ...asList(v.collections)] : [];
    for (const item of items) {
      const name = typeof item === 'string' ? item : isRecord(item) ? asString(item.name) ?? asString(item.src) : undefined;
      if (name) names.add(name);
    }
  }
  return names;
}
