// `.detectviz-lint.yaml`: parsed with positions, validated against
// schemas/config.schema.json, merged over the embedded default (the seed's policy).
import type { ErrorObject, ValidateFunction } from 'ajv';
import { existsSync } from 'node:fs';
import { MAX_YAML_BYTES } from '../parse/read-source.js';
import { readRegularFile } from '../parse/safe-file.js';
import { join, relative } from 'node:path';
import type { YamlDoc } from '../parse/yaml-file.js';
import type { CatalogData } from '../classify/catalog.js';
import type { SeverityOrOff } from '../types.js';
import type { Limits } from '../parse/limits.js';
import { configPathErrors } from './config-paths.js';
import { CONFIG_NAMES } from './names.js';

export interface Config {
  /** `extraVars`: as `ansible-playbook -e` passes them, above every other variable. */
  ansible: { roots?: string[]; extraVars?: Record<string, unknown> };
  argocd: { roots?: string[]; entrypoints?: string[]; repoURLs?: string[]; appsRoots?: string[] };
  ignore: string[];
  rules: Record<string, SeverityOrOff>;
  components: CatalogData['components'];
  appsets: Record<string, string[]>;
  /** Per-path severities, applied in order over `rules:`. */
  overrides: { files: string[]; rules: Record<string, SeverityOrOff> }[];
  /** Budgets raised over the defaults (src/parse/limits.ts). */
  limits?: Partial<Limits>;
}

/** The seed's ApplicationSet table, which the default configuration reproduces. */
export const DEFAULT_APPSETS: Record<string, string[]> = {
  'infra-appset': ['cert-manager', 'external-secrets-operator', 'ingress-nginx', 'metallb', 'topolvm', 'vault'],
  'apps-appset': ['grafana', 'prometheus', 'loki', 'tempo', 'keycloak', 'postgresql'],
};

export const defaultConfig = (): Config => ({ ansible: {}, argocd: {}, ignore: [], rules: {}, components: {}, appsets: DEFAULT_APPSETS, overrides: [] });

/** Invalid configuration: exit code 2 with these lines. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export { CONFIG_NAMES };

/** The configuration file to use: explicit, else one at the root, else none. */
export function findConfig(root: string, explicit?: string): string | undefined {
  if (explicit) {
    if (!existsSync(explicit)) throw new ConfigError([`${explicit}: configuration file not found`]);
    return explicit;
  }
  return CONFIG_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
}

async function validate(value: unknown): Promise<ErrorObject[]> {
  // The schema compiled at build time (scripts/generate-config-validator.mjs), loaded on first use.
  const validator = (await import('./config-validator.generated.js')).default as ValidateFunction;
  return validator(value) ? [] : (validator.errors ?? []);
}

/**
 * `root`, when given, is the linted repository: the configured paths must name something in it.
 * `within`: the root the file must lie inside (the configuration found there, not one named with --config).
 */
export async function loadConfig(file: string | undefined, knownRuleIds: ReadonlySet<string>, cwd = process.cwd(), root?: string, within?: string): Promise<Config> {
  const config = defaultConfig();
  if (!file) return config;
  const shown = relative(cwd, file) || file;
  // One safe open (a FIFO, a device or an over-size file is refused); the file found at the root must also stay inside it.
  const opened = readRegularFile(file, { maxBytes: MAX_YAML_BYTES, root: within });
  if ('reason' in opened) throw new ConfigError([`${shown}: the configuration ${opened.reason}`]);
  const text = opened.bytes.toString('utf8');
  const quick = await quickValue(text);
  const pathErrorsOf = (v: Partial<Config>, doc: YamlDoc | undefined): string[] => (root ? configPathErrors(shown, doc, v, root) : []);
  // Anything wrong with the quick reading is worded by the positioned parse below.
  if (quick !== undefined && (await validate(quick)).length === 0 && unknownRuleIds(quick as Partial<Config>, knownRuleIds).length === 0 && pathErrorsOf(quick as Partial<Config>, undefined).length === 0) {
    return effective(quick as Partial<Config>);
  }
  // The YAML parser is loaded when there is a configuration to read: a cached run without one never needs it.
  const { parseYaml } = await import('../parse/yaml-file.js');
  const parsed = parseYaml(shown, text);
  if (parsed.problems.length > 0) {
    const p = parsed.problems[0];
    const where = keyPathAt(text, p.at.line);
    throw new ConfigError([`${shown}:${p.at.line}:${p.at.column}: ${where ? `${where}: ` : ''}invalid YAML: ${p.message}`]);
  }
  const doc = parsed.docs[0];
  const value = doc?.value ?? {};
  const errors = await validate(value);
  if (errors.length > 0) throw new ConfigError(errors.map((e) => describe(shown, doc, e)));
  const v = value as Partial<Config>;
  const unknownIds = unknownRuleIds(v, knownRuleIds);
  if (unknownIds.length > 0) {
    throw new ConfigError(
      unknownIds.map((r) => {
        const at = doc!.loc(r.path, 'key');
        return `${shown}:${at.line}:${at.column}: ${r.path.join('.')}: unknown rule id "${r.id}" (see --list-rules)`;
      }),
    );
  }
  const pathErrors = pathErrorsOf(v, doc);
  if (pathErrors.length > 0) throw new ConfigError(pathErrors);
  return effective(v);
}

