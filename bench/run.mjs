#!/usr/bin/env node
// npm run bench: detectviz-lint as a whole process, per target: cold (--no-cache), warm
// (the cache filled by the previous run, tree unchanged), one file changed and ten files
// changed (real content edits of manifests of deployed apps between runs, the cache filled
// by the previous state), peak RSS of the cold run; side by side with the naive floor
// (bench/naive-parse.mjs: read + fully parse every YAML file), yamllint and ansible-lint
// when installed, and a bare `node -e 0` start. On the corpus (a temporary copy: the edits
// never touch it) and on generated repositories of 100, 1,000 and 10,000 apps. Medians of
// several runs, ratios, the targets of issue 15; a markdown table on stdout and JSON in
// bench/results/ (git-ignored).
//
//   npm run bench [-- --scales 100,1000,10000 --runs 5 --big-runs 3 --seed 42
//                    --no-corpus --no-compare --tool-runs-cap-s 30]
//
// It builds nothing: run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..');
const bin = join(project, 'dist', 'detectviz-lint.cjs');
const naive = join(here, 'naive-parse.mjs');

// ---- options --------------------------------------------------------------
const argv = process.argv.slice(2);
const USAGE = 'npm run bench [-- --scales 100,1000,10000 --runs 5 --big-runs 3 --seed 42 --no-corpus --no-compare --tool-runs-cap-s 30]\n';
const VALUED = ['--scales', '--runs', '--big-runs', '--seed', '--tool-runs-cap-s'];
const FLAGS = ['--no-corpus', '--no-compare'];
// An option it does not know (--help included) is answered with the usage, not with a 20-minute bench.
for (let i = 0; i < argv.length; i++) {
  if (VALUED.includes(argv[i]) && argv[i + 1] !== undefined) i++;
  else if (!FLAGS.includes(argv[i])) {
    const help = argv[i] === '--help' || argv[i] === '-h';
    const why = help ? '' : VALUED.includes(argv[i]) ? `bench: ${argv[i]} expects a value\n` : `bench: unknown option ${argv[i]}\n`;
    process.stderr.write(`${why}usage: ${USAGE}`);
    process.exit(help ? 0 : 2);
  }
}
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const seed = Number(opt('seed', 42));
const scales = String(opt('scales', '100,1000,10000'))
  .split(',')
  .filter(Boolean)
  .map(Number);
const runs = Number(opt('runs', 5));
const bigRuns = Number(opt('big-runs', 3));
/** A comparator (yamllint, ansible-lint) whose first run is slower than this runs once only. */
const toolCapS = Number(opt('tool-runs-cap-s', 30));
const corpus = resolve(process.env.DETECTVIZ_BENCH_CORPUS ?? join(project, '..', 'shared', 'corpus', 'detectviz-gitops'));

if (!existsSync(bin)) {
  process.stderr.write(`bench: ${bin} does not exist; run \`npm run build\` first (the bench builds nothing itself)\n`);
  process.exit(2);
}

// ---- environment ----------------------------------------------------------
const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const yamllint = flag('no-compare') ? undefined : have('yamllint');
const ansibleLint = flag('no-compare') ? undefined : have('ansible-lint');
const notes = [];
if (!timeBin) notes.push('/usr/bin/time not found: wall time from process.hrtime only, no peak RSS (apt-get install time)');
if (!yamllint) notes.push(flag('no-compare') ? 'yamllint skipped (--no-compare)' : 'yamllint not installed (Debian: apt-get install yamllint): column left empty');
if (!ansibleLint) notes.push(flag('no-compare') ? 'ansible-lint skipped (--no-compare)' : 'ansible-lint not installed (Debian: apt-get install ansible-lint): column left empty');
for (const n of notes) process.stderr.write(`bench: ${n}\n`);

const versionOf = (cmd, args) => {
  if (!cmd) return undefined;
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return (r.stdout || r.stderr || '').split('\n')[0].trim() || undefined;
};

