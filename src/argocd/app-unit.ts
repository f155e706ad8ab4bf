// An "app unit" is the directory that stands for one app, whatever overlay of it
// is deployed: `apps/net/metallb/overlays/prod` and `apps/net/metallb/base`
// both belong to `apps/net/metallb` (Kustomize's own base/overlays vocabulary).

export const VARIANT_DIRS: ReadonlySet<string> = new Set(['overlays', 'overlay', 'envs', 'environments', 'variants']);

export function appUnitOf(path: string): string {
  const segs = path.split('/').filter(Boolean);
  if (segs.length >= 2 && VARIANT_DIRS.has(segs[segs.length - 2])) segs.splice(-2);
  else if (segs.length >= 1 && (segs[segs.length - 1] === 'base' || VARIANT_DIRS.has(segs[segs.length - 1]))) segs.pop();
  return segs.join('/');
}


/** Folder names that say archive, example or documentation (generic English words): what is below is not deployed. */
const SET_ASIDE = new Set(['docs', 'doc', 'documentation', 'guides', 'guide', 'examples', 'example', 'samples', 'sample', 'archive', 'archived', 'deprecated', 'old']);

/** A path under a hidden, archive, example or documentation folder. */
export const isSetAside = (path: string): boolean => path.split('/').some((s) => s.startsWith('.') || SET_ASIDE.has(s.toLowerCase()));
