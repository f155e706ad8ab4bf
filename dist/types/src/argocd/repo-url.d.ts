/** `git@host:org/repo.git`, `ssh://git@host/org/repo`, `https://host/org/repo/` → `host/org/repo`. */
export declare function normalizeRepoURL(url: string): string;
