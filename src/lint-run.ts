// A run: configuration → discovery → the run cache → the analysis (src/analyse.ts:
// bootstrap + runtime models → graph → classify → rules), which is loaded only when
// the cache has no answer, and then takes what unchanged files contributed from the
// per-file cache. The library's public entry (src/index.ts) returns its result.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, findConfig, loadConfig, type Config } from './config/load.js';
import { discover } from './discover/discover.js';
import { LintInputError } from './errors.js';
import { compareReads, hashText, listingOf, openEntry, resultOf, slotFileName, writeCached, type Listing, type Read } from './cache/run-cache.js';
import { readUnitRecords, writeUnitRecords } from './cache/unit-records.js';
import { FileMemo } from './cache/file-memo.js';
import { racy, statStamp } from './cache/stamp.js';
import { readHashOf } from './parse/content-hash.js';
import type { DeploymentGraph } from './graph/graph.js';
import type { LintResult } from './result.js';
import { severityResolver } from './engine/severity.js';
import { readOnce, readSource, type SourceRead } from './parse/read-source.js';
import { isWithin, realPathOf } from './parse/safe-file.js';
import { ruleIds } from '../rules/index.js';
import type { SeverityOrOff } from './types.js';
import { VERSION } from './version.js';

export interface LintOptions {
  /** Configuration file; default: .detectviz-lint.yaml at the root. `false`: none. */
  configFile?: string | false;
  /** Severity overrides from the command line (win over the configuration). */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** Reuse and store results in this folder (never inside the linted tree): the last report, and what each file contributed (re-read only when changed). */
  cacheDir?: string;
}

/**
 * The result, and (when the analysis ran, not the cache) the deployment graph of each cluster and the message id
 * of each finding (in the order of result.findings), for tests and tools inside this package.
 */
