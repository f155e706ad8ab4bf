import type { SourceSet } from '../parse/source-set.js';
import { type Layer, type Var } from './jinja.js';
import type { AnsibleConfig } from './layout.js';
/** The top-level mapping of a plain-YAML vars file, each key with its position. */
export declare function loadVarsFile(sources: SourceSet, path: string): Map<string, Var>;
/** `group_vars/<name>` as a file (`.yml`, `.yaml`, `.json`, none) or a directory of files, merged in name order. */
export declare function loadGroupVars(sources: SourceSet, baseDir: string, name: string): Layer;
/** Inventory variables and group_vars that apply to plays of a playbook. */
export declare class VarSources {
    private readonly sources;
    private readonly inventories;
    constructor(sources: SourceSet);
    /** INI inventories for a playbook: named by ansible.cfg, else conventional names beside the playbook or at the root. */
    private inventoriesFor;
    private readInventory;
    /** Layers, lowest first: inventory `[group:vars]`, group_vars/all, group_vars/<group> (parents before children). */
    groupLayers(hosts: string, playbookDir: string, root: string, cfg: AnsibleConfig | undefined): Layer[];
}
