import type { Config } from './config/load.js';
import type { Loc, Severity } from './types.js';
export type { Config } from './config/load.js';
export type { Loc, Severity, SeverityOrOff } from './types.js';
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    file: string;
    line: number;
    column: number;
    component?: string;
    related?: Loc[];
    /** The cluster, when the repository holds several and not all of them have this finding. */
    cluster?: string;
}
export interface ComponentDeploymentJson {
    file: string;
    line: number;
    mechanism: string;
    version?: string;
    application?: string;
    appset?: string;
}
export interface ComponentJson {
    name: string;
    /** Set when the repository holds several clusters. */
    cluster?: string;
    policy: string;
    bootstrap: ComponentDeploymentJson[];
    runtime: ComponentDeploymentJson[];
    status: 'ok' | 'violation';
}
/** What the run detected where nothing was configured (`--print-config`, `init`). */
export interface Detected {
    ansibleRoots: string[];
    playbooks: string[];
    /** Role directories, used or not. */
    roles: string[];
    /** Entry point files, and where each was found (the bootstrap task that applies it, or the file itself). */
    entrypoints: {
        file: string;
        origin: 'bootstrap' | 'config' | 'auto';
        at: {
            file: string;
            line: number;
        };
    }[];
    /** Normalised repoURLs that mean this repository. */
    localRepos: string[];
    appsRoots: string[];
}
/** The two layers of one cluster as the architecture report draws them. */
export interface DeploymentSummary {
    playbooks: string[];
    /** Each bootstrap deployment's task, with its role and the playbooks that reach it. */
    bootstrapSteps: {
        file: string;
        line: number;
        role?: string;
        playbooks: string[];
    }[];
    /** The Argo CD entry points, and the playbooks that apply them (origin bootstrap). */
    entrypoints: {
        file: string;
        origin: 'bootstrap' | 'config' | 'auto';
        playbooks: string[];
    }[];
    /** Applications and ApplicationSets by qualified id (namespace/name); parent and appset hold ids. */
    applications: {
        id: string;
        name: string;
        file: string;
        parent?: string;
        appset?: string;
    }[];
    applicationSets: {
        id: string;
        name: string;
        file: string;
        parent?: string;
    }[];
}
export interface ClusterReport {
    /** Undefined for a repository that holds one cluster. */
    name?: string;
    deployment: DeploymentSummary;
    detected: Detected;
}
export interface LintResult {
    root: string;
    config: Config;
    configFile?: string;
    findings: Finding[];
    components: ComponentJson[];
    summary: {
        errors: number;
        warnings: number;
        infos: number;
        filesScanned: number;
    };
    /** One entry per cluster; a single unnamed one for most repositories. */
    clusters: ClusterReport[];
}
/** A rule (or diagnostic) as reports describe it. */
export interface RuleInfo {
    id: string;
    severity: Severity;
    description: string;
    rationale: string;
    category?: string;
}
