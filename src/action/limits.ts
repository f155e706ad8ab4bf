// What GitHub shows of a step, and what the Action says when a report goes past it.
// Step summary: "supports content up to a size of 1024k" (the runner drops a larger one
// whole). Annotations: 10 error, 10 warning and 10 notice annotations per step, 50 per job
// (actions/toolkit, docs/problem-matchers.md); the rest are printed in the log but not shown.
import type { LintResult } from '../index.js';

export const STEP_SUMMARY_LIMIT = 1024 * 1024;
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

/**
 * The markdown report, cut at a line boundary so that it and the note saying what was cut fit
 * within `limit` bytes (with room for what the step summary file already holds).
 */
export function capSummary(markdown: string, limit: number, pointer: string): string {
  const size = Buffer.byteLength(markdown);
  if (size <= limit) return markdown;
  const note = (kept: number) =>
    `\n\n> **Report cut**: this summary shows the first ${kept} of ${size} bytes of the architecture report (GitHub's step summary limit is ${limit} bytes). ${pointer}\n`;
  const budget = limit - Buffer.byteLength(note(size));
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  // A character split by the byte cut decodes as U+FFFD: drop the partial line instead.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + note(Buffer.byteLength(cut));
}

/** A line for the summary when some annotations of a kind will not be shown; undefined when all are. */
export function annotationLimitNote(result: Pick<LintResult, 'summary'>): string | undefined {
  const { errors, warnings, infos } = result.summary;
  const over = [
    [errors, 'error'],
    [warnings, 'warning'],
    [infos, 'notice'],
  ].filter(([n]) => (n as number) > ANNOTATIONS_SHOWN_PER_STEP);
  if (over.length === 0) return undefined;
  const counts = over.map(([n, kind]) => `${n} ${kind}`).join(', ');
  return `> **Not every finding is annotated**: GitHub shows at most ${ANNOTATIONS_SHOWN_PER_STEP} error, ${ANNOTATIONS_SHOWN_PER_STEP} warning and ${ANNOTATIONS_SHOWN_PER_STEP} notice annotations per step (50 per job); this run has ${counts} findings. Every finding is in the step log, in the report below and in the SARIF file (sarif-file input) for code scanning.\n\n`;
}
