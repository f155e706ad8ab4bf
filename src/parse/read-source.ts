// Reading one file of the linted tree as text: kept apart from the parsers, because a
// cached run reads (to validate its cache) but never parses.
import { join } from 'node:path';
import { readRegularFile } from './safe-file.js';

/** Files larger than this are not read (documented in the README's Safety section). */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;

/** A file's text, or the reason it cannot be read. */
export type SourceRead = { text: string } | string;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a regular file of at most MAX_YAML_BYTES, inside the root, as UTF-8; the reason when
 * it cannot (one safe open: src/parse/safe-file.ts).
 */
export function readSource(root: string, path: string): SourceRead {
  const opened = readRegularFile(join(root, path), { maxBytes: MAX_YAML_BYTES, root });
  if ('reason' in opened) return opened.reason;
  try {
    const text = utf8.decode(opened.bytes);
    // A lone CR ends a line in YAML (and for PyYAML, go-yaml, kubectl), not for the yaml library's
    // lexer: read it as the LF it stands for (same length, so offsets hold).
    return { text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
  } catch {
    return 'is not valid UTF-8 text';
  }
}

/**
 * Texts this long are not kept between reads: the vendored manifests of a large repository
 * (hundreds of files of up to several MB) would hold most of a run's memory after their few
 * facts are taken; the rare second request reads them again.
 */
export const KEEP_TEXT_BELOW = 256 * 1024;

/** The file's text, read at most once (long texts: each time asked): `reads` keeps the reads, and why one failed. */
export function readOnce(reads: Map<string, SourceRead>, root: string, path: string): string | undefined {
  let read = reads.get(path);
  if (read === undefined) {
    read = readSource(root, path);
    if (typeof read === 'string' || read.text.length < KEEP_TEXT_BELOW) reads.set(path, read);
  }
  return typeof read === 'string' ? undefined : read.text;
}
