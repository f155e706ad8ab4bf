// Jinja templates as manifests: substitute what resolves (line numbers kept),
// drop `{% %}` and `{# #}`, then read the Kubernetes objects. Template files are
// never parse-error findings.
import { lineIndex } from '../parse/line-index.js';
import { parseYaml } from '../parse/yaml-file.js';
import { objectsOfDoc } from '../parse/manifest.js';
import type { K8sObject, Loc } from '../types.js';
import { renderPartial, type VarScope } from './jinja.js';

import { UNRESOLVED } from '../parse/text-checks.js';

export interface RenderedTemplate {
  text: string;
  /** Substituted values by line, with where each value is written. */
  spans: { line: number; value: string; at?: Loc }[];
}

/** Replaces every character of `s` but newlines, so the lines after it keep their numbers. */
const keepLines = (s: string): string => '\n'.repeat((s.match(/\n/g) ?? []).length);

export function renderTemplate(text: string, scope: VarScope): RenderedTemplate {
  const stripped = text.replace(/\{#[\s\S]*?#\}/g, keepLines).replace(/\{%[\s\S]*?%\}/g, keepLines);
  const r = renderPartial(stripped, scope, { placeholder: UNRESOLVED, singleLine: true });
  const lines = lineIndex(r.text);
  return { text: r.text, spans: r.spans.map((s) => ({ line: lines.linePos(s.start).line, value: s.value, at: s.at })) };
}

/** The objects of a rendered template; image tags that came from a variable point at that variable (tagAt). */
export function objectsOfTemplate(path: string, rendered: RenderedTemplate): K8sObject[] {
  const objects = parseYaml(path, rendered.text).docs.flatMap(objectsOfDoc);
  for (const o of objects) {
    for (const img of o.images) {
      const candidates = rendered.spans.filter((s) => s.line === img.at.line && s.at && s.value);
      const tag = img.tag;
      const hit = tag ? candidates.find((s) => s.value.endsWith(tag) || tag.includes(s.value)) : undefined;
      if (hit?.at) img.tagAt = hit.at;
    }
  }
  return objects;
}
