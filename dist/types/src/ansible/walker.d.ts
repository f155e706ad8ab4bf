import type { SourceSet } from '../parse/source-set.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
import type { FileRef, Loc } from '../types.js';
import { VarScope, type Layer, type Var } from './jinja.js';
import { type Layout } from './layout.js';
export interface PlayState {
    index: number;
    playbook: string;
    playbookDir: string;
    hosts: string;
    /** Tasks run on the controller (`hosts: localhost`, `connection: local`). */
    local: boolean;
    groupLayers: Layer[];
    roleDefaults: Map<string, Var>;
    playVars: Map<string, Var>;
    roleVars: Map<string, Var>;
    /** set_fact / include_vars / register: shared by the plays of one run, as facts persist per host. */
    facts: Map<string, Var>;
    env: unknown;
    tasks: TaskNode[];
    rolesRun: Set<string>;
    handlerFiles: {
        file: string;
        ctx: TaskCtx;
    }[];
}
export interface TaskCtx {
    play?: PlayState;
    /** Fixed variable layers for tasks that no play reaches. */
    fixed?: Layer[];
    /** Current role first, then the roles that include or depend on it. */
    roleDirs: string[];
    file: string;
    playbookDir: string;
    roleSearch: string[];
    layers: Layer[];
    env: unknown[];
    delegated: boolean;
    stack: ReadonlySet<string>;
}
export interface TaskNode {
    id: string;
    at: Loc;
    name?: string;
    module: string;
    args: Record<string, unknown>;
    /** Path of the module's own arguments, and of the task, in `doc`. */
    argsPath: PathSegment[];
    path: PathSegment[];
    doc: YamlDoc;
    raw: Record<string, unknown>;
    reachable: boolean;
    play?: PlayState;
    ctx: TaskCtx;
    delegated: boolean;
    /** One scope per loop item (a single one without a loop); `item` unknown when the loop cannot be read. */
    instances: VarScope[];
}
export declare class Walker {
    private readonly sources;
    private readonly layout;
    readonly nodes: TaskNode[];
    readonly plays: PlayState[];
    readonly refs: FileRef[];
    readonly reachableRoles: Set<string>;
    /** Playbooks walked, as entries or through import_playbook. */
    readonly visitedPlaybooks: Set<string>;
    /** Include, import and dependency loops met (each cut and recorded once). */
    readonly cycles: {
        at: Loc;
        chain: string[];
    }[];
    private readonly cycleIds;
    /** Role directories reached by reference (also those outside the detected role folders). */
    readonly referencedRoles: Set<string>;
    private readonly seen;
    /** Tasks some play ran: the unreachable pass skips them. */
    private readonly reachedIds;
    private visits;
    private readonly roles;
    private readonly varSources;
    /** `ansible.extraVars` of the configuration: above every other variable, as `-e` is. */
    private readonly extraVars;
    constructor(sources: SourceSet, layout: Layout, extraVars?: Record<string, unknown>);
    /** Runs a playbook as an entry point (its imports inlined). */
    runPlaybook(path: string): void;
    private rootOf;
    private configFor;
    private roleSearchFor;
    private walkPlaybook;
    private magic;
    private walkPlay;
    private readVarsFiles;
    /** A `roles:` / `dependencies:` entry: its name resolved (ref recorded) and its parameters. */
    private roleEntry;
    private runRole;
    /** True when `key` is already being walked: the loop is cut and recorded once, with its path. */
    private loops;
    walkFile(file: string, ctx: TaskCtx, from?: Loc): void;
    private walkList;
    scopeFor(ctx: TaskCtx, taskVars: Layer): VarScope;
    private task;
    /** Includes, role includes, vars loading and facts: what changes the rest of the walk. */
    private followTask;
    places(ctx: TaskCtx, sub: string): {
        roleDirs: string[];
        taskDir: string;
        playbookDir: string;
        sub: string;
    };
    private includeTasks;
    private loopInstances;
    /** `with_fileglob`: controller files under `files/` matching the pattern (base-name wildcards). */
    private fileglob;
    /** Records every task file of a role that no play reached (reachable: false). */
    walkUnreachableRole(dir: string): void;
    private walkFileUnreachable;
    ref(from: Loc, kind: FileRef['kind'], ref: string, res: {
        status: FileRef['status'];
        resolved?: string;
        notFound?: true;
    }, reachable: boolean): void;
}
