// The pipeline as one readable function:
// discover → parse → bootstrap + runtime models → graph → classify → rules.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBootstrap } from './ansible/read-bootstrap.js';
import { readRuntime } from './argocd/read-runtime.js';
import { buildCatalog, readEmbeddedCatalog } from './classify/catalog.js';
import { classify, type Component } from './classify/classify.js';
import { defaultConfig, findConfig, loadConfig, type Config } from './config/load.js';
import { discover } from './discover/discover.js';
import { LintInputError } from './errors.js';
import { findAppUnits } from './graph/app-units.js';
import { buildGraph, type DeploymentGraph } from './graph/graph.js';
import { hashText, readCached, writeCached, type Read } from './cache/run-cache.js';
import { groupByCluster, mergeClusterFindings } from './clusters.js';
import { compareFindings, runRules, type Finding, type SeverityOf } from './engine/run.js';
import { severityResolver } from './engine/severity.js';
import { applySuppressions, parseDirectives } from './engine/suppress.js';
import { SourceSet } from './parse/source-set.js';
import { isUnder } from './parse/paths.js';
import { declaresArgoKind } from './parse/text-checks.js';
import { rules, ruleIds } from '../rules/index.js';
import type { Loc, RuntimeModel, SeverityOrOff } from './types.js';
import { VERSION } from './version.js';

export type { Finding } from './engine/run.js';
export type { Component } from './classify/classify.js';

export interface LintOptions {
  /** Configuration file; default: .detectviz-lint.yaml at the root. `false`: none. */
  configFile?: string | false;
  /** Severity overrides from the command line (win over the configuration). */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** Reuse and store whole-run results in this folder (never inside the linted tree). */
  cacheDir?: string;
}

export interface ComponentDeploymentJson {
  file: string;
  line: number;
  mechanism: string;
  version?: string;
  application?: string;
  appset?: string;
}

export interface ComponentJson {
  name: string;
  /** Set when the repository holds several clusters. */
  cluster?: string;
  policy: string;
  bootstrap: ComponentDeploymentJson[];
  runtime: ComponentDeploymentJson[];
  status: 'ok' | 'violation';
}

export interface LintResult {
  root: string;
  config: Config;
  configFile?: string;
  findings: Finding[];
  components: ComponentJson[];
  summary: { errors: number; warnings: number; infos: number; filesScanned: number };
  /** The deployment graph (of the first cluster when there are several). */
  graph: DeploymentGraph;
  /** One entry per cluster; a single unnamed one for most repositories. */
  clusters: { name?: string; graph: DeploymentGraph }[];
}

export { LintInputError };

export async function lint(rootArg: string, options: LintOptions = {}): Promise<LintResult> {
  const root = resolve(rootArg);
  let stat;
  try {
    stat = statSync(root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LintInputError(code === 'ENOENT' || code === 'ENOTDIR' ? `${rootArg}: no such directory` : `${rootArg}: cannot be read (${code ?? (err as Error).message})`);
  }
  if (!stat.isDirectory()) throw new LintInputError(`${rootArg}: not a directory (detectviz-lint lints a repository root)`);

  const configFile = options.configFile === false ? undefined : findConfig(root, options.configFile);
  const config = configFile ? await loadConfig(configFile, ruleIds) : defaultConfig();
  const severityOf = await severityResolver(config, options.ruleOverrides ?? {});

  const { files, escapes } = discover(root, config.ignore);
  const sources = new SourceSet(root, files);
  const cacheKey = options.cacheDir ? runKey(root, config, options, files, escapes) : undefined;
  const cacheSlot = JSON.stringify([root, configFile ?? null, options.ruleOverrides ?? {}]);
  const contentHash = (f: string): string => hashText(sources.text(f) ?? '\u0000unreadable');
  if (options.cacheDir && cacheKey) {
    const cached = readCached<LintResult>(options.cacheDir, cacheSlot, cacheKey, root, contentHash);
    if (cached) return cached;
  }
  const result = analyse(root, config, configFile, sources, escapes, severityOf);
  // Past this many files the result outgrows the cache entry cap anyway: skip serialising it.
  if (options.cacheDir && cacheKey && sources.filesRead <= MAX_CACHED_FILES) {
    const reads = sources.readFiles().sort().flatMap((f): Read[] => {
      const st = statSync(join(root, f), { throwIfNoEntry: false });
      return st ? [[f, contentHash(f), st.size, st.mtimeMs]] : [];
    });
    writeCached(options.cacheDir, cacheSlot, cacheKey, reads, result);
  }
  return result;
}

const MAX_CACHED_FILES = 20_000;

/** What a run's result depends on besides file contents: the code (a rebuild changes its file), the configuration, the file list. */
function runKey(root: string, config: Config, options: LintOptions, files: readonly string[], escapes: unknown): string {
  const code = statSync(fileURLToPath(import.meta.url));
  return hashText(JSON.stringify([VERSION, code.mtimeMs, code.size, root, config, options.ruleOverrides ?? {}, files, escapes]));
}

function analyse(
  root: string,
  config: Config,
  configFile: string | undefined,
  sources: SourceSet,
  escapes: DeploymentGraph['escapes'],
  severityOf: SeverityOf,
): LintResult {
  const bootstrap = readBootstrap(sources, { roots: config.ansible.roots });
  const repoURLs = config.argocd.repoURLs ?? [];
  const clusters = groupByCluster(entrypointsFor(config, bootstrap.argocdEntrypoints, sources)).map((c) => ({
    ...c,
    runtime: readRuntime(sources, { entrypoints: c.entrypoints, repoURLs }),
  }));
  // Every file is read by now: parse problems are complete and shared by all clusters.
  const parseProblems = sources.problems();
  const catalog = buildCatalog(readEmbeddedCatalog(), config.components);
  // App directories are a repository-wide question: covered when any cluster deploys them.
  const apps = findAppUnits(
    sources,
    { pathRefs: clusters.flatMap((c) => c.runtime.pathRefs), applications: clusters.flatMap((c) => c.runtime.applications) },
    config.argocd.appsRoots,
  );
  const linted = clusters.map(({ name, runtime }) => {
    const graph = buildGraph({ bootstrap, runtime, parseProblems, escapes, appUnits: apps.units, appsRoots: apps.roots });
    const components = classify(bootstrap, runtime, catalog);
    const findings = runRules(rules, { graph, components, config, catalog }, severityOf);
    return { name, graph, components, findings };
  });
  const repositoryWide = new Set(rules.filter((r) => r.scope === 'repository').map((r) => r.id));
  const findings = suppress(mergeClusterFindings(linted, repositoryWide).sort(compareFindings), sources, severityOf);

  return {
    root,
    config,
    configFile,
    findings,
    components: linted.flatMap(({ name, components }) => components.map((c) => componentJson(c, findings, name))),
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      filesScanned: sources.filesRead,
    },
    graph: linted[0].graph,
    clusters: linted.map(({ name, graph }) => ({ name, graph })),
  };
}

