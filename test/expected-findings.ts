// The format of fixtures/<group>/<scenario>.expected.yaml, shared by the fixture and real-world tests: the
// exact findings in order, each with its rule, file and line, and optionally the column, the message id and the message.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Finding } from '../src/index.js';

export interface ExpectedFinding {
  ruleId: string;
  file: string;
  line: number;
  column?: number;
  /** One of the rule's declared message ids (Rule.messages). */
  messageId?: string;
  /** A substring of the message, or /a regular expression/flags it matches. */
  message?: string;
}

export interface Expected {
  findings?: ExpectedFinding[];
  components?: { name: string; bootstrap?: string[]; runtime?: string[] }[];
  absent?: { ruleId: string; file?: string; line?: number; reason: string }[];
}

export const readExpected = (file: string): Expected => (parse(readFileSync(file, 'utf8')) ?? {}) as Expected;

const FINDING_KEYS = ['ruleId', 'file', 'line', 'column', 'messageId', 'message'];

/** A finding with the message id the run reported for it (runLint's messageIds; absent from the public result). */
export type FindingWithId = Finding & { messageId?: string };

export const withMessageIds = (findings: readonly Finding[], messageIds: readonly string[] | undefined): FindingWithId[] =>
  findings.map((f, i) => ({ ...f, messageId: messageIds?.[i] }));

/** What is wrong with one expected finding (a typo such as `colum:` would otherwise assert nothing). */
export function findingProblems(f: ExpectedFinding): string[] {
  const problems = Object.keys(f).filter((k) => !FINDING_KEYS.includes(k)).map((k) => `unknown key ${k} (expected ${FINDING_KEYS.join(', ')})`);
  if (typeof f.ruleId !== 'string' || typeof f.file !== 'string') problems.push('ruleId and file are strings');
  for (const k of ['line', 'column'] as const) if (f[k] !== undefined && !(Number.isInteger(f[k]) && f[k]! >= 1)) problems.push(`${k} is a positive integer`);
  if (f.line === undefined) problems.push('line is required');
  if (f.messageId !== undefined && (typeof f.messageId !== 'string' || !f.messageId)) problems.push('messageId is a non-empty string');
  if (f.message !== undefined && (typeof f.message !== 'string' || !f.message)) problems.push('message is a non-empty string');
  else if (f.message !== undefined && asRegExp(f.message) === null) problems.push(`message ${f.message} is not a valid regular expression`);
  return problems;
}

/** `/source/flags` as a regular expression; undefined for a plain substring; null when the syntax is wrong. */
function asRegExp(pattern: string): RegExp | undefined | null {
  const m = /^\/(.+)\/([dgimsuvy]*)$/s.exec(pattern);
  if (!m) return undefined;
  try {
    return new RegExp(m[1], m[2]);
  } catch {
    return null;
  }
}

export function messageMatches(pattern: string, message: string): boolean {
  const re = asRegExp(pattern);
  return re ? re.test(message) : message.includes(pattern);
}

/**
 * The findings in the shape of the expected ones, for an exact toEqual: rule, file and line always; column, message
 * id and message where the expectation at the same position pins them (a matching message shows as its pattern, a
 * different one as the actual text, so the diff says what was reported).
 */
export function comparable(findings: readonly FindingWithId[], expected: readonly ExpectedFinding[]): ExpectedFinding[] {
  return findings.map((f, i) => {
    const want = expected[i];
    const got: ExpectedFinding = { ruleId: f.ruleId, file: f.file, line: f.line };
    if (want?.column !== undefined) got.column = f.column;
    if (want?.messageId !== undefined) got.messageId = f.messageId;
    if (want?.message !== undefined) got.message = messageMatches(want.message, f.message) ? want.message : f.message;
    return got;
  });
}
