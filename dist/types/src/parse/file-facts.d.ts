import type { ParseProblem, Positions, StoredDoc } from './yaml-doc.js';
/** A document as a store gives it back: its position tree perhaps read only when first asked. */
export type StoredDocLater = [index: StoredDoc[0], value: unknown, at: StoredDoc[2], tree: Positions];
/** What one file contributed, for one content. */
export interface FileFacts {
    hash: string;
    stamp: string;
    yaml?: {
        docs: StoredDocLater[];
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
