// `--rule <id>=<severity>` values, for the command line and the Action's `args` input.
import { ruleIds, type SeverityOrOff } from '../index.js';

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

/** The severities given, by rule id; a message naming the bad value otherwise. */
export function parseRuleOverrides(values: readonly string[]): Record<string, SeverityOrOff> | string {
  const out: Record<string, SeverityOrOff> = {};
  for (const value of values) {
    const m = /^([^=]+)=(.+)$/.exec(value);
    if (!m) return `--rule ${value}: expected <rule-id>=<severity>`;
    const [, id, severity] = m;
    if (!ruleIds.has(id)) return `--rule ${value}: unknown rule id "${id}" (see --list-rules)`;
    if (!SEVERITIES.has(severity)) return `--rule ${value}: severity must be error, warning, info or off`;
    out[id] = severity as SeverityOrOff;
  }
  return out;
}
