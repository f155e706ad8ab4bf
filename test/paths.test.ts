// Repository paths: joinInRepo's shortcut for paths already in normal form gives what
// normalising gives, for every combination of the segments that normalising changes.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinInRepo } from '../src/parse/paths.js';

/** The join by normalising, as joinInRepo defines it. */
function normalised(base: string, rel: string): string | undefined {
  if (rel.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(base || '.', rel));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

describe('joinInRepo', () => {
  it('joins as normalising does, for paths in normal form or not', () => {
    const parts = ['', '.', '..', 'a', '.a', '..a', 'a.', 'a..', '...', '/', 'a/', '/a'];
    const paths = parts.flatMap((x) => parts.flatMap((y) => ['', '/', '//'].map((sep) => x + sep + y)));
    const differ = paths.flatMap((base) => paths.filter((rel) => joinInRepo(base, rel) !== normalised(base, rel)).map((rel) => [base, rel]));
    expect(differ).toEqual([]);
    expect(joinInRepo('apps/x', 'base')).toBe('apps/x/base');
    expect(joinInRepo('apps/x', '../../..')).toBeUndefined();
  });
});
