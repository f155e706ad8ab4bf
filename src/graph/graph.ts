// The deployment graph: bootstrap (playbooks → roles → tasks → what they deploy)
// joined to runtime (entry points → Applications/ApplicationSets → objects).
// Rules ask it; nothing here reads the disk.
import type { ParseProblem } from '../parse/yaml-file.js';
import type { ChartValueRoot } from '../argocd/bootstrap-chart-roots.js';

/** Kubernetes object identity (group of an apiVersion), for the rules that compare objects. */
export { apiGroup } from '../parse/manifest.js';
/** Applications and ApplicationSets are identified by namespace/name; messages show the name. */
export { nameOfId } from '../argocd/app-id.js';
import type { LimitReached } from '../parse/limits.js';
import type { AppUnit } from './app-units.js';
import type { BootstrapModel, Loc, RuntimeModel, UnknownKind, Unresolved } from '../types.js';

export type NodeKind = 'playbook' | 'role' | 'task' | 'entrypoint' | 'application' | 'applicationset' | 'object' | 'chart';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  at: Loc;
  layer: 'bootstrap' | 'runtime';
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: 'deploys' | 'references';
}

export interface DeploymentGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  bootstrap: BootstrapModel;
  runtime: RuntimeModel;
  /** Files meant to be plain YAML that do not parse, and unreadable files. */
  parseProblems: ParseProblem[];
  /** Symlinks leading outside the root: never read. */
  escapes: { at: Loc; target: string }[];
  /** Whether the repository has an Ansible bootstrap at all. */
  hasBootstrap: boolean;
  /** App directories under the apps roots, and whether something deploys them. */
  appUnits: AppUnit[];
  /** Where app directories are looked for (configured or inferred). */
  appsRoots: string[];
  /** Values files of charts bootstrap installs that define root Applications (argocd-apps): roots bootstrap creates. */
  chartValueRoots: ChartValueRoot[];
  /** Budgets of the run that were reached (what lies beyond was not analysed), or nothing to lint at all. */
  limitsReached?: LimitReached[];
  /** Whether some file of the repository declares an Argo CD Application or ApplicationSet (reached or not). */
  declaresArgo: boolean;
}

export interface GraphInputs {
  bootstrap: BootstrapModel;
  runtime: RuntimeModel;
  parseProblems: ParseProblem[];
  escapes: DeploymentGraph['escapes'];
  appUnits: AppUnit[];
  appsRoots: string[];
  chartValueRoots?: ChartValueRoot[];
  limitsReached?: LimitReached[];
  declaresArgo?: boolean;
}

