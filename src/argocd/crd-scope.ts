// The scope of the kinds the repository's own CustomResourceDefinitions define, for
// rules that must tell namespaced objects from cluster-scoped ones. CRD files are
// often large vendored YAML, so the few keys needed are read by a line scan of the
// object's text; a CRD written otherwise leaves its kind's scope unknown (never guessed).
import type { SourceSet } from '../parse/source-set.js';
import { defineFact } from '../parse/facts.js';
import type { K8sObject, RuntimeModel } from '../types.js';

export function readCrds(sources: SourceSet, objects: readonly K8sObject[]): RuntimeModel['crds'] {
  const crds = objects.filter((o) => o.kind === 'CustomResourceDefinition' && o.apiVersion.startsWith('apiextensions.k8s.io/'));
  const startsOf = new Map<string, Set<string>>();
  for (const o of crds) startsOf.set(o.at.file, (startsOf.get(o.at.file) ?? new Set()).add(startOf(o)));
  const specsOf = new Map<string, Map<string, Spec>>();
  for (const [file, startSet] of startsOf) {
    const starts = [...startSet];
    const byDocStart = sources.fact(file, CRD_SPECS);
    if (byDocStart && starts.every((start) => start in byDocStart)) {
      specsOf.set(file, new Map(starts.map((start) => [start, byDocStart[start]])));
      continue;
    }
    // One fact per file and set of objects, kept per content: an unchanged vendored file is not read again.
    const specs = sources.fact(file, {
      name: `crd-specs:${starts.join(',')}`,
      compute: (text) => {
        const lines = text.split('\n');
        // Copied: the keys are slices of the text, which V8 would keep whole for them.
        return structuredClone(starts.map((start) => specKeys(lines, ...lineAndIndent(start))));
      },
    });
    specsOf.set(file, new Map(starts.map((start, i) => [start, specs?.[i] ?? {}])));
  }
  const out: RuntimeModel['crds'] = [];
  for (const obj of crds) {
    const spec = specsOf.get(obj.at.file)!.get(startOf(obj))!;
    if (!spec.group || !spec.kind) continue;
    const scope = spec.scope === 'Cluster' || spec.scope === 'Namespaced' ? spec.scope : undefined;
    out.push({ group: spec.group, kind: spec.kind, ...(scope ? { scope } : {}), at: obj.kindAt });
  }
  return out;
}

type Spec = { group?: string; scope?: string; kind?: string };

/** crdSpecsByDocStart as a fact. */
export const CRD_SPECS = defineFact('crd-specs', (text, path) => crdSpecsByDocStart(path, text));

/**
 * The specs of the documents of a text that names CustomResourceDefinition, by where each
 * document's first key starts (`line:column`). A fact to take as each text is read
 * (SourceSet's read facts): CRD files are long vendored texts, which are not kept, and
 * readCrds would read them all again. A CRD object that starts elsewhere (a List's item)
 * is read by a fact of its own.
 */
export function crdSpecsByDocStart(_file: string, text: string): Record<string, Spec> {
  const out: Record<string, Spec> = {};
  if (!text.includes('CustomResourceDefinition')) return out;
  const lines = text.split('\n');
  let atDocStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^(---|\.\.\.)(\s|$)/.test(line)) atDocStart = true;
    else if (atDocStart && line.trim() !== '' && !line.trimStart().startsWith('#')) {
      atDocStart = false;
      const indent = leadingSpaces(line);
      if (KEY.test(line.replace(/\r$/, ''))) out[`${i + 1}:${indent + 1}`] = specKeys(lines, i, indent);
    }
  }
  // Copied: the keys are slices of the text, which V8 would keep whole for them.
  return structuredClone(out);
}
const startOf = (obj: K8sObject): string => `${obj.at.line}:${obj.at.column}`;
const lineAndIndent = (start: string): [number, number] => {
  const [line, column] = start.split(':').map(Number);
  return [line - 1, column - 1];
};

const KEY = /^( *)([A-Za-z]+):(?: +(.*))?$/;

/** A one-line plain or quoted scalar without its comment. */
const scalar = (raw: string | undefined): string | undefined => raw?.replace(/ +#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2') || undefined;

/** `spec.group`, `spec.scope` and `spec.names.kind` of the object whose keys start at `indent` on line `first`. */
function specKeys(lines: string[], first: number, indent: number): Spec {
  const found: Spec = {};
  let inSpec = false;
  let specIndent = -1;
  let inNames = false;
  let namesIndent = -1;
  for (let i = first; i < lines.length; i++) {
    // A line indented past every key still looked for changes nothing (most of a CRD is its schema): skip it unparsed.
    if (i > first && leadingSpaces(lines[i]) > Math.max(indent, deepestKeyIndent(inSpec, specIndent, inNames, namesIndent))) continue;
    const line = i === first ? ' '.repeat(indent) + lines[i].slice(indent) : lines[i];
    if (i > first && /^(---|\.\.\.)/.test(line)) break;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = KEY.exec(line.replace(/\r$/, ''));
    const depth = line.length - line.trimStart().length;
    if (i > first && depth < indent) break;
    if (!m) continue;
    if (depth === indent) {
      inSpec = m[2] === 'spec';
      specIndent = -1;
      inNames = false;
      continue;
    }
    if (!inSpec) continue;
    if (specIndent < 0) specIndent = depth;
    if (depth === specIndent) {
      inNames = m[2] === 'names';
      namesIndent = -1;
      if (m[2] === 'group') found.group = scalar(m[3]);
      if (m[2] === 'scope') found.scope = scalar(m[3]);
    } else if (inNames) {
      if (namesIndent < 0) namesIndent = depth;
      if (depth === namesIndent && m[2] === 'kind') found.kind = scalar(m[3]);
    }
  }
  return found;
}

/** The deepest indentation at which a key can still matter; Infinity while it is not yet known. */
function deepestKeyIndent(inSpec: boolean, specIndent: number, inNames: boolean, namesIndent: number): number {
  if (!inSpec) return -1;
  if (specIndent < 0 || (inNames && namesIndent < 0)) return Infinity;
  return inNames ? Math.max(specIndent, namesIndent) : specIndent;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
