// Reads the fixtures a rule page quotes (the docs generator and its freshness test share it).
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FixtureReader } from './rule-page.js';

export const fixtureReader = (root = 'fixtures'): FixtureReader => ({
  expected: (rule, name) => (parse(readFileSync(`${root}/${rule}/${name}.expected.yaml`, 'utf8')) as { findings?: [] } | null)?.findings ?? [],
  scenario: (rule, name) =>
    readFileSync(`${root}/${rule}/${name}.expected.yaml`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' '),
  file: (rule, name, path) => (existsSync(`${root}/${rule}/${name}/${path}`) ? readFileSync(`${root}/${rule}/${name}/${path}`, 'utf8') : undefined),
});
