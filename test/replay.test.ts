// The replay of a whole run by the command line's entry (src/cli/replay.ts): the same run on
// an unchanged tree prints what the last one printed without loading the tool, and any change
// of what that run depended on (a consulted file, a listed folder, the configuration, the
// repository the path belongs to, the arguments, the colour settings) means a normal run.
// The run that fills the cache has its clock a minute ahead (a preloaded module), so that the
// fixture copied just before is not "racy" for it; the replay it writes is then marked (its
// stdout replaced), so that a run shows whether it was replayed.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { lintWithInputs } from '../src/index.js';
import { recordReplay, replaySlot, replayed } from '../src/cli/replay.js';
import { readSource, type SourceRead } from '../src/parse/read-source.js';
import { racy, statStamp } from '../src/cache/stamp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/detectviz-lint.cjs');
const CLOCK_AHEAD = 'data:text/javascript,const now=Date.now;Date.now=()=>now()+60000;';
const MARK = 'REPLAYED\n';
/** A fixture with an error finding (exit 1): prometheus is in no ApplicationSet. */
const FIXTURE = 'fixtures/app-not-in-appset/service-missing-from-list-generator';
const APPS = 'argocd/apps/observability';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-replay-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plainEnv = (): NodeJS.ProcessEnv => {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
  return env;
};

function cli(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; clockAhead?: boolean } = {}): SpawnSyncReturns<string> {
  const node = options.clockAhead ? ['--import', CLOCK_AHEAD] : [];
  return spawnSync(process.execPath, [...node, BIN, ...args], { cwd, env: options.env ?? plainEnv(), encoding: 'utf8' });
}

/** A copy of the fixture inside its own parent folder, the cache filled by `args`, and its replay marked. */
function filled(name: string, args: string[]): { parent: string; repo: string; cache: string; args: string[] } {
  const parent = join(tmp, name);
  const repo = join(parent, 'repo');
  mkdirSync(parent);
  cpSync(fixtureRepo(join(ROOT, FIXTURE)), repo, { recursive: true });
  const cache = join(tmp, `${name}-cache`);
  const all = [...args, '--cache-location', cache];
  const first = cli(all, repo, { clockAhead: true });
  expect(first.status, first.stderr).toBe(1);
  const replays = readdirSync(cache).filter((f) => f.startsWith('replay-'));
  expect(replays).toHaveLength(1);
  const file = join(cache, replays[0]!);
  const replay = JSON.parse(readFileSync(file, 'utf8')) as { stdout: string; stderr: string; exitCode: number };
  expect([replay.stdout, replay.stderr, replay.exitCode]).toEqual([first.stdout, first.stderr, first.status]);
  writeFileSync(file, JSON.stringify({ ...replay, stdout: MARK }));
  return { parent, repo, cache, args: all };
}

describe('the replay of an unchanged run', () => {
  it('prints what the last run printed and exits as it did', () => {
    const { repo, args } = filled('same', ['.', '-f', 'json']);
    const again = cli(args, repo);
    expect(again.stdout).toBe(MARK);
    expect(again.status).toBe(1);
  });

  it.each([
    ['a consulted file edited', (repo: string) => appendFileSync(join(repo, `${APPS}/prometheus/deployment.yaml`), '# edited\n')],
    ['a file added to a listed folder', (repo: string) => writeFileSync(join(repo, `${APPS}/grafana/extra.yaml`), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n')],
    ['a folder removed', (repo: string) => rmSync(join(repo, `${APPS}/prometheus`), { recursive: true })],
    ['a configuration file added', (repo: string) => writeFileSync(join(repo, '.detectviz-lint.yaml'), 'rules:\n  app-not-in-appset: warning\n')],
  ])('is not used after %s: the run is made again', (name, change) => {
    const { repo, args } = filled(name.replace(/\W+/g, '-'), ['-f', 'json']);
    change(repo);
    const fresh = cli(['-f', 'json', '--no-cache'], repo);
    const again = cli(args, repo);
    expect(again.stdout).not.toBe(MARK);
    expect(again.stdout).toBe(fresh.stdout);
    expect(again.status).toBe(fresh.status);
  });

  it('is not used when the path now belongs to another repository (a marker above it)', () => {
    const { parent, repo, args } = filled('scope', ['-f', 'json']);
    mkdirSync(join(parent, '.git'));
    const again = cli(args, repo);
    expect(again.stdout).not.toBe(MARK);
    expect(again.stdout).toBe(cli(['-f', 'json', '--no-cache'], repo).stdout);
  });

  it('is not used for other arguments, colour settings or working directory', () => {
    const { parent, repo, args } = filled('options', ['-f', 'json']);
    expect(cli(['--quiet', ...args], repo).stdout).not.toBe(MARK);
    expect(cli(args, repo, { env: { ...plainEnv(), FORCE_COLOR: '1' } }).stdout).not.toBe(MARK);
    expect(cli(['repo', ...args.slice(1)], parent).stdout).not.toBe(MARK);
    // The first of these runs wrote its own replay: the marked one still answers its own arguments.
    expect(cli(args, repo).stdout).toBe(MARK);
  });

  it('means a normal run when the replay is damaged', () => {
    const { repo, cache, args } = filled('damaged', ['-f', 'json']);
    const file = join(cache, readdirSync(cache).find((f) => f.startsWith('replay-'))!);
    const fresh = cli(['-f', 'json', '--no-cache'], repo);
    for (const bytes of ['{"key": 1', JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), stamps: 'all' }), '[]']) {
      writeFileSync(file, bytes);
      const again = cli(args, repo);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(fresh.stdout);
      expect(again.status).toBe(1);
    }
  });
});

