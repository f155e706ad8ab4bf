// A baseline file applied to a result, the same way for the CLI (--baseline) and the
// Action (input baseline): one safe open, the known findings hidden, what happened said.
import { applyBaseline, parseBaseline, readRegularFile, type Finding } from '../index.js';

/** A baseline holds one short record per finding: far below this. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** The findings the baseline does not record and a line saying what it hid; or why the file is unusable. */
export function withoutBaselined(findings: readonly Finding[], file: string): { findings: Finding[]; note: string } | { error: string } {
  // A FIFO, a device or an over-size file is refused, never waited on.
  const opened = readRegularFile(file, { maxBytes: MAX_BASELINE_BYTES });
  if ('reason' in opened) return { error: opened.reason };
  const baseline = parseBaseline(opened.bytes.toString('utf8'));
  if (typeof baseline === 'string') return { error: baseline };
  const applied = applyBaseline([...findings], baseline);
  const stale = `${applied.stale} baseline entr${applied.stale === 1 ? 'y no longer occurs' : 'ies no longer occur'}`;
  return { findings: applied.findings, note: `${applied.hidden} known finding(s) hidden, ${stale}` };
}
