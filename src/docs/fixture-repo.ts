// Fixture scenarios as deltas. A scenario directory fixtures/<group>/<name>/ is either a full repository or,
// when it holds a scenario.yaml (`base: <name>`, `remove: [paths]`), the files it adds or changes relative to
// fixtures/bases/<name>/ (itself a full repository or a delta of another base). `fixtureRepo` materialises a
// scenario (base + delta − removals) outside the project and returns the path to lint: the tests, the rule
// docs and the scripts all read fixtures through it.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The file that makes a scenario directory a delta; never a file of the repository it describes. */
export const SCENARIO_FILE = 'scenario.yaml';
/** Bases live in this group of the fixture tree. */
export const BASES = 'bases';

/** One entry of a repository: a file (bytes and permission bits), a symbolic link (its target, never followed) or an empty directory. */
export type FixtureEntry =
  | { kind: 'file'; mode: number; bytes: Buffer }
  | { kind: 'symlink'; target: string }
  | { kind: 'dir'; mode: number };

/** Relative path (with /) → entry, for every file, link and empty directory below a directory. */
export type FixtureTree = Map<string, FixtureEntry>;

export interface ScenarioSpec {
  base: string;
  remove: string[];
}

/** The entries below `dir`, sorted by path; the scenario.yaml at its top is not part of the repository. */
export function readTree(dir: string): FixtureTree {
  const tree: FixtureTree = new Map();
  const walk = (rel: string): void => {
    const children = readdirSync(join(dir, rel)).sort();
    if (rel && children.length === 0) tree.set(rel, { kind: 'dir', mode: lstatSync(join(dir, rel)).mode & 0o7777 });
    for (const child of children) {
      const path = rel ? `${rel}/${child}` : child;
      if (path === SCENARIO_FILE) continue;
      const full = join(dir, path);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) tree.set(path, { kind: 'symlink', target: readlinkSync(full) });
      else if (st.isDirectory()) walk(path);
      else if (st.isFile()) tree.set(path, { kind: 'file', mode: st.mode & 0o7777, bytes: readFileSync(full) });
      else throw new Error(`${full}: a fixture holds only files, symbolic links and directories (create special files in the test)`);
    }
  };
  walk('');
  return tree;
}

/** Whether two entries are the same bytes, mode and kind (what a copy would be). */
export function sameEntry(a: FixtureEntry | undefined, b: FixtureEntry | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'symlink') return a.target === (b as typeof a).target;
  if (a.kind === 'dir') return a.mode === (b as typeof a).mode;
  return a.mode === (b as typeof a).mode && a.bytes.equals((b as typeof a).bytes);
}

/** Whether two trees hold the same paths with the same entries. */
export function sameTree(a: FixtureTree, b: FixtureTree): boolean {
  return a.size === b.size && [...a].every(([path, e]) => sameEntry(e, b.get(path)));
}

/** The scenario.yaml of `dir`, or undefined for a full repository. */
export function readScenarioSpec(dir: string): ScenarioSpec | undefined {
  const file = join(dir, SCENARIO_FILE);
  if (!existsSync(file)) return undefined;
  const spec = parse(readFileSync(file, 'utf8')) as Partial<ScenarioSpec> | null;
  const unknown = Object.keys(spec ?? {}).filter((k) => k !== 'base' && k !== 'remove');
  if (typeof spec?.base !== 'string' || !/^[\w.-]+$/.test(spec.base)) throw new Error(`${file}: expected base: <name of a directory in fixtures/${BASES}/>`);
  if (spec.remove !== undefined && !(Array.isArray(spec.remove) && spec.remove.every((p) => typeof p === 'string'))) throw new Error(`${file}: expected remove: [relative paths]`);
  if (unknown.length) throw new Error(`${file}: unknown key ${unknown.join(', ')} (expected base, remove)`);
  return { base: spec.base, remove: spec.remove ?? [] };
}

/** The fixture tree a scenario or base directory belongs to: fixtures/<group>/<name> → fixtures. */
const fixturesRootOf = (dir: string): string => dirname(dirname(resolve(dir)));

