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
      comment: 'The CLI and the Action are clients of the library: they import src/index.ts (and its public types), nothing behind it.',
      from: { path: '^src/(cli|action)/' },
      to: { path: '^(src|rules)/', pathNot: ['^src/index\\.ts$', '^src/result\\.ts$', '^src/(cli|action)/'] },
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
