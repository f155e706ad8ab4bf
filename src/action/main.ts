// The GitHub Action (action.yml, bundled into action/index.mjs): reads its inputs the way
// the runner passes them (INPUT_<NAME> variables), runs lint() in process, prints one
// annotation per finding, appends the markdown report to $GITHUB_STEP_SUMMARY, writes
// SARIF when asked and its outputs to $GITHUB_OUTPUT. No @actions/core: the runner's
// file and stdout protocols are a few lines each, the annotations are the `-f github`
// formatter's (the same bytes as the CLI's), and the toolkit would bring an HTTP client the
// bundle never needs.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { Chalk } from 'chalk';
import { appendFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import {
  defaultCacheDir,
  escapeData,
  formatters,
  lint,
  ruleCatalog,
  type LintResult,
  type SeverityOrOff,
} from '../index.js';
import { withoutBaselined } from '../outcome/baseline-file.js';
import { parseRuleOverrides } from '../outcome/rule-overrides.js';
import { decideOutcome, describeFailure, UsageError } from '../outcome/policy.js';
import { findScope, holdsNothingToCheck, restrictTo } from '../outcome/scope.js';
import { annotationLimitNote, capSummary, STEP_SUMMARY_LIMIT } from './limits.js';

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
  /** Absolute path of the baseline file: only findings not recorded there are reported. */
  baselineFile?: string;
  /** -1: unlimited. */
  maxWarnings: number;
  failOn: FailOn;
  /** From the `args` input. */
  ruleOverrides: Record<string, SeverityOrOff>;
  quiet: boolean;
  cache: boolean;
}

/** The command-line options the `args` input accepts: severities, --quiet and --no-cache. */
export function parseArgs(text: string): Pick<ActionInputs, 'ruleOverrides' | 'quiet' | 'cache'> {
  const words = text.split(/\s+/).filter(Boolean);
  const rules: string[] = [];
  let quiet = false;
  let cache = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--quiet') quiet = true;
    else if (word === '--no-cache') cache = false;
    else if (word === '--rule' && i + 1 < words.length) rules.push(words[++i]);
    else if (word.startsWith('--rule=')) rules.push(word.slice('--rule='.length));
    else throw new UsageError(`input args: "${word}" is not supported; use --rule <id>=<severity>, --quiet or --no-cache (the other options are inputs)`);
  }
  const ruleOverrides = parseRuleOverrides(rules);
  if (typeof ruleOverrides === 'string') throw new UsageError(`input args: ${ruleOverrides}`);
  return { ruleOverrides, quiet, cache };
}

