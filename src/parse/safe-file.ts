// The one way a file is opened, for reading (inputs, the configuration, the baseline) and
// for writing (`init`, `--write-baseline`): open first, then check the handle with fstat.
// A check by path before the open (stat, then read) can be raced: the file swapped for a
// FIFO blocks the read, swapped for a link to outside the root is read. Checking the
// opened handle means what is read is what was checked.
import { closeSync, constants, fstatSync, ftruncateSync, lstatSync, openSync, readSync, realpathSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The bytes of a regular file, or why it was not read (words that follow its path). */
export type Opened = { bytes: Buffer } | { reason: string };

const errorCode = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** True when `path` (real, absolute) is `root` or below it. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of `path`, which need not exist yet: its nearest existing ancestor resolved, the rest appended. */
export function realPathOf(path: string): string {
  const tail: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    try {
      return join(realpathSync.native(p), ...tail.reverse());
    } catch {
      if (dirname(p) === p) return path;
      tail.push(basename(p));
    }
  }
}

const realRoots = new Map<string, string>();
const realRoot = (root: string): string => {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync.native(root)));
  return real;
};

/**
 * Reads a regular file of at most `maxBytes`. With `root`, the file must also lie inside
 * the root once links are resolved, and be the very file that was opened.
 */
export function readRegularFile(path: string, opts: { maxBytes: number; root?: string }): Opened {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer returns at once (fstat then refuses it).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    return { reason: `cannot be read (${errorCode(err)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: 'is not a regular file; not read' };
    if (stat.size > opts.maxBytes) return { reason: `is larger than the ${capText(opts.maxBytes)} cap; not read` };
    if (opts.root !== undefined) {
      const real = realpathSync.native(path);
      if (!isWithin(realRoot(opts.root), real)) return { reason: 'leads outside the linted root; not read' };
      const now = statSync(real);
      if (now.ino !== stat.ino || now.dev !== stat.dev) return { reason: 'changed while it was opened; not read' };
    }
    // Read to the end, never past the cap: the size can grow after the fstat.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 0) + 1, opts.maxBytes + 1 - total, 1 << 20));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > opts.maxBytes) return { reason: `is larger than the ${capText(opts.maxBytes)} cap; not read` };
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (err) {
    return { reason: `cannot be read (${errorCode(err)})` };
  } finally {
    closeSync(fd);
  }
}

const capText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`);

/**
 * Writes `text` to `path`, never through a symlink (the last component is not followed) and
 * only into a regular file; `create: 'new'` also refuses an existing file. Throws the reason.
 */
export function writeRegularFile(path: string, text: string, create: 'new' | 'replace'): void {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK | (create === 'new' ? constants.O_EXCL : 0);
  let fd: number;
  try {
    fd = openSync(path, flags, 0o644);
  } catch (err) {
    const code = errorCode(err);
    // O_NOFOLLOW reports a symlink as ELOOP; O_EXCL a link (even a dangling one) as EEXIST.
    const link = code === 'ELOOP' || (code === 'EEXIST' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink());
    throw new Error(link ? 'it is a symbolic link; not written through' : code === 'EEXIST' ? 'it already exists; not overwritten' : code);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new Error('it is not a regular file; not written');
    ftruncateSync(fd, 0);
    const bytes = Buffer.from(text);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    closeSync(fd);
  }
}
