// Where the caches live by default: the user's cache folder, never the linted tree.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultCacheDir(): string {
  return process.env.DETECTVIZ_LINT_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'detectviz-lint');
}
