import type { FileRef, Unresolved } from '../types.js';
/**
 * A role or playbook installed from outside the repository (requirements.yml, a collection,
 * an absolute path): its tasks are not read, so what it deploys, writes and applies is not known.
 */
export declare function externalCode(ref: Pick<FileRef, 'from' | 'kind' | 'ref'>): Unresolved;
/**
 * `role`: the role whose file holds the reference. A file path built at run time is read
 * as one of that role's own files; an unknown role or playbook could be any of them.
 */
export declare function unresolvedRef(ref: Pick<FileRef, 'from' | 'kind' | 'ref' | 'notFound'>, role: string | undefined): Unresolved;
