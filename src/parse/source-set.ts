// The repository as the readers see it: the discovered file list, the
// directory tree derived from it, and each file read and parsed once (a long text or
// a manifest's objects again when asked again), or not at all when a fact store (the
// per-file cache) holds what its content gives.
import { contentHashOf } from './content-hash.js';
import { dirOf } from './paths.js';
import type { K8sObject, Loc, UnknownKind } from '../types.js';
import { DEFAULT_LIMITS, limitMessage, type LimitReached, type Limits } from './limits.js';
import { objectsOfDoc } from './manifest.js';
import { quickManifest } from './manifest-quick.js';
import { scanManifest, SCAN_THRESHOLD_BYTES } from './manifest-scan.js';
import { declaresArgoKind } from './text-checks.js';
import { KEEP_TEXT_BELOW, readOnce, type SourceRead } from './read-source.js';
import { parseYaml, YamlDoc, type ParseProblem, type YamlFile } from './yaml-file.js';
import type { FactStore, FileFacts } from './file-facts.js';
import { columnOf, lineOf } from './pos-tree.js';
import { packObjects, unpackObjects } from './stored-objects.js';
import { defineFact, isDefined, type Fact } from './facts.js';

/**
 * What the readers asked of the files while a scope was open (SourceSet.within): every file
 * they consulted, the files whose problems they report, and the problems and budgets they
 * recorded. A unit of work that is a function of these alone can be done again for a changed
 * file and its outcome compared (src/early-cutoff.ts).
 */
export interface Scope {
  consulted: Set<string>;
  reported: Set<string>;
  log: unknown[];
}

export const newScope = (): Scope => ({ consulted: new Set(), reported: new Set(), log: [] });

const DECLARES_ARGO = defineFact('declares-argo', declaresArgoKind);

/** The files of a listing as a set and a directory tree (each directory's files and subdirectories, sorted). */
interface FileTree {
  fileSet: Set<string>;
  dirChildren: Map<string, { files: string[]; dirs: string[] }>;
}

/** Built once per file list: a run that tries the early cutoff and then analyses makes two source sets of one list. */
const trees = new WeakMap<readonly string[], FileTree>();

