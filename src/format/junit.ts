// JUnit XML for CI test reports: one testcase per rule (passing rules included),
// one <failure> per finding of that rule.
import { docsUrl, messageOf, ruleInfos } from './rule-docs.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value, escaped for XML 1.0; characters XML cannot carry are dropped. */
export const escapeXml = (s: string): string =>
  s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Attribute values also keep their tabs and line breaks (a parser would normalise them to spaces). */
const attr = (s: string): string => escapeXml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

export const junit: Formatter = (result, ctx) => {
  const infos = ruleInfos(ctx, result.findings);
  const tests = infos.length;
  const failures = result.findings.length;
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="detectviz-lint" ${counts}>`,
    `  <testsuite name="detectviz-lint" ${counts} skipped="0">`,
  ];
  for (const rule of infos) {
    const findings = result.findings.filter((f) => f.ruleId === rule.id);
    const open = `    <testcase classname="detectviz-lint" name="${attr(rule.id)}"`;
    if (findings.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    for (const f of findings) {
      out.push(`      <failure message="${attr(messageOf(f))}" type="${f.severity}">${escapeXml(`${f.file}:${f.line}:${f.column} ${messageOf(f)}\n${docsUrl(f.ruleId)}`)}</failure>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
};
