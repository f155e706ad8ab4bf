// The graph's answers the public result carries: what the architecture report draws
// and what the run detected. Computed once here, so formatters never read reader models.
import type { DeploymentSummary, Detected } from '../result.js';
import type { DeploymentGraph } from './graph.js';

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

export function summarizeDeployment(graph: DeploymentGraph): DeploymentSummary {
  const reaching = new Map<string, string[]>();
  const playbooksOf = (file: string): string[] => {
    let known = reaching.get(file);
    if (!known) reaching.set(file, (known = playbooksReaching(graph, file)));
    return known;
  };
  const { bootstrap, runtime } = graph;
  return {
    playbooks: bootstrap.playbooks,
    bootstrapSteps: bootstrap.deployments.map((d) => ({ file: d.at.file, line: d.at.line, ...(d.role ? { role: d.role } : {}), playbooks: playbooksOf(d.at.file) })),
    entrypoints: runtime.entrypoints.map((e) => ({ file: e.file, origin: e.origin, playbooks: e.origin === 'bootstrap' ? playbooksOf(e.at.file) : [] })),
    applications: runtime.applications.map((a) => ({ name: a.name, file: a.at.file, ...(a.parent ? { parent: a.parent } : {}), ...(a.appset ? { appset: a.appset } : {}) })),
    applicationSets: runtime.applicationSets.map((s) => ({ name: s.name, file: s.at.file, ...(s.parent ? { parent: s.parent } : {}) })),
  };
}

export function detectedOf(graph: DeploymentGraph): Detected {
  return {
    ansibleRoots: graph.bootstrap.roots,
    playbooks: graph.bootstrap.playbooks,
    entrypoints: graph.runtime.entrypoints.map((e) => ({ file: e.file, origin: e.origin, at: { file: e.at.file, line: e.at.line } })),
    localRepos: graph.runtime.localRepos,
    appsRoots: graph.appsRoots,
  };
}
