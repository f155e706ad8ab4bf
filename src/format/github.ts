// GitHub Actions workflow commands: one annotation per finding, nothing else.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../types.js';
import { docsUrl, messageOf } from './rule-docs.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the data part of a workflow command (after `::`). */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value (`file=`, `title=`, ...): data escaping plus `:` and `,`. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (result) =>
  result.findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(f.ruleId)}`].join(',');
      return `::${COMMAND[f.severity]} ${props}::${escapeData(`${messageOf(f)} (${docsUrl(f.ruleId)})`)}\n`;
    })
    .join('');
