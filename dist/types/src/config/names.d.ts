/** The names of the configuration file, first preferred; also what marks a repository root (src/outcome/scope.ts). */
export declare const CONFIG_NAMES: string[];
