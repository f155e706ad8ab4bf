// The analysis behind lint(): bootstrap and runtime models → graph → classify → rules
// → suppressions. Loaded only when the run cache has no answer, so a cached run never
// compiles the readers, the parsers or the rules.
import { readBootstrap } from './ansible/read-bootstrap.js';
import { bootstrapChartRoots, type ChartValueRoot } from './argocd/bootstrap-chart-roots.js';
import { autoEntrypoints } from './argocd/auto-entrypoints.js';
import { CRD_SPECS } from './argocd/crd-scope.js';
import { readRuntime } from './argocd/read-runtime.js';
import { unitDigest, type Unit } from './argocd/render-unit.js';
import type { UnitRecords } from './cache/unit-records.js';
import { buildCatalog, readEmbeddedCatalog } from './classify/catalog.js';
import { classify, type Component } from './classify/classify.js';
import type { Config } from './config/load.js';
import { findAppUnits } from './graph/app-units.js';
import { buildGraph, type DeploymentGraph } from './graph/graph.js';
import { groupByCluster, mergeClusterFindings } from './clusters.js';
import { compareFindings, runRules, type EngineFinding as Finding, type SeverityOf } from './engine/run.js';
import { applySuppressions, parseDirectives } from './engine/suppress.js';
import { relative } from 'node:path';
import { SourceSet } from './parse/source-set.js';
import { defineFact } from './parse/facts.js';
import { limitsOf } from './parse/limits.js';
import type { SourceRead } from './parse/read-source.js';
import type { FactStore } from './parse/file-facts.js';
import type { ParseProblem } from './parse/yaml-file.js';
import { rules, ruleIds } from '../rules/index.js';
import type { ComponentDeploymentJson, ComponentJson, LintResult } from './result.js';
import { detectedOf, summarizeDeployment } from './graph/summary.js';
import type { Loc, RuntimeModel } from './types.js';

export function analyse(
  root: string,
  config: Config,
  configFile: string | undefined,
  files: readonly string[],
  reads: Map<string, SourceRead>,
  escapes: DeploymentGraph['escapes'],
  unlisted: readonly ParseProblem[],
  severityOf: SeverityOf,
  store?: FactStore,
): { result: LintResult; graphs: DeploymentGraph[]; messageIds: string[]; consulted: ReadonlySet<string>; units?: UnitRecords } {
  const sources = new SourceSet(root, files, reads, limitsOf(config.limits), store, READ_FACTS);
  // With a store, what each unit did is kept for the next run's early cutoff.
  const units: Unit[] | undefined = store ? [] : undefined;
  const bootstrap = readBootstrap(sources, { roots: config.ansible.roots, extraVars: config.ansible.extraVars });
  const repoURLs = config.argocd.repoURLs ?? [];
  const chartRoots = bootstrapChartRoots(bootstrap, sources);
  const configured = (config.argocd.entrypoints?.length ?? 0) > 0;
  const clusters = groupByCluster(entrypointsFor(config, bootstrap.argocdEntrypoints, chartRoots.roots, sources)).map((c) => ({
    ...c,
    // Configured entry points settle which roots exist: what a chart's unseen values define is then known.
    runtime: readRuntime(sources, { entrypoints: c.entrypoints, repoURLs, unresolved: configured ? [] : chartRoots.unresolved }, units),
  }));
  // Every file is read by now: parse problems are complete and shared by all clusters.
  const parseProblems = [...unlisted, ...sources.problems()];
  const limitsReached = sources.limitsReached();
  if (files.length === 0) {
    // Linting nothing must not read as a clean repository.
    const at = { file: configFile ? relative(root, configFile) || configFile : '.', line: 1, column: 1 };
    limitsReached.push({ at, message: `nothing to lint: no file of the repository is left${configFile ? ' after the ignore: entries of the configuration' : ''}, so nothing was checked` });
  }
  const catalog = buildCatalog(readEmbeddedCatalog(), config.components);
  // App directories are a repository-wide question: covered when any cluster deploys them.
  const apps = findAppUnits(
    sources,
    { pathRefs: clusters.flatMap((c) => c.runtime.pathRefs), applications: clusters.flatMap((c) => c.runtime.applications) },
    config.argocd.appsRoots,
  );
  // Asked only when a cluster has no entry point: whether the repository has Argo CD objects at all.
  let declares: boolean | undefined;
  const declaresArgo = () => (declares ??= sources.files.some((f) => /\.ya?ml$/.test(f) && sources.declaresArgo(f)));
  const linted = clusters.map(({ name, runtime }) => {
    const graph = buildGraph({
      bootstrap,
      runtime,
      parseProblems,
      escapes,
      appUnits: apps.units,
      appsRoots: apps.roots,
      chartValueRoots: chartRoots.roots,
      declaresArgo: runtime.entrypoints.length === 0 && declaresArgo(),
      limitsReached,
    });
    const components = classify(bootstrap, runtime, catalog);
    const findings = runRules(rules, { graph, components, config, catalog }, severityOf, sources.limits.findingsPerRuleAndFile);
    return { name, graph, components, findings };
  });
  const repositoryWide = new Set(rules.filter((r) => r.scope === 'repository').map((r) => r.id));
  const found = suppress(mergeClusterFindings(linted, repositoryWide).sort(compareFindings), sources, severityOf);
  // The message ids stay beside the result: its findings are the JSON contract's, which has no field for them.
  const findings = found.map(({ messageId: _, ...f }) => f);

  const result: LintResult = {
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
    clusters: linted.map(({ name, graph }) => ({ ...(name !== undefined ? { name } : {}), deployment: summarizeDeployment(graph), detected: detectedOf(graph) })),
  };
  return {
    result,
    graphs: linted.map((c) => c.graph),
    messageIds: found.map((f) => f.messageId),
    consulted: sources.consultedFiles(),
    // Last: every file the run consulted, down to the rules' (a Helm values document is read when first asked), is known.
    ...(units ? { units: unitRecords(sources, units, files) } : {}),
  };
}

