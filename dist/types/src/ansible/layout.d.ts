import type { SourceSet } from '../parse/source-set.js';
export interface AnsibleConfig {
    dir: string;
    /** Repo-relative roles_path entries that stay inside the repository. */
    rolesPath: string[];
    /** roles_path names a directory outside the repository (`~/.ansible/roles`, `/etc/ansible/roles`, `$VAR`). */
    rolesPathOutside: boolean;
    /** Repo-relative collections_path entries (vendored collections live below them). */
    collectionsPath: string[];
    /** Repo-relative inventory sources named by the config. */
    inventory: string[];
}
export interface Layout {
    roots: string[];
    playbooks: string[];
    configs: Map<string, AnsibleConfig>;
    /** Every role directory (repo-relative) found under the roots. */
    roleDirs: string[];
    /** Role and collection names installed from requirements files. */
    externalNames: Set<string>;
    /** Roles paths other tools pass to Ansible (`ANSIBLE_ROLES_PATH=` in a Makefile, script or CI file), inside the repository. */
    toolRolesPaths: string[];
    /** Some roles path (ansible.cfg or another tool's) leads outside the repository: a role found in none of ours may be there. */
    rolesPathOutside: boolean;
}
export declare function readConfig(sources: SourceSet, dir: string): AnsibleConfig | undefined;
/** Roots (given or detected) and their playbooks, configs and roles. */
export declare function readLayout(sources: SourceSet, givenRoots: string[] | undefined): Layout;
/** The `import_playbook` (or legacy top-level `include`) value of a playbook item. */
export declare function importTarget(item: Record<string, unknown>): unknown;
