// The repository as the readers see it: the discovered file list, the
// directory tree derived from it, and each file read and parsed at most once.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dirOf } from './paths.js';
import type { K8sObject } from '../types.js';
import { objectsOfDoc } from './manifest.js';
import { quickManifest } from './manifest-quick.js';
import { scanManifest, SCAN_THRESHOLD_BYTES } from './manifest-scan.js';
import { declaresArgoKind } from './text-checks.js';
import { MAX_YAML_BYTES, parseYaml, type ParseProblem, type YamlFile } from './yaml-file.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class SourceSet {
  private readonly fileSet: Set<string>;
  private readonly dirChildren = new Map<string, { files: string[]; dirs: string[] }>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly parsed = new Map<string, YamlFile>();
  private readonly reported = new Set<string>();
  private readonly readProblems = new Map<string, ParseProblem>();
  /** Problems the readers find after parsing (a shape the tools reject, a cap reached), by place and message. */
  private readonly shapeProblems = new Map<string, ParseProblem>();
  private readonly manifests = new Map<string, { objects: readonly K8sObject[]; problems: boolean } | undefined>();
  private readonly manifestProblems = new Map<string, ParseProblem[]>();

  constructor(
    readonly root: string,
    readonly files: readonly string[],
  ) {
    this.fileSet = new Set(files);
    const dirs = new Set<string>();
    for (const file of files) {
      this.entry(dirOf(file)).files.push(file);
      for (let d = dirOf(file); d !== '' && !dirs.has(d); d = dirOf(d)) dirs.add(d);
    }
    this.entry('');
    for (const dir of [...dirs].sort()) {
      this.entry(dir);
      this.entry(dirOf(dir)).dirs.push(dir);
    }
  }

  private entry(dir: string): { files: string[]; dirs: string[] } {
    let e = this.dirChildren.get(dir);
    if (!e) {
      e = { files: [], dirs: [] };
      this.dirChildren.set(dir, e);
    }
    return e;
  }

  hasFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** A directory exists when a discovered file lies below it (as in git). */
  hasDir(path: string): boolean {
    return path === '' || this.dirChildren.has(path);
  }

  /** Files directly in `dir`, sorted. */
  filesIn(dir: string): string[] {
    return this.dirChildren.get(dir)?.files ?? [];
  }

  /** Subdirectories directly in `dir`, sorted. */
  dirsIn(dir: string): string[] {
    return this.dirChildren.get(dir)?.dirs ?? [];
  }

  /** Every directory of the repository except the root, sorted. */
  allDirs(): string[] {
    return [...this.dirChildren.keys()].filter((k) => k !== '').sort();
  }

  /** The file's text, or undefined when it cannot be read as UTF-8 (recorded as a problem). */
  text(path: string): string | undefined {
    if (this.texts.has(path)) return this.texts.get(path);
    let text: string | undefined;
    if (this.fileSet.has(path)) {
      const reason = this.read(path);
      if (typeof reason === 'string') this.readProblems.set(path, { at: { file: path, line: 1, column: 1 }, message: reason });
      else text = reason.text;
    }
    this.texts.set(path, text);
    return text;
  }

  /** Reads a regular file of at most MAX_YAML_BYTES as UTF-8; the reason when it cannot. */
  private read(path: string): { text: string } | string {
    const full = join(this.root, path);
    let bytes: Buffer;
    try {
      // A FIFO or device would block or never end: only regular files are read, and only up to the cap.
      const stat = statSync(full);
      if (!stat.isFile()) return 'is not a regular file; not read';
      if (stat.size > MAX_YAML_BYTES) return `is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB cap; not read`;
      bytes = readFileSync(full);
    } catch (err) {
      return `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    }
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      return 'is not valid UTF-8 text';
    }
  }

  /** Records a problem a reader found in a parsed file (reported by parse-error, once per place and message). */
  report(problem: ParseProblem): void {
    const { file, line, column } = problem.at;
    this.shapeProblems.set(`${file}\u0000${line}\u0000${column}\u0000${problem.message}`, problem);
  }

  /**
   * The file parsed as YAML. With `report` (the default) its syntax problems are
   * parse-error findings; templates are parsed with `report: false`.
   */
  yaml(path: string, report = true): YamlFile | undefined {
    let file = this.parsed.get(path);
    if (!file) {
      const text = this.text(path);
      if (text === undefined) {
        if (report && this.readProblems.has(path)) this.reported.add(path);
        return undefined;
      }
      file = parseYaml(path, text);
      this.parsed.set(path, file);
    }
    if (report) this.reported.add(path);
    return file;
  }

  /**
   * The Kubernetes objects of a plain manifest file, kept without its parsed
   * documents (which cost far more memory than the objects). Large files are read
   * by the line scanner, others by js-yaml (the same objects as a full parse, far
   * faster); the full parse reads what they cannot and words syntax errors. Undefined
   * when the caller needs the documents: the file holds Argo CD kinds, which the
   * graph follows, or cannot be read. Objects are shared: never change them.
   */
  manifestObjects(path: string): { objects: readonly K8sObject[]; problems: boolean } | undefined {
    const known = this.manifests.get(path);
    if (known || this.manifests.has(path)) return known;
    const text = this.text(path);
    let result: { objects: readonly K8sObject[]; problems: boolean } | undefined;
    if (text !== undefined && !declaresArgoKind(text)) {
      const quick = this.parsed.has(path) ? undefined : text.length >= SCAN_THRESHOLD_BYTES ? scanManifest(path, text) : quickManifest(path, text);
      if (quick) result = { objects: quick, problems: false };
      else {
        const file = this.parsed.get(path) ?? parseYaml(path, text);
        this.reported.add(path);
        if (file.problems.length > 0) this.manifestProblems.set(path, file.problems);
        result = { objects: file.docs.flatMap(objectsOfDoc), problems: file.problems.length > 0 };
      }
    }
    this.manifests.set(path, result);
    return result;
  }

  /** Problems of every file read as plain YAML, sorted by file. */
  problems(): ParseProblem[] {
    const out: ParseProblem[] = [];
    for (const path of [...this.reported].sort()) {
      const readProblem = this.readProblems.get(path);
      if (readProblem) out.push(readProblem);
      // A loop, not push(...): a hostile file can hold more problems than a call takes arguments.
      for (const p of this.parsed.get(path)?.problems ?? this.manifestProblems.get(path) ?? []) out.push(p);
    }
    const byPlace = (a: ParseProblem, b: ParseProblem): number =>
      a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
    for (const p of [...this.shapeProblems.values()].sort(byPlace)) out.push(p);
    return out;
  }

  /** Files the run has read so far. */
  readFiles(): string[] {
    return [...this.texts.keys()].filter((f) => this.texts.get(f) !== undefined);
  }

  /** Number of files the run read. */
  get filesRead(): number {
    return this.texts.size;
  }
}