/** Each unit's inputs, consulted files (as indices into `files`) and digest, and the files consulted outside every unit. */
function unitRecords(sources: SourceSet, units: readonly Unit[], files: readonly string[]): UnitRecords {
  const indexOf = new Map(files.map((f, i) => [f, i]));
  // A file not listed (never consulted: the source set answers only for listed ones) would make the records unreadable.
  const indices = (paths: Iterable<string>): Int32Array => Int32Array.from([...paths], (p) => indexOf.get(p) ?? -1);
  return {
    units: units.map((u) => ({ input: u.input, buildOptions: u.buildOptions, consulted: indices(u.scope.consulted), digest: unitDigest(sources, u) })),
    outside: indices(sources.consultedOutside()),
  };
}

const SUPPRESSIONS = defineFact('suppressions', (text, path) => parseDirectives(path, text));

/**
 * Facts taken from each file as it is read: the suppression comments, asked of every file read
 * once the rules have run, and the specs of CustomResourceDefinitions, asked of long vendored
 * files. Exported for the early cutoff's source set (src/early-cutoff.ts), which reads as a run does.
 */
export const READ_FACTS = [SUPPRESSIONS, CRD_SPECS];

/** Applies the suppression comments of every file the run read or reports on. */
function suppress(findings: Finding[], sources: SourceSet, severityOf: SeverityOf): Finding[] {
  const files = new Set([...sources.readFiles(), ...findings.map((f) => f.file)]);
  const directives = [...files].sort().flatMap((file) => sources.fact(file, SUPPRESSIONS) ?? []);
  if (directives.length === 0) return findings;
  const { kept, problems } = applySuppressions(findings, directives, ruleIds);
  const stamped = problems.flatMap((p) => {
    const severity = severityOf(p.ruleId, p.file, p.severity);
    return severity === 'off' ? [] : [{ ...p, severity }];
  });
  return [...kept, ...stamped].sort(compareFindings);
}

/** Configured entry points, else what bootstrap applies (manifests, values of a chart of roots), else the Argo CD manifests nothing else deploys. */
function entrypointsFor(config: Config, fromBootstrap: { file: string; at: Loc }[], chartRoots: readonly ChartValueRoot[], sources: SourceSet): RuntimeModel['entrypoints'] {
  if (config.argocd.entrypoints?.length) {
    return config.argocd.entrypoints.map((file) => ({ file: file.replace(/^\.\//, '').replace(/\/$/, ''), at: { file, line: 1, column: 1 }, origin: 'config' as const }));
  }
  if (fromBootstrap.length > 0 || chartRoots.length > 0) {
    return [
      ...fromBootstrap.map((e) => ({ ...e, origin: 'bootstrap' as const })),
      ...chartRoots.map((r) => ({
        file: r.file,
        at: r.at,
        origin: 'bootstrap' as const,
        ...(r.chartDir ? (r.chartDir.appsOnly ? { appsChart: true as const } : {}) : { chartValues: true as const }),
        ...(r.valuesKey === undefined ? {} : { valuesKey: r.valuesKey }),
      })),
    ];
  }
  return autoEntrypoints(sources, config.argocd.roots ?? [''], config.argocd.repoURLs ?? []);
}

function componentJson(c: Component, findings: LintResult['findings'], cluster: string | undefined): ComponentJson {
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
