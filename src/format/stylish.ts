// ESLint's stylish: grouped by file, `line:col  severity  message  rule-id`, then a summary.
import { docsUrl } from './rule-docs.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (result, { color }) => {
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(color.underline(file.replace(/\r/g, '\\x0d')));
    const pos = findings.map((f) => `${f.line}:${f.column}`);
    const width = pos.reduce((w, p) => Math.max(w, p.length), 0); // not Math.max(...): a file can hold more findings than a call takes arguments
    findings.forEach((f, i) => {
      const sev = f.severity === 'error' ? color.red('error  ') : f.severity === 'warning' ? color.yellow('warning') : color.blue('info   ');
      out.push(`  ${color.dim(pos[i].padEnd(width))}  ${sev}  ${f.cluster ? `${color.cyan(`[${f.cluster}]`)} ` : ''}${f.message.replace(/\r/g, '\\x0d')}  ${color.dim(f.ruleId)}`);
    });
    out.push('');
  }
  const { errors, warnings, infos } = result.summary;
  const total = errors + warnings + infos;
  if (total === 0) return color.green('✔ no problems') + '\n';
  const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`;
  out.push(errors > 0 ? color.red.bold(line) : color.yellow.bold(line));
  // Where to read about each rule that fired.
  const fired = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  out.push('', ...fired.map((id) => color.dim(`  ${id}: ${docsUrl(id)}`)));
  return out.join('\n') + '\n';
};
