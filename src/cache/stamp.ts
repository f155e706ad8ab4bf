// A file's stat stamp, when it can vouch for the content a run saw, and the hash that spreads
// names over files: shared by the caches and by the replay of a whole run, which loads before
// anything else (so this stays a leaf).
import { statSync } from 'node:fs';

/**
 * A change this close to the verifying run's start may carry the same timestamps as the content
 * it read, when both fall in one tick of the file system's clock: such files are checked by
 * content (git's "racily clean" entries, ESLint's content strategy). How close depends on what the
 * stamp shows of that clock: whole seconds or milliseconds (FAT, HFS+, ext3, some network file
 * systems) mean ticks of up to 2 s; a fraction of a millisecond (ext4, XFS, Btrfs, tmpfs, APFS,
 * NTFS) means the kernel's timekeeping tick, 1 to 16 ms, so 50 ms holds it with room to spare.
 */
const COARSE_RESOLUTION_MS = 2000;
const FINE_RESOLUTION_MS = 50;

/** The stamp of a path that does not exist. */
const MISSING = 'missing';

/** What changes when a file is edited, replaced or touched: ctime moves on every change, even one that resets mtime. */
export function statStamp(path: string): string {
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : MISSING;
}

/**
 * The stamp's ctime (which every change moves forward) is within the clock's resolution of the run.
 * A path that does not exist is never racy: it stays missing while its stamp says so.
 */
export function racy(stamp: string, startedMs: number): boolean {
  if (stamp === MISSING) return false;
  const ctimeMs = Number(stamp.slice(stamp.lastIndexOf(':') + 1));
  return !(ctimeMs < startedMs - (Number.isInteger(ctimeMs) ? COARSE_RESOLUTION_MS : FINE_RESOLUTION_MS));
}

/** FNV-1a over UTF-16 units: a cheap spread of names over shards and files (never a content check). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
