// Reading one file of the linted tree as text: kept apart from the parsers, because a
// cached run reads (to validate its cache) but never parses.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files larger than this are not read (documented in the README's Safety section). */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;

/** A file's text, or the reason it cannot be read. */
export type SourceRead = { text: string } | string;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a regular file of at most MAX_YAML_BYTES as UTF-8; the reason when it cannot. */
export function readSource(root: string, path: string): SourceRead {
  const full = join(root, path);
  let bytes: Buffer;
  try {
    // A FIFO or device would block or never end: only regular files are read, and only up to the cap.
    const stat = statSync(full);
    if (!stat.isFile()) return 'is not a regular file; not read';
    if (stat.size > MAX_YAML_BYTES) return `is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB cap; not read`;
    bytes = readFileSync(full);
  } catch (err) {
    return `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return 'is not valid UTF-8 text';
  }
}

/** The file's text, read at most once: `reads` keeps every read, and why one failed. */
export function readOnce(reads: Map<string, SourceRead>, root: string, path: string): string | undefined {
  let read = reads.get(path);
  if (read === undefined) reads.set(path, (read = readSource(root, path)));
  return typeof read === 'string' ? undefined : read.text;
}
