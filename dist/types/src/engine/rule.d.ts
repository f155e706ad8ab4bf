import type { Catalog } from '../classify/catalog.js';
import type { Component } from '../classify/classify.js';
import type { Config } from '../config/load.js';
import type { DeploymentGraph } from '../graph/graph.js';
import type { Loc, Severity, Unresolved } from '../types.js';
export interface RuleFinding {
    at: Loc;
    /** One of the rule's `messages` ids: which kind of message this is (the fixtures pin it). */
    messageId: string;
    message: string;
    component?: string;
    related?: Loc[];
    /**
     * A claim of absence that these unresolved constructs could falsify: the engine does
     * not report it, and incomplete-analysis names each construct and the claims it withheld.
     */
    withheldBy?: readonly Unresolved[];
}
/** A claim a rule withheld, and why. */
export interface Withheld {
    ruleId: string;
    at: Loc;
    because: readonly Unresolved[];
}
export interface RuleContext {
    graph: DeploymentGraph;
    components: readonly Component[];
    config: Readonly<Config>;
    catalog: Catalog;
    /** The claims the other rules withheld (given to the rules that run last). */
    withheld: readonly Withheld[];
}
export interface Rule {
    id: string;
    severity: Severity;
    category: 'layering' | 'coverage' | 'bootstrap-hygiene' | 'versions' | 'render' | 'constitution' | 'input';
    /** `repository`: about files of the repository as a whole; with several clusters it holds only if it holds in all. */
    scope?: 'repository';
    /** Not in the contract's catalog: a diagnostic this implementation adds (see README). */
    extension?: true;
    description: string;
    rationale: string;
    /** Message id → what that message says (as ESLint's meta.messages); the check builds the text itself, since it names files and components. */
    messages: Record<string, string>;
    /** Runs after every other rule, with their withheld claims in the context. */
    runsLast?: true;
    /** Fixture names under fixtures/<id>/, reused by the docs generator. */
    examples: {
        fails: string;
        passes: string;
    };
    check(ctx: RuleContext): RuleFinding[];
}
export declare const defineRule: (rule: Rule) => Rule;
/** "application X (ApplicationSet Y)" for messages. */
export declare const describeApp: (application?: string, appset?: string) => string;
