// Writes docs/rules/<id>.md for every rule, from the built rule modules and their fixtures.
// Run with `npm run docs` (after `npm run build`); test/rule-docs.test.ts fails when they are out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderRuleIndex, renderRulePage } from '../dist/src/docs/rule-page.js';
import { rules } from '../dist/rules/index.js';

const fixtures = {
  expected: (rule, name) => parse(readFileSync(`fixtures/${rule}/${name}.expected.yaml`, 'utf8'))?.findings ?? [],
  scenario: (rule, name) =>
    readFileSync(`fixtures/${rule}/${name}.expected.yaml`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' '),
  file: (rule, name, path) => (existsSync(`fixtures/${rule}/${name}/${path}`) ? readFileSync(`fixtures/${rule}/${name}/${path}`, 'utf8') : undefined),
};

mkdirSync('docs/rules', { recursive: true });
for (const rule of rules) writeFileSync(`docs/rules/${rule.id}.md`, renderRulePage(rule, fixtures));
writeFileSync('docs/rules/README.md', renderRuleIndex(rules));
console.log(`wrote ${rules.length} rule pages to docs/rules/`);