function fileTree(files: readonly string[]): FileTree {
  const known = trees.get(files);
  if (known) return known;
  const dirChildren: FileTree['dirChildren'] = new Map();
  const entry = (dir: string): { files: string[]; dirs: string[] } => {
    let e = dirChildren.get(dir);
    if (!e) dirChildren.set(dir, (e = { files: [], dirs: [] }));
    return e;
  };
  const dirs = new Set<string>();
  for (const file of files) {
    entry(dirOf(file)).files.push(file);
    for (let d = dirOf(file); d !== '' && !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  entry('');
  for (const dir of [...dirs].sort()) {
    entry(dir);
    entry(dirOf(dir)).dirs.push(dir);
  }
  // A list grown by push keeps room for more: trimmed, the lists of a 10,000-app tree's 48,000 directories take 6 MB less.
  for (const e of dirChildren.values()) {
    e.files = e.files.slice();
    e.dirs = e.dirs.slice();
  }
  const tree = { fileSet: new Set(files), dirChildren };
  trees.set(files, tree);
  return tree;
}

export class SourceSet {
  private readonly fileSet: Set<string>;
  private readonly dirChildren: FileTree['dirChildren'];
  private readonly parsed = new Map<string, YamlFile>();
  private readonly reported = new Set<string>();
  /** Problems the readers find after parsing (a shape the tools reject, a cap reached), by place and message. */
  private readonly shapeProblems = new Map<string, ParseProblem>();
  private readonly manifests = new Map<string, { objects: readonly K8sObject[]; problems: boolean } | undefined>();
  private readonly manifestProblems = new Map<string, ParseProblem[]>();
  private readonly limitsHit = new Map<string, LimitReached>();
  /** Files whose content the readers asked for (read, or answered by the store). */
  private readonly consulted = new Set<string>();
  /** Named facts, per file, when no store keeps them. */
  private readonly localFacts = new Map<string, Record<string, unknown>>();
  /** The scope open now, if any. */
  private scope?: Scope;
  /** Files consulted outside every scope for more than a defined fact (their content, a fact made for one call). */
  private readonly contentOutside = new Set<string>();

  /**
   * `reads` holds what was read before (the run cache's check reads files); the set
   * adds every file it reads, so each file is read once.
   */
  constructor(
    readonly root: string,
    readonly files: readonly string[],
    private readonly reads = new Map<string, SourceRead>(),
    /** The run's budgets: the readers stop at them and say so (reachedLimit). */
    readonly limits: Limits = DEFAULT_LIMITS,
    private readonly store?: FactStore,
    /**
     * Named facts taken from every text when it is read (`fact` then answers them): a fact
     * asked of every file late in a run, when the long texts (not kept: readOnce) would
     * all be read again, tens of MB at once.
     */
    private readonly readFacts: readonly Fact<unknown>[] = [],
  ) {
    ({ fileSet: this.fileSet, dirChildren: this.dirChildren } = fileTree(files));
  }

  hasFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** A directory exists when a discovered file lies below it (as in git). */
  hasDir(path: string): boolean {
    return path === '' || this.dirChildren.has(path);
  }

  /** Files directly in `dir`, sorted. */
  filesIn(dir: string): readonly string[] {
    return this.dirChildren.get(dir)?.files ?? [];
  }

  /** Subdirectories directly in `dir`, sorted. */
  dirsIn(dir: string): readonly string[] {
    return this.dirChildren.get(dir)?.dirs ?? [];
  }

  /** Every directory of the repository except the root, sorted. */
  allDirs(): string[] {
    return [...this.dirChildren.keys()].filter((k) => k !== '').sort();
  }

  /** Runs `work` with what it asks of the files recorded in `scope` (scopes do not nest). */
  within<T>(scope: Scope, work: () => T): T {
    const outer = this.scope;
    this.scope = scope;
    try {
      return work();
    } finally {
      this.scope = outer;
    }
  }

  /** Files consulted outside every scope for their content (or a fact made for one call). */
  consultedOutside(): ReadonlySet<string> {
    return this.contentOutside;
  }

  /** Records that the readers consulted `path`: for a defined fact only (`fact`), or its content. */
  private depend(path: string, fact?: Fact<unknown>): void {
    if (this.scope) this.scope.consulted.add(path);
    else if (!fact || !isDefined(fact)) this.contentOutside.add(path);
  }

  /** The file's text, or undefined when it cannot be read as UTF-8 (a problem when it was to be parsed). */
  text(path: string): string | undefined {
    if (!this.fileSet.has(path)) return undefined;
    this.depend(path);
    return this.readText(path);
  }

  private readText(path: string): string | undefined {
    this.consulted.add(path);
    const text = readOnce(this.reads, this.root, path);
    if (text !== undefined) for (const fact of this.readFacts) if (!this.knows(path, fact.name)) this.keep(path, fact.name, fact.compute(text, path));
    return text;
  }

  /** The store's facts of a listed file for its current content (read and hashed only when its stamp changed). */
  private stored(path: string): FileFacts | undefined {
    if (!this.store || !this.fileSet.has(path)) return undefined;
    this.consulted.add(path);
    return this.store.factsOf(path, () => {
      const text = readOnce(this.reads, this.root, path);
      return text === undefined ? undefined : contentHashOf(text);
    });
  }

  /** Whether the file declares an Argo CD kind (a text check, kept per content). */
  declaresArgo(path: string): boolean {
    return this.fact(path, DECLARES_ARGO) === true;
  }

  /**
   * The fact of the file's text, once per content: what a reader learns from a file's text
   * without parsing it (plain data). Undefined when the file cannot be read.
   */
  fact<T>(path: string, fact: Fact<T>): T | undefined {
    if (!this.fileSet.has(path)) return undefined;
    this.depend(path, fact);
    const { name } = fact;
    const known = this.factsOf(path);
    if (known !== undefined && name in known) return known[name] as T;
    const text = this.readText(path);
    if (text === undefined) return undefined;
    // Reading the text took the read facts, this one perhaps among them.
    return this.knows(path, name) ? (this.factsOf(path)![name] as T) : this.keep(path, name, fact.compute(text, path));
  }

  /** The named facts of a file: the store's, else the run's own. */
  private factsOf(path: string): Record<string, unknown> | undefined {
    const stored = this.stored(path);
    return stored ? (stored.facts ??= {}) : this.localFacts.get(path);
  }

  private knows(path: string, name: string): boolean {
    const facts = this.factsOf(path);
    return facts !== undefined && name in facts;
  }

  private keep<T>(path: string, name: string, value: T): T {
    const stored = this.stored(path);
    let facts = this.factsOf(path);
    if (!facts) this.localFacts.set(path, (facts = {}));
    facts[name] = value;
    if (stored) this.store!.updated(path);
    return value;
  }

  private readProblem(path: string): ParseProblem | undefined {
    const read = this.reads.get(path);
    return typeof read === 'string' ? { at: { file: path, line: 1, column: 1 }, message: read } : undefined;
  }

  /**
   * Records a budget reached (an incomplete-analysis finding), once per place and budget. `affects`:
   * what the cut leaves unknown, so that claims of absence there are withheld.
   */
  reachedLimit(name: keyof Limits, at: Loc, what: string, affects?: readonly UnknownKind[]): void {
    const key = `${at.file}\u0000${at.line}\u0000${at.column}\u0000${name}`;
    this.scope?.log.push(['limit', name, at, what, affects]);
    if (this.limitsHit.has(key)) return;
    const message = limitMessage(name, this.limits[name], what);
    const unresolved = affects && { affects, construct: what, at, unknown: `what lies past the budget of ${this.limits[name]}`, configKey: `limits.${name}` };
    this.limitsHit.set(key, { at, message, ...(unresolved ? { unresolved } : {}) });
  }

  /** The budgets reached, by place. */
  limitsReached(): LimitReached[] {
    return [...this.limitsHit.values()].sort((a, b) => (a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column));
  }

  /** Records a problem a reader found in a parsed file (reported by parse-error, once per place and message). */
  report(problem: ParseProblem): void {
    this.scope?.log.push(['problem', problem]);
    const { file, line, column } = problem.at;
    this.shapeProblems.set(`${file}\u0000${line}\u0000${column}\u0000${problem.message}`, problem);
  }

  /**
   * The file parsed as YAML. With `report` (the default) its syntax problems are
   * parse-error findings; templates are parsed with `report: false`.
   */
  yaml(path: string, report = true): YamlFile | undefined {
    if (this.fileSet.has(path)) this.depend(path);
    let file = this.parsed.get(path);
    if (!file) {
      const stored = this.stored(path);
      if (stored?.yaml) file = restoreYaml(path, stored.yaml);
      else {
        const text = this.fileSet.has(path) ? this.readText(path) : undefined;
        if (text === undefined) {
          if (report && this.readProblem(path)) this.markReported(path);
          return undefined;
        }
        // Positions later when the text stays at hand (a short one) and no store takes the documents as they are.
        file = parseYaml(path, text, 0, stored || text.length >= KEEP_TEXT_BELOW ? 'now' : 'later');
        if (stored) {
          stored.yaml = { docs: file.docs.map((doc) => doc.stored()), problems: file.problems };
          this.store!.updated(path);
        }
      }
      this.parsed.set(path, file);
    }
    if (report) this.markReported(path);
    return file;
  }

  private markReported(path: string): void {
    this.reported.add(path);
    this.scope?.reported.add(path);
  }

  /**
   * The Kubernetes objects of a plain manifest file, kept without its parsed
   * documents (which cost far more memory than the objects). Large files are read
   * by the line scanner, others by js-yaml (the same objects as a full parse, far
   * faster); the full parse reads what they cannot and words syntax errors. Undefined
   * when the caller needs the documents: the file holds Argo CD kinds, which the
   * graph follows, or cannot be read. Objects are shared: never change them. Without a
   * store they are not kept: the readers ask for a manifest's objects once (a second
   * request parses the text again), and 40,000 manifests' objects held 15 MB for the whole run.
   */
  manifestObjects(path: string): { objects: readonly K8sObject[]; problems: boolean } | undefined {
    if (this.fileSet.has(path)) this.depend(path);
    const known = this.manifests.get(path);
    if (known || this.manifests.has(path)) {
      // Asked again in another scope: that scope reports its problems too, as if it had read it first.
      if (this.reported.has(path)) this.scope?.reported.add(path);
      return known;
    }
    const stored = this.stored(path);
    if (stored?.manifest !== undefined) {
      const result = stored.manifest && { objects: unpackObjects(path, stored.manifest.objects), problems: stored.manifest.problems.length > 0 };
      if (stored.manifest?.problems.length) {
        this.markReported(path);
        this.manifestProblems.set(path, stored.manifest.problems);
      }
      this.manifests.set(path, result ?? undefined);
      return result ?? undefined;
    }
    const text = this.fileSet.has(path) ? this.readText(path) : undefined;
    let result: { objects: readonly K8sObject[]; problems: boolean } | undefined;
    // A manifest that cannot be read (not UTF-8, over the cap, not a regular file) is said, not skipped.
    if (text === undefined && this.readProblem(path)) this.markReported(path);
    if (text !== undefined && !declaresArgoKind(text)) {
      const quick = this.parsed.has(path) ? undefined : text.length >= SCAN_THRESHOLD_BYTES ? scanManifest(path, text) : quickManifest(path, text);
      if (quick) result = { objects: quick, problems: false };
      else {
        const file = this.parsed.get(path) ?? parseYaml(path, text);
        this.markReported(path);
        if (file.problems.length > 0) this.manifestProblems.set(path, file.problems);
        result = { objects: file.docs.flatMap(objectsOfDoc), problems: file.problems.length > 0 };
      }
      // The objects' strings are slices of the text, and V8 keeps a whole text alive for a
      // slice of it: a long text's objects are copied so that it can be let go (readOnce).
      if (text.length >= KEEP_TEXT_BELOW) result = { ...result, objects: structuredClone(result.objects) };
    }
    if (stored) this.manifests.set(path, result);
    if (stored && text !== undefined) {
      stored.manifest = result ? { objects: packObjects(path, result.objects), problems: this.manifestProblems.get(path) ?? [] } : null;
      this.store!.updated(path);
    }
    return result;
  }

  /** Problems of every file read as plain YAML, sorted by file. */
  problems(): ParseProblem[] {
    const out: ParseProblem[] = [];
    for (const path of [...this.reported].sort()) {
      const readProblem = this.readProblem(path);
      if (readProblem) out.push(readProblem);
      // A loop, not push(...): a hostile file can hold more problems than a call takes arguments.
      for (const p of this.problemsOf(path)) out.push(p);
    }
    const byPlace = (a: ParseProblem, b: ParseProblem): number =>
      a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
    for (const p of [...this.shapeProblems.values()].sort(byPlace)) out.push(p);
    return out;
  }

  /** The syntax problems of a parsed file (none when unreadable: see readProblem). */
  problemsOf(path: string): readonly ParseProblem[] {
    return this.parsed.get(path)?.problems ?? this.manifestProblems.get(path) ?? [];
  }

  /** The content hash of a listed file, when a store keeps its facts. */
  hashOf(path: string): string | undefined {
    return this.stored(path)?.hash;
  }

  /** Why a consulted file could not be read, if it could not. */
  unreadable(path: string): string | undefined {
    const read = this.reads.get(path);
    return typeof read === 'string' ? read : undefined;
  }

  /** Files whose content the run has used so far, readable or not. */
  consultedFiles(): ReadonlySet<string> {
    return this.consulted;
  }

  /** Files whose content the run has used so far (read, or answered by the store). */
  readFiles(): string[] {
    return [...this.consulted].filter((f) => typeof this.reads.get(f) !== 'string');
  }

  /** Number of files whose content the run asked for, readable or not. */
  get filesRead(): number {
    return this.consulted.size;
  }
}


function restoreYaml(path: string, stored: NonNullable<FileFacts['yaml']>): YamlFile {
  const docs = stored.docs.map(([index, value, at, tree]) => new YamlDoc(path, index, value, { file: path, line: lineOf(at), column: columnOf(at) }, tree));
  return { path, docs, problems: stored.problems };
}
