// Type-checks the sources and writes what the compiler makes of them, in one compiler run:
// the JavaScript of tsconfig.json (dist/src, dist/rules: the scripts run it) and the
// declarations of the library's public entry as tsconfig.types.json describes them
// (dist/types, committed). Two `tsc` runs parsed and bound the same ~450 files twice
// (@types/node is most of them) for the declarations, which the checked program emits
// at little cost. Exits 2 on any diagnostic `tsc -p` would print for either project.
//
// node scripts/compile.mjs [--no-emit]   (--no-emit: the check alone, writing nothing)
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const emit = !process.argv.includes('--no-emit');

/** The parsed tsconfig file (its `extends` applied). */
function project(name) {
  const file = join(ROOT, name);
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) report([error]);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file);
}

function report(diagnostics) {
  if (diagnostics.length === 0) return;
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => ts.sys.newLine };
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, host));
  process.exit(2);
}

const sources = project('tsconfig.json');
const types = project('tsconfig.types.json');
report([...sources.errors, ...types.errors]);

// The checked program, with declarations on (they change no JavaScript and no diagnostic of the check).
const program = ts.createProgram({ rootNames: sources.fileNames, options: { ...sources.options, declaration: emit }, configFileParsingDiagnostics: sources.errors });
const diagnostics = [
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...program.getSyntacticDiagnostics(),
  ...program.getSemanticDiagnostics(),
];
if (!emit) {
  report(ts.sortAndDeduplicateDiagnostics(diagnostics));
  process.exit(0);
}

// The files the declarations project holds (its root and what that imports): a program over the
// source files already parsed, never checked.
const parsed = new Map(program.getSourceFiles().map((f) => [f.fileName, f]));
const host = ts.createCompilerHost(types.options);
const read = host.getSourceFile;
host.getSourceFile = (fileName, ...rest) => parsed.get(fileName) ?? read.call(host, fileName, ...rest);
const declared = new Set(
  ts
    .createProgram({ rootNames: types.fileNames, options: types.options, host })
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile)
    .map((f) => f.fileName),
);

const sourcesOut = sources.options.outDir;
const typesOut = types.options.outDir;
const emitted = program.emit(undefined, (fileName, text, bom, _onError, [source] = []) => {
  if (!fileName.endsWith('.d.ts')) return ts.sys.writeFile(fileName, text, bom);
  // Declarations go where the declarations project puts them, for its files only.
  if (source && declared.has(source.fileName)) ts.sys.writeFile(join(typesOut, relative(sourcesOut, fileName)), text, bom);
});
// The emitter's problems: declarations (a type that cannot be named) of the declarations project's files, as its `tsc` reports them, and writes.
diagnostics.push(...emitted.diagnostics.filter((d) => !d.file || declared.has(d.file.fileName)));
report(ts.sortAndDeduplicateDiagnostics(diagnostics));
