// "Is this repoURL this repository?" Both sides are normalised as Argo CD users write them.

/** `git@host:org/repo.git`, `ssh://git@host/org/repo`, `https://host/org/repo/` → `host/org/repo`. */
export function normalizeRepoURL(url: string): string {
  let u = url.trim().replace(/^git::/, '');
  u = u.replace(/^[a-z+]+:\/\//i, '');
  u = u.replace(/^[^@/]+@/, '');
  const scp = /^([^/:]+):(?!\d+\/)(.*)$/.exec(u);
  if (scp) u = `${scp[1]}/${scp[2]}`;
  u = u.replace(/^([^/]+):\d+\//, '$1/');
  u = u.replace(/\/+$/, '').replace(/\.git$/, '');
  const slash = u.indexOf('/');
  return slash < 0 ? u.toLowerCase() : u.slice(0, slash).toLowerCase() + u.slice(slash);
}