/**
 * The configuration's value as js-yaml reads it, ten times faster than the positioned parse
 * (a configuration of 400,000 ignore: entries); undefined when that parse must decide: anchors,
 * aliases, tags and merge keys, several documents, or any error (which it then words with its place).
 */
async function quickValue(text: string): Promise<unknown> {
  if (/(?:^|[\s,[{])[&*!]|<</m.test(text)) return undefined;
  try {
    const { CORE_SCHEMA, load } = await import('js-yaml');
    return load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return undefined;
  }
}

const unknownRuleIds = (v: Partial<Config>, known: ReadonlySet<string>): { id: string; path: (string | number)[] }[] =>
  [
    ...Object.keys(v.rules ?? {}).map((id) => ({ id, path: ['rules', id] })),
    ...(v.overrides ?? []).flatMap((o, i) => Object.keys(o.rules).map((id) => ({ id, path: ['overrides', i, 'rules', id] }))),
  ].filter((r) => !known.has(r.id));

/** A valid configuration's value over the defaults. */
function effective(v: Partial<Config>): Config {
  return {
    ansible: v.ansible ?? {},
    argocd: v.argocd ?? {},
    ignore: v.ignore ?? [],
    rules: v.rules ?? {},
    components: v.components ?? {},
    appsets: v.appsets ?? DEFAULT_APPSETS,
    overrides: v.overrides ?? [],
    ...(v.limits ? { limits: v.limits } : {}),
  };
}

/** The key path that a line belongs to, read from indentation (the YAML around an error cannot be parsed). */
function keyPathAt(text: string, lineNo: number): string {
  const lines = text.split(/\r?\n/).slice(0, lineNo);
  const path: string[] = [];
  let indent = Infinity;
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const m = /^(\s*)(?:-\s+)?([^\s#:][^:#]*?)\s*:(\s|$)/.exec(lines[i]);
    if (!m || m[1].length >= indent) continue;
    indent = m[1].length;
    path.unshift(m[2].replace(/^["']|["']$/g, ''));
  }
  return path.join('.');
}

function describe(file: string, doc: YamlDoc | undefined, e: ErrorObject): string {
  const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const segments = path.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  let where = path.join('.') || '(top level)';
  let expected = e.message ?? 'invalid';
  let locPath = segments;
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    where = [...path, extra].join('.');
    expected = `unknown key "${extra}"`;
    locPath = [...segments, extra];
  } else if (e.keyword === 'enum') {
    expected = `expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(', ')}`;
  } else if (e.keyword === 'type') {
    expected = `expected ${(e.params as { type: string }).type}`;
  } else if (e.keyword === 'propertyNames') {
    expected = 'rule ids are lower-case words joined by "-"';
  }
  const at = doc ? doc.loc(locPath, e.keyword === 'additionalProperties' ? 'key' : 'value') : { line: 1, column: 1 };
  return `${file}:${at.line}:${at.column}: ${where}: ${expected}`;
}
