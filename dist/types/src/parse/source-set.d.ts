import type { K8sObject, Loc, UnknownKind } from '../types.js';
import { type LimitReached, type Limits } from './limits.js';
import { type SourceRead } from './read-source.js';
import { type ParseProblem, type YamlFile } from './yaml-file.js';
import type { FactStore } from './file-facts.js';
import { type Fact } from './facts.js';
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
export declare const newScope: () => Scope;
export declare class SourceSet {
    readonly root: string;
    readonly files: readonly string[];
    private readonly reads;
    /** The run's budgets: the readers stop at them and say so (reachedLimit). */
    readonly limits: Limits;
    private readonly store?;
    /**
     * Named facts taken from every text when it is read (`fact` then answers them): a fact
     * asked of every file late in a run, when the long texts (not kept: readOnce) would
     * all be read again, tens of MB at once.
     */
    private readonly readFacts;
    private readonly fileSet;
    private readonly dirChildren;
    private readonly parsed;
    private readonly reported;
    /** Problems the readers find after parsing (a shape the tools reject, a cap reached), by place and message. */
    private readonly shapeProblems;
    private readonly manifests;
    private readonly manifestProblems;
    private readonly limitsHit;
    /** Files whose content the readers asked for (read, or answered by the store). */
    private readonly consulted;
    /** Named facts, per file, when no store keeps them. */
    private readonly localFacts;
    /** The scope open now, if any. */
    private scope?;
    /** Files consulted outside every scope for more than a defined fact (their content, a fact made for one call). */
    private readonly contentOutside;
    /**
     * `reads` holds what was read before (the run cache's check reads files); the set
     * adds every file it reads, so each file is read once.
     */
    constructor(root: string, files: readonly string[], reads?: Map<string, SourceRead>, 
    /** The run's budgets: the readers stop at them and say so (reachedLimit). */
    limits?: Limits, store?: FactStore | undefined, 
    /**
     * Named facts taken from every text when it is read (`fact` then answers them): a fact
     * asked of every file late in a run, when the long texts (not kept: readOnce) would
     * all be read again, tens of MB at once.
     */
    readFacts?: readonly Fact<unknown>[]);
    hasFile(path: string): boolean;
    /** A directory exists when a discovered file lies below it (as in git). */
    hasDir(path: string): boolean;
    /** Files directly in `dir`, sorted. */
    filesIn(dir: string): readonly string[];
    /** Subdirectories directly in `dir`, sorted. */
    dirsIn(dir: string): readonly string[];
    /** Every directory of the repository except the root, sorted. */
    allDirs(): string[];
    /** Runs `work` with what it asks of the files recorded in `scope` (scopes do not nest). */
    within<T>(scope: Scope, work: () => T): T;
    /** Files consulted outside every scope for their content (or a fact made for one call). */
    consultedOutside(): ReadonlySet<string>;
    /** Records that the readers consulted `path`: for a defined fact only (`fact`), or its content. */
    private depend;
    /** The file's text, or undefined when it cannot be read as UTF-8 (a problem when it was to be parsed). */
    text(path: string): string | undefined;
    private readText;
    /** The store's facts of a listed file for its current content (read and hashed only when its stamp changed). */
    private stored;
    /** Whether the file declares an Argo CD kind (a text check, kept per content). */
    declaresArgo(path: string): boolean;
    /**
     * The fact of the file's text, once per content: what a reader learns from a file's text
     * without parsing it (plain data). Undefined when the file cannot be read.
     */
    fact<T>(path: string, fact: Fact<T>): T | undefined;
    /** The named facts of a file: the store's, else the run's own. */
    private factsOf;
    private knows;
    private keep;
    private readProblem;
    /**
     * Records a budget reached (an incomplete-analysis finding), once per place and budget. `affects`:
     * what the cut leaves unknown, so that claims of absence there are withheld.
     */
    reachedLimit(name: keyof Limits, at: Loc, what: string, affects?: readonly UnknownKind[]): void;
    /** The budgets reached, by place. */
    limitsReached(): LimitReached[];
    /** Records a problem a reader found in a parsed file (reported by parse-error, once per place and message). */
    report(problem: ParseProblem): void;
    /**
     * The file parsed as YAML. With `report` (the default) its syntax problems are
     * parse-error findings; templates are parsed with `report: false`.
     */
    yaml(path: string, report?: boolean): YamlFile | undefined;
    private markReported;
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
    manifestObjects(path: string): {
        objects: readonly K8sObject[];
        problems: boolean;
    } | undefined;
    /** Problems of every file read as plain YAML, sorted by file. */
    problems(): ParseProblem[];
    /** The syntax problems of a parsed file (none when unreadable: see readProblem). */
    problemsOf(path: string): readonly ParseProblem[];
    /** The content hash of a listed file, when a store keeps its facts. */
    hashOf(path: string): string | undefined;
    /** Why a consulted file could not be read, if it could not. */
    unreadable(path: string): string | undefined;
    /** Files whose content the run has used so far, readable or not. */
    consultedFiles(): ReadonlySet<string>;
    /** Files whose content the run has used so far (read, or answered by the store). */
    readFiles(): string[];
    /** Number of files whose content the run asked for, readable or not. */
    get filesRead(): number;
}
