// Bundles the CLI into one ESM file (dist/detectviz-lint.mjs): one module to load
// instead of hundreds keeps start-up short, which pre-commit users feel on every commit.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/detectviz-lint.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS dependencies (yaml, ajv) call require() for Node built-ins.
  banner: { js: "import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);" },
});
