import type { CatalogData } from '../classify/catalog.js';
import type { SeverityOrOff } from '../types.js';
import type { Limits } from '../parse/limits.js';
import { CONFIG_NAMES } from './names.js';
export interface Config {
    /** `extraVars`: as `ansible-playbook -e` passes them, above every other variable. */
    ansible: {
        roots?: string[];
        extraVars?: Record<string, unknown>;
    };
    argocd: {
        roots?: string[];
        entrypoints?: string[];
        repoURLs?: string[];
        appsRoots?: string[];
    };
    ignore: string[];
    rules: Record<string, SeverityOrOff>;
    components: CatalogData['components'];
    appsets: Record<string, string[]>;
    /** Per-path severities, applied in order over `rules:`. */
    overrides: {
        files: string[];
        rules: Record<string, SeverityOrOff>;
    }[];
    /** Budgets raised over the defaults (src/parse/limits.ts). */
    limits?: Partial<Limits>;
}
/** The seed's ApplicationSet table, which the default configuration reproduces. */
export declare const DEFAULT_APPSETS: Record<string, string[]>;
export declare const defaultConfig: () => Config;
/** Invalid configuration: exit code 2 with these lines. */
export declare class ConfigError extends Error {
    readonly lines: string[];
    constructor(lines: string[]);
}
export { CONFIG_NAMES };
/** The configuration file to use: explicit, else one at the root, else none. */
export declare function findConfig(root: string, explicit?: string): string | undefined;
/**
 * `root`, when given, is the linted repository: the configured paths must name something in it.
 * `within`: the root the file must lie inside (the configuration found there, not one named with --config).
 */
export declare function loadConfig(file: string | undefined, knownRuleIds: ReadonlySet<string>, cwd?: string, root?: string, within?: string): Promise<Config>;
