// Effective severity: rule default ← configuration `rules:` ← matching `overrides:`
// (in order) ← `--rule` on the command line (ESLint's order).
import type { Config } from '../config/load.js';
import type { Severity, SeverityOrOff } from '../types.js';
import type { SeverityOf } from './run.js';

export async function severityResolver(config: Config, cli: Readonly<Record<string, SeverityOrOff>>): Promise<SeverityOf> {
  const cache = new Map<string, boolean>();
  // Only configurations with overrides need glob matching.
  const minimatch = config.overrides.length > 0 ? (await import('minimatch')).minimatch : undefined;
  const matches = (pattern: string, file: string): boolean => {
    const key = `${pattern}\u0000${file}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = minimatch!(file, pattern, { dot: true, matchBase: !pattern.includes('/') });
      cache.set(key, hit);
    }
    return hit;
  };
  return (ruleId: string, file: string, fallback: Severity): SeverityOrOff => {
    if (cli[ruleId]) return cli[ruleId];
    let severity: SeverityOrOff = config.rules[ruleId] ?? fallback;
    for (const o of config.overrides) if (o.rules[ruleId] && o.files.some((p) => matches(p, file))) severity = o.rules[ruleId];
    return severity;
  };
}
