// Which repoURLs mean this repository (semantics 1.1): the configured ones, else
// inferred from the sources whose paths exist here. A repoURL built from parameters
// without a value is never inferred local.
import { joinInRepo } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import { normalizeRepoURL } from './repo-url.js';
import { isTemplated } from './templated-text.js';

export class LocalRepos {
  private readonly local: Set<string>;
  private readonly inferring: boolean;

  constructor(
    private readonly sources: SourceSet,
    configured: readonly string[],
  ) {
    this.local = new Set(configured.map(normalizeRepoURL));
    this.inferring = configured.length === 0;
  }

  /** Known to mean this repository (configured, or inferred so far). */
  has(url: string): boolean {
    return this.local.has(normalizeRepoURL(url));
  }

  /** True when `url` means this repository; while inferring, a `path` that exists here makes it so. */
  isLocal(url: string, path?: string): boolean {
    if (this.has(url)) return true;
    if (!this.inferring || path === undefined || isTemplated(path) || isTemplated(url)) return false;
    const p = cleanPath(path);
    if (p === undefined || !(this.sources.hasDir(p) || this.sources.hasFile(p))) return false;
    this.local.add(normalizeRepoURL(url));
    return true;
  }

  list(): string[] {
    return [...this.local].sort();
  }
}

/** `./a/b/` → `a/b`; `.` or `` → root; undefined when it leaves the repository. */
export function cleanPath(path: string): string | undefined {
  return joinInRepo('', path.trim() === '' ? '.' : path.trim());
}
