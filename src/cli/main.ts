#!/usr/bin/env node
// The command line: a thin shell over lint() and the formatters, and the only
// code that touches process (arguments, output, exit code).
import { Chalk } from 'chalk';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import {
  applyBaseline,
  CONFIG_NAMES,
  ConfigError,
  createBaseline,
  defaultCacheDir,
  describeConfig,
  formatters,
  lint,
  LintInputError,
  parseBaseline,
  ruleCatalog,
  ruleIds,
  VERSION,
  type FormatName,
  type SeverityOrOff,
} from '../index.js';

/** Bad usage: exit code 2 with this message. */
class UsageError extends Error {}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

function parseRuleOverrides(values: readonly string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const value of values) {
    const m = /^([^=]+)=(.+)$/.exec(value);
    if (!m) throw new UsageError(`--rule ${value}: expected <rule-id>=<severity>`);
    const [, id, severity] = m;
    if (!ruleIds.has(id)) throw new UsageError(`--rule ${value}: unknown rule id "${id}" (see --list-rules)`);
    if (!SEVERITIES.has(severity)) throw new UsageError(`--rule ${value}: severity must be error, warning, info or off`);
    out[id] = severity as SeverityOrOff;
  }
  return out;
}

/** `init`: the effective configuration, detected values commented with their origin, as a starting file. */
async function init(path: string): Promise<number> {
  const root = resolve(path);
  const existing = CONFIG_NAMES.map((n) => join(root, n)).find((f) => existsSync(f));
  if (existing) throw new UsageError(`${existing}: a configuration already exists; not overwritten`);
  const result = await lint(root, { configFile: false });
  const target = join(root, CONFIG_NAMES[0]);
  const header = 'detectviz-lint configuration, written by `detectviz-lint init`: what was detected, with\n where it came from. Every key is optional; edit or delete what you do not need.';
  writeOut('init', target, await describeConfig(result.config, result.clusters.map((c) => c.detected), header));
  process.stdout.write(`wrote ${target}\n`);
  return 0;
}

