// The fast tier: a rule checked against a deployment graph built in code, no repository on
// disk. It pins the soundness contract at its smallest: a claim of absence is made on
// complete knowledge, withheld (and named by incomplete-analysis) when a construct that
// could falsify it was not understood.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { buildCatalog, readEmbeddedCatalog } from '../src/classify/catalog.js';
import { defaultConfig } from '../src/config/load.js';
import { runRules } from '../src/engine/run.js';
import { buildGraph } from '../src/graph/graph.js';
import type { BootstrapModel, Loc, RuntimeModel, Unresolved } from '../src/types.js';

const at = (file: string, line = 1): Loc => ({ file, line, column: 1 });

function bootstrap(over: Partial<BootstrapModel> = {}): BootstrapModel {
  return {
    roots: ['ansible'],
    playbooks: ['ansible/site.yml'],
    roles: [],
    tasks: [],
    refs: [],
    deployments: [],
    deadDeployments: [],
    installers: [],
    cycles: [],
    argocdEntrypoints: [],
    unresolved: [],
    namespaces: [],
    secrets: [],
    ...over,
  };
}

function runtime(over: Partial<RuntimeModel> = {}): RuntimeModel {
  return {
    entrypoints: [],
    applications: [],
    applicationSets: [],
    objects: [],
    charts: [],
    pathRefs: [],
    localRepos: [],
    deployedFiles: new Set(),
    childArgoFiles: new Set(),
    remotes: [],
    cycles: [],
    crds: [],
    secrets: [],
    helmValues: [],
    valuesImages: [],
    renderProblems: [],
    unresolved: [],
    ...over,
  };
}

const catalog = buildCatalog(readEmbeddedCatalog(), {});

/** Every rule over a graph of these models: the findings as rule id and place. */
function check(boot: BootstrapModel, run: RuntimeModel, appUnits = [] as { dir: string; at: Loc; covered: boolean }[]) {
  const graph = buildGraph({ bootstrap: boot, runtime: run, parseProblems: [], escapes: [], appUnits, appsRoots: ['apps'] });
  const findings = runRules(rules, { graph, components: [], config: defaultConfig(), catalog }, () => 'error');
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);
}

const orphan = { dir: 'apps/web', at: at('apps/web/kustomization.yaml'), covered: false };
const unknownRoot: Unresolved = {
  affects: ['entrypoints', 'bootstrap-deploys'],
  construct: 'applied file {{ root_manifest }}',
  at: at('ansible/site.yml', 7),
  unknown: 'which manifests it applies',
  configKey: 'ansible.extraVars',
};

describe('a rule against a graph built in code', () => {
  it('claims an app directory nothing deploys when every root is known', () => {
    expect(check(bootstrap(), runtime(), [orphan])).toEqual(['app-not-in-appset apps/web/kustomization.yaml:1']);
  });

  it('withholds that claim while what bootstrap applies is unknown, and names the construct once', () => {
    expect(check(bootstrap({ unresolved: [unknownRoot] }), runtime(), [orphan])).toEqual(['incomplete-analysis ansible/site.yml:7']);
  });

  it('an unknown scoped to one Application does not withhold a claim about the repository', () => {
    const plugin: Unresolved = { affects: ['runtime-deploys'], construct: 'Kustomize generator plugin', at: at('apps/api/kustomization.yaml', 4), unknown: 'which objects it renders', scope: { application: 'argocd/api' } };
    expect(check(bootstrap(), runtime({ unresolved: [plugin] }), [orphan])).toEqual(['app-not-in-appset apps/web/kustomization.yaml:1']);
  });

  it('an unknown that withholds nothing is not reported', () => {
    expect(check(bootstrap({ unresolved: [unknownRoot] }), runtime())).toEqual([]);
  });
});
