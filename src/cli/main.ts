// The command line: a thin shell over lint() and the formatters, and (with its entry,
// src/cli/entry.ts) the only code that touches process (arguments, output, exit code).
import { Chalk } from 'chalk';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import {
  CONFIG_NAMES,
  createBaseline,
  defaultCacheDir,
  describeConfig,
  formatters,
  lint,
  LintInputError,
  lintWithInputs,
  ruleCatalog,
  VERSION,
  writeRegularFile,
  type FormatName,
} from '../index.js';
import { withoutBaselined } from '../outcome/baseline-file.js';
import { decideOutcome, describeFailure, UsageError } from '../outcome/policy.js';
import { parseRuleOverrides } from '../outcome/rule-overrides.js';
import { findScope, holdsNothingToCheck, restrictTo } from '../outcome/scope.js';
import { MAX_REPLAY_PATHS, recordReplay, type ReplaySlot } from './replay.js';

/** `init`: the effective configuration, detected values commented with their origin, as a starting file. */
async function init(path: string | undefined): Promise<number> {
  // A path given names the root to configure (a repository inside a monorepo); without one,
  // the repository the working directory belongs to, as a run would find it.
  const root = resolve(path ?? findScope('.').root);
  const existing = CONFIG_NAMES.map((n) => join(root, n)).find((f) => existsSync(f));
  if (existing) throw new UsageError(`${existing}: a configuration already exists; not overwritten`);
  const result = await lint(root, { configFile: false });
  const target = join(root, CONFIG_NAMES[0]);
  const header = 'detectviz-lint configuration, written by `detectviz-lint init`: what was detected, with\n where it came from. Every key is optional; edit or delete what you do not need.';
  writeOut('init', target, await describeConfig(result.config, result.clusters.map((c) => c.detected), header), 'new');
  process.stdout.write(`wrote ${target}\n`);
  return 0;
}

/**
 * Writes a file the user asked for; a path that cannot be written is a usage error, not a crash.
 * What the tool creates in a repository (`init`, a baseline) is never written through a symlink.
 */
