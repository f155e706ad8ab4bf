// The GitHub Action (action.yml, bundled into action/index.mjs): reads its inputs the way
// the runner passes them (INPUT_<NAME> variables), runs lint() in process, prints one
// annotation per finding, appends the markdown report to $GITHUB_STEP_SUMMARY, writes
// SARIF when asked and its outputs to $GITHUB_OUTPUT. No @actions/core: the runner's
// file and stdout protocols are a few lines each.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { Chalk } from 'chalk';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError, defaultCacheDir, escapeData, formatters, lint, LintInputError, ruleCatalog, type LintResult } from '../index.js';

/** A bad input or an unwritable file: exit code 2 with this message. */
export class ActionInputError extends Error {}

type Env = Record<string, string | undefined>;
type FailOn = 'error' | 'warning' | 'never';

/** The runner's name for an input: INPUT_ + upper case, spaces to `_`, hyphens kept. */
const inputVar = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** An input's value, trimmed; undefined when absent or empty. */
export function getInput(env: Env, name: string): string | undefined {
  const value = env[inputVar(name)]?.trim();
  return value ? value : undefined;
}

export interface ActionInputs {
  /** The workspace: GITHUB_WORKSPACE, else the working directory. */
  workspace: string;
  /** Absolute path to lint. */
  root: string;
  configFile?: string;
  /** Absolute path of the SARIF file to write. */
  sarifFile?: string;
  /** -1: unlimited. */
  maxWarnings: number;
  failOn: FailOn;
}

export function readInputs(env: Env, cwd: string): ActionInputs {
  const workspace = resolve(cwd, env.GITHUB_WORKSPACE || '.');
  const inWorkspace = (p: string): string => resolve(workspace, p);
  const maxText = getInput(env, 'max-warnings') ?? '-1';
  if (!/^-?\d+$/.test(maxText) || Number(maxText) < -1) {
    throw new ActionInputError(`input max-warnings: expected a non-negative integer or -1 (unlimited), got "${maxText}"`);
  }
  const failOn = getInput(env, 'fail-on') ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new ActionInputError(`input fail-on: expected error, warning or never, got "${failOn}"`);
  }
  const config = getInput(env, 'config');
  const sarif = getInput(env, 'sarif-file');
  return {
    workspace,
    root: inWorkspace(getInput(env, 'path') ?? '.'),
    ...(config ? { configFile: inWorkspace(config) } : {}),
    ...(sarif ? { sarifFile: inWorkspace(sarif) } : {}),
    maxWarnings: Number(maxText),
    failOn,
  };
}

/** The linted root relative to the workspace, POSIX, '' for the workspace itself or a path outside it. */
export function workspacePrefix(workspace: string, root: string): string {
  const rel = relative(workspace, root);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return '';
  return rel.split(sep).join('/');
}

/**
 * The result with finding paths relative to the workspace (the repository root), which is
 * what annotations and code scanning resolve paths against; the report itself is unchanged.
 */
export function relativeToWorkspace(result: LintResult, workspace: string): LintResult {
  const prefix = workspacePrefix(workspace, result.root);
  if (!prefix) return result;
  const at = (file: string): string => `${prefix}/${file}`;
  return {
    ...result,
    root: workspace,
    findings: result.findings.map((f) => ({ ...f, file: at(f.file), ...(f.related ? { related: f.related.map((r) => ({ ...r, file: at(r.file) })) } : {}) })),
  };
}

/** Whether the check fails: errors (or warnings, for fail-on warning), or more warnings than max-warnings. */
export function failureReason(summary: LintResult['summary'], inputs: Pick<ActionInputs, 'failOn' | 'maxWarnings'>): string | undefined {
  const { errors, warnings } = summary;
  if (inputs.failOn === 'never') return undefined;
  if (errors > 0) return undefined; // the error annotations say why
  if (inputs.failOn === 'warning' && warnings > 0) return `${warnings} warning(s) and fail-on is warning`;
  if (inputs.maxWarnings >= 0 && warnings > inputs.maxWarnings) return `${warnings} warning(s), more than max-warnings (${inputs.maxWarnings})`;
  return undefined;
}

function writeTo(what: string, path: string, text: string, append: boolean): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (append) appendFileSync(path, text);
    else writeFileSync(path, text);
  } catch (err) {
    throw new ActionInputError(`${what} ${path}: cannot write it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export async function run(env: Env = process.env, cwd = process.cwd(), out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const inputs = readInputs(env, cwd);
  const result = await lint(inputs.root, { configFile: inputs.configFile, cacheDir: defaultCacheDir() });
  const ctx = { color: new Chalk({ level: 0 }), ...ruleCatalog };
  const located = relativeToWorkspace(result, inputs.workspace);

  out(formatters.github(located, ctx));
  const { errors, warnings, infos } = result.summary;
  const shown = relative(inputs.workspace, result.root).split(sep).join('/') || '.';
  out(`detectviz-lint: ${shown}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info\n`);

  if (env.GITHUB_STEP_SUMMARY) writeTo('GITHUB_STEP_SUMMARY', env.GITHUB_STEP_SUMMARY, formatters.markdown(result, ctx) + '\n', true);
  if (inputs.sarifFile) writeTo('input sarif-file', inputs.sarifFile, formatters.sarif(located, ctx), false);
  if (env.GITHUB_OUTPUT) {
    const sarifOut = inputs.sarifFile ? relative(inputs.workspace, inputs.sarifFile).split(sep).join('/') : '';
    const lines = [`errors=${errors}`, `warnings=${warnings}`, `infos=${infos}`, `sarif-file=${sarifOut}`];
    writeTo('GITHUB_OUTPUT', env.GITHUB_OUTPUT, lines.join('\n') + '\n', true);
  }

  const reason = failureReason(result.summary, inputs);
  if (reason) out(`::error::${escapeData(`detectviz-lint: ${reason}`)}\n`);
  if (inputs.failOn === 'never') return 0;
  return errors > 0 || reason ? 1 : 0;
}

/** A failure of the tool itself as one `::error::` line (the stack trace only when debugging). */
export function reportFailure(err: unknown, env: Env, out: (s: string) => void): void {
  const debug = env.RUNNER_DEBUG === '1' || Boolean(env.DEBUG);
  if (err instanceof ConfigError || err instanceof ActionInputError || err instanceof LintInputError) {
    const lines = err instanceof ConfigError ? err.lines : [err.message];
    out(`::error::${escapeData(lines.map((l) => `detectviz-lint: ${l}`).join('\n'))}\n`);
    return;
  }
  const e = err as Error;
  out(`::error::${escapeData(`detectviz-lint: internal error: ${e?.message ?? String(err)}${debug ? '' : ' (enable step debug logging to see the stack trace)'}`)}\n`);
  if (debug) process.stderr.write(`${e?.stack ?? ''}\n`);
}

const write = (s: string): void => {
  process.stdout.write(s);
};

run(process.env, process.cwd(), write).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    reportFailure(err, process.env, write);
    process.exitCode = 2;
  },
);
