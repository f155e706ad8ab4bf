// The replay of a whole run, before the rest of the command line loads: a run with the same
// arguments, working directory, colour settings and code as the last one, over a tree where
// every directory that run listed and every file it consulted keeps the stat stamp that run
// saw (and, for a file changed just before that run, the text it read), prints what that
// run printed and exits as it did. A pre-commit hook on an unchanged tree then costs a Node
// start and a few hundred stats, not loading the tool. Anything unexpected (an option it does
// not know, a damaged entry) means a normal run; this module loads nothing but leaves.
import { fstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { fnv1a, racy, statStamp } from '../cache/stamp.js';
import { findScope, type Scope } from '../outcome/scope.js';
import { readSource, type SourceRead } from '../parse/read-source.js';
import type { RunInputs } from '../index.js';

/** Where a run's replay is kept, and what it must match. */
export interface ReplaySlot {
  file: string;
  /** The arguments, working directory, colour settings and code stamp, as text. */
  key: string;
  /** The repository the arguments name, as a run finds it. */
  scope: Scope;
}

/** What the run printed, and what it depended on (RunInputs: stamps of paths relative to the root, or absolute). */
interface Replay extends RunInputs {
  key: string;
  scope: Scope;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Options that take a value, and flags: those of a plain run printing its report, nothing else is replayed. */
const VALUED = new Set(['-f', '--format', '-c', '--config', '--rule', '--max-warnings', '--cache-location']);
const ALIASES: Record<string, string> = { '-f': '--format', '-c': '--config' };
const FLAGS = new Set(['--quiet', '--color', '--no-color', '--cache']);
/** Replays kept per cache folder: the oldest go first. */
const MAX_REPLAYS = 32;
/**
 * A run that depended on more paths than this is not replayed: checking their stamps costs about
 * what the run cache does (a tree of tens of thousands of files), and so would recording them.
 */
export const MAX_REPLAY_PATHS = 50_000;
/** Nor is one whose record is larger than this (its report, then). */
const MAX_REPLAY_BYTES = 8 * 1024 * 1024;

/**
 * The slot for these arguments (without node and the script) and code (the files whose stamps
 * stand for it), or undefined when they ask for something else than a report on stdout (`init`,
 * `--output-file`, a baseline, `--no-cache`, …).
 */
export function replaySlot(argv: readonly string[], code: readonly string[]): ReplaySlot | undefined {
  try {
    return slotOf(argv, code);
  } catch {
    return undefined; // a working directory gone, say: the normal run words it
  }
}

function slotOf(argv: readonly string[], code: readonly string[]): ReplaySlot | undefined {
  let path: string | undefined;
  let location: string | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return undefined;
      if (name === '--cache-location') location = value;
      // Given twice, an option is a list the run refuses (only --rule repeats).
      const option = ALIASES[name] ?? name;
      if (option !== '--rule' && seen.has(option)) return undefined;
      seen.add(option);
    } else if (FLAGS.has(arg)) {
      // A boolean flag takes `true` or `false` after it as its value: not a path.
      if (argv[i + 1] === 'true' || argv[i + 1] === 'false') return undefined;
    } else if (arg.startsWith('-') || path !== undefined || arg === 'init') {
      return undefined;
    } else path = arg;
  }
  const dir = location === undefined ? defaultCacheDir() : location === '' ? undefined : resolve(location);
  if (dir === undefined) return undefined;
  const env = process.env;
  const key = JSON.stringify([argv, process.cwd(), env.NO_COLOR ?? null, env.FORCE_COLOR ?? null, outputDevice(), code.map(statStamp)]);
  return { file: join(dir, `replay-${hex8(fnv1a(key))}${hex8(fnv1a(key, 0x050c5d1f))}.json`), key, scope: findScope(path ?? '.') };
}

/**
 * What stdout is, as far as colours go (a run colours a terminal): the device, when it is a
 * character device (a terminal, or /dev/null), else nothing. node:tty's isatty would load
 * node:net (~8 ms).
 */
function outputDevice(): number | null {
  const stdout = fstatSync(1);
  return stdout.isCharacterDevice() ? stdout.rdev : null;
}

/** Prints the slot's replay (through `write`) and sets the exit code, when the replay holds; else false. */
export function replayed(slot: ReplaySlot, write: (fd: 1 | 2, text: string) => void = writeOut): boolean {
  let replay: Replay;
  try {
    replay = JSON.parse(readFileSync(slot.file, 'utf8')) as Replay;
    if (replay.key !== slot.key || replay.scope.root !== slot.scope.root || replay.scope.under !== slot.scope.under) return false;
    for (const [path, stamp, seen] of replay.stamps) {
      if (statStamp(isAbsolute(path) ? path : `${replay.root}/${path}`) !== stamp) return false;
      // A racy stamp (a change just before that run) does not vouch: the content that run saw must be there.
      if (racy(stamp, replay.startedMs) && !(seen && holds(seen, readSource(replay.root, path)))) return false;
    }
    if (typeof replay.stdout !== 'string' || typeof replay.stderr !== 'string' || !Number.isInteger(replay.exitCode)) return false;
  } catch {
    return false; // absent, damaged, or of another shape: a normal run
  }
  write(1, replay.stdout);
  if (replay.stderr) write(2, replay.stderr);
  process.exitCode = replay.exitCode;
  return true;
}

/**
 * Writes to a standard stream's descriptor directly: process.stdout would load Node's stream
 * modules first (~4 ms of a replay). What a non-blocking pipe does not take at once goes through
 * the stream.
 */
function writeOut(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(fd, bytes, done);
  } catch {
    (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(done));
  }
}

/**
 * Keeps what a run printed for its slot, when every stamp it depended on can vouch for the
 * content it saw, or comes with that content (a file changed just before the run):
 * otherwise (a folder changed just before) the replay could never be used, and any older one
 * is removed. Failures only cost the next run its speed.
 */
export function recordReplay(slot: ReplaySlot, inputs: RunInputs, printed: { stdout: string; stderr: string; exitCode: number }): void {
  try {
    if (!inputs.stamps.every(([, stamp, seen]) => seen !== undefined || !racy(stamp, inputs.startedMs))) {
      rmSync(slot.file, { force: true });
      return;
    }
    const text = JSON.stringify({ key: slot.key, scope: slot.scope, ...inputs, ...printed } satisfies Replay);
    if (text.length > MAX_REPLAY_BYTES) return;
    const dir = join(slot.file, '..');
    mkdirSync(dir, { recursive: true });
    const tmp = `${slot.file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, slot.file);
    pruneReplays(dir);
  } catch {
    // A read-only or forbidden cache folder only costs the next run its speed.
  }
}

/** The file reads as the run read it: the same text (compared as is: hashing would load node:crypto, ~5 ms), or the same reason it cannot be read. */
const holds = (seen: SourceRead, now: SourceRead): boolean => (typeof seen === 'string' ? now === seen : typeof now !== 'string' && now.text === seen.text);

/** Keeps the newest MAX_REPLAYS replays of the folder. */
function pruneReplays(dir: string): void {
  const replays = readdirSync(dir).filter((name) => name.startsWith('replay-') && name.endsWith('.json'));
  if (replays.length <= MAX_REPLAYS) return;
  const byAge = replays.map((name) => ({ name, mtimeMs: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { name } of byAge.slice(MAX_REPLAYS)) rmSync(join(dir, name), { force: true });
}

/** A name part: the key itself is compared. */
const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
