// App directories and whether a reachable Application deploys them (for
// app-not-in-appset). The apps roots are configured or inferred from the
// directories the ApplicationSets already deploy: their siblings follow the same
// convention, and so do the siblings of their group when several groups exist.
import { appUnitOf } from '../argocd/app-unit.js';
import { kustomizationIn } from '../argocd/render.js';
import { dirOf, isUnder } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import type { Loc, RuntimeModel } from '../types.js';

export interface AppUnit {
  dir: string;
  at: Loc;
  covered: boolean;
}

const MANIFEST = /\.(ya?ml|json)$/;

/** The proper ancestors of a repository path (`a/b/c` → `a/b`, `a`; the root `` included when deployed at the root counts). */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let d = dirOf(path); d !== ''; d = dirOf(d)) out.push(d);
  if (path !== '') out.push('');
  return out;
}

function deployableAt(sources: SourceSet, dir: string): string | undefined {
  const direct = kustomizationIn(sources, dir) ?? sources.filesIn(dir).find((f) => f.endsWith('Chart.yaml'));
  if (direct) return direct;
  for (const sub of sources.dirsIn(dir)) {
    const k = kustomizationIn(sources, sub) ?? sources.dirsIn(sub).map((d) => kustomizationIn(sources, d)).find(Boolean);
    if (k) return k;
  }
  // Plain manifests: YAML that declares Kubernetes objects (not generator parameters or values).
  return sources.filesIn(dir).find((f) => MANIFEST.test(f) && /^apiVersion:/m.test(sources.text(f) ?? '') && /^kind:/m.test(sources.text(f) ?? ''));
}

/** App directories, and the apps roots they were looked for in (configured or inferred). */
export function findAppUnits(
  sources: SourceSet,
  runtime: Pick<RuntimeModel, 'pathRefs' | 'applications'>,
  appsRoots: readonly string[] | undefined,
): { units: AppUnit[]; roots: string[] } {
  const roots = new Set<string>(appsRoots ?? []);
  const deployed = runtime.pathRefs.filter((p) => p.status === 'ok' && p.kind !== 'kustomize-resource').map((p) => p.path);
  const generated = new Set(runtime.applications.filter((a) => a.appset).flatMap((a) => a.sources.filter((s) => s.local && s.path).map((s) => appUnitOf(s.path!))));
  const groups = new Set<string>();
  if (appsRoots && appsRoots.length > 0) {
    for (const root of appsRoots) {
      const depth = [...generated].filter((u) => isUnder(u, root) && u !== root).reduce((d, u) => Math.max(d, u.slice(root.length + 1).split('/').length), 1);
      let level = [root];
      for (let i = 1; i < depth; i++) level = level.flatMap((d) => sources.dirsIn(d));
      for (const g of level) groups.add(g);
    }
  } else {
    const parents = new Set([...generated].map(dirOf));
    for (const p of parents) groups.add(p);
    const byGrand = new Map<string, number>();
    for (const p of parents) if (p) byGrand.set(dirOf(p), (byGrand.get(dirOf(p)) ?? 0) + 1);
    for (const [grand, n] of byGrand) if (n >= 2) {
      roots.add(grand);
      for (const g of sources.dirsIn(grand)) groups.add(g);
    }
    for (const p of parents) if (![...roots].some((r) => isUnder(p, r))) roots.add(p);
  }
  // Ancestor sets answer "is something deployed below or above this directory?" in constant time.
  const aboveGenerated = new Set([...generated].flatMap((u) => ancestors(u)));
  const deployedSet = new Set(deployed);
  const aboveDeployed = new Set(deployed.flatMap((p) => ancestors(p)));
  const units: AppUnit[] = [];
  for (const group of [...groups].sort()) {
    for (const dir of sources.dirsIn(group)) {
      if (dir.split('/').some((s) => s.startsWith('.'))) continue;
      // A directory above deployed apps is a grouping, not an app.
      if (aboveGenerated.has(dir)) continue;
      const file = deployableAt(sources, dir);
      if (!file) continue;
      const covered = deployedSet.has(dir) || aboveDeployed.has(dir) || ancestors(dir).some((a) => deployedSet.has(a));
      units.push({ dir, at: { file, line: 1, column: 1 }, covered });
    }
  }
  return { units, roots: [...roots].sort() };
}
