// Helm templates are Go templates, never YAML: to follow an app-of-apps chart the
// Applications in templates/ are read leniently. `.Values.x.y` resolves from the
// chart's values.yaml when it is a plain scalar; anything else becomes a
// `<no value>`, as Helm prints a missing value, which the reader takes as unknown. Escaped ApplicationSet braces
// ('{{`{{.path.basename}}`}}') come out as Helm would print them.
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import { declaresArgoKind } from '../parse/text-checks.js';
import { parseYaml, type YamlDoc } from '../parse/yaml-file.js';
import { NO_VALUE } from './template.js';


function valueAt(values: unknown, path: string): unknown {
  let v: unknown = values;
  for (const seg of path.split('.')) {
    if (!isRecord(v)) return undefined;
    v = v[seg];
  }
  return v;
}

function substitute(text: string, values: unknown): string {
  return text
    .replace(/\{\{`([\s\S]*?)`\}\}/g, (_, inner: string) => inner.replace(/\{\{/g, '\u0001').replace(/\}\}/g, '\u0002'))
    .replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, expr: string) => {
      const m = /^\.Values\.([\w.]+)(?:\s*\|\s*quote)?$/.exec(expr.trim());
      const v = m ? valueAt(values, m[1]) : undefined;
      if (!m) return /^(if|else|end|range|with|define|template|include|-)/.test(expr.trim()) ? '' : NO_VALUE;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : NO_VALUE;
    })
    .replace(/\u0001/g, '{{')
    .replace(/\u0002/g, '}}');
}

/** The Application and ApplicationSet documents of a local chart's templates/, read leniently. */
export function argoDocsInChart(sources: SourceSet, chartDir: string): YamlDoc[] {
  const templates = `${chartDir}/templates`;
  if (!sources.hasDir(templates)) return [];
  const valuesFile = sources.filesIn(chartDir).find((f) => /\/values\.ya?ml$/.test(f));
  // Its syntax problems are reported with the values (helm-values.ts), naming the app that fails.
  const values = valuesFile ? sources.yaml(valuesFile, false)?.docs[0]?.value : undefined;
  const docs: YamlDoc[] = [];
  for (const file of sources.filesIn(templates)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const text = sources.text(file);
    if (!text || !declaresArgoKind(text)) continue;
    // Lines that are only template actions (range, if, end) are blanked so line numbers stay.
    const blanked = text.replace(/^[ \t]*\{\{-?\s*(?:if|else|end|range|with|define|template|include)\b[^\n]*\}\}[ \t]*$/gm, '');
    const parsed = parseYaml(file, substitute(blanked, values));
    docs.push(...parsed.docs.filter((d) => isRecord(d.value) && typeof d.value.kind === 'string' && /^Application(Set)?$/.test(d.value.kind)));
  }
  return docs;
}