/** Applies the suppression comments of every file the run read or reports on. */
function suppress(findings: Finding[], sources: SourceSet, severityOf: SeverityOf): Finding[] {
  const files = new Set([...sources.readFiles(), ...findings.map((f) => f.file)]);
  const directives = [...files].sort().flatMap((file) => parseDirectives(file, sources.text(file) ?? ''));
  if (directives.length === 0) return findings;
  const { kept, problems } = applySuppressions(findings, directives, ruleIds);
  const stamped = problems.flatMap((p) => {
    const severity = severityOf(p.ruleId, p.file, p.severity);
    return severity === 'off' ? [] : [{ ...p, severity }];
  });
  return [...kept, ...stamped].sort(compareFindings);
}

/** Configured entry points, else what bootstrap applies, else the Argo CD manifests nothing else deploys. */
function entrypointsFor(config: Config, fromBootstrap: { file: string; at: Loc }[], sources: SourceSet): RuntimeModel['entrypoints'] {
  if (config.argocd.entrypoints?.length) {
    return config.argocd.entrypoints.map((file) => ({ file: file.replace(/^\.\//, '').replace(/\/$/, ''), at: { file, line: 1, column: 1 }, origin: 'config' as const }));
  }
  if (fromBootstrap.length > 0) return fromBootstrap.map((e) => ({ ...e, origin: 'bootstrap' as const }));
  const roots = config.argocd.roots ?? [''];
  const candidates = sources.files.filter(
    (f) => /\.ya?ml$/.test(f) && roots.some((r) => isUnder(f, r)) && !/(^|\/)templates\//.test(f) && declaresArgoKind(sources.text(f) ?? ''),
  );
  const all = candidates.map((file) => ({ file, at: { file, line: 1, column: 1 }, origin: 'auto' as const }));
  const reached = readRuntime(sources, { entrypoints: all, repoURLs: config.argocd.repoURLs ?? [] });
  const rendered = new Set<string>();
  for (const app of reached.applications) if (app.parent || app.appset) rendered.add(app.at.file);
  for (const set of reached.applicationSets) if (set.parent) rendered.add(set.at.file);
  // A root manages content of this repository; examples pointing elsewhere (docs/) are not roots.
  const managesLocal = new Set<string>();
  for (const app of reached.applications) {
    if (!app.sources.some((s) => s.local)) continue;
    const set = app.appset ? reached.applicationSets.find((x) => x.name === app.appset) : undefined;
    managesLocal.add(set && !set.parent ? set.at.file : app.at.file);
  }
  return all.filter((e) => !rendered.has(e.file) && managesLocal.has(e.file));
}

function componentJson(c: Component, findings: Finding[], cluster: string | undefined): ComponentJson {
  const entry = (d: Component['bootstrap'][number]): ComponentDeploymentJson => ({
    file: d.at.file,
    line: d.at.line,
    mechanism: d.mechanism,
    ...(d.version ? { version: d.version } : {}),
    ...(d.application ? { application: d.application } : {}),
    ...(d.appset ? { appset: d.appset } : {}),
  });
  const violation = findings.some((f) => f.component === c.name && f.severity !== 'info' && (f.cluster === undefined || f.cluster === cluster));
  return {
    name: c.name,
    ...(cluster ? { cluster } : {}),
    policy: c.policy,
    bootstrap: c.bootstrap.map(entry),
    runtime: c.runtime.map(entry),
    status: violation ? 'violation' : 'ok',
  };
}

export { VERSION };
