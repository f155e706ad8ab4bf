// Bundles the CLI (src/cli/main.ts) into dist/chunks/main-<hash>.mjs and the library's public
// entry (src/index.ts, the package's `exports`) into dist/index.mjs, sharing a few chunks
// (dist/chunks/): a handful of modules to load instead of hundreds keeps start-up short, which
// pre-commit users feel on every commit, and a run the cache answers never loads the chunks of
// the analysis (parsers, readers, rules), which are most of the code. The package's bin,
// dist/detectviz-lint.cjs (src/cli/entry.ts), is CommonJS, which Node starts ~10 ms faster than
// a module: a replayed run (src/cli/replay.ts) loads nothing else; any other loads the CLI.
// Also bundles the GitHub Action (action/index.mjs), which is committed: GitHub runs an
// action from the checked-out repository without installing anything, so the bundle must
// be self-contained and byte-identical for the same sources (test/action.test.ts checks it).
//
// node scripts/bundle.mjs [cli|action]...   (default: both)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const BUNDLES = {
  cli: { entries: { 'chunks/main': 'src/cli/main.ts', index: 'src/index.ts' }, outdir: 'dist', chunks: 'dist/chunks', launcher: { name: 'detectviz-lint', source: 'src/cli/entry.ts', runs: 'chunks/main' } },
  action: { entries: { index: 'src/action/main.ts' }, outdir: 'action' },
};

// yargs prints its English defaults: no locale file is bundled, and y18n would otherwise
// look for one on every run at a path outside the package (<dist>/../../../locales).
const noLocaleFiles = {
  name: 'no-locale-files',
  setup(build) {
    build.onLoad({ filter: /[\\/]y18n[\\/]build[\\/]lib[\\/]platform-shims[\\/]node\.js$/ }, () => ({
      contents: "import { format } from 'node:util'; import { resolve } from 'node:path'; export default { fs: {}, format, resolve, exists: () => false };",
      loader: 'js',
    }));
  },
};

// Work that dependencies do when their module loads and that only some runs need is put
// off until first use: string-width (yargs lays out --help with it) builds an Intl.Segmenter
// and a \p{RGI_Emoji} regular expression, 50 ms of ICU work on every run. Each patch must
// apply, so an upgraded dependency fails the build rather than silently losing the saving.
const DEFERRED = [
  {
    file: /[\\/]string-width[\\/]index\.js$/,
    patches: [
      [/^const segmenter = new Intl\.Segmenter\(\);$/m, 'let segmenterOnDemand;\nconst segmenter = { segment: (text) => (segmenterOnDemand ??= new Intl.Segmenter()).segment(text) };'],
      // Only the newest string-width has this expression.
      [/^const rgiEmojiRegex = (\/.*\/v);$/m, 'let rgiEmojiOnDemand;\nconst rgiEmojiRegex = { test: (text) => (rgiEmojiOnDemand ??= $1).test(text) };', 'optional'],
    ],
  },
];
const deferredWork = {
  name: 'deferred-work',
  setup(build) {
    for (const { file, patches } of DEFERRED) {
      build.onLoad({ filter: file }, ({ path }) => {
        let contents = readFileSync(path, 'utf8');
        for (const [pattern, replacement, optional] of patches) {
          if (!pattern.test(contents)) {
            if (optional) continue;
            throw new Error(`deferred-work: ${path} no longer matches ${pattern}`);
          }
          contents = contents.replace(pattern, replacement);
        }
        return { contents, loader: 'js' };
      });
    }
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in BUNDLES)) {
    process.stderr.write(`bundle: unknown bundle "${name}"; use ${Object.keys(BUNDLES).join(' or ')}\n`);
    process.exit(2);
  }
}

/** Writes only when the bytes change, through a rename: a process running the bundle never sees half a file. */
function writeIfChanged(file, bytes) {
  if (existsSync(file) && readFileSync(file).equals(bytes)) return;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // A bundle with a hashbang (the CLI, the package's bin) is executable, as esbuild itself would make it.
  writeFileSync(tmp, bytes, { mode: bytes.subarray(0, 2).toString() === '#!' ? 0o755 : 0o644 });
  renameSync(tmp, file);
}

await Promise.all(
  (wanted.length > 0 ? wanted : Object.keys(BUNDLES)).map(async (name) => {
    const { entries, outdir, chunks, launcher } = BUNDLES[name];
    const out = await build({
      // Paths in esbuild's module comments are relative to the package root whatever the
      // working directory, so the output is the same on every machine.
      absWorkingDir: ROOT,
      entryPoints: entries,
      outdir,
      outExtension: { '.js': '.mjs' },
      // Chunk names carry a hash of their content, so a changed chunk is a new file.
      splitting: chunks !== undefined,
      chunkNames: 'chunks/[name]-[hash]',
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      plugins: [noLocaleFiles, deferredWork],
      // CommonJS dependencies (yaml, ajv) call require() for Node built-ins.
      banner: { js: "import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);" },
    });
    const files = out.outputFiles.map((f) => ({ path: f.path, bytes: Buffer.from(f.contents) }));
    if (launcher) files.push(await launch(launcher, outdir, files));
    if (chunks) {
      const current = new Set(files.map((f) => basename(f.path)));
      for (const old of existsSync(join(ROOT, chunks)) ? readdirSync(join(ROOT, chunks)) : []) if (!current.has(old)) rmSync(join(ROOT, chunks, old));
    }
    for (const file of files) writeIfChanged(file.path, file.bytes);
  }),
);

/**
 * The launcher: the entry bundled alone as CommonJS, its `import('./main.js')` pointing at the
 * CLI's bundle, renamed after the hash of its content. That content names the chunks it loads,
 * which carry their own hashes, so the launcher's bytes change whenever any code does: its stat
 * stamp is the code stamp of a replayed run.
 */
async function launch({ name, source, runs }, outdir, files) {
  const main = files.find((f) => f.path === join(ROOT, outdir, `${runs}.mjs`));
  const hash = createHash('sha256').update(main.bytes).digest('hex').slice(0, 8).toUpperCase();
  main.path = join(ROOT, outdir, `${runs}-${hash}.mjs`);
  const out = await build({
    absWorkingDir: ROOT,
    entryPoints: [source],
    outfile: join(outdir, `${name}.cjs`),
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    define: { 'import.meta.url': '__launcherUrl' },
    banner: { js: "const __launcherUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [{ name: 'cli-bundle', setup: (b) => b.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: `./${runs}-${hash}.mjs`, external: true })) }],
  });
  return { path: out.outputFiles[0].path, bytes: Buffer.from(out.outputFiles[0].contents) };
}
