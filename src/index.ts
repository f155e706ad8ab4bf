// The library's public entry: lint() and the types of its result (src/result.ts).
// The CLI and the Action use only this module.
import { LintInputError } from './errors.js';
import { suppressionDiagnostics } from './engine/suppress.js';
import { runLint, type LintOptions, type RunInputs } from './lint-run.js';
import type { LintResult, RuleInfo } from './result.js';
import { VERSION } from './version.js';
import { rules } from '../rules/index.js';

export type * from './result.js';
export type { LintOptions, RunInputs };
export { LintInputError, VERSION };
export { formatters, type FormatName, type Formatter, type FormatContext } from './format/index.js';
export { escapeData } from './format/github.js';
export { CONFIG_NAMES, ConfigError } from './config/load.js';
export { defaultCacheDir } from './cache/cache-dir.js';
export { applyBaseline, createBaseline, parseBaseline } from './engine/baseline.js';
/** One safe way to open a file (regular, under a size cap) and to create one (never through a symlink). */
export { readRegularFile, writeRegularFile } from './parse/safe-file.js';
export { ruleIds } from '../rules/index.js';

/** The effective configuration as commented YAML (`--print-config`, `init`); loaded on demand, a lint never needs it. */
export async function describeConfig(...args: Parameters<typeof import('./config/describe.js').describeConfig>): Promise<string> {
  return (await import('./config/describe.js')).describeConfig(...args);
}

const info = ({ id, severity, description, rationale, category }: RuleInfo): RuleInfo => ({ id, severity, description, rationale, ...(category ? { category } : {}) });

/** Every rule in catalog order, and the diagnostics that are not rules: what formatters describe (FormatContext without the colour). */
export const ruleCatalog: { rules: readonly RuleInfo[]; diagnostics: readonly RuleInfo[] } = {
  rules: rules.map(info),
  diagnostics: suppressionDiagnostics.map(info),
};

/** Lints the repository at `root`: findings, the layer table, what was detected. */
export async function lint(root: string, options: LintOptions = {}): Promise<LintResult> {
  return (await runLint(root, options)).result;
}

/**
 * lint(), with what the result depended on when a cache was given and that is at most `upTo`
 * paths (undefined for a tree with symlinks, whose listing no stamp vouches for): the command
 * line replays unchanged runs from it.
 */
export async function lintWithInputs(root: string, options: LintOptions, upTo: number): Promise<{ result: LintResult; inputs?: RunInputs }> {
  const { result, inputs } = await runLint(root, options, upTo);
  return { result, inputs };
}