export function readInputs(env: Env, cwd: string): ActionInputs {
  const workspace = resolve(cwd, env.GITHUB_WORKSPACE || '.');
  const inWorkspace = (p: string): string => resolve(workspace, p);
  const maxText = getInput(env, 'max-warnings') ?? '-1';
  if (!/^-?\d+$/.test(maxText) || Number(maxText) < -1) {
    throw new UsageError(`input max-warnings: expected a non-negative integer or -1 (unlimited), got "${maxText}"`);
  }
  const failOn = getInput(env, 'fail-on') ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`input fail-on: expected error, warning or never, got "${failOn}"`);
  }
  const config = getInput(env, 'config');
  const sarif = getInput(env, 'sarif-file');
  const baseline = getInput(env, 'baseline');
  return {
    workspace,
    root: inWorkspace(getInput(env, 'path') ?? '.'),
    ...(config ? { configFile: inWorkspace(config) } : {}),
    ...(sarif ? { sarifFile: inWorkspace(sarif) } : {}),
    ...(baseline ? { baselineFile: inWorkspace(baseline) } : {}),
    maxWarnings: Number(maxText),
    failOn,
    ...parseArgs(getInput(env, 'args') ?? ''),
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

function writeTo(what: string, path: string, text: string, append: boolean): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (append) appendFileSync(path, text);
    else writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`${what} ${path}: cannot write it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Only the findings the baseline does not record; the counts follow. */
function baselined(result: LintResult, baselineFile: string, out: (s: string) => void): LintResult {
  const applied = withoutBaselined(result.findings, baselineFile);
  if ('error' in applied) throw new UsageError(`input baseline ${baselineFile}: ${applied.error}`);
  out(`detectviz-lint: baseline: ${applied.note}\n`);
  return { ...result, findings: applied.findings };
}

export async function run(env: Env = process.env, cwd = process.cwd(), out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const inputs = readInputs(env, cwd);
  // As the CLI: the repository holding the path is linted, the findings under it reported.
  const scope = findScope(inputs.root);
  const whole = await lint(scope.root, { configFile: inputs.configFile, ruleOverrides: inputs.ruleOverrides, cacheDir: inputs.cache ? defaultCacheDir() : undefined });
  if (holdsNothingToCheck(whole)) {
    throw new UsageError(`${whole.root}: no Ansible playbook or role, and no Argo CD Application or ApplicationSet that an entry point deploys; nothing to check (check the path input)`);
  }
  const scoped = restrictTo(whole, scope.under);
  const counted = inputs.baselineFile ? baselined(scoped, inputs.baselineFile, out) : scoped;
  const maxWarnings = inputs.maxWarnings >= 0 ? inputs.maxWarnings : undefined;
  const { shown: result, exitCode, reasons } = decideOutcome(counted, { quiet: inputs.quiet, maxWarnings, failOn: inputs.failOn, maxWarningsName: 'max-warnings' });
  const ctx = { color: new Chalk({ level: 0 }), ...ruleCatalog };
  const located = relativeToWorkspace(result, inputs.workspace);

  out(formatters.github(located, ctx));
  const { errors, warnings, infos } = result.summary;
  const shown = relative(inputs.workspace, result.root).split(sep).join('/') || '.';
  out(`detectviz-lint: ${shown}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info\n`);

  if (env.GITHUB_STEP_SUMMARY) {
    const room = STEP_SUMMARY_LIMIT - (statSync(env.GITHUB_STEP_SUMMARY, { throwIfNoEntry: false })?.size ?? 0);
    const pointer = 'The annotations and the sarif-file input have every finding; `detectviz-lint -f markdown` prints the whole report.';
    const report = (annotationLimitNote(result) ?? '') + formatters.markdown(result, ctx) + '\n';
    writeTo('GITHUB_STEP_SUMMARY', env.GITHUB_STEP_SUMMARY, capSummary(report, Math.max(0, room), pointer), true);
  }
  if (inputs.sarifFile) writeTo('input sarif-file', inputs.sarifFile, formatters.sarif(located, ctx), false);
  if (env.GITHUB_OUTPUT) {
    const sarifOut = inputs.sarifFile ? relative(inputs.workspace, inputs.sarifFile).split(sep).join('/') : '';
    const lines = [`errors=${errors}`, `warnings=${warnings}`, `infos=${infos}`, `sarif-file=${sarifOut}`];
    writeTo('GITHUB_OUTPUT', env.GITHUB_OUTPUT, lines.join('\n') + '\n', true);
  }

  for (const reason of reasons) out(`::error::${escapeData(`detectviz-lint: ${reason}`)}\n`);
  return exitCode;
}

/** A failure of the tool itself as one `::error::` line (the stack trace only when debugging). */
export function reportFailure(err: unknown, env: Env, out: (s: string) => void): 2 {
  const failure = describeFailure(err, { enabled: env.RUNNER_DEBUG === '1' || Boolean(env.DEBUG), hint: 'enable step debug logging to see the stack trace' });
  out(`::error::${escapeData(failure.lines.join('\n'))}\n`);
  if (failure.stack !== undefined) process.stderr.write(`${failure.stack}\n`);
  return failure.exitCode;
}

const write = (s: string): void => {
  process.stdout.write(s);
};

run(process.env, process.cwd(), write).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = reportFailure(err, process.env, write);
  },
);
