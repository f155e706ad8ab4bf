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