/** Where base `name` of the tree holding `dir` lives. */
export const baseDir = (dir: string, name: string): string => join(fixturesRootOf(dir), BASES, name);

/** Whether `path` is `dir` or lies below it. */
export const under = (path: string, dir: string): boolean => path === dir || path.startsWith(`${dir}/`);

/** The repository a scenario describes: its base's (recursively) minus the removals, plus its own files. */
export function resolveTree(dir: string, chain: string[] = []): FixtureTree {
  const spec = readScenarioSpec(dir);
  const own = readTree(dir);
  if (!spec) return own;
  const from = baseDir(dir, spec.base);
  if (chain.includes(from)) throw new Error(`${join(dir, SCENARIO_FILE)}: base ${spec.base} is its own base (${[...chain, from].join(' → ')})`);
  if (!existsSync(from)) throw new Error(`${join(dir, SCENARIO_FILE)}: base ${spec.base} does not exist (${from})`);
  const tree = resolveTree(from, [...chain, resolve(dir)]);
  for (const removed of spec.remove) {
    const gone = [...tree.keys()].filter((p) => under(p, removed));
    if (gone.length === 0) throw new Error(`${join(dir, SCENARIO_FILE)}: remove ${removed}: base ${spec.base} has no such path`);
    for (const p of gone) tree.delete(p);
  }
  for (const [path, entry] of own) tree.set(path, entry);
  const paths = [...tree.keys()];
  for (const p of paths) {
    if (!paths.some((q) => q !== p && under(q, p))) continue;
    // An empty directory of the base that the scenario fills is no longer empty; a file cannot hold files.
    if (tree.get(p)!.kind === 'dir') tree.delete(p);
    else throw new Error(`${dir}: ${p} is a file in one of scenario and base ${spec.base} and a directory in the other; remove it in ${SCENARIO_FILE}`);
  }
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A digest of everything materialised (and the name, which becomes the root's basename). */
function digest(name: string, tree: FixtureTree): string {
  const hash = createHash('sha256').update(`fixture-repo v1\0${name}\0`);
  for (const [path, e] of tree) {
    hash.update(`${e.kind}\0${path}\0${e.kind === 'symlink' ? e.target : e.mode}\0`);
    if (e.kind === 'file') hash.update(createHash('sha256').update(e.bytes).digest('hex'));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** Creates `tree` below `root`. */
export function writeTree(root: string, tree: FixtureTree): void {
  mkdirSync(root, { recursive: true });
  for (const [path, e] of tree) {
    const full = join(root, path);
    mkdirSync(e.kind === 'dir' ? full : dirname(full), { recursive: true });
    if (e.kind === 'symlink') symlinkSync(e.target, full);
    else if (e.kind === 'dir') chmodSync(full, e.mode);
    else {
      writeFileSync(full, e.bytes);
      chmodSync(full, e.mode);
    }
  }
}

/** Where materialised scenarios are kept: outside the project, shared by test workers and runs. */
export const materialisedRoot = (): string => join(tmpdir(), 'detectviz-lint-fixtures');

/**
 * The path of a directory holding the repository of scenario (or base) `dir`, named like the scenario. It is
 * keyed by a digest of the content, so it is reused until any input file changes; it is written to a temporary
 * directory and renamed into place, so parallel workers never see half a repository. Never write into it: copy it.
 */
export function fixtureRepo(dir: string): string {
  const name = basename(resolve(dir));
  const tree = resolveTree(dir);
  const home = join(materialisedRoot(), digest(name, tree));
  const repo = join(home, name);
  if (existsSync(repo)) return repo;
  mkdirSync(materialisedRoot(), { recursive: true });
  const staging = mkdtempSync(join(materialisedRoot(), '.staging-'));
  try {
    writeTree(join(staging, name), tree);
    chmodSync(staging, 0o755); // mkdtemp's 0700 would hide the repository from a test running as another user
    renameSync(staging, home);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another worker renamed the same content into place first.
    if (!existsSync(repo)) throw error;
  }
  return repo;
}