describe('which runs are replayed', () => {
  const code = join(tmp, 'code.cjs');
  writeFileSync(code, '');

  it.each([
    [['.', '-f', 'json'], true],
    [['--format=sarif', '--rule', 'a=off', '--rule=b=warning', '--quiet', '--no-color', '--max-warnings', '0', '-c', 'x.yaml'], true],
    [['--no-cache'], false],
    [['-o', 'report.txt'], false],
    [['--output-file=report.txt'], false],
    [['--baseline', 'known.json'], false],
    [['--write-baseline', 'known.json'], false],
    [['init'], false],
    [['--print-config'], false],
    [['--list-rules'], false],
    [['--help'], false],
    [['--color', 'false'], false],
    [['a', 'b'], false],
    [['-f'], false],
    [['-f', 'json', '--format', 'sarif'], false],
    [['--cache-location='], false],
  ])('%j: %s', (argv, replayable) => {
    expect(replaySlot(argv, [code]) !== undefined).toBe(replayable);
  });

  it('keys a slot by the code: a rebuilt entry does not replay the last build runs', () => {
    const before = replaySlot(['.'], [code])!;
    rmSync(code);
    writeFileSync(code, '// rebuilt\n');
    expect(replaySlot(['.'], [code])!.key).not.toBe(before.key);
    expect(replaySlot(['.'], [code])!.file).not.toBe(before.file);
  });

  it('records nothing for a run that saw a file changed within the clock resolution, and drops the older replay', () => {
    const cache = join(tmp, 'racy-cache');
    const slot = replaySlot(['--cache-location', cache], [code])!;
    const printed = { stdout: 'report\n', stderr: '', exitCode: 0 };
    recordReplay(slot, { startedMs: Date.now() + 60_000, root: tmp, stamps: [['code.cjs', statStamp(code)]] }, printed);
    expect(readdirSync(cache)).toHaveLength(1);
    recordReplay(slot, { startedMs: Date.now(), root: tmp, stamps: [['code.cjs', statStamp(code)]] }, printed);
    expect(readdirSync(cache)).toHaveLength(0);
  });

  it('replays a run that saw a file changed just before it only while the file holds the text that run saw', () => {
    const cache = join(tmp, 'hashed-cache');
    const slot = replaySlot(['--cache-location', cache], [code])!;
    const stamp = statStamp(code);
    // Started within the clock resolution of the file's last change: its stamp alone cannot vouch.
    const startedMs = Number(stamp.split(':')[3]) + 20;
    const printed = { stdout: 'report\n', stderr: 'note\n', exitCode: 1 };
    const replayOf = (seen?: SourceRead): [boolean, string, number | string | undefined] => {
      recordReplay(slot, { startedMs, root: tmp, stamps: [seen === undefined ? ['code.cjs', stamp] : ['code.cjs', stamp, seen]] }, printed);
      const out: string[] = [];
      const before = process.exitCode;
      try {
        const done = replayed(slot, (fd, text) => out.push(`${fd}:${text}`));
        return [done, out.join(''), process.exitCode];
      } finally {
        process.exitCode = before;
      }
    };
    // The text the run read.
    expect(replayOf(readSource(tmp, 'code.cjs'))).toEqual([true, '1:report\n2:note\n', 1]);
    expect(replayOf({ text: 'other content' })[0]).toBe(false);
    expect(replayOf('is not a regular file')[0]).toBe(false);
    // Without it there is nothing to check the file by: no replay is kept.
    expect(replayOf()[0]).toBe(false);
    expect(existsSync(slot.file)).toBe(false);
  });

  it('gives, for each file changed just before the run, the text the run read, long ones included', async () => {
    const repo = join(tmp, 'inputs');
    cpSync(fixtureRepo(join(ROOT, FIXTURE)), repo, { recursive: true });
    // A manifest too long for the run to keep its text (256 KB): read again, and checked by hash.
    const long = `${APPS}/prometheus/deployment.yaml`;
    appendFileSync(join(repo, long), `# ${'x'.repeat(300 * 1024)}\n`);
    const { inputs } = await lintWithInputs(repo, { cacheDir: join(tmp, 'inputs-cache') }, 10_000);
    const files = inputs!.stamps.filter(([path]) => statSync(join(repo, path)).isFile());
    expect(files.map(([path]) => path)).toContain(long);
    for (const [path, , seen] of files) expect(seen).toEqual(readSource(repo, path));
    expect(await lintWithInputs(repo, { cacheDir: join(tmp, 'inputs-cache') }, 10)).toEqual(expect.objectContaining({ inputs: undefined }));
  });

  it('takes the clock resolution a stamp cannot vouch within from what it shows of the clock', () => {
    // Whole seconds or milliseconds: a coarse clock (2 s); a fraction of a millisecond: the kernel's tick (50 ms).
    expect([racy('1:2:1000:1000', 2999), racy('1:2:1000:1000', 3001)]).toEqual([true, false]);
    expect([racy('1:2:1000.25:1000.25', 1050), racy('1:2:1000.25:1000.25', 1051)]).toEqual([true, false]);
  });

  it('keeps the newest 32 replays of a cache folder', () => {
    const cache = join(tmp, 'many-cache');
    for (let i = 0; i < 40; i++) {
      recordReplay(replaySlot([`--max-warnings=${i}`, '--cache-location', cache], [code])!, { startedMs: Date.now() + 60_000, root: tmp, stamps: [] }, { stdout: `${i}\n`, stderr: '', exitCode: 0 });
    }
    expect(readdirSync(cache).filter((f) => f.startsWith('replay-'))).toHaveLength(32);
  });
});