/** Writes a file the user asked for; a path that cannot be written is a usage error, not a crash. */
function writeOut(option: string, path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`${option} ${path}: cannot write it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function colorLevel(flag: boolean | undefined, toFile: boolean): 0 | 1 {
  if (flag !== undefined) return flag ? 1 : 0;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return 0;
  if ('FORCE_COLOR' in process.env) return process.env.FORCE_COLOR === '0' ? 0 : 1;
  return !toFile && process.stdout.isTTY ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const args = await yargs(argv)
    .scriptName('detectviz-lint')
    .usage('$0 [path]\n\nChecks that a GitOps repository keeps bootstrap (Ansible) minimal and everything else in Argo CD, exactly once.')
    .command('$0 [path]', 'lint the repository at path (default: .)', (y) => y.positional('path', { type: 'string' }))
    .command('init [path]', 'write a commented .detectviz-lint.yaml with what was detected (never overwrites)', (y) => y.positional('path', { type: 'string' }))
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `output format: ${Object.keys(formatters).join(' | ')}` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'write the report there instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'configuration file (default: .detectviz-lint.yaml at the root)' })
    .option('rule', { type: 'string', array: true, default: [] as string[], describe: '<rule-id>=<severity>; repeatable' })
    .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more warnings than this' })
    .option('quiet', { type: 'boolean', default: false, describe: 'report errors only' })
    .option('color', { type: 'boolean', describe: 'force colors on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR respected)' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'list the rules: id, default severity, description' })
    .option('baseline', { type: 'string', describe: 'report only findings not recorded in this baseline file' })
    .option('write-baseline', { type: 'string', describe: "record today's findings in this file (then only new ones are reported with --baseline)" })
    .option('cache', { type: 'boolean', default: true, describe: 'reuse the previous result when nothing changed (cache in ~/.cache/detectviz-lint; --no-cache to disable)' })
    .option('print-config', { type: 'boolean', default: false, describe: 'print the effective configuration as YAML' })
    .version(VERSION)
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .strictOptions()
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    })
    .parseAsync();

  if (args['list-rules']) {
    const { rules } = ruleCatalog;
    const width = Math.max(...rules.map((r) => r.id.length));
    process.stdout.write(rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n') + '\n');
    return 0;
  }
  const positional = args._.map(String);
  if (positional[0] === 'init') return init(typeof args.path === 'string' ? args.path : '.');
  if (typeof args.path === 'string') positional.unshift(args.path);
  if (positional.length > 1) throw new UsageError(`expected one path, got ${positional.length}: ${positional.join(' ')}`);
  const format = args.format as FormatName;
  if (!(format in formatters)) throw new UsageError(`--format ${args.format}: unknown format; use one of ${Object.keys(formatters).join(', ')}`);
  if (args['max-warnings'] !== undefined && (!Number.isInteger(args['max-warnings']) || args['max-warnings'] < 0)) {
    throw new UsageError('--max-warnings: expected a non-negative integer');
  }
  const ruleOverrides = parseRuleOverrides(args.rule);

  const result = await lint(positional[0] ?? '.', { configFile: args.config, ruleOverrides, cacheDir: args.cache ? defaultCacheDir() : undefined });

  if (args['print-config']) {
    process.stdout.write(await describeConfig(result.config, result.clusters.map((c) => c.detected), `effective configuration for ${result.root}${result.configFile ? ` (from ${result.configFile})` : ' (no configuration file: defaults and detection)'}`));
    return 0;
  }
  if (args['write-baseline'] !== undefined) {
    writeOut('--write-baseline', args['write-baseline'], JSON.stringify(createBaseline(result.findings), null, 2) + '\n');
    process.stderr.write(`detectviz-lint: wrote ${result.findings.length} finding(s) to the baseline ${args['write-baseline']}\n`);
    return 0;
  }
  let findings = result.findings;
  if (args.baseline !== undefined) {
    let text: string;
    try {
      text = readFileSync(args.baseline, 'utf8');
    } catch (err) {
      throw new UsageError(`--baseline ${args.baseline}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const baseline = parseBaseline(text);
    if (typeof baseline === 'string') throw new UsageError(`--baseline ${args.baseline}: ${baseline}`);
    const applied = applyBaseline(findings, baseline);
    findings = applied.findings;
    process.stderr.write(`detectviz-lint: baseline ${args.baseline}: ${applied.hidden} known finding(s) hidden, ${applied.stale} baseline entr${applied.stale === 1 ? 'y no longer occurs' : 'ies no longer occur'}\n`);
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  // --quiet shows and counts errors only (ESLint); --max-warnings still sees every warning.
  const summary = { ...result.summary, errors: count('error'), warnings: args.quiet ? 0 : count('warning'), infos: args.quiet ? 0 : count('info') };
  const shown = { ...result, summary, findings: args.quiet ? findings.filter((f) => f.severity === 'error') : findings };
  const toFile = args['output-file'] !== undefined;
  const color = new Chalk({ level: colorLevel(args.color, toFile) });
  const report = formatters[format](shown, { color, ...ruleCatalog });
  if (toFile) writeOut('--output-file', args['output-file']!, report);
  else process.stdout.write(report);

  if (summary.errors > 0) return 1;
  if (args['max-warnings'] !== undefined && count('warning') > args['max-warnings']) return 1;
  return 0;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) process.stderr.write(err.lines.map((l) => `detectviz-lint: ${l}`).join('\n') + '\n');
    else if (err instanceof UsageError || err instanceof LintInputError) process.stderr.write(`detectviz-lint: ${err.message}\n`);
    else {
      const e = err as Error;
      process.stderr.write(`detectviz-lint: internal error: ${e?.message ?? String(err)}\n`);
      if (process.env.DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
      else process.stderr.write('detectviz-lint: set DEBUG=1 to see the stack trace\n');
    }
    process.exitCode = 2;
  },
);
