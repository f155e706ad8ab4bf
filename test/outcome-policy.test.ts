// The one outcome policy of the CLI and the Action: what is shown, counted, the exit code and why.
import { describe, expect, it } from 'vitest';
import { ConfigError, LintInputError, type Finding, type LintResult } from '../src/index.js';
import { decideOutcome, describeFailure, UsageError } from '../src/outcome/policy.js';

const finding = (severity: Finding['severity'], line: number): Finding => ({ ruleId: 'r', severity, message: 'm', file: 'f.yaml', line, column: 1 });
const result = (...findings: Finding[]): LintResult =>
  ({ root: '/r', config: {} as LintResult['config'], findings, components: [], clusters: [], summary: { errors: 9, warnings: 9, infos: 9, filesScanned: 3 } });

describe('decideOutcome', () => {
  it('counts what it is given (after the baseline), not the stale summary', () => {
    const { shown, exitCode, reasons } = decideOutcome(result(finding('warning', 1), finding('info', 2)), {});
    expect(shown.summary).toEqual({ errors: 0, warnings: 1, infos: 1, filesScanned: 3 });
    expect([exitCode, reasons]).toEqual([0, []]);
  });

  it('fails on an error without a separate reason (the finding says it)', () => {
    expect(decideOutcome(result(finding('error', 1)), {})).toMatchObject({ exitCode: 1, reasons: [] });
  });

  it('quiet shows errors only, still counts and limits every warning', () => {
    const { shown, exitCode, reasons } = decideOutcome(result(finding('error', 1), finding('warning', 2), finding('warning', 3)), { quiet: true, maxWarnings: 1 });
    expect(shown.findings.map((f) => f.line)).toEqual([1]);
    expect(shown.summary.warnings).toBe(2);
    expect(exitCode).toBe(1);
    expect(reasons).toEqual(['2 warning(s) (not shown: --quiet), more than --max-warnings 1']);
  });

  it('max-warnings: at the limit passes, over it fails with the option named as the caller names it', () => {
    const two = result(finding('warning', 1), finding('warning', 2));
    expect(decideOutcome(two, { maxWarnings: 2 }).exitCode).toBe(0);
    expect(decideOutcome(two, { maxWarnings: 1, maxWarningsName: 'max-warnings' })).toMatchObject({ exitCode: 1, reasons: ['2 warning(s), more than max-warnings 1'] });
  });

  it('fail-on warning fails on one warning; fail-on never always passes', () => {
    expect(decideOutcome(result(finding('warning', 1)), { failOn: 'warning' })).toMatchObject({ exitCode: 1, reasons: ['1 warning(s) and fail-on is warning'] });
    expect(decideOutcome(result(finding('error', 1), finding('warning', 2)), { failOn: 'never', maxWarnings: 0 })).toMatchObject({ exitCode: 0, reasons: [] });
  });
});

describe('describeFailure', () => {
  const debug = { enabled: false, hint: 'set DEBUG=1' };
  it('usage, input and configuration errors: their lines, exit 2, no stack', () => {
    expect(describeFailure(new UsageError('--format x: unknown'), debug)).toEqual({ lines: ['detectviz-lint: --format x: unknown'], exitCode: 2 });
    expect(describeFailure(new LintInputError('nope: no such directory'), debug).lines).toEqual(['detectviz-lint: nope: no such directory']);
    expect(describeFailure(new ConfigError(['a.yaml:1:1: one', 'a.yaml:2:1: two']), debug).lines).toEqual(['detectviz-lint: a.yaml:1:1: one', 'detectviz-lint: a.yaml:2:1: two']);
  });

  it('an internal error: said as such, the stack only when debugging', () => {
    expect(describeFailure(new Error('boom'), debug)).toEqual({ lines: ['detectviz-lint: internal error: boom', 'detectviz-lint: set DEBUG=1'], exitCode: 2 });
    const debugged = describeFailure(new Error('boom'), { enabled: true, hint: 'set DEBUG=1' });
    expect(debugged.lines).toEqual(['detectviz-lint: internal error: boom']);
    expect(debugged.stack).toMatch(/boom/);
  });
});
