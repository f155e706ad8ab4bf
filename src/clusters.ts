// Several clusters in one repository: each root entry point (or set of them
// living in its own directory, clusters/<name>/... or envs/<name>/...) is a cluster,
// linted on its own; findings every cluster shares are reported once. Folders are
// clusters only when they hold roots of the same role (the same path below each, the
// folder's name aside): apps/, bootstrap/ and guides/ side by side are one cluster.
import type { EngineFinding as Finding } from './engine/run.js';
import type { RuntimeModel } from './types.js';

export interface ClusterEntrypoints {
  /** Undefined when the repository holds a single cluster. */
  name?: string;
  entrypoints: RuntimeModel['entrypoints'];
}

/** Groups entry points by the first directory segment in which their paths differ. */
export function groupByCluster(entrypoints: RuntimeModel['entrypoints']): ClusterEntrypoints[] {
  if (entrypoints.length < 2) return [{ entrypoints }];
  const paths = entrypoints.map((e) => e.file.split('/'));
  const dirDepth = paths.reduce((d, p) => Math.min(d, p.length - 1), Infinity);
  let split = -1;
  for (let i = 0; i < dirDepth; i++) {
    if (new Set(paths.map((p) => p[i])).size > 1) {
      split = i;
      break;
    }
  }
  if (split < 0) return [{ entrypoints }];
  const groups = new Map<string, RuntimeModel['entrypoints']>();
  entrypoints.forEach((e, i) => groups.set(paths[i][split], [...(groups.get(paths[i][split]) ?? []), e]));
  if (!sameRole(groups, split)) return [{ entrypoints }];
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, eps]) => ({ name, entrypoints: eps }));
}

/** Whether every folder holds a root at the same path below it, the folder's own name read as a placeholder. */
function sameRole(groups: ReadonlyMap<string, RuntimeModel['entrypoints']>, split: number): boolean {
  const shapes = [...groups].map(([name, eps]) => new Set(eps.map((e) => e.file.split('/').slice(split + 1).join('/').split(name).join('\u0000'))));
  return [...shapes[0]].some((shape) => shapes.every((s) => s.has(shape)));
}

/**
 * Findings of all clusters as one list: what every cluster reports is reported once
 * without a cluster; the rest once per cluster, tagged. A repository-wide rule (app
 * directories, bootstrap files) only holds when it holds in every cluster.
 */
export function mergeClusterFindings(perCluster: { name?: string; findings: Finding[] }[], repositoryWide: ReadonlySet<string>): Finding[] {
  if (perCluster.length === 1) return perCluster[0].findings;
  const byKey = new Map<string, { finding: Finding; clusters: string[] }>();
  for (const { name, findings } of perCluster) {
    for (const f of findings) {
      const key = [f.ruleId, f.file, f.line, f.column, f.message].join('\u0000');
      const entry = byKey.get(key) ?? { finding: f, clusters: [] };
      entry.clusters.push(name!);
      byKey.set(key, entry);
    }
  }
  const out: Finding[] = [];
  for (const { finding, clusters } of byKey.values()) {
    if (clusters.length === perCluster.length) out.push(finding);
    else if (!repositoryWide.has(finding.ruleId)) for (const cluster of clusters) out.push({ ...finding, cluster });
  }
  return out;
}
