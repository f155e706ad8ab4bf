// The expected-findings format: column, message id and message are asserted when an expectation pins them.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/index.js';
import { comparable, findingProblems, messageMatches } from './expected-findings.js';

const finding = (line: number, column: number, message: string) =>
  ({ ruleId: 'version-skew', severity: 'warning', file: 'a.yaml', line, column, message }) as Finding;

describe('expected findings', () => {
  it('compare rule, file and line, and column and message only where pinned', () => {
    const got = [finding(3, 7, 'kube-vip runs v1 in bootstrap but v2 in runtime'), finding(9, 1, 'other')];
    expect(comparable(got, [{ ruleId: 'version-skew', file: 'a.yaml', line: 3 }, { ruleId: 'version-skew', file: 'a.yaml', line: 9 }])).toEqual([
      { ruleId: 'version-skew', file: 'a.yaml', line: 3 },
      { ruleId: 'version-skew', file: 'a.yaml', line: 9 },
    ]);
    const pinned = [
      { ruleId: 'version-skew', file: 'a.yaml', line: 3, column: 7, message: '/runs v\\d in bootstrap/' },
      { ruleId: 'version-skew', file: 'a.yaml', line: 9, column: 2, message: 'other' },
    ];
    // The wrong column shows as the actual one, so the comparison fails and says where.
    expect(comparable(got, pinned)).toEqual([pinned[0], { ...pinned[1], column: 1 }]);
    expect(comparable(got, [pinned[0], { ...pinned[1], column: 1, message: 'align' }])[1].message).toBe('other');
  });

  it('compare the message id where pinned, showing the reported one when it differs', () => {
    const got = [{ ...finding(3, 7, 'x'), messageId: 'versionsDiffer' }];
    const want = { ruleId: 'version-skew', file: 'a.yaml', line: 3, messageId: 'versionsDiffer' };
    expect(comparable(got, [want])).toEqual([want]);
    expect(comparable(got, [{ ...want, messageId: 'other' }])).toEqual([want]);
    expect(comparable(got, [{ ruleId: 'version-skew', file: 'a.yaml', line: 3 }])[0]).not.toHaveProperty('messageId');
  });

  it('match a message by substring or by /regular expression/flags', () => {
    expect(messageMatches('align the versions', 'kube-vip differs; align the versions')).toBe(true);
    expect(messageMatches('/^KUBE-VIP/i', 'kube-vip differs')).toBe(true);
    expect(messageMatches('/^differs/', 'kube-vip differs')).toBe(false);
    expect(messageMatches('/x', 'a /x b')).toBe(true);
  });

  it('report typos, wrong types and invalid patterns instead of asserting nothing', () => {
    expect(findingProblems({ ruleId: 'r', file: 'f', line: 1, column: 2, message: 'm' })).toEqual([]);
    expect(findingProblems({ ruleId: 'r', file: 'f', line: 1, colum: 2 } as never)).toEqual(['unknown key colum (expected ruleId, file, line, column, messageId, message)']);
    expect(findingProblems({ ruleId: 'r', file: 'f', line: 1, column: 0 })).toEqual(['column is a positive integer']);
    expect(findingProblems({ ruleId: 'r', file: 'f', line: 1, messageId: '' })).toEqual(['messageId is a non-empty string']);
    expect(findingProblems({ ruleId: 'r', file: 'f', line: 1, message: '/(/' })).toEqual(['message /(/ is not a valid regular expression']);
  });
});
