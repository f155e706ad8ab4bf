// Manifests written inside a task (`copy: content: |`, a here-document): read as YAML,
// with every position moved to where the text stands in the task file.
import { objectsOfDoc } from '../parse/manifest.js';
import { parseYaml } from '../parse/yaml-file.js';
import type { K8sObject, Loc } from '../types.js';

/**
 * The objects of `text`, written in `file` from line `firstLine` on with `indent` columns of
 * indentation (a block scalar's body). Text that does not parse holds no object.
 */
export function inlineObjects(file: string, text: string, firstLine: number, indent: number): K8sObject[] {
  const parsed = parseYaml(file, text);
  if (parsed.problems.length > 0) return [];
  const move = (l: Loc): Loc => ({ file, line: l.line + firstLine - 1, column: l.column + indent });
  return parsed.docs.flatMap(objectsOfDoc).map((o) => ({
    ...o,
    at: move(o.at),
    kindAt: move(o.kindAt),
    images: o.images.map((img) => ({ ...img, at: move(img.at) })),
    ...(o.chart ? { chart: { ...o.chart, at: move(o.chart.at), ...(o.chart.versionAt ? { versionAt: move(o.chart.versionAt) } : {}) } } : {}),
  }));
}

/** Where the body of the scalar whose key is at `at` starts: the next line for a block scalar, else the key's line. */
export function scalarBody(sourceText: string | undefined, at: Loc): { firstLine: number; indent: number } {
  const lines = (sourceText ?? '').split('\n');
  const keyLine = lines[at.line - 1] ?? '';
  if (/[|>][0-9+-]*\s*(#.*)?$/.test(keyLine)) {
    const body = lines[at.line] ?? '';
    return { firstLine: at.line + 1, indent: body.length - body.trimStart().length };
  }
  return { firstLine: at.line, indent: at.column - 1 };
}
