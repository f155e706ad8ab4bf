// App directories and whether a reachable Application deploys them (for
// app-not-in-appset). The apps roots are configured or inferred from the
// directories the generated and child Applications already deploy: their siblings
// follow the same convention, and so do the siblings of their group when several
// groups exist. A folder is an app by its own contents (or its base/overlays); a
// folder of apps is a group, never an app; archive, example and documentation
// folders hold no apps.
import { appUnitOf, isSetAside, VARIANT_DIRS } from '../argocd/app-unit.js';
import { kustomizationIn } from '../argocd/render.js';
import { dirOf, isUnder } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import type { Loc, RuntimeModel } from '../types.js';
import { defineFact } from '../parse/facts.js';

export interface AppUnit {
  dir: string;
  at: Loc;
  covered: boolean;
}

const MANIFEST = /\.(ya?ml|json)$/;
const TOP_LEVEL_OBJECT = defineFact('top-level-object', (text) => /^apiVersion:/m.test(text) && /^kind:/m.test(text));

/** The proper ancestors of a repository path (`a/b/c` → `a/b`, `a`; the root `` included when deployed at the root counts). */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let d = dirOf(path); d !== ''; d = dirOf(d)) out.push(d);
  if (path !== '') out.push('');
  return out;
}

/** What makes the folder itself deployable: a kustomization, a chart, or plain manifests (YAML declaring objects, not values). */
function ownDeployable(sources: SourceSet, dir: string): string | undefined {
  return (
    kustomizationIn(sources, dir) ??
    sources.filesIn(dir).find((f) => f.endsWith('Chart.yaml')) ??
    sources.filesIn(dir).find((f) => MANIFEST.test(f) && sources.fact(f, TOP_LEVEL_OBJECT))
  );
}

/** The file that makes `dir` an app: its own contents, else its base or overlays (`overlays/<env>`). */
function deployableAt(sources: SourceSet, dir: string): string | undefined {
  const own = ownDeployable(sources, dir);
  if (own) return own;
  for (const sub of sources.dirsIn(dir)) {
    const name = sub.slice(sub.lastIndexOf('/') + 1);
    if (name === 'base') {
      const k = kustomizationIn(sources, sub);
      if (k) return k;
    } else if (VARIANT_DIRS.has(name)) {
      const k = kustomizationIn(sources, sub) ?? sources.dirsIn(sub).map((d) => kustomizationIn(sources, d)).find(Boolean);
      if (k) return k;
    }
  }
  return undefined;
}

/** A folder whose children are apps (and which deploys nothing itself) groups them. */
const isGroup = (sources: SourceSet, dir: string): boolean => !ownDeployable(sources, dir) && sources.dirsIn(dir).some((child) => !isSetAside(child) && deployableAt(sources, child) !== undefined && !VARIANT_DIRS.has(child.slice(child.lastIndexOf('/') + 1)) && !child.endsWith('/base'));

/** App directories, and the apps roots they were looked for in (configured or inferred). */
export function findAppUnits(
  sources: SourceSet,
  runtime: Pick<RuntimeModel, 'pathRefs' | 'applications'>,
  appsRoots: readonly string[] | undefined,
): { units: AppUnit[]; roots: string[] } {
  const roots = new Set<string>(appsRoots ?? []);
  const deployed = runtime.pathRefs.filter((p) => p.status === 'ok' && p.kind !== 'kustomize-resource').map((p) => p.path);
  // The convention: the apps the repository's generated and child Applications deploy (roots deploy the Argo CD configuration).
  const generated = new Set(runtime.applications.filter((a) => a.appset || a.parent).flatMap((a) => a.sources.filter((s) => s.local && s.path).map((s) => appUnitOf(s.path!))));
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
    // A folder of apps at the apps' depth groups them: its children are the apps (a few levels at most).
    const candidates = sources.dirsIn(group).map((dir) => ({ dir, depth: 0 }));
    for (let next = candidates.shift(); next; next = candidates.shift()) {
      const { dir, depth } = next;
      if (isSetAside(dir)) continue;
      // A directory above deployed apps is a grouping, not an app.
      if (aboveGenerated.has(dir)) continue;
      if (isGroup(sources, dir)) {
        if (depth < 2) candidates.push(...sources.dirsIn(dir).map((d) => ({ dir: d, depth: depth + 1 })));
        continue;
      }
      const file = deployableAt(sources, dir);
      if (!file) continue;
      const covered = deployedSet.has(dir) || aboveDeployed.has(dir) || ancestors(dir).some((a) => deployedSet.has(a));
      units.push({ dir, at: { file, line: 1, column: 1 }, covered });
    }
  }
  return { units, roots: [...roots].sort() };
}
