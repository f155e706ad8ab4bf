// What the YAML parse refuses outright, before reading: caps that keep hostile input
// bounded (documented in the README's Safety section).
import type { ParseProblem } from './yaml-doc.js';

/** Tiny documents cost the parser far more than their bytes: a file with more of them is not parsed. */
export const MAX_YAML_DOCUMENTS = 10_000;
/**
 * The parser recurses per nesting level, so how deep it gets before the stack runs out
 * depends on the machine: deeper indentation than this is refused on every machine alike.
 */
export const MAX_INDENT = 1000;
export const TOO_DEEP = 'nested too deeply to be read';

/** Why the parse refuses a text outright: too many documents, or nesting too deep. */
export function capProblem(path: string, text: string): ParseProblem | undefined {
  let markers = 0;
  for (const _ of text.matchAll(/^---/gm)) {
    if (++markers > MAX_YAML_DOCUMENTS) {
      return { at: { file: path, line: 1, column: 1 }, message: `file holds more than ${MAX_YAML_DOCUMENTS} YAML documents, the parse cap; not read` };
    }
  }
  const deep = new RegExp(`^[ \\t]{${MAX_INDENT},}\\S`, 'm').exec(text);
  if (!deep) return undefined;
  const line = text.slice(0, deep.index).split('\n').length;
  return { at: { file: path, line, column: 1 }, message: `indented by ${MAX_INDENT} columns or more: ${TOO_DEEP}` };
}
