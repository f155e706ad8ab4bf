// Bundles the CLI into one ESM file (dist/detectviz-lint.mjs): one module to load
// instead of hundreds keeps start-up short, which pre-commit users feel on every commit.
// Also bundles the GitHub Action (action/index.mjs), which is committed: GitHub runs an
// action from the checked-out repository without installing anything, so the bundle must
// be self-contained and byte-identical for the same sources (test/action.test.ts checks it).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const common = {
  // Relative to the package root whatever the working directory: the paths esbuild
  // writes into its module comments stay the same on every machine.
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS dependencies (yaml, ajv) call require() for Node built-ins.
  banner: { js: "import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);" },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/detectviz-lint.mjs' }),
  build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'action/index.mjs' }),
]);
