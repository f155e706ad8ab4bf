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
export declare const DEFAULT_LIMITS: Readonly<Limits>;
export declare const limitsOf: (configured: Partial<Limits> | undefined) => Limits;
/** A budget reached, where. */
export interface LimitReached {
    at: Loc;
    message: string;
    /** What the cut leaves unknown, when claims of absence depend on it (the Applications past the budget). */
    unresolved?: Unresolved;
}
/** The finding's words: what was cut, the budget, and how to raise it. */
export declare const limitMessage: (name: keyof Limits, value: number, what: string) => string;
