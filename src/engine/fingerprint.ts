// A finding's identity across commits (SARIF partialFingerprints, the baseline): rule,
// file, cluster and message, plus its rank among identical ones, never its line, so
// unrelated edits that move it keep it matched.
import { createHash } from 'node:crypto';
import type { Finding } from './run.js';

export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.ruleId, f.file, f.cluster ? `[${f.cluster}] ${f.message}` : f.message].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
