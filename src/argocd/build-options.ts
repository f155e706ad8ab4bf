// The options Argo CD passes to `kustomize build`: the repository's own argocd-cm
// `kustomize.buildOptions`, else Argo CD's default (none: kustomize then runs with
// `--load-restrictor LoadRestrictionsRootOnly` and without `--enable-helm`).
import { isRecord } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import type { Loc } from '../types.js';
import { defineFact } from '../parse/facts.js';

export interface BuildOptions {
  /** `--enable-helm`; undefined when the repository states several different options. */
  enableHelm?: boolean;
  /** The load restrictor is on (no `--load-restrictor LoadRestrictionsNone`); undefined when unknown. */
  loadRestricted?: boolean;
  /** Where the options are written; undefined for Argo CD's default. */
  at?: Loc;
}

const KEY = 'kustomize.buildOptions';
const SETS_BUILD_OPTIONS = defineFact('sets-build-options', (text) => text.includes(KEY));
/** The key in any text (a ConfigMap, a Helm values `configs.cm`, a Jinja template), with its value. */
const KEY_LINE = /^\s*["']?kustomize\.buildOptions["']?\s*:\s*(.*)$/;

function parseOptions(text: string, at: Loc | undefined): BuildOptions {
  return {
    enableHelm: /(^|\s)--enable-helm(=true)?(?=\s|$)/.test(text),
    loadRestricted: !/--load[-_]restrictor[= ]+["']?(LoadRestrictionsNone|none)\b/i.test(text),
    at,
  };
}

/** One statement of the options, or unknown when the places that state them disagree. */
function settle(found: { text: string; at: Loc }[]): BuildOptions {
  const texts = new Set(found.map((f) => f.text.trim()));
  if (texts.size === 0) return parseOptions('', undefined);
  if (texts.size > 1) return {};
  return parseOptions(found[0].text, found[0].at);
}

/**
 * The build options: from the argocd-cm ConfigMaps the runtime deploys (`files`: the
 * files holding them or patching them); with none, from any file of the repository
 * that sets the key (Argo CD installed by a Helm chart or a template); else the default.
 */
export function readBuildOptions(sources: SourceSet, files: readonly string[]): BuildOptions {
  if (files.length > 0) {
    const found: { text: string; at: Loc }[] = [];
    for (const file of new Set(files)) {
      // Install manifests are large: only a file that sets the key is parsed.
      if (!sources.fact(file, SETS_BUILD_OPTIONS)) continue;
      for (const doc of sources.yaml(file)?.docs ?? []) {
        const v = doc.value;
        if (!isRecord(v) || v.kind !== 'ConfigMap' || !isRecord(v.metadata) || v.metadata.name !== 'argocd-cm' || !isRecord(v.data)) continue;
        const text = v.data[KEY];
        if (typeof text === 'string') found.push({ text, at: doc.loc(['data', KEY]) });
      }
    }
    return settle(found);
  }
  const found: { text: string; at: Loc }[] = [];
  for (const file of sources.files) {
    // The fact first: a file that does not name the key is not read (and its content is nothing this answer depends on).
    if (!/\.(ya?ml|j2|json)$/.test(file) || !sources.fact(file, SETS_BUILD_OPTIONS)) continue;
    const text = sources.text(file);
    if (!text?.includes(KEY)) continue;
    text.split('\n').forEach((line, i) => {
      const m = KEY_LINE.exec(line);
      if (m) found.push({ text: m[1].replace(/\s#.*$/, '').replace(/^["']|["'],?$/g, ''), at: { file, line: i + 1, column: 1 } });
    });
  }
  return settle(found);
}
