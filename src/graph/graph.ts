// The deployment graph: bootstrap (playbooks → roles → tasks → what they deploy)
// joined to runtime (entry points → Applications/ApplicationSets → objects).
// Rules ask it; nothing here reads the disk.
import type { ParseProblem } from '../parse/yaml-file.js';

/** Kubernetes object identity (group of an apiVersion), for the rules that compare objects. */
export { apiGroup } from '../parse/manifest.js';
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
}

export interface GraphInputs {
  bootstrap: BootstrapModel;
  runtime: RuntimeModel;
  parseProblems: ParseProblem[];
  escapes: DeploymentGraph['escapes'];
  appUnits: AppUnit[];
  appsRoots: string[];
}

export function buildGraph({ bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots }: GraphInputs): DeploymentGraph {
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
  for (const set of runtime.applicationSets) {
    nodes.push({ id: `applicationset:${set.name}`, kind: 'applicationset', name: set.name, at: set.at, layer: 'runtime' });
    edges.push({ from: set.parent ? `application:${set.parent}` : entryOf(runtime, set.at.file), to: `applicationset:${set.name}`, kind: 'deploys' });
  }
  for (const app of runtime.applications) {
    nodes.push({ id: `application:${app.name}`, kind: 'application', name: app.name, at: app.at, layer: 'runtime' });
    const from = app.appset ? `applicationset:${app.appset}` : app.parent ? `application:${app.parent}` : entryOf(runtime, app.at.file);
    edges.push({ from, to: `application:${app.name}`, kind: 'deploys' });
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
  return { nodes, edges, bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots, hasBootstrap: bootstrap.playbooks.length > 0 };
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
  return [...graph.bootstrap.unresolved, ...graph.runtime.unresolved].filter(matches);
}
