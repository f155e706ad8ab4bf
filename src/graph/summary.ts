// The graph's answers the public result carries: what the architecture report draws
// and what the run detected. Computed once here, so formatters never read reader models.
import type { DeploymentSummary, Detected } from '../result.js';
import { playbooksReaching, type DeploymentGraph } from './graph.js';

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
    applications: runtime.applications.map((a) => ({ id: a.id, name: a.name, file: a.at.file, ...(a.parent ? { parent: a.parent } : {}), ...(a.appset ? { appset: a.appset } : {}) })),
    applicationSets: runtime.applicationSets.map((s) => ({ id: s.id, name: s.name, file: s.at.file, ...(s.parent ? { parent: s.parent } : {}) })),
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
