import type { ParseProblem, StoredDoc } from './yaml-doc.js';
export type { StoredDoc };
/** What one file contributed, for one content. */
export interface FileFacts {
    hash: string;
    stamp: string;
    yaml?: {
        docs: StoredDoc[];
        problems: ParseProblem[];
    };
    /** The file's Kubernetes objects (SourceSet.manifestObjects, packed: stored-objects.ts), `null` when the caller needs its documents. */
    manifest?: {
        objects: readonly unknown[];
        problems: ParseProblem[];
    } | null;
    /** Named facts of the text (SourceSet.fact): whether it declares Argo CD kinds, its suppression comments, ... */
    facts?: Record<string, unknown>;
}
/** Where facts outlive a run: the facts of a file for its current content (`hashOf` reads and hashes it; undefined: unreadable). */
export interface FactStore {
    factsOf(path: string, hashOf: () => string | undefined): FileFacts | undefined;
    /** The run added to the facts of `path` (they are to be kept). */
    updated(path: string): void;
}
