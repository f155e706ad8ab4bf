import type { ParseProblem } from './yaml-doc.js';
/** Tiny documents cost the parser far more than their bytes: a file with more of them is not parsed. */
export declare const MAX_YAML_DOCUMENTS = 10000;
/**
 * The parser recurses per nesting level, so how deep it gets before the stack runs out
 * depends on the machine: deeper indentation than this is refused on every machine alike.
 */
export declare const MAX_INDENT = 1000;
export declare const TOO_DEEP = "nested too deeply to be read";
/** Why the parse refuses a text outright: too many documents, or nesting too deep. */
export declare function capProblem(path: string, text: string): ParseProblem | undefined;
