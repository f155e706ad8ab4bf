// Text from the repository (file names, image strings, names) reaches a terminal, a CI log or
// a report: its control characters are shown as \xNN, never sent (ESC starts a terminal
// sequence, BEL rings). Tab, newline and carriage return stay: each format escapes those as it must.
import type { ComponentDeploymentJson, ComponentJson, Finding, LintResult } from '../result.js';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const escapeControl = (s: string): string => (HAS_CONTROL.test(s) ? s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) : s);

const finding = (f: Finding): Finding => ({
  ...f,
  file: escapeControl(f.file),
  message: escapeControl(f.message),
  ...(f.component !== undefined ? { component: escapeControl(f.component) } : {}),
  ...(f.related ? { related: f.related.map((r) => ({ ...r, file: escapeControl(r.file) })) } : {}),
});

const deployment = (d: ComponentDeploymentJson): ComponentDeploymentJson => {
  const out = { ...d, file: escapeControl(d.file) };
  for (const key of ['version', 'application', 'appset', 'mechanism'] as const) if (out[key] !== undefined) out[key] = escapeControl(out[key]!);
  return out;
};

const component = (c: ComponentJson): ComponentJson => ({ ...c, name: escapeControl(c.name), bootstrap: c.bootstrap.map(deployment), runtime: c.runtime.map(deployment) });

/** The result with every repository string a format prints made printable (the same object when nothing needs it). */
export function printable(result: LintResult): LintResult {
  const texts = (f: Finding) => [f.file, f.message, f.component ?? '', ...(f.related ?? []).map((r) => r.file)];
  const dirty =
    result.findings.some((f) => texts(f).some((t) => HAS_CONTROL.test(t))) ||
    result.components.some((c) => HAS_CONTROL.test(JSON.stringify(c)));
  return dirty ? { ...result, findings: result.findings.map(finding), components: result.components.map(component) } : result;
}
