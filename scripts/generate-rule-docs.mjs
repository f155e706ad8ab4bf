// Writes docs/rules/<id>.md for every rule, from the built rule modules and their fixtures.
// Run with `npm run docs`; test/rule-docs.test.ts fails when the pages are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fixtureReader } from '../dist/src/docs/fixture-reader.js';
import { renderRuleIndex, renderRulePage } from '../dist/src/docs/rule-page.js';
import { rules } from '../dist/rules/index.js';

const fixtures = fixtureReader();
mkdirSync('docs/rules', { recursive: true });
for (const rule of rules) writeFileSync(`docs/rules/${rule.id}.md`, renderRulePage(rule, fixtures));
writeFileSync('docs/rules/README.md', renderRuleIndex(rules));
console.log(`wrote ${rules.length} rule pages to docs/rules/`);
