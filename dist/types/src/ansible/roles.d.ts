import type { SourceSet } from '../parse/source-set.js';
import type { YamlDoc } from '../parse/yaml-file.js';
import type { FileRef } from '../types.js';
import type { Var } from './jinja.js';
export interface RoleResolution {
    status: FileRef['status'];
    dir?: string;
    notFound?: true;
}
/** The display name of a role directory: its path below the last `roles/`, else its base name. */
export declare function roleName(dir: string): string;
/** `main.yml`, `main.yaml` or `main` of a role folder (`tasks_from: install` → `tasks/install.yml`). */
export declare function roleFile(sources: SourceSet, dir: string, sub: string, name?: string): string | undefined;
export declare class Roles {
    private readonly sources;
    private readonly externalNames;
    private readonly collectionDirs;
    /** A roles path leads outside the repository, where a role not found here may be installed. */
    private readonly rolesPathOutside;
    constructor(sources: SourceSet, externalNames: ReadonlySet<string>, collectionDirs?: readonly string[], 
    /** A roles path leads outside the repository, where a role not found here may be installed. */
    rolesPathOutside?: boolean);
    /** Resolves a role reference. `searchDirs` are the playbook's roles dir, roles_path entries, the playbook dir, in order. */
    resolve(name: string, searchDirs: string[]): RoleResolution;
    /** `defaults/main.yml` (or a `main/` directory of files) as a variable layer. */
    varsOf(dir: string, sub: 'defaults' | 'vars'): Map<string, Var>;
    /** `meta/main.yml`: its dependencies (with the document for positions) and `allow_duplicates`. */
    meta(dir: string): {
        deps: unknown[];
        doc?: YamlDoc;
        allowDuplicates: boolean;
    };
}
