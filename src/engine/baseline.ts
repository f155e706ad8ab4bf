// A baseline lets a repository adopt the linter with its existing findings:
// they are recorded by fingerprint and only new ones are reported afterwards.
import type { Finding } from './run.js';
import { fingerprints } from './fingerprint.js';

export interface BaselineFile {
  tool: 'detectviz-lint';
  version: 1;
  findings: { ruleId: string; file: string; fingerprint: string; message: string }[];
}

export function createBaseline(findings: readonly Finding[]): BaselineFile {
  const prints = fingerprints(findings);
  return { tool: 'detectviz-lint', version: 1, findings: findings.map((f, i) => ({ ruleId: f.ruleId, file: f.file, fingerprint: prints[i], message: f.message })) };
}

/** Parses a baseline file's text; undefined with a reason when it is not one. */
export function parseBaseline(text: string): BaselineFile | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  const b = value as Partial<BaselineFile>;
  if (b?.tool !== 'detectviz-lint' || b.version !== 1 || !Array.isArray(b.findings) || b.findings.some((f) => typeof f?.fingerprint !== 'string')) {
    return 'not a detectviz-lint baseline (expected {"tool": "detectviz-lint", "version": 1, "findings": [...]})';
  }
  return b as BaselineFile;
}

/** Findings not in the baseline, and how many baseline entries no longer occur. */
export function applyBaseline(findings: readonly Finding[], baseline: BaselineFile): { findings: Finding[]; hidden: number; stale: number } {
  const known = new Set(baseline.findings.map((f) => f.fingerprint));
  const prints = fingerprints(findings);
  const kept = findings.filter((_, i) => !known.has(prints[i]));
  const present = new Set(prints);
  return { findings: kept, hidden: findings.length - kept.length, stale: baseline.findings.filter((f) => !present.has(f.fingerprint)).length };
}
