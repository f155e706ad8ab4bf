// A run: configuration → discovery → the run cache → the analysis (src/analyse.ts:
// bootstrap + runtime models → graph → classify → rules), which is loaded only when
// the cache has no answer. The library's public entry (src/index.ts) returns its result.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, findConfig, loadConfig, type Config } from './config/load.js';
import { discover } from './discover/discover.js';
import { LintInputError } from './errors.js';
import { hashText, readCached, writeCached, type Read } from './cache/run-cache.js';
import type { DeploymentGraph } from './graph/graph.js';
import type { LintResult } from './result.js';
import { severityResolver } from './engine/severity.js';
import { readOnce, type SourceRead } from './parse/read-source.js';
import { ruleIds } from '../rules/index.js';
import type { SeverityOrOff } from './types.js';
import { VERSION } from './version.js';

export interface LintOptions {
  /** Configuration file; default: .detectviz-lint.yaml at the root. `false`: none. */
  configFile?: string | false;
  /** Severity overrides from the command line (win over the configuration). */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** Reuse and store whole-run results in this folder (never inside the linted tree). */
  cacheDir?: string;
}

/** The result, and (when the analysis ran, not the cache) the deployment graph of each cluster, for tests and tools inside this package. */
export async function runLint(rootArg: string, options: LintOptions = {}): Promise<{ result: LintResult; graphs?: DeploymentGraph[] }> {
  const root = resolve(rootArg);
  let stat;
  try {
    stat = statSync(root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LintInputError(code === 'ENOENT' || code === 'ENOTDIR' ? `${rootArg}: no such directory` : `${rootArg}: cannot be read (${code ?? (err as Error).message})`);
  }
  if (!stat.isDirectory()) throw new LintInputError(`${rootArg}: not a directory (detectviz-lint lints a repository root)`);

  const configFile = options.configFile === false ? undefined : findConfig(root, options.configFile);
  const config = configFile ? await loadConfig(configFile, ruleIds) : defaultConfig();
  const severityOf = await severityResolver(config, options.ruleOverrides ?? {});

  const { files, escapes } = await discover(root, config.ignore);
  // What the cache check reads, the analysis reuses: each file is read once.
  const reads = new Map<string, SourceRead>();
  const textOf = (f: string): string | undefined => readOnce(reads, root, f);
  const contentHash = (f: string): string => hashText(textOf(f) ?? '\u0000unreadable');
  const cacheKey = options.cacheDir ? runKey(root, config, options, files, escapes) : undefined;
  const cacheSlot = JSON.stringify([root, configFile ?? null, options.ruleOverrides ?? {}]);
  if (options.cacheDir && cacheKey) {
    const cached = readCached<LintResult>(options.cacheDir, cacheSlot, cacheKey, root, contentHash);
    if (cached) return { result: cached };
  }
  const { analyse } = await import('./analyse.js');
  const { result, graphs } = analyse(root, config, configFile, files, reads, escapes, severityOf);
  if (options.cacheDir && cacheKey) {
    const read = [...reads.keys()].filter((f) => textOf(f) !== undefined).sort();
    const entries = read.flatMap((f): Read[] => {
      const st = statSync(join(root, f), { throwIfNoEntry: false });
      return st ? [[f, contentHash(f), st.size, st.mtimeMs]] : [];
    });
    writeCached(options.cacheDir, cacheSlot, cacheKey, entries, result);
  }
  return { result, graphs };
}

/** What a run's result depends on besides file contents: the code (a rebuild changes this file: the names of the chunks it loads carry their content hash), the configuration, the file list. */
function runKey(root: string, config: Config, options: LintOptions, files: readonly string[], escapes: unknown): string {
  const code = statSync(fileURLToPath(import.meta.url));
  return hashText(JSON.stringify([VERSION, code.mtimeMs, code.size, root, config, options.ruleOverrides ?? {}, files, escapes]));
}