export function buildGraph({ bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots, chartValueRoots = [], limitsReached, declaresArgo = false }: GraphInputs): DeploymentGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const file of bootstrap.playbooks) nodes.push({ id: `playbook:${file}`, kind: 'playbook', name: file, at: { file, line: 1, column: 1 }, layer: 'bootstrap' });
  for (const role of bootstrap.roles) nodes.push({ id: `role:${role.dir}`, kind: 'role', name: role.name, at: role.at, layer: 'bootstrap' });
  for (const task of bootstrap.tasks) {
    if (!task.reachable) continue;
    nodes.push({ id: `task:${task.id}`, kind: 'task', name: task.name ?? task.module, at: task.at, layer: 'bootstrap' });
    const role = bootstrap.roles.find((r) => r.name === task.role);
    if (role) edges.push({ from: `role:${role.dir}`, to: `task:${task.id}`, kind: 'references' });
  }
  for (const entry of runtime.entrypoints) {
    nodes.push({ id: `entrypoint:${entry.file}`, kind: 'entrypoint', name: entry.file, at: entry.at, layer: 'runtime' });
    const task = bootstrap.tasks.find((t) => t.at.file === entry.at.file && t.at.line === entry.at.line);
    if (task) edges.push({ from: `task:${task.id}`, to: `entrypoint:${entry.file}`, kind: 'deploys' });
  }
  // Applications and ApplicationSets by qualified id: one name in two namespaces is two nodes.
  for (const set of runtime.applicationSets) {
    nodes.push({ id: `applicationset:${set.id}`, kind: 'applicationset', name: set.name, at: set.at, layer: 'runtime' });
    edges.push({ from: set.parent ? `application:${set.parent}` : entryOf(runtime, set.at.file), to: `applicationset:${set.id}`, kind: 'deploys' });
  }
  for (const app of runtime.applications) {
    nodes.push({ id: `application:${app.id}`, kind: 'application', name: app.name, at: app.at, layer: 'runtime' });
    const from = app.appset ? `applicationset:${app.appset}` : app.parent ? `application:${app.parent}` : entryOf(runtime, app.at.file);
    edges.push({ from, to: `application:${app.id}`, kind: 'deploys' });
  }
  runtime.objects.forEach((obj, i) => {
    const id = `object:${i}`;
    nodes.push({ id, kind: 'object', name: `${obj.kind}/${obj.name}`, at: obj.at, layer: 'runtime' });
    edges.push({ from: `application:${obj.application}`, to: id, kind: 'deploys' });
  });
  runtime.charts.forEach((chart, i) => {
    const id = `chart:${i}`;
    nodes.push({ id, kind: 'chart', name: chart.name, at: chart.at, layer: 'runtime' });
    edges.push({ from: `application:${chart.application}`, to: id, kind: 'deploys' });
  });
  return { nodes, edges, bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots, chartValueRoots, limitsReached, declaresArgo, hasBootstrap: bootstrap.playbooks.length > 0 };
}

/** The ids of the Applications that render other Argo CD objects (apps of apps). */
export function appsOfApps(runtime: Pick<RuntimeModel, 'applications' | 'applicationSets'>): Set<string> {
  return new Set([...runtime.applications, ...runtime.applicationSets].flatMap((x) => (x.parent ? [x.parent] : [])));
}

/** A root: an Application applied at an entry point, not generated nor rendered by another. */
export const isRootApplication = (app: { parent?: string; appset?: string }): boolean => !app.appset && !app.parent;

/** The playbooks that reach a task file: itself, or whoever includes its role or the file. */
export function playbooksReaching(graph: DeploymentGraph, file: string, seen = new Set<string>()): string[] {
  const { bootstrap } = graph;
  if (bootstrap.playbooks.includes(file)) return [file];
  if (seen.has(file)) return [];
  seen.add(file);
  const role = bootstrap.roles.find((r) => file.startsWith(`${r.dir}/`));
  const from = bootstrap.refs
    .filter((ref) => ref.resolved !== undefined && (ref.resolved === file || (role !== undefined && ref.kind === 'role' && ref.resolved === role.dir)))
    .map((ref) => ref.from.file);
  return [...new Set(from.flatMap((f) => playbooksReaching(graph, f, seen)))].sort();
}

const entryOf = (runtime: RuntimeModel, file: string): string => `entrypoint:${runtime.entrypoints.find((e) => e.file === file)?.file ?? file}`;

/** What a claim is about, to narrow the unknowns that can falsify it. */
export interface ClaimScope {
  role?: string;
  application?: string;
  play?: number;
}

/**
 * The constructs left unresolved that could falsify a claim of absence in `kind` about
 * `scope`: an unknown scoped to another role, Application or play cannot.
 */
export function unknownsAffecting(graph: DeploymentGraph, kind: UnknownKind, scope: ClaimScope = {}): Unresolved[] {
  const matches = (u: Unresolved): boolean =>
    u.affects.includes(kind) &&
    (scope.role === undefined || u.scope?.role === undefined || u.scope.role === scope.role) &&
    (scope.application === undefined || u.scope?.application === undefined || u.scope.application === scope.application) &&
    (scope.play === undefined || u.scope?.play === undefined || u.scope.play === scope.play);
  const cuts = (graph.limitsReached ?? []).flatMap((l) => (l.unresolved ? [l.unresolved] : []));
  return [...graph.bootstrap.unresolved, ...graph.runtime.unresolved, ...cuts].filter(matches);
}
