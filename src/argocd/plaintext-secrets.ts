// Secrets written in clear in what reachable Applications deploy: Secret objects with
// literal data, Kustomize secretGenerator literals, env files and files, and Helm values
// keys naming a credential. Only the key and the place are kept, never the value.
import { isRecord } from '../parse/manifest.js';
import { baseName, dirOf, joinInRepo } from '../parse/paths.js';
import { isLiteralSecret, isSopsDocument, namesCredential, secretLiterals } from '../parse/secret-value.js';
import type { SourceSet } from '../parse/source-set.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
import type { HelmValues, Loc, PlaintextSecret, RuntimeModel, RuntimeObject } from '../types.js';
import { laterOfSameApp, valuesData } from './helm-values.js';
import { KUSTOMIZATION_FILES } from './render.js';

export function findRuntimeSecrets(sources: SourceSet, model: RuntimeModel): PlaintextSecret[] {
  const out: PlaintextSecret[] = [];
  const seen = new Set<string>();
  const add = (s: PlaintextSecret): void => {
    const key = `${s.at.file}:${s.at.line}:${s.at.column}:${s.key}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  const byFile = new Map<string, RuntimeObject[]>();
  for (const obj of model.objects) {
    if (obj.kind !== 'Secret' || obj.apiVersion !== 'v1') continue;
    const list = byFile.get(obj.at.file);
    if (list) list.push(obj);
    else byFile.set(obj.at.file, [obj]);
  }
  for (const [file, objects] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Large vendored manifests are read by the line scanner: parse one fully only when a Secret holds data.
    if (!objects.some((o) => holdsData(sources.text(file) ?? '', o.at.line))) continue;
    for (const doc of sources.yaml(file, false)?.docs ?? []) {
      for (const { value, base } of objectValues(doc)) {
        if (value.kind !== 'Secret') continue;
        const at = doc.loc(base);
        const obj = objects.find((o) => o.at.line === at.line && o.at.column === at.column);
        if (!obj) continue;
        const holder = `Secret ${obj.namespace ? `${obj.namespace}/` : ''}${obj.name}`;
        for (const lit of secretLiterals(doc, value, base)) add({ ...lit, holder, application: obj.application, ...(obj.appset ? { appset: obj.appset } : {}) });
      }
    }
  }
  for (const file of [...model.deployedFiles].sort()) {
    if (!KUSTOMIZATION_FILES.includes(baseName(file))) continue;
    const doc = sources.yaml(file)?.docs[0];
    if (doc) for (const s of generatorSecrets(sources, doc)) add(s);
  }
  const laterOf = laterOfSameApp(model.helmValues);
  model.helmValues.forEach((v, i) => {
    if (pulledChartDefaults(sources, v)) return;
    const later = laterOf[i];
    for (const s of valuesSecrets(sources, v)) if (!later.some((w) => valueAt(sources, w, s.path) !== undefined)) add(s.secret);
  });
  return out;
}

const MAX_DEPTH = 64;

/**
 * The defaults of a chart a kustomization's helmCharts entry pulls (its vendored copy's
 * values.yaml): the upstream chart's settings, not the repository's. Overriding a default
 * in a values file of the repository is what gets checked.
 */
const pulledChartDefaults = (sources: SourceSet, v: HelmValues): boolean =>
  v.file !== undefined && baseName(v.file) === 'values.yaml' && sources.hasFile(`${dirOf(v.file)}/Chart.yaml`) && KUSTOMIZATION_FILES.includes(baseName(v.at.file));

/** Keys under which a credential key names where the value is (`secretKeys.password: POSTGRES_PASSWORD`), not the value. */
const REFERENCE_KEY = /secretkeys?$|keyref$|secretref$|valuefrom$|^existingsecret/i;

/** What a values source sets at `path` (relative to its base). */
function valueAt(sources: SourceSet, v: HelmValues, path: PathSegment[]): unknown {
  let node: unknown = valuesData(sources, v);
  for (const seg of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<PathSegment, unknown>)[seg] : undefined;
  return node;
}

/**
 * Keys of one values source that name a credential and hold a literal string. A mapping
 * with an `existingSecret*` takes the value from that Secret, so its credential keys are names.
 */
function valuesSecrets(sources: SourceSet, v: HelmValues): { path: PathSegment[]; secret: PlaintextSecret }[] {
  const data = valuesData(sources, v);
  if (data === undefined || (v.file !== undefined && isSopsDocument(data))) return [];
  const out: { path: PathSegment[]; secret: PlaintextSecret }[] = [];
  // Aliases share one node: each is walked once.
  const seen = new Set<object>();
  // The positioned document is parsed only to place a finding.
  const place = (path: PathSegment[]): Loc => v.doc?.loc([...(v.base ?? []), ...path]) ?? v.at;
  const walk = (node: unknown, path: PathSegment[], depth: number): void => {
    if (depth > MAX_DEPTH || (typeof node === 'object' && node !== null && seen.has(node))) return;
    if (typeof node === 'object' && node !== null) seen.add(node);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], depth + 1));
    if (!isRecord(node)) return;
    const fromSecret = Object.entries(node).some(([k, x]) => /^existingSecret/.test(k) && typeof x === 'string' && x.trim() !== '');
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, key];
      if (REFERENCE_KEY.test(key)) continue;
      if (typeof value === 'string' && !fromSecret && namesCredential(key) && isLiteralSecret(value)) {
        const keyPath = at.join('.');
        out.push({ path: at, secret: { key: keyPath, holder: 'Helm values', at: place(at), application: v.application, ...(v.appset ? { appset: v.appset } : {}) } });
      } else walk(value, at, depth + 1);
    }
  };
  walk(data, [], 0);
  return out;
}

/** A `data:` or `stringData:` key in the document that starts at `line` (a cheap test before a parse). */
function holdsData(text: string, line: number): boolean {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return true;
  }
  const rest = text.slice(start);
  const end = rest.search(/^---/m);
  return /^\s*(data|stringData)\s*:/m.test(end < 0 ? rest : rest.slice(0, end));
}

/** The objects of a document with where each is written (a `List` holds several). */
function objectValues(doc: YamlDoc): { value: Record<string, unknown>; base: PathSegment[] }[] {
  const value = doc.value;
  if (!isRecord(value)) return [];
  if (typeof value.kind === 'string' && /List$/.test(value.kind) && Array.isArray(value.items)) {
    return value.items.flatMap((item, i) => (isRecord(item) ? [{ value: item, base: ['items', i] }] : []));
  }
  return [{ value, base: [] }];
}

/** secretGenerator entries: `literals` (KEY=VALUE), `envs` files of KEY=VALUE lines, `files` ([key=]path). */
function generatorSecrets(sources: SourceSet, doc: YamlDoc): PlaintextSecret[] {
  const k = doc.value;
  if (!isRecord(k) || !Array.isArray(k.secretGenerator)) return [];
  const dir = dirOf(doc.file);
  const out: PlaintextSecret[] = [];
  k.secretGenerator.forEach((gen, i) => {
    if (!isRecord(gen)) return;
    const holder = `secretGenerator ${typeof gen.name === 'string' ? gen.name : '(unnamed)'}`;
    const list = (key: string): [string, number][] => (Array.isArray(gen[key]) ? (gen[key] as unknown[]).flatMap((v, j) => (typeof v === 'string' ? [[v, j] as [string, number]] : [])) : []);
    for (const [literal, j] of list('literals')) {
      const eq = literal.indexOf('=');
      const value = eq < 0 ? '' : literal.slice(eq + 1).trim().replace(/^(["'])(.*)\1$/, '$2');
      if (eq > 0 && isLiteralSecret(value)) out.push({ key: literal.slice(0, eq).trim(), holder, at: doc.loc(['secretGenerator', i, 'literals', j]) });
    }
    const envFiles = [...list('envs'), ...(typeof gen.env === 'string' ? [[gen.env, -1] as [string, number]] : [])];
    for (const [envFile] of envFiles) {
      const path = joinInRepo(dir, envFile);
      const text = path === undefined ? undefined : sources.text(path);
      if (path !== undefined && text !== undefined) out.push(...envSecrets(path, text, holder));
    }
    for (const [entry, j] of list('files')) {
      const eq = entry.indexOf('=');
      const key = eq < 0 ? baseName(entry) : entry.slice(0, eq).trim();
      const path = joinInRepo(dir, eq < 0 ? entry : entry.slice(eq + 1).trim());
      const text = path === undefined ? undefined : sources.text(path);
      if (text !== undefined && isLiteralSecret(text) && !/\bsops\b|ENC\[|\$ANSIBLE_VAULT;/.test(text)) out.push({ key, holder, at: doc.loc(['secretGenerator', i, 'files', j]) });
    }
  });
  return out;
}

/** KEY=VALUE lines of an env file; a SOPS-encrypted dotenv file (sops_* keys) holds ciphertext. */
function envSecrets(file: string, text: string, holder: string): PlaintextSecret[] {
  const lines = text.split('\n');
  if (lines.some((l) => /^\s*sops_\w*=/.test(l))) return [];
  return lines.flatMap((line, i) => {
    const m = /^\s*([^#=\s][^=]*?)\s*=(.*)$/.exec(line);
    if (!m) return [];
    const value = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    const at: Loc = { file, line: i + 1, column: line.indexOf(m[1]) + 1 };
    return isLiteralSecret(value) ? [{ key: m[1], holder, at }] : [];
  });
}
