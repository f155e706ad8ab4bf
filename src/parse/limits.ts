// The budgets of one run. Each bounds work that the input controls (fan-out, expansion,
// output); when one is reached the run goes on without the excess and says so: one
// incomplete-analysis finding that names the budget and the key (`limits.<name>` in
// .detectviz-lint.yaml) that raises it.
import type { Loc, Unresolved } from '../types.js';

export interface Limits {
  /** Applications one ApplicationSet may generate (matrix and merge generators multiply). */
  applicationsPerApplicationSet: number;
  /** Kubernetes objects one build (kustomize, Helm CRDs, plain directory) may produce. */
  resourcesPerBuild: number;
  /** Characters one rendered template string may hold (`toJson .` of large parameters). */
  templateExpansionChars: number;
  /** Findings of one rule shown in one file. */
  findingsPerRuleAndFile: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  applicationsPerApplicationSet: 5000,
  resourcesPerBuild: 100_000,
  templateExpansionChars: 64 * 1024,
  findingsPerRuleAndFile: 1000,
};

export const limitsOf = (configured: Partial<Limits> | undefined): Limits => ({ ...DEFAULT_LIMITS, ...configured });

/** A budget reached, where. */
export interface LimitReached {
  at: Loc;
  message: string;
  /** What the cut leaves unknown, when claims of absence depend on it (the Applications past the budget). */
  unresolved?: Unresolved;
}

/** The finding's words: what was cut, the budget, and how to raise it. */
export const limitMessage = (name: keyof Limits, value: number, what: string): string =>
  `${what}: the analysis stopped at the budget of ${value} (limits.${name}); what lies beyond was not checked. Raise limits.${name} in .detectviz-lint.yaml to check it`;