/** The commit of the project, read from .git without running git (a worktree's .git is a file naming its git folder). */
function commit() {
  try {
    let gitDir = join(project, '.git');
    if (statSync(gitDir).isFile()) gitDir = resolve(project, readFileSync(gitDir, 'utf8').trim().replace(/^gitdir: /, ''));
    const commonDir = existsSync(join(gitDir, 'commondir')) ? resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim()) : gitDir;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 7);
    const ref = head.slice(5);
    if (existsSync(join(commonDir, ref))) return readFileSync(join(commonDir, ref), 'utf8').trim().slice(0, 7);
    const packed = readFileSync(join(commonDir, 'packed-refs'), 'utf8').split('\n').find((l) => l.endsWith(` ${ref}`));
    return packed?.slice(0, 7);
  } catch {
    return undefined;
  }
}

// ---- measuring ------------------------------------------------------------
const median = (xs) => {
  const s = xs.filter((x) => x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const timeOut = join(mkdtempSync(join(os.tmpdir(), 'dvl-bench-time-')), 'time.txt');

/** The process groups of the commands running now, killed with the bench on Ctrl-C. */
const running = new Set();
const killGroup = (pid) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
process.on('SIGINT', () => {
  for (const pid of running) killGroup(pid);
  process.exit(130);
});

// Every command runs without NODE_EXTRA_CA_CERTS: Node reads the bundle it names at the start of
// every process (80-130 ms with a system bundle), which no command here needs; a machine that
// sets it for a registry proxy would otherwise add that to node -e 0 and to every run.
const { NODE_EXTRA_CA_CERTS: _caBundle, ...cleanEnv } = process.env;
if (_caBundle !== undefined) notes.push('NODE_EXTRA_CA_CERTS is set here: every command runs without it (Node would read the CA bundle at each start)');

/** Runs a command once: wall ms (hrtime), peak RSS MB and CPU ms (from /usr/bin/time), exit code. */
function measure(cmd, args, { cwd = project, env = {}, captureStdout = false, timeoutMs = 600_000 } = {}) {
  return new Promise((resolvePromise) => {
    const full = timeBin ? [timeBin, ['-f', '%e %M %U %S', '-o', timeOut, cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    // Its own process group: at the timeout the command dies with /usr/bin/time, instead of
    // living on and holding the output pipe open (yamllint at 10,000 apps did).
    const child = spawn(full[0], full[1], { cwd, env: { ...cleanEnv, ...env }, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'], detached: true });
    running.add(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    child.on('close', (code, signal) => {
      running.delete(child.pid);
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let rssMB;
      let cpuMs;
      if (timeBin) {
        try {
          const line = readFileSync(timeOut, 'utf8').trim().split('\n').pop();
          const [, rssKB, user, sys] = line.split(/\s+/).map(Number);
          rssMB = rssKB / 1024;
          cpuMs = (user + sys) * 1000;
        } catch {
          // killed before /usr/bin/time wrote its line
        }
      }
      resolvePromise({ ms, rssMB, cpuMs, code: signal ? signal : code, stdout, stderr });
    });
  });
}

/** Counts every file (not .git) and its bytes, and the YAML files. */
function treeStats(root) {
  let files = 0;
  let bytes = 0;
  let yaml = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files += 1;
        bytes += statSync(p).size;
        if (/\.ya?ml$/.test(e.name)) yaml += 1;
      }
    }
  };
  walk(root);
  return { files, bytes, yaml };
}

// ---- the generated repositories, cached per (seed, apps, generator) --------
const genDir = join(os.tmpdir(), 'detectviz-lint-bench');
const generatorHash = createHash('sha256').update(readFileSync(join(here, 'generate.mjs'))).digest('hex').slice(0, 12);

/** A file's stat stamp is trusted by the cache only when it is older than the clock's resolution (2 s) at a run's start. */
const settle = () => new Promise((done) => setTimeout(done, 2100));

/** The generated tree; its stamp file says it is complete and unedited (removed while the bench edits it). */
async function generated(apps) {
  const dir = join(genDir, `seed-${seed}-apps-${apps}`);
  const stamp = `${dir}.json`;
  try {
    const s = JSON.parse(readFileSync(stamp, 'utf8'));
    if (s.generator === generatorHash && existsSync(dir)) return { dir, stamp };
  } catch {
    // not generated yet, by another generator version, or left edited by an interrupted bench
  }
  mkdirSync(genDir, { recursive: true });
  const t0 = performance.now();
  const stats = generate(dir, { apps, seed });
  writeFileSync(stamp, JSON.stringify({ generator: generatorHash, ...stats }));
  process.stderr.write(`bench: generated ${apps} apps in ${dir} (${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms\n`);
  await settle();
  return { dir, stamp };
}

/** The corpus, copied (never edited in place: it is the user's repository); .git is not part of what is linted. */
async function corpusCopy() {
  const dir = join(mkdtempSync(join(os.tmpdir(), 'dvl-bench-corpus-')), 'detectviz-gitops');
  cpSync(corpus, dir, { recursive: true, filter: (src) => !src.split('/').includes('.git') });
  await settle();
  return dir;
}

// ---- the edits between incremental runs -------------------------------------
/** A replica count, else a label value: a real change of a deployed object, the YAML staying valid. */
const EDITABLE = [
  { re: /^(\s*replicas:[ \t]*)(\d+)[ \t]*$/m, to: (m, i) => `${m[1]}${Number(m[2]) + i}` },
  { re: /^(\s+labels:[ \t]*\n\s+[\w./-]+:[ \t]*)([\w.-]+)[ \t]*$/m, to: (m, i) => `${m[1]}${m[2]}-r${i}` },
];
/** An image tag: a change of what the analysis reads (the early cutoff cannot answer it; the whole analysis runs). */
const IMAGE_TAG = [{ re: /^(\s*(?:- )?image:[ \t]*[^\s:'"]+):([\w.-]+)[ \t]*$/m, to: (m, i) => `${m[1]}:${m[2]}-r${i}` }];
const NOT_MANIFEST = /(^|\/)(kustomization\.ya?ml|Chart\.yaml|values[\w.-]*\.ya?ml)$|(^|\/)(charts|templates)\//;

/** The YAML files below a folder, sorted, relative to `root`. */
function yamlFilesUnder(root, dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = d ? `${d}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/**
 * `count` manifests of different deployed apps (from the layer table of the report), spread over
 * the apps, each with an edit: a manifest of the app's folder (its base and overlays) holding a
 * replica count or a label value.
 */
function chooseEdits(root, report, count, kinds = EDITABLE, taken = new Set()) {
  const appRoots = [...new Set(report.components.flatMap((c) => c.runtime.map((d) => dirname(d.file).replace(/\/(base|overlays\/[^/]+)(\/.*)?$/, ''))))].sort();
  const candidates = appRoots.flatMap((appRoot) => {
    for (const file of yamlFilesUnder(root, appRoot).filter((f) => !NOT_MANIFEST.test(f) && !taken.has(f))) {
      const text = readFileSync(join(root, file), 'utf8');
      const kind = kinds.find((k) => k.re.test(text));
      if (kind) {
        taken.add(file);
        return [{ file, text, kind }];
      }
    }
    return [];
  });
  const step = candidates.length / count;
  return candidates.length <= count ? candidates : Array.from({ length: count }, (_, k) => candidates[Math.floor(k * step)]);
}

/** Writes the i-th edit (a value the file never had in an earlier round, so every round changes its content). */
function applyEdit(root, { file, text, kind }, i) {
  writeFileSync(join(root, file), text.replace(kind.re, (...m) => kind.to(m, i)));
}

// ---- one target -----------------------------------------------------------
async function benchTarget(name, root, n, { stamp } = {}) {
  const stats = treeStats(root);
  process.stderr.write(`bench: ${name}: ${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MB, ${n} runs\n`);
  const cacheDir = mkdtempSync(join(os.tmpdir(), 'dvl-bench-cache-'));
  const lintArgs = [bin, root, '--format', 'json'];
  const cachedArgs = [...lintArgs, '--cache-location', cacheDir];
  // Fill the cache once (not measured); also records the findings and the layer table.
  const fill = await measure(process.execPath, cachedArgs, { captureStdout: true });
  let findings;
  let report;
  try {
    report = JSON.parse(fill.stdout);
    findings = report.summary;
  } catch {
    findings = { error: `exit ${fill.code}: ${fill.stderr.trim().split('\n').slice(-2).join(' ')}` };
  }
  // One manifest edited before the "1 changed" run, ten others before the "10 changed" run:
  // each run finds the cache filled by the state before its edits. The next round's edits
  // write other values, so its warm run sees the tree the last run cached.
  const edits = report ? chooseEdits(root, report, 11) : [];
  const [one, ten] = [edits.slice(0, 1), edits.slice(1)];
  // And one image tag, in a manifest none of those edits touch.
  const image = report ? chooseEdits(root, report, 1, IMAGE_TAG, new Set(edits.map((e) => e.file))) : [];
  if (edits.length < 11) notes.push(`${name}: ${edits.length} editable manifests of deployed apps (a replica count or a label value), not 11: ${one.length ? `"10 changed" changes ${ten.length}` : 'no incremental runs'}`);
  const samples = { cold: [], warm: [], one: [], ten: [], image: [], naive: [] };
  if (stamp) rmSync(stamp, { force: true });
  try {
    // Interleaved, so that a change of load on the machine hits every column alike.
    for (let i = 0; i < n; i++) {
      samples.cold.push(await measure(process.execPath, [...lintArgs, '--no-cache']));
      samples.warm.push(await measure(process.execPath, cachedArgs));
      const line = [`cold ${Math.round(samples.cold[i].ms)} ms`, `warm ${Math.round(samples.warm[i].ms)} ms`];
      for (const [key, changed] of [['one', one], ['ten', ten], ['image', image]]) {
        if (changed.length === 0) continue;
        for (const edit of changed) applyEdit(root, edit, i + 1);
        samples[key].push(await measure(process.execPath, cachedArgs));
        line.push(`${key === 'image' ? 'image tag' : `${changed.length}`} changed ${Math.round(samples[key][i].ms)} ms`);
      }
      samples.naive.push(await measure(process.execPath, [naive, root]));
      line.push(`naive ${Math.round(samples.naive[i].ms)} ms`);
      process.stderr.write(`bench: ${name}: run ${i + 1}/${n}: ${line.join(', ')}\n`);
    }
  } finally {
    for (const { file, text } of [...edits, ...image]) writeFileSync(join(root, file), text);
    if (stamp) writeFileSync(stamp, JSON.stringify({ generator: generatorHash, ...stats }));
    rmSync(cacheDir, { recursive: true, force: true });
  }

  // Comparators: a tool whose first run takes more than toolCapS runs once.
  const comparator = async (label, cmd, args, cwd) => {
    if (!cmd) return undefined;
    const out = [];
    for (let i = 0; i < n; i++) {
      out.push(await measure(cmd, args, { cwd, timeoutMs: 900_000 }));
      process.stderr.write(`bench: ${name}: ${label} run ${i + 1}: ${Math.round(out[i].ms)} ms (exit ${out[i].code})\n`);
      if (out[0].ms > toolCapS * 1000) break;
    }
    return out;
  };
  samples.yamllint = await comparator('yamllint', yamllint, ['-f', 'parsable', '.'], root);
  samples.ansibleLint = existsSync(join(root, 'ansible')) ? await comparator('ansible-lint', ansibleLint, ['--offline', '-p', 'ansible/'], root) : undefined;

  const r = {
    name,
    root,
    files: stats.files,
    yamlFiles: stats.yaml,
    bytes: stats.bytes,
    findings,
    edited: { one: one.map((e) => e.file), ten: ten.map((e) => e.file), image: image.map((e) => e.file) },
    cold: col(samples.cold, n),
    warm: col(samples.warm, n),
    one: col(samples.one, n),
    ten: col(samples.ten, n),
    image: col(samples.image, n),
    naive: col(samples.naive, n),
    yamllint: col(samples.yamllint, n),
    ansibleLint: col(samples.ansibleLint, n),
  };
  const over = (a, b) => (a && b ? a.ms / b.ms : undefined);
  r.ratios = {
    warmOverCold: over(r.warm, r.cold),
    oneOverCold: over(r.one, r.cold),
    tenOverCold: over(r.ten, r.cold),
    imageOverCold: over(r.image, r.cold),
    coldOverYamllint: over(r.cold, r.yamllint),
    coldOverNaive: over(r.cold, r.naive),
  };
  r.filesPerSecond = r.files / (r.cold.ms / 1000);
  return r;
}

/** The median and the spread of a column; peak RSS is the largest of its runs. */
function col(xs, n) {
  if (!xs || xs.length === 0) return undefined;
  const pick = (key) => median(xs.map((x) => x[key]));
  return {
    ms: pick('ms'),
    cpuMs: pick('cpuMs'),
    rssMB: xs.every((x) => x.rssMB === undefined) ? undefined : Math.max(...xs.map((x) => x.rssMB ?? 0)),
    runs: xs.length,
    capped: xs.length < n,
    /** Killed at the timeout: its time is a lower bound (a ratio over it, an upper bound). */
    timedOut: xs.some((x) => x.code === 'SIGKILL'),
    exitCodes: [...new Set(xs.map((x) => x.code))],
    samplesMs: xs.map((x) => Math.round(x.ms)),
  };
}

// ---- main -----------------------------------------------------------------
const started = new Date();
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const env = {
  date: started.toISOString(),
  commit: commit(),
  node: process.version,
  nproc: os.availableParallelism?.() ?? os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  loadavgBefore: load(),
  seed,
  generator: generatorHash,
  timing: timeBin ? '/usr/bin/time -f "%e %M %U %S" (peak RSS, CPU) + process.hrtime (wall)' : 'process.hrtime only (no RSS)',
  yamllint: versionOf(yamllint, ['--version']),
  ansibleLint: versionOf(ansibleLint, ['--version']),
  notes,
};

// A bare Node start: what no command-line tool on Node can go below.
const nodeStarts = [];
for (let i = 0; i < runs; i++) nodeStarts.push(await measure(process.execPath, ['-e', '0']));
env.nodeStart = col(nodeStarts, runs);
process.stderr.write(`bench: node -e 0: ${Math.round(env.nodeStart.ms)} ms (median of ${runs})\n`);

const results = [];
const scratch = [];
if (!flag('no-corpus')) {
  if (existsSync(corpus)) {
    const copy = await corpusCopy();
    scratch.push(dirname(copy));
    results.push({ ...(await benchTarget('corpus', copy, runs)), root: corpus });
  } else notes.push(`corpus ${corpus} not found: skipped (set DETECTVIZ_BENCH_CORPUS)`);
}
for (const apps of scales) {
  const { dir, stamp } = await generated(apps);
  results.push(await benchTarget(`${apps} apps`, dir, apps >= 10000 ? bigRuns : runs, { stamp }));
}
for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
env.loadavgAfter = load();

// ---- targets (issue 15) ---------------------------------------------------
const byName = (n) => results.find((r) => r.name === n);
const checks = [];
/** A ratio against its limit; undefined (–) when a side was not measured. */
const check = (id, value, limit, unit = ' ×', digits = 3) =>
  checks.push({ id, ok: value === undefined ? undefined : value <= limit, detail: value === undefined ? 'not measured' : `${value.toFixed(digits)}${unit}` });
const k10 = byName('10000 apps');
if (k10) {
  check('10,000 apps: unchanged tree ≤ 0.10 × cold', k10.ratios.warmOverCold, 0.1);
  check('10,000 apps: one changed manifest ≤ 0.20 × cold', k10.ratios.oneOverCold, 0.2);
  check('10,000 apps: cold ≤ 0.03 × yamllint', k10.ratios.coldOverYamllint, 0.03);
  check('10,000 apps: cold ≤ 0.30 × naive floor', k10.ratios.coldOverNaive, 0.3);
  check('10,000 apps: peak RSS ≤ 600 MB', k10.cold.rssMB, 600, ' MB', 0);
}
const c = byName('corpus');
if (c) {
  check('corpus: cold ≤ 0.08 × yamllint', c.ratios.coldOverYamllint, 0.08);
  check('corpus: warm ≤ 1.8 × node -e 0', c.warm.ms / env.nodeStart.ms, 1.8, ` × (${Math.round(c.warm.ms)} ms / ${Math.round(env.nodeStart.ms)} ms)`, 2);
}

// ---- output ---------------------------------------------------------------
const f0 = (x) => (x === undefined ? '–' : String(Math.round(x)));
const f2 = (x) => (x === undefined ? '–' : x.toFixed(2));
const ms = (c) => (c ? (c.timedOut ? '≥ ' : '') + f0(c.ms) + (c.capped ? '¹' : '') : '–');
const rows = [
  ['target', 'files', 'size MB', 'findings', 'cold ms', 'warm ms', '1 changed ms', '10 changed ms', 'image tag ms', 'naive floor ms', 'yamllint ms', 'ansible-lint ms', 'warm/cold', '1 changed/cold', 'image tag/cold', 'cold/yamllint', 'cold/naive', 'peak RSS MB', 'files/s'],
  ...results.map((r) => [
    r.name,
    String(r.files),
    (r.bytes / 1048576).toFixed(1),
    r.findings?.error ? 'error' : `${r.findings.errors}E ${r.findings.warnings}W`,
    ms(r.cold),
    ms(r.warm),
    ms(r.one),
    ms(r.ten),
    ms(r.image),
    ms(r.naive),
    ms(r.yamllint),
    ms(r.ansibleLint),
    f2(r.ratios.warmOverCold),
    f2(r.ratios.oneOverCold),
    f2(r.ratios.imageOverCold),
    f2(r.ratios.coldOverYamllint),
    f2(r.ratios.coldOverNaive),
    f0(r.cold.rssMB),
    f0(r.filesPerSecond),
  ]),
];
const table = rows.map((row, i) => `| ${row.join(' | ')} |` + (i === 0 ? `\n|${row.map((_, j) => (j === 0 ? '---' : '---:')).join('|')}|` : '')).join('\n');
const checkLines = checks.map((x) => `- ${x.ok === undefined ? '–' : x.ok ? '✔' : '✖'} ${x.id}: ${x.detail}`).join('\n');
const header =
  `detectviz-lint ${env.commit ?? '(no commit)'} · node ${env.node} · nproc ${env.nproc} · load average ${env.loadavgBefore.join(' ')} (before) / ${env.loadavgAfter.join(' ')} (after) · ` +
  `medians of ${runs} runs (${bigRuns} for 10,000 apps) · seed ${seed} · node -e 0: ${Math.round(env.nodeStart.ms)} ms`;
const foot =
  'cold: `node dist/detectviz-lint.cjs <repo> --format json --no-cache`; warm: the same with `--cache-location <dir>` filled by the previous run, the tree unchanged; ' +
  '1 changed / 10 changed: the same after editing one / ten manifests of deployed apps (a replica count, else a label value; other values each round), the cache filled by the state before the edits; ' +
  'image tag: the same after editing the image tag of one more deployed manifest (a value the analysis reads: the early cutoff cannot answer it); ' +
  'naive floor: `node bench/naive-parse.mjs <repo>` (read + parseAllDocuments + toJS of every .yaml/.yml); yamllint: `yamllint -f parsable .`; ' +
  'ansible-lint: `ansible-lint --offline -p ansible/`. The corpus is linted from a temporary copy. Peak RSS (the largest of the runs) and files/s are of the cold run; ¹ one run only (first run over ' +
  `${toolCapS} s); ≥ killed at the 15-minute timeout (a ratio over it is at most the value shown).`;
process.stdout.write(`\n${header}\n\n${table}\n\n${checkLines}\n\n${foot}\n${notes.length ? `\n${notes.map((n) => `note: ${n}`).join('\n')}\n` : ''}`);

const outDir = join(here, 'results');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify({ env, results, checks, table }, null, 2) + '\n';
const file = join(outDir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, json);
writeFileSync(join(outDir, 'latest.json'), json);
rmSync(dirname(timeOut), { recursive: true, force: true });
process.stderr.write(`bench: wrote ${file} and ${join(outDir, 'latest.json')}\n`);