function writeOut(option: string, path: string, text: string, create?: 'new' | 'replace'): void {
  try {
    if (create) writeRegularFile(path, text, create);
    else writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`${option} ${path}: cannot write it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Where the cache lives: nowhere with --no-cache (which wins), else --cache-location (from the working directory), else the user's cache folder. */
function cacheDirOf(enabled: boolean, location: string | undefined): string | undefined {
  if (!enabled) return undefined;
  if (location === '') throw new UsageError('--cache-location: expected a folder');
  return location === undefined ? defaultCacheDir() : resolve(location);
}

function colorLevel(flag: boolean | undefined, toFile: boolean): 0 | 1 {
  if (flag !== undefined) return flag ? 1 : 0;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return 0;
  // As chalk reads it: 0 and false turn colour off.
  if ('FORCE_COLOR' in process.env) return process.env.FORCE_COLOR === '0' || process.env.FORCE_COLOR === 'false' ? 0 : 1;
  return !toFile && process.stdout.isTTY ? 1 : 0;
}

async function main(argv: string[], slot: ReplaySlot | undefined): Promise<number> {
  const args = await yargs(argv)
    .scriptName('detectviz-lint')
    .usage('$0 [path]\n\nChecks that a GitOps repository keeps bootstrap (Ansible) minimal and everything else in Argo CD, exactly once.')
    .command('$0 [path]', 'lint the repository at path (default: .)', (y) => y.positional('path', { type: 'string' }))
    .command('init [path]', 'write a commented .detectviz-lint.yaml with what was detected (never overwrites)', (y) => y.positional('path', { type: 'string' }))
    .option('format', { alias: 'f', type: 'string', requiresArg: true, default: 'stylish', describe: `output format: ${Object.keys(formatters).join(' | ')}` })
    .option('output-file', { alias: 'o', type: 'string', requiresArg: true, describe: 'write the report there instead of stdout' })
    .option('config', { alias: 'c', type: 'string', requiresArg: true, describe: 'configuration file (default: .detectviz-lint.yaml at the root)' })
    .option('rule', { type: 'string', requiresArg: true, array: true, default: [] as string[], describe: '<rule-id>=<severity>; repeatable' })
    .option('max-warnings', { type: 'number', requiresArg: true, describe: 'exit 1 when there are more warnings than this' })
    .option('quiet', { type: 'boolean', default: false, describe: 'report errors only' })
    .option('color', { type: 'boolean', describe: 'force colors on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR respected)' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'list the rules: id, default severity, description' })
    .option('baseline', { type: 'string', requiresArg: true, describe: 'report only findings not recorded in this baseline file' })
    .option('write-baseline', { type: 'string', requiresArg: true, describe: "record today's findings in this file (then only new ones are reported with --baseline)" })
    .option('cache', { type: 'boolean', default: true, describe: 'reuse the previous result when nothing changed (cache in ~/.cache/detectviz-lint; --no-cache to disable)' })
    .option('cache-location', { type: 'string', requiresArg: true, describe: 'the cache folder (default: $DETECTVIZ_LINT_CACHE_DIR, else $XDG_CACHE_HOME/detectviz-lint, else ~/.cache/detectviz-lint); never inside the linted tree' })
    .option('print-config', { type: 'boolean', default: false, describe: 'print the effective configuration as YAML' })
    .version(VERSION)
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .strictOptions()
    // Options are read by their kebab-case names: without camelCase aliases, an unknown
    // option is reported once, not once per spelling.
    .parserConfiguration({ 'camel-case-expansion': false })
    .fail((msg, err) => {
      // Every failure of argument parsing (an unknown option, a missing value) is bad usage.
      throw new UsageError(msg || err?.message || 'invalid arguments');
    })
    .parseAsync();

  if (args['list-rules']) {
    // Every id a report can carry: the rules, then the diagnostics about suppression comments.
    const listed = [...ruleCatalog.rules, ...ruleCatalog.diagnostics];
    const width = Math.max(...listed.map((r) => r.id.length));
    process.stdout.write(listed.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n') + '\n');
    return 0;
  }
  const positional = args._.map(String);
  if (positional[0] === 'init') return init(typeof args.path === 'string' ? args.path : undefined);
  if (typeof args.path === 'string') positional.unshift(args.path);
  if (positional.length > 1) throw new UsageError(`expected one path, got ${positional.length}: ${positional.join(' ')}`);
  const format = args.format as FormatName;
  if (!(format in formatters)) throw new UsageError(`--format ${args.format}: unknown format; use one of ${Object.keys(formatters).join(', ')}`);
  if (args['max-warnings'] !== undefined && (!Number.isInteger(args['max-warnings']) || args['max-warnings'] < 0)) {
    throw new UsageError('--max-warnings: expected a non-negative integer');
  }
  const ruleOverrides = parseRuleOverrides(args.rule);
  if (typeof ruleOverrides === 'string') throw new UsageError(ruleOverrides);

  const scope = findScope(positional[0] ?? '.');
  const { result: whole, inputs } = await lintWithInputs(scope.root, { configFile: args.config, ruleOverrides, cacheDir: cacheDirOf(args.cache, args['cache-location']) }, slot ? MAX_REPLAY_PATHS : 0);

  if (args['print-config']) {
    const config = { ...whole.config, rules: { ...whole.config.rules, ...ruleOverrides } };
    const origin = whole.configFile ? ` (from ${whole.configFile}${args.rule.length > 0 ? ' and --rule' : ''})` : ` (no configuration file: defaults, detection${args.rule.length > 0 ? ' and --rule' : ''})`;
    process.stdout.write(await describeConfig(config, whole.clusters.map((c) => c.detected), `effective configuration for ${whole.root}${origin}`));
    return 0;
  }
  if (holdsNothingToCheck(whole)) {
    throw new LintInputError(`${whole.root}: no Ansible playbook or role, and no Argo CD Application or ApplicationSet that an entry point deploys; nothing to check (lint the repository root, or set ansible.roots / argocd.entrypoints in .detectviz-lint.yaml)`);
  }
  const result = restrictTo(whole, scope.under);
  if (args['write-baseline'] !== undefined) {
    writeOut('--write-baseline', args['write-baseline'], JSON.stringify(createBaseline(result.findings), null, 2) + '\n', 'replace');
    process.stderr.write(`detectviz-lint: wrote ${result.findings.length} finding(s) to the baseline ${args['write-baseline']}\n`);
    return 0;
  }
  let findings = result.findings;
  if (args.baseline !== undefined) {
    const applied = withoutBaselined(findings, args.baseline);
    if ('error' in applied) throw new UsageError(`--baseline ${args.baseline}: ${applied.error}`);
    findings = applied.findings;
    process.stderr.write(`detectviz-lint: baseline ${args.baseline}: ${applied.note}\n`);
  }
  const { shown, exitCode, reasons } = decideOutcome({ ...result, findings }, { quiet: args.quiet, maxWarnings: args['max-warnings'] });
  const toFile = args['output-file'] !== undefined;
  const color = new Chalk({ level: colorLevel(args.color, toFile) });
  const report = formatters[format](shown, { color, ...ruleCatalog });
  const notes = reasons.map((reason) => `detectviz-lint: ${reason}\n`).join('');
  if (toFile) writeOut('--output-file', args['output-file']!, report);
  else process.stdout.write(report);
  process.stderr.write(notes);
  // The slot is only given for arguments that ask for this report on stdout and nothing else.
  if (slot && inputs) recordReplay(slot, inputs, { stdout: report, stderr: notes, exitCode });
  return exitCode;
}

/** Runs the command line on these arguments (without node and the script), setting the exit code. */
export async function run(argv: string[], slot: ReplaySlot | undefined): Promise<void> {
  try {
    process.exitCode = await main(argv, slot);
  } catch (err) {
    const failure = describeFailure(err, { enabled: Boolean(process.env.DEBUG), hint: 'set DEBUG=1 to see the stack trace' });
    process.stderr.write(failure.lines.join('\n') + '\n');
    if (failure.stack !== undefined) process.stderr.write(`${failure.stack}\n`);
    process.exitCode = failure.exitCode;
  }
}
