// Reads the fixtures a rule page quotes (the docs generator and its freshness test share it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureRepo } from './fixture-repo.js';
import type { FixtureReader } from './rule-page.js';

export const fixtureReader = (root = 'fixtures'): FixtureReader => ({
  expected: (rule, name) => (parse(readFileSync(`${root}/${rule}/${name}.expected.yaml`, 'utf8')) as { findings?: [] } | null)?.findings ?? [],
  scenario: (rule, name) =>
    readFileSync(`${root}/${rule}/${name}.expected.yaml`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' '),
  // The scenario as the tests lint it: its base with its own files applied.
  file: (rule, name, path) => {
    const file = join(fixtureRepo(`${root}/${rule}/${name}`), path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  },
});
