// The architecture of ../shared/docs/style.md as rules dependency-cruiser checks
// (test/architecture.test.ts runs it as part of `npm test`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be read, tested or loaded alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'entry-points-use-the-public-entry',
      severity: 'error',
      comment: 'The CLI and the Action are clients of the library: they import src/index.ts (and its public types) and the outcome policy they share, nothing behind it; the replay of an unchanged run, which answers before the library loads, only the leaves it shares with it (stat stamps, the cache folder, the configuration names, reading a file).',
      from: { path: '^src/(cli|action)/' },
      to: { path: '^(src|rules)/', pathNot: ['^src/index\\.ts$', '^src/result\\.ts$', '^src/outcome/', '^src/$1/', '^src/cache/(stamp|cache-dir)\\.ts$', '^src/config/names\\.ts$', '^src/parse/read-source\\.ts$'] },
    },
    {
      name: 'outcome-uses-the-public-entry',
      severity: 'error',
      comment: 'What the CLI and the Action share (scope, rule overrides, outcome) is a client of the library too (the scope reads the configuration names from their leaf: the replay finds the scope before the library loads).',
      from: { path: '^src/outcome/' },
      to: { path: '^(src|rules)/', pathNot: ['^src/index\\.ts$', '^src/result\\.ts$', '^src/outcome/', '^src/config/names\\.ts$'] },
    },
    {
      name: 'formatters-use-the-public-result',
      severity: 'error',
      comment: 'A formatter is a pure function of the serialisable result: never the graph, the readers, the engine or the rules.',
      from: { path: '^src/format/' },
      to: { path: '^(src|rules)/', pathNot: ['^src/format/', '^src/result\\.ts$', '^src/types\\.ts$', '^src/version\\.ts$', '^src/engine/fingerprint\\.ts$'] },
    },
    {
      name: 'rules-use-the-engine-and-the-graph',
      severity: 'error',
      comment: 'A rule asks the graph (and the classified components); it never reads files or parses.',
      from: { path: '^rules/' },
      to: { path: '^src/', pathNot: ['^src/engine/rule\\.ts$', '^src/engine/suppress\\.ts$', '^src/graph/', '^src/classify/', '^src/types\\.ts$'] },
    },
    {
      name: 'readers-use-the-parse-layer',
      severity: 'error',
      comment: 'The Ansible and Argo CD readers turn parsed sources into models: they depend on the parse layer and the shared types, not on the graph, the rules or each other.',
      from: { path: '^src/(ansible|argocd)/' },
      to: { path: '^(src|rules)/', pathNot: ['^src/parse/', '^src/types\\.ts$', '^src/$1/'] },
    },
    {
      name: 'parse-layer-stands-alone',
      severity: 'error',
      comment: 'Parsing knows files and YAML, nothing of Ansible, Argo CD or rules.',
      from: { path: '^src/parse/' },
      to: { path: '^(src|rules)/', pathNot: ['^src/parse/', '^src/types\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|test|bench|scripts|fixtures)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
