// What a rule is: metadata and one pure check over the graph (ESLint's meta + create).
import type { Catalog } from '../classify/catalog.js';
import type { Component } from '../classify/classify.js';
import type { Config } from '../config/load.js';
import type { DeploymentGraph } from '../graph/graph.js';
import type { Loc, Severity } from '../types.js';

export interface RuleFinding {
  at: Loc;
  message: string;
  component?: string;
  related?: Loc[];
}

export interface RuleContext {
  graph: DeploymentGraph;
  components: readonly Component[];
  config: Readonly<Config>;
  catalog: Catalog;
}

export interface Rule {
  id: string;
  severity: Severity;
  category: 'layering' | 'coverage' | 'bootstrap-hygiene' | 'versions' | 'render' | 'input';
  /** `repository`: about files of the repository as a whole; with several clusters it holds only if it holds in all. */
  scope?: 'repository';
  /** Not in the contract's catalog: a diagnostic this implementation adds (see README). */
  extension?: true;
  description: string;
  rationale: string;
  /** Fixture names under fixtures/<id>/, reused by the docs generator. */
  examples: { fails: string; passes: string };
  check(ctx: RuleContext): RuleFinding[];
}

export const defineRule = (rule: Rule): Rule => rule;

/** "application X (ApplicationSet Y)" for messages. */
export const describeApp = (application?: string, appset?: string): string =>
  application ? `Application ${application}${appset ? ` (ApplicationSet ${appset})` : ''}` : 'the runtime layer';
