// How the caches write a file: whole or not at all, and never over their size bound.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces `file` with `bytes` through a temporary file renamed over it (a concurrent run reads
 * the old content or the new, never part of one); over `maxBytes`, removes it instead, so that
 * the cache folder stays bounded. Returns whether it wrote; throws what the file system throws.
 */
export function replaceFile(file: string, bytes: Uint8Array, maxBytes: number): boolean {
  if (bytes.length > maxBytes) {
    rmSync(file, { force: true });
    return false;
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return true;
}