export async function runLint(
  rootArg: string,
  options: LintOptions = {},
  inputsUpTo = 0,
): Promise<{ result: LintResult; graphs?: DeploymentGraph[]; messageIds?: string[]; inputs?: RunInputs; answer: 'cache' | 'cutoff' | 'analysis' }> {
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
  const config = configFile ? await loadConfig(configFile, ruleIds, process.cwd(), root, options.configFile ? undefined : root) : defaultConfig();
  const severityOf = await severityResolver(config, options.ruleOverrides ?? {});

  if (options.cacheDir && isWithin(realPathOf(root), realPathOf(resolve(options.cacheDir)))) {
    throw new LintInputError(`${options.cacheDir}: the cache folder is inside the linted tree, where detectviz-lint never writes; use --cache-location (or DETECTVIZ_LINT_CACHE_DIR) with a folder outside it, or --no-cache`);
  }
  const startedMs = Date.now();
  // Each file and directory is stat'ed once per run, by whichever cache asks first.
  const stamps = new Map<string, string>();
  const base = root.endsWith('/') ? root : `${root}/`;
  const stampOf = (f: string): string => stamps.get(f) ?? stamps.set(f, statStamp(base + f)).get(f)!;
  const cacheSlot = JSON.stringify([root, configFile ?? null, options.ruleOverrides ?? {}]);
  const entry = options.cacheDir ? openEntry(options.cacheDir, cacheSlot) : undefined;
  // The code that computes results, facts and listings: a cache of other code is of no use.
  const code = options.cacheDir ? codeStamp() : undefined;
  // No directory changed: the last run's listing stands, and the walk is skipped (no entry without a cache).
  const listingScope = options.cacheDir ? JSON.stringify([code, config.ignore]) : '';
  const discovery = listingOf(entry, listingScope, stampOf) ?? (await discover(root, config.ignore));
  const { files, escapes, unlisted } = discovery;
  // What the cache check reads, the analysis reuses: each file is read once.
  const reads = new Map<string, SourceRead>();
  const contentHash = (f: string): string => {
    const text = readOnce(reads, root, f);
    return readHashOf(text === undefined ? reads.get(f)! : { text });
  };
  const cacheKey = options.cacheDir ? runKey(code, root, config, options, files, [escapes, unlisted]) : undefined;
  // Asked for, with a cache, for at most `inputsUpTo` paths, and a listing its directories' stamps vouch for (see Discovery.symlinks).
  // `consulted`: each file the result depends on, with the hash of the content it was computed from (when known).
  const inputsOf = (count: number, consulted: () => Iterable<[string, string | undefined]>): RunInputs | undefined => {
    if (!options.cacheDir || discovery.symlinks || discovery.dirs.length + count > inputsUpTo) return undefined;
    const stamps: RunInputs['stamps'] = discovery.dirs.map((d) => [d, stampOf(d)]);
    for (const [f, hash] of consulted()) {
      const stamp = stampOf(f);
      if (!racy(stamp, startedMs)) {
        stamps.push([f, stamp]);
        continue;
      }
      // A stamp that cannot vouch comes with what the result was computed from: the read the run
      // kept, else the file read again when it hashes as the run's read did (else nothing: no replay).
      const kept = reads.get(f);
      const again = kept ?? readSource(root, f);
      stamps.push(kept !== undefined || (hash !== undefined && readHashOf(again) === hash) ? [f, stamp, again] : [f, stamp]);
    }
    if (configFile) stamps.push([resolve(configFile), statStamp(resolve(configFile))]);
    return { startedMs, root, stamps };
  };
  // What changed among the files the last result depends on: nothing, and that result stands.
  const diff = cacheKey ? compareReads(entry, cacheKey, files, stampOf, contentHash) : undefined;
  const readsNow = (): [string, string][] => diff!.reads.map(([f, hash]) => [f, hash]);
  const cached = diff?.changed.length === 0 ? resultOf<LintResult>(entry!) : undefined;
  if (cached) return { result: cached, inputs: inputsOf(diff!.reads.length, readsNow), answer: 'cache' };
  // Missed: the files whose content is unchanged give their facts from the per-file cache.
  const factsDir = options.cacheDir && join(options.cacheDir, `${hashText(root).slice(0, 40)}.facts`);
  const store = factsDir ? new FileMemo(factsDir, hashText(JSON.stringify([code, root])), startedMs, stampOf) : undefined;
  // Stamped after the walk: a directory changed since the run started is racy, so never trusted.
  const listingNow = (): Listing | undefined => (discovery.symlinks ? undefined : { scope: listingScope, files, escapes, unlisted, dirs: discovery.dirs.map((d) => [d, stampOf(d)]) });
  if (options.cacheDir && cacheKey && store) {
    // A few files changed: the last result stands when what the analysis takes from them is the same (src/early-cutoff.ts).
    const records = diff && entry?.run && diff.changed.length <= MAX_CUTOFF_FILES && readUnitRecords(options.cacheDir, slotFileName(cacheSlot), entry.run, files.length);
    if (records) {
      const { lastResultStands } = await import('./early-cutoff.js');
      const result = lastResultStands(root, config, files, reads, store, records, diff.changed) ? resultOf<LintResult>(entry!) : undefined;
      if (result) {
        store.save(files);
        writeCached(options.cacheDir, cacheSlot, cacheKey, startedMs, files, diff.reads, undefined, listingNow(), entry);
        return { result, inputs: inputsOf(diff.reads.length, readsNow), answer: 'cutoff' };
      }
    }
  }
  const { analyse } = await import('./analyse.js');
  const { result, graphs, messageIds, consulted, units } = analyse(root, config, configFile, files, reads, escapes, unlisted, severityOf, store);
  store?.save(files);
  if (options.cacheDir && cacheKey) {
    // Every file whose content the result depends on, read or answered by the per-file cache.
    const entries = [...consulted].sort().map((f): Read => {
      const known = store?.known(f);
      return known ? [f, known.hash, known.stamp] : [f, contentHash(f), stampOf(f)];
    });
    const run = writeCached(options.cacheDir, cacheSlot, cacheKey, startedMs, files, entries, result, listingNow());
    if (units && run) writeUnitRecords(options.cacheDir, slotFileName(cacheSlot), run, units);
  }
  return { result, graphs, messageIds, inputs: inputsOf(consulted.size, () => [...consulted].map((f) => [f, store?.known(f)?.hash])), answer: 'analysis' };
}

/**
 * What a run's result depended on, with the stat stamps this run saw: the directories it listed,
 * the files it consulted (paths relative to the root) and its configuration file (absolute).
 * The command line replays the run's output while they all hold (src/cli/replay.ts).
 */
export interface RunInputs {
  startedMs: number;
  root: string;
  /** With what the run read of each file whose stamp is racy for this run (its text, or why it could not be read). */
  stamps: [path: string, stamp: string, seen?: SourceRead][];
}

/** Past this many changed files, a full analysis (the early cutoff compares what each gives). */
const MAX_CUTOFF_FILES = 64;

/** What a run's result depends on besides file contents: the code, the configuration, the file list. */
function runKey(code: unknown, root: string, config: Config, options: LintOptions, files: readonly string[], escapes: unknown): string {
  return hashText(JSON.stringify([code, root, config, options.ruleOverrides ?? {}, files, escapes]));
}

/** The code that computes results and facts: a rebuild changes this file (the names of the chunks it loads carry their content hash). */
function codeStamp(): unknown[] {
  const code = statSync(fileURLToPath(import.meta.url));
  return [VERSION, code.mtimeMs, code.size];
}
