// The outcome of a run, decided once for the CLI and the Action: what is shown, what is
// counted, the exit code and why it fails; and how a failure of the tool itself is told.
import { ConfigError, LintInputError, type LintResult } from '../index.js';
import { withFindings } from './scope.js';

/** Bad usage (an option, an input, an unwritable file): exit code 2 with this message. */
export class UsageError extends Error {}

export interface OutcomeOptions {
  /** Show errors only; the counts and max-warnings still see every finding. */
  quiet?: boolean;
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
  /** Which severity fails the run (default: error); `never` always exits 0. */
  failOn?: 'error' | 'warning' | 'never';
  /** How the limit is named in the reasons: `--max-warnings` (CLI), `max-warnings` (Action). */
  maxWarningsName?: string;
}

export interface Outcome {
  /** The result to report: its findings those shown, its summary counting every finding kept (after the baseline). */
  shown: LintResult;
  exitCode: 0 | 1;
  /** One line per reason to fail that the findings shown do not say themselves. */
  reasons: string[];
}

/** The outcome of a result whose baseline (if any) is already applied. */
export function decideOutcome(result: LintResult, options: OutcomeOptions): Outcome {
  // --quiet shows errors only (ESLint); the summary and max-warnings still count every
  // warning, so a report that hides some never reads "no problems".
  const { findings, summary } = withFindings(result, result.findings);
  const shown = { ...result, summary, findings: options.quiet ? findings.filter((f) => f.severity === 'error') : [...findings] };
  const failOn = options.failOn ?? 'error';
  if (failOn === 'never') return { shown, exitCode: 0, reasons: [] };
  const hidden = options.quiet ? ' (not shown: --quiet)' : '';
  const reasons: string[] = [];
  // Errors are their own reason: each is shown.
  if (summary.errors === 0 && failOn === 'warning' && summary.warnings > 0) reasons.push(`${summary.warnings} warning(s)${hidden} and fail-on is warning`);
  else if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    reasons.push(`${summary.warnings} warning(s)${hidden}, more than ${options.maxWarningsName ?? '--max-warnings'} ${options.maxWarnings}`);
  }
  return { shown, exitCode: summary.errors > 0 || reasons.length > 0 ? 1 : 0, reasons };
}

/** A failure of the tool: its message lines (each prefixed with the tool's name) and exit code 2. */
export function describeFailure(err: unknown, debug: { enabled: boolean; hint: string }): { lines: string[]; stack?: string; exitCode: 2 } {
  const said = (lines: readonly string[]) => ({ lines: lines.map((l) => `detectviz-lint: ${l}`), exitCode: 2 as const });
  if (err instanceof ConfigError) return said(err.lines);
  if (err instanceof UsageError || err instanceof LintInputError) return said([err.message]);
  const e = err as Error;
  const internal = said([`internal error: ${e?.message ?? String(err)}`]);
  return debug.enabled ? { ...internal, stack: e?.stack ?? '' } : { ...internal, lines: [...internal.lines, ...(debug.hint ? [`detectviz-lint: ${debug.hint}`] : [])] };
}
