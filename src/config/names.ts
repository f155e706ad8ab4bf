/** The names of the configuration file, first preferred; also what marks a repository root (src/outcome/scope.ts). */
export const CONFIG_NAMES = ['.detectviz-lint.yaml', '.detectviz-lint.yml'];
