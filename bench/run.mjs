#!/usr/bin/env node
// npm run bench: detectviz-lint as a whole process (cold: --no-cache; warm: with
// a filled cache in DETECTVIZ_LINT_CACHE_DIR), side by side with the naive floor
// (bench/naive-parse.mjs: read + fully parse every YAML file) and yamllint /
// ansible-lint when installed, on the corpus and on generated repositories of
// 100, 1,000 and 10,000 apps. Medians of several runs, ratios, peak RSS, files/s;
// a markdown table on stdout and JSON in bench/results/ (git-ignored).
//
//   npm run bench [-- --scales 100,1000,10000 --runs 5 --big-runs 3 --seed 42
//                    --no-corpus --no-compare --tool-runs-cap-s 30]
//
// It builds nothing: run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..');
const bin = join(project, 'dist', 'detectviz-lint.mjs');
const naive = join(here, 'naive-parse.mjs');

// ---- options --------------------------------------------------------------
const argv = process.argv.slice(2);
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

/** The commit of the project, read from .git without running git. */
function commit() {
  try {
    const gitDir = join(project, '.git');
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 7);
    const ref = head.slice(5);
    if (existsSync(join(gitDir, ref))) return readFileSync(join(gitDir, ref), 'utf8').trim().slice(0, 7);
    const packed = readFileSync(join(gitDir, 'packed-refs'), 'utf8').split('\n').find((l) => l.endsWith(` ${ref}`));
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

/** Runs a command once: wall ms (hrtime), peak RSS MB and CPU ms (from /usr/bin/time), exit code. */
function measure(cmd, args, { cwd = project, env = {}, captureStdout = false, timeoutMs = 600_000 } = {}) {
  return new Promise((resolvePromise) => {
    const full = timeBin ? [timeBin, ['-f', '%e %M %U %S', '-o', timeOut, cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(full[0], full[1], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
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

function generated(apps) {
  const dir = join(genDir, `seed-${seed}-apps-${apps}`);
  const stamp = `${dir}.json`;
  try {
    const s = JSON.parse(readFileSync(stamp, 'utf8'));
    if (s.generator === generatorHash && existsSync(dir)) return { dir, reused: true };
  } catch {
    // not generated yet, or by another generator version
  }
  mkdirSync(genDir, { recursive: true });
  const t0 = performance.now();
  const stats = generate(dir, { apps, seed });
  writeFileSync(stamp, JSON.stringify({ generator: generatorHash, ...stats }));
  process.stderr.write(`bench: generated ${apps} apps in ${dir} (${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms\n`);
  return { dir, reused: false };
}

// ---- one target -----------------------------------------------------------
async function benchTarget(name, root, n) {
  const stats = treeStats(root);
  process.stderr.write(`bench: ${name}: ${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MB, ${n} runs\n`);
  const cacheDir = mkdtempSync(join(os.tmpdir(), 'dvl-bench-cache-'));
  const lintArgs = [bin, root, '--format', 'json'];
  // Fill the cache once (not measured); also records the findings.
  const fill = await measure(process.execPath, lintArgs, { env: { DETECTVIZ_LINT_CACHE_DIR: cacheDir }, captureStdout: true });
  let findings;
  try {
    findings = JSON.parse(fill.stdout).summary;
  } catch {
    findings = { error: `exit ${fill.code}: ${fill.stderr.trim().split('\n').slice(-2).join(' ')}` };
  }
  const samples = { cold: [], warm: [], naive: [] };
  // Interleaved, so that a change of load on the machine hits every column alike.
  for (let i = 0; i < n; i++) {
    samples.cold.push(await measure(process.execPath, [...lintArgs, '--no-cache']));
    samples.warm.push(await measure(process.execPath, lintArgs, { env: { DETECTVIZ_LINT_CACHE_DIR: cacheDir } }));
    samples.naive.push(await measure(process.execPath, [naive, root]));
    process.stderr.write(`bench: ${name}: run ${i + 1}/${n}: cold ${Math.round(samples.cold[i].ms)} ms, warm ${Math.round(samples.warm[i].ms)} ms, naive ${Math.round(samples.naive[i].ms)} ms\n`);
  }
  rmSync(cacheDir, { recursive: true, force: true });

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

  const pick = (xs, key) => (xs ? median(xs.map((x) => x[key])) : undefined);
  const col = (xs) =>
    xs && {
      ms: pick(xs, 'ms'),
      cpuMs: pick(xs, 'cpuMs'),
      rssMB: xs.every((x) => x.rssMB === undefined) ? undefined : Math.max(...xs.map((x) => x.rssMB ?? 0)),
      runs: xs.length,
      capped: xs.length < n,
      exitCodes: [...new Set(xs.map((x) => x.code))],
      samplesMs: xs.map((x) => Math.round(x.ms)),
    };
  const r = {
    name,
    root,
    files: stats.files,
    yamlFiles: stats.yaml,
    bytes: stats.bytes,
    findings,
    cold: col(samples.cold),
    warm: col(samples.warm),
    naive: col(samples.naive),
    yamllint: col(samples.yamllint),
    ansibleLint: col(samples.ansibleLint),
  };
  r.ratios = {
    coldOverYamllint: r.yamllint ? r.cold.ms / r.yamllint.ms : undefined,
    coldOverNaive: r.cold.ms / r.naive.ms,
    warmOverCold: r.warm.ms / r.cold.ms,
  };
  r.filesPerSecond = r.files / (r.cold.ms / 1000);
  return r;
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

const targets = [];
if (!flag('no-corpus')) {
  if (existsSync(corpus)) targets.push(['corpus', corpus, runs]);
  else notes.push(`corpus ${corpus} not found: skipped (set DETECTVIZ_BENCH_CORPUS)`);
}
for (const apps of scales) targets.push([`${apps} apps`, generated(apps).dir, apps >= 10000 ? bigRuns : runs]);

const results = [];
for (const [name, root, n] of targets) results.push(await benchTarget(name, root, n));
env.loadavgAfter = load();

// ---- targets --------------------------------------------------------------
const byName = (n) => results.find((r) => r.name === n);
const checks = [];
const check = (id, ok, detail) => checks.push({ id, ok, detail });
const c = byName('corpus');
if (c) {
  if (c.yamllint) check('corpus cold ≤ 0.10 × yamllint', c.ratios.coldOverYamllint <= 0.1, `${c.ratios.coldOverYamllint.toFixed(3)} ×`);
  else check('corpus cold ≤ 0.10 × yamllint', undefined, 'yamllint not installed');
  check('corpus cold ≤ 0.40 × naive floor', c.ratios.coldOverNaive <= 0.4, `${c.ratios.coldOverNaive.toFixed(3)} ×`);
  check('corpus warm ≤ 150 ms', c.warm.ms <= 150, `${Math.round(c.warm.ms)} ms`);
}
const k1 = byName('1000 apps');
const k10 = byName('10000 apps');
if (k1 && k10) check('growth 1,000 → 10,000 apps ≤ 11×', k10.cold.ms / k1.cold.ms <= 11, `${(k10.cold.ms / k1.cold.ms).toFixed(2)} ×`);
if (k10) {
  check('10,000 apps cold ≤ 10 s', k10.cold.ms <= 10_000, `${(k10.cold.ms / 1000).toFixed(2)} s`);
  if (k10.cold.rssMB !== undefined) check('10,000 apps peak RSS ≤ 1 GiB', k10.cold.rssMB <= 1024, `${Math.round(k10.cold.rssMB)} MB`);
}

// ---- output ---------------------------------------------------------------
const f0 = (x) => (x === undefined ? '–' : String(Math.round(x)));
const f2 = (x) => (x === undefined ? '–' : x.toFixed(2));
const rows = [
  ['target', 'files', 'size MB', 'findings', 'cold ms', 'cold CPU ms', 'warm ms', 'naive floor ms', 'yamllint ms', 'ansible-lint ms', 'cold/yamllint', 'cold/naive', 'peak RSS MB', 'files/s'],
  ...results.map((r) => [
    r.name,
    String(r.files),
    (r.bytes / 1048576).toFixed(1),
    r.findings?.error ? 'error' : `${r.findings.errors}E ${r.findings.warnings}W`,
    f0(r.cold.ms),
    f0(r.cold.cpuMs),
    f0(r.warm.ms),
    f0(r.naive.ms),
    r.yamllint ? f0(r.yamllint.ms) + (r.yamllint.capped ? '¹' : '') : '–',
    r.ansibleLint ? f0(r.ansibleLint.ms) + (r.ansibleLint.capped ? '¹' : '') : '–',
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
  `medians of ${runs} runs (${bigRuns} for 10,000 apps) · seed ${seed}`;
const foot =
  'cold: `node dist/detectviz-lint.mjs <repo> --format json --no-cache`; warm: same with a cache filled once in DETECTVIZ_LINT_CACHE_DIR; ' +
  'naive floor: `node bench/naive-parse.mjs <repo>` (read + parseAllDocuments + toJS of every .yaml/.yml); yamllint: `yamllint -f parsable .`; ' +
  'ansible-lint: `ansible-lint --offline -p ansible/`. Peak RSS and files/s are of the cold run; ¹ one run only (first run over ' +
  `${toolCapS} s).`;
process.stdout.write(`\n${header}\n\n${table}\n\n${checkLines}\n\n${foot}\n${notes.length ? `\n${notes.map((n) => `note: ${n}`).join('\n')}\n` : ''}`);

const outDir = join(here, 'results');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify({ env, results, checks, table }, null, 2) + '\n';
const file = join(outDir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, json);
writeFileSync(join(outDir, 'latest.json'), json);
rmSync(dirname(timeOut), { recursive: true, force: true });
process.stderr.write(`bench: wrote ${file} and ${join(outDir, 'latest.json')}\n`);
