import type { K8sObject, Loc } from '../types.js';
/**
 * The objects of `text`, written in `file` from line `firstLine` on with `indent` columns of
 * indentation (a block scalar's body). Text that does not parse holds no object.
 */
export declare function inlineObjects(file: string, text: string, firstLine: number, indent: number): K8sObject[];
/** Where the body of the scalar whose key is at `at` starts: the next line for a block scalar, else the key's line. */
export declare function scalarBody(sourceText: string | undefined, at: Loc): {
    firstLine: number;
    indent: number;
};
