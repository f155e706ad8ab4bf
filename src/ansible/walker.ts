// Follows playbooks the way ansible-playbook would order them — plays, roles
// with their dependencies, includes, blocks and handlers — and records every
// task with the variables visible to it. Unreachable role tasks are recorded too.
import type { SourceSet } from '../parse/source-set.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
import { dirOf, joinInRepo } from '../parse/paths.js';
import type { FileRef, Loc } from '../types.js';
import { candidatesOf, displayPath, markDir, resolveControllerPath, unrenderedStatus } from './controller-paths.js';
import { layerOf, renderValue, VarScope, type Layer, type Var } from './jinja.js';
import { importTarget, type AnsibleConfig, type Layout } from './layout.js';
import { roleFile, Roles } from './roles.js';
import { asList, asScalarString, isRecord, shown } from './shape.js';
import { taskAction } from './task-action.js';
import { loadVarsFile, VarSources } from './variables.js';

/** Bounds the walk on pathological input (include fan-out). */
const MAX_TASK_VISITS = 50_000;
const MAX_LOOP_ITEMS = 500;

const MAGIC_UNKNOWN = ['inventory_hostname', 'inventory_hostname_short', 'groups', 'group_names', 'hostvars', 'play_hosts', 'omit', 'inventory_dir', 'inventory_file', 'ansible_play_hosts'];

const ROLE_ENTRY_KEYWORDS = new Set(['role', 'name', 'vars', 'when', 'tags', 'become', 'become_user', 'become_method', 'delegate_to', 'environment', 'collections', 'ignore_errors', 'any_errors_fatal', 'no_log', 'connection']);

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
  handlerFiles: { file: string; ctx: TaskCtx }[];
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

const isLocalHost = (v: unknown): boolean => typeof v === 'string' && /^(localhost|127\.0\.0\.1)$/.test(v.trim());

export class Walker {
  readonly nodes: TaskNode[] = [];
  readonly plays: PlayState[] = [];
  readonly refs: FileRef[] = [];
  readonly reachableRoles = new Set<string>();
  /** Playbooks walked, as entries or through import_playbook. */
  readonly visitedPlaybooks = new Set<string>();
  /** Include, import and dependency loops met (each cut and recorded once). */
  readonly cycles: { at: Loc; chain: string[] }[] = [];
  private readonly cycleIds = new Set<string>();
  /** Role directories reached by reference (also those outside the detected role folders). */
  readonly referencedRoles = new Set<string>();
  private readonly seen = new Set<string>();
  /** Tasks some play ran: the unreachable pass skips them. */
  private readonly reachedIds = new Set<string>();
  private visits = 0;
  private readonly roles: Roles;
  private readonly varSources: VarSources;

  /** `ansible.extraVars` of the configuration: above every other variable, as `-e` is. */
  private readonly extraVars: Layer;

  constructor(
    private readonly sources: SourceSet,
    private readonly layout: Layout,
    extraVars: Record<string, unknown> = {},
  ) {
    this.extraVars = layerOf(extraVars);
    this.roles = new Roles(sources, layout.externalNames, [...layout.configs.values()].flatMap((c) => c.collectionsPath), layout.rolesPathOutside);
    this.varSources = new VarSources(sources);
  }

  // ------------------------------------------------------------ playbooks

  /** Runs a playbook as an entry point (its imports inlined). */
  runPlaybook(path: string): void {
    this.walkPlaybook(path, new Set(), new Map());
  }

  private rootOf(path: string): string {
    return this.layout.roots.filter((r) => r === '' || path.startsWith(r + '/')).sort((a, b) => b.length - a.length)[0] ?? dirOf(path);
  }

  private configFor(playbookDir: string): AnsibleConfig | undefined {
    return this.layout.configs.get(playbookDir) ?? this.layout.configs.get(this.rootOf(playbookDir + '/x'));
  }

  private roleSearchFor(playbookDir: string): string[] {
    const cfg = this.configFor(playbookDir);
    return [joinInRepo(playbookDir, 'roles') ?? playbookDir, ...(cfg?.rolesPath ?? []), ...this.layout.toolRolesPaths, playbookDir];
  }

  private walkPlaybook(path: string, stack: ReadonlySet<string>, facts: Map<string, Var>, from?: Loc): void {
    const key = `playbook:${path}`;
    if (this.loops(stack, key, from ?? { file: path, line: 1, column: 1 })) return;
    this.visitedPlaybooks.add(path);
    const inner = new Set([...stack, key]);
    const doc = this.sources.yaml(path)?.docs[0];
    const items = asList(doc?.value);
    if (!doc) return;
    const dir = dirOf(path);
    items.forEach((item, i) => {
      if (!isRecord(item)) return;
      const target = importTarget(item);
      if (target !== undefined) {
        const scope = new VarScope([this.magic(dir, undefined), layerOf(item.vars, doc, [i, 'vars']), this.extraVars]);
        const r = renderValue(target, scope);
        const from = doc.loc([i, Object.keys(item).find((k) => item[k] === target) ?? 'import_playbook']);
        const text = r.text;
        if (!r.complete || text === undefined) {
          this.ref(from, 'playbook', shown(target), { status: 'unresolved' }, true);
        } else if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(text) && !/\.ya?ml$/.test(text)) {
          this.ref(from, 'playbook', text, { status: 'external' }, true);
        } else {
          const res = resolveControllerPath(this.sources, text, { roleDirs: [], sub: '', playbookDir: dir });
          this.ref(from, 'playbook', displayPath(text), res, true);
          if (res.status === 'ok' && res.resolved) this.walkPlaybook(res.resolved, inner, facts, from);
        }
      } else if ('hosts' in item) {
        this.walkPlay(item, doc, i, path, facts, inner);
      }
    });
  }

  private magic(playbookDir: string | undefined, roleDir: string | undefined): Layer {
    const m = new Map<string, Var>();
    for (const n of MAGIC_UNKNOWN) m.set(n, { value: undefined, unknown: true });
    m.set('playbook_dir', playbookDir === undefined ? { value: undefined, unknown: true } : { value: markDir(playbookDir) });
    if (roleDir !== undefined) m.set('role_path', { value: markDir(roleDir) });
    return m;
  }

  private walkPlay(play: Record<string, unknown>, doc: YamlDoc, i: number, playbook: string, facts: Map<string, Var>, stack: ReadonlySet<string>): void {
    const playbookDir = dirOf(playbook);
    const hosts = Array.isArray(play.hosts) ? play.hosts.map(String).join(',') : asScalarString(play.hosts) ?? '';
    const state: PlayState = {
      index: this.plays.length,
      playbook,
      playbookDir,
      hosts,
      local: isLocalHost(hosts) || play.connection === 'local',
      groupLayers: this.varSources.groupLayers(hosts, playbookDir, this.rootOf(playbook), this.configFor(playbookDir)),
      roleDefaults: new Map(),
      playVars: layerOf(play.vars, doc, [i, 'vars']),
      roleVars: new Map(),
      facts,
      env: play.environment,
      tasks: [],
      rolesRun: new Set(),
      handlerFiles: [],
    };
    this.plays.push(state);
    const ctx: TaskCtx = { play: state, roleDirs: [], file: playbook, playbookDir, roleSearch: this.roleSearchFor(playbookDir), layers: [], env: [play.environment], delegated: state.local, stack };
    this.readVarsFiles(play.vars_files, doc, [i, 'vars_files'], ctx, state.playVars);

    // Roles are loaded at parse time: their defaults are visible from pre_tasks on.
    const roleEntries = asList(play.roles).map((entry, j) => this.roleEntry(entry, doc, [i, 'roles', j], ctx));
    for (const e of roleEntries) if (e.dir) for (const [k, v] of this.roles.varsOf(e.dir, 'defaults')) state.roleDefaults.set(k, v);

    this.walkList(play.pre_tasks, doc, [i, 'pre_tasks'], ctx);
    for (const e of roleEntries) if (e.dir) this.runRole(e.dir, ctx, { params: e.params, dedupe: true });
    this.walkList(play.tasks, doc, [i, 'tasks'], ctx);
    this.walkList(play.post_tasks, doc, [i, 'post_tasks'], ctx);
    this.walkList(play.handlers, doc, [i, 'handlers'], ctx);
    const handled = new Set<string>();
    for (const h of state.handlerFiles) {
      if (handled.has(h.file)) continue;
      handled.add(h.file);
      this.walkFile(h.file, h.ctx);
    }
  }

  private readVarsFiles(list: unknown, doc: YamlDoc, path: PathSegment[], ctx: TaskCtx, into: Map<string, Var>): void {
    asList(list).forEach((entry, j) => {
      // A list entry of a list means "the first of these that exists".
      const options = Array.isArray(entry) ? entry : [entry];
      for (const opt of options) {
        const r = renderValue(opt, this.scopeFor(ctx, new Map()));
        const res = r.complete && r.text !== undefined
          ? resolveControllerPath(this.sources, r.text, { roleDirs: [], sub: 'vars', playbookDir: ctx.playbookDir })
          : { status: unrenderedStatus(opt) };
        if (options.length > 1 && res.status !== 'ok') continue;
        this.ref(doc.loc([...path, j]), 'vars', r.text !== undefined ? displayPath(r.text) : shown(opt), res, true);
        if (res.resolved && this.sources.hasFile(res.resolved)) for (const [k, v] of loadVarsFile(this.sources, res.resolved)) into.set(k, v);
        break;
      }
    });
  }

  /** A `roles:` / `dependencies:` entry: its name resolved (ref recorded) and its parameters. */
  private roleEntry(entry: unknown, doc: YamlDoc, path: PathSegment[], ctx: TaskCtx, extraSearch: string[] = []): { dir?: string; params: Layer } {
    let name: unknown = entry;
    let namePath = path;
    const params = new Map<string, Var>();
    if (isRecord(entry)) {
      const key = 'role' in entry ? 'role' : 'name';
      name = entry[key];
      namePath = [...path, key];
      for (const [k, v] of layerOf(entry.vars, doc, [...path, 'vars'])) params.set(k, v);
      for (const k of Object.keys(entry)) if (!ROLE_ENTRY_KEYWORDS.has(k)) params.set(k, { value: entry[k], doc, path: [...path, k], at: doc.loc([...path, k]) });
    }
    const r = renderValue(name, this.scopeFor(ctx, params));
    const text = r.complete ? r.text : undefined;
    const res = text === undefined ? { status: 'unresolved' as const } : this.roles.resolve(text, [...ctx.roleSearch, ...extraSearch]);
    this.ref(doc.loc(namePath), 'role', text ?? shown(name ?? ''), { status: res.status, resolved: res.dir, notFound: res.notFound }, ctx.play !== undefined);
    if (res.dir) this.referencedRoles.add(res.dir);
    return { dir: res.dir, params };
  }

  private runRole(dir: string, ctx: TaskCtx, opts: { params: Layer; dedupe: boolean; tasksFrom?: string }, from?: Loc): void {
    const play = ctx.play;
    if (!play) return;
    const key = `role:${dir}`;
    if (this.loops(ctx.stack, key, from ?? { file: ctx.file, line: 1, column: 1 })) return;
    const meta = this.roles.meta(dir);
    const runKey = `${dir}#${opts.tasksFrom ?? 'main'}`;
    if (opts.dedupe && !meta.allowDuplicates && play.rolesRun.has(runKey)) return;
    play.rolesRun.add(runKey);
    this.reachableRoles.add(dir);
    const stack = new Set([...ctx.stack, key]);
    const roleCtx: TaskCtx = { ...ctx, roleDirs: [dir, ...ctx.roleDirs], layers: [...ctx.layers, opts.params], stack };
    if (meta.doc) {
      meta.deps.forEach((dep, j) => {
        const e = this.roleEntry(dep, meta.doc!, ['dependencies', j], { ...roleCtx, file: meta.doc!.file }, [dirOf(dir)]);
        if (e.dir) this.runRole(e.dir, { ...ctx, stack }, { params: e.params, dedupe: true }, meta.doc!.loc(['dependencies', j]));
      });
    }
    for (const [k, v] of this.roles.varsOf(dir, 'defaults')) play.roleDefaults.set(k, v);
    for (const [k, v] of this.roles.varsOf(dir, 'vars')) play.roleVars.set(k, v);
    const tasks = roleFile(this.sources, dir, 'tasks', opts.tasksFrom ?? 'main');
    if (tasks) this.walkFile(tasks, { ...roleCtx, file: tasks });
    const handlers = roleFile(this.sources, dir, 'handlers');
    if (handlers) play.handlerFiles.push({ file: handlers, ctx: { ...roleCtx, file: handlers } });
  }

  // ------------------------------------------------------------ task lists

  /** True when `key` is already being walked: the loop is cut and recorded once, with its path. */
  private loops(stack: ReadonlySet<string>, key: string, at: Loc): boolean {
    if (!stack.has(key)) return false;
    const keys = [...stack];
    const chain = [...keys.slice(keys.indexOf(key)), key].map((k) => k.slice(k.indexOf(':') + 1));
    const id = chain.join('\u0000');
    if (!this.cycleIds.has(id)) {
      this.cycleIds.add(id);
      this.cycles.push({ at, chain });
    }
    return true;
  }

  walkFile(file: string, ctx: TaskCtx, from?: Loc): void {
    const key = `tasks:${file}`;
    if (this.loops(ctx.stack, key, from ?? { file: ctx.file, line: 1, column: 1 })) return;
    const doc = this.sources.yaml(file)?.docs[0];
    if (!doc) return;
    this.walkList(doc.value, doc, [], { ...ctx, file, stack: new Set([...ctx.stack, key]) });
  }

  private walkList(list: unknown, doc: YamlDoc, path: PathSegment[], ctx: TaskCtx): void {
    asList(list).forEach((item, j) => {
      if (!isRecord(item) || this.visits > MAX_TASK_VISITS) return;
      const p = [...path, j];
      if ('block' in item || 'rescue' in item || 'always' in item) {
        const inner: TaskCtx = {
          ...ctx,
          layers: [...ctx.layers, layerOf(item.vars, doc, [...p, 'vars'])],
          env: [...ctx.env, item.environment],
          delegated: ctx.delegated || isLocalHost(item.delegate_to) || item.connection === 'local',
        };
        for (const k of ['block', 'rescue', 'always']) this.walkList(item[k], doc, [...p, k], inner);
        return;
      }
      this.task(item, doc, p, ctx);
    });
  }

  scopeFor(ctx: TaskCtx, taskVars: Layer): VarScope {
    const play = ctx.play;
    const base: Layer[] = play
      ? [new Map(play.roleDefaults), ...play.groupLayers, play.playVars, new Map(play.roleVars), new Map(play.facts)]
      : ctx.fixed ?? [];
    return new VarScope([this.magic(ctx.playbookDir, ctx.roleDirs[0]), ...base, ...ctx.layers, taskVars, this.extraVars]);
  }

  private task(item: Record<string, unknown>, doc: YamlDoc, path: PathSegment[], ctx: TaskCtx): void {
    const action = taskAction(item, path);
    if (!action) return;
    this.visits++;
    const at = doc.loc(path);
    if (!ctx.play && this.reachedIds.has(`${doc.file}:${at.line}`)) return;
    const taskVars = layerOf(item.vars, doc, [...path, 'vars']);
    const scope = this.scopeFor(ctx, taskVars);
    const node: TaskNode = {
      id: `${doc.file}:${at.line}`,
      at,
      name: asScalarString(item.name),
      module: action.module,
      args: action.args,
      argsPath: action.path,
      path,
      doc,
      raw: item,
      reachable: ctx.play !== undefined,
      play: ctx.play,
      ctx: { ...ctx, env: [...ctx.env, item.environment] },
      delegated: ctx.delegated || action.local || isLocalHost(item.delegate_to) || item.connection === 'local',
      instances: this.loopInstances(item, doc, path, scope, ctx),
    };
    const dupe = this.seen.has(`${node.id}#${ctx.play?.index ?? '-'}`);
    this.seen.add(`${node.id}#${ctx.play?.index ?? '-'}`);
    if (!dupe) this.nodes.push(node);
    ctx.play?.tasks.push(node);
    this.followTask(node, taskVars);
    if (typeof item.register === 'string' && ctx.play) ctx.play.facts.set(item.register, { value: undefined, unknown: true });
  }

  /** Includes, role includes, vars loading and facts: what changes the rest of the walk. */
  private followTask(node: TaskNode, taskVars: Layer): void {
    const { module, args, ctx, doc } = node;
    const childCtx: TaskCtx = { ...ctx, layers: [...ctx.layers, taskVars], delegated: node.delegated };
    const argLoc = (key: string): Loc => (isRecord(node.raw[node.argsPath[node.argsPath.length - 1]]) ? doc.loc([...node.argsPath, key]) : doc.loc(node.argsPath));
    if (module === 'include_tasks' || module === 'import_tasks' || module === 'include') {
      const raw = args.file ?? args._raw;
      for (const scope of node.instances) this.includeTasks(raw, scope, argLoc(args.file !== undefined ? 'file' : '_raw'), childCtx, node.reachable);
    } else if (module === 'include_role' || module === 'import_role') {
      const r = renderValue(args.name, node.instances[0]);
      const text = r.complete ? r.text : undefined;
      const res = text === undefined ? { status: 'unresolved' as const } : this.roles.resolve(text, ctx.roleSearch);
      this.ref(argLoc('name'), 'role', text ?? shown(args.name ?? ''), { status: res.status, resolved: res.dir, notFound: res.notFound }, node.reachable);
      if (res.dir) this.referencedRoles.add(res.dir);
      const from = renderValue(args.tasks_from, node.instances[0]).text;
      if (res.dir && ctx.play) {
        const params = layerOf(args.vars, doc, [...node.argsPath, 'vars']);
        this.runRole(res.dir, childCtx, { params, dedupe: false, tasksFrom: from?.replace(/\.ya?ml$/, '') }, argLoc('name'));
      }
    } else if (module === 'include_vars') {
      const raw = args.file ?? args._raw ?? args.dir;
      const r = renderValue(raw, node.instances[0]);
      const res = r.complete && r.text !== undefined
        ? resolveControllerPath(this.sources, r.text, this.places(ctx, 'vars'))
        : { status: unrenderedStatus(raw) };
      this.ref(argLoc(args.file !== undefined ? 'file' : args.dir !== undefined ? 'dir' : '_raw'), 'vars', r.text !== undefined ? displayPath(r.text) : shown(raw ?? ''), res, node.reachable);
      if (ctx.play && res.resolved) {
        const files = this.sources.hasFile(res.resolved) ? [res.resolved] : this.sources.filesIn(res.resolved).filter((f) => /\.ya?ml$/.test(f));
        const loaded = new Map<string, Var>();
        for (const f of files) for (const [k, v] of loadVarsFile(this.sources, f)) loaded.set(k, v);
        if (typeof args.name === 'string') ctx.play.facts.set(args.name, { value: Object.fromEntries([...loaded].map(([k, v]) => [k, v.value])) });
        else for (const [k, v] of loaded) ctx.play.facts.set(k, v);
      }
    } else if (module === 'set_fact' && ctx.play) {
      for (const [k, v] of Object.entries(args)) {
        if (k === 'cacheable' || k === '_raw') continue;
        const loc = argLoc(k);
        const r = renderValue(v, node.instances[0]);
        const fact: Var = typeof v === 'string' && !v.includes('{{') && !v.includes('{%')
          ? { value: v, at: loc, doc, path: [...node.argsPath, k] }
          : r.complete && node.instances.length === 1 ? { value: r.value, at: r.at ?? loc } : { value: undefined, unknown: true };
        ctx.play.facts.set(k, fact);
      }
    }
  }

  places(ctx: TaskCtx, sub: string): { roleDirs: string[]; taskDir: string; playbookDir: string; sub: string } {
    return { roleDirs: ctx.roleDirs, taskDir: dirOf(ctx.file), playbookDir: ctx.playbookDir, sub };
  }

  private includeTasks(raw: unknown, scope: VarScope, from: Loc, ctx: TaskCtx, reachable: boolean): void {
    const r = renderValue(raw, scope);
    const places = this.places(ctx, 'tasks');
    const placesHere = { ...places, roleDirs: ctx.roleDirs.slice(0, 1) };
    if (r.complete && r.text !== undefined) {
      const res = resolveControllerPath(this.sources, r.text, placesHere);
      this.ref(from, 'tasks', displayPath(r.text), res, reachable);
      if (reachable && res.resolved && this.sources.hasFile(res.resolved)) this.walkFile(res.resolved, ctx, from);
      return;
    }
    const text = typeof raw === 'string' ? raw : '';
    this.ref(from, 'tasks', text, { status: 'unresolved' }, reachable);
    if (!reachable) return;
    // `{{ ansible_os_family }}.yml`: every matching file of the directory is a possible include.
    const open = text.indexOf('{{');
    const close = text.lastIndexOf('}}');
    if (open < 0 || close < 0) return;
    const prefix = text.slice(0, open);
    const dirPart = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const suffix = text.slice(close + 2);
    if (suffix.includes('/') || dirPart.includes('{{')) return;
    const dirs = candidatesOf(dirPart || '.', placesHere).filter((d): d is string => d !== undefined && this.sources.hasDir(d));
    const dir = dirs[0];
    if (dir === undefined) return;
    const namePrefix = prefix.slice(prefix.lastIndexOf('/') + 1);
    for (const f of this.sources.filesIn(dir)) {
      const base = f.slice(dir ? dir.length + 1 : 0);
      if (f === ctx.file || !base.startsWith(namePrefix)) continue;
      if (suffix ? base.endsWith(suffix) : /\.ya?ml$/.test(base)) this.walkFile(f, ctx);
    }
  }

  private loopInstances(item: Record<string, unknown>, doc: YamlDoc, path: PathSegment[], scope: VarScope, ctx: TaskCtx): VarScope[] {
    const key = ['loop', 'with_items', 'with_list', 'with_flattened', 'with_dict', 'with_fileglob', 'with_first_found'].find((k) => k in item)
      ?? Object.keys(item).find((k) => k.startsWith('with_'));
    if (!key) return [scope];
    const loopVar = isRecord(item.loop_control) && typeof item.loop_control.loop_var === 'string' ? item.loop_control.loop_var : 'item';
    const unknownItem = [scope.with(new Map([[loopVar, { value: undefined, unknown: true }]]))];
    let vars: Var[] | undefined;
    const value = item[key];
    if (Array.isArray(value)) {
      vars = value.map((v, i) => ({ value: v, doc, path: [...path, key, i], at: doc.loc([...path, key, i]) }));
    } else {
      const r = renderValue(value, scope);
      if (r.complete && Array.isArray(r.value)) vars = r.value.map((v) => ({ value: v, at: r.at }));
      else if (r.complete && key === 'with_dict' && isRecord(r.value)) vars = Object.entries(r.value).map(([k, v]) => ({ value: { key: k, value: v }, at: r.at }));
      else if (r.complete && typeof r.value === 'string' && key !== 'loop') vars = [{ value: r.value, at: r.at }];
    }
    if (!vars) return unknownItem;
    if (key === 'with_items' || key === 'with_flattened') {
      vars = vars.flatMap((v) => (Array.isArray(v.value) ? v.value.map((x) => ({ value: x, at: v.at })) : [v]));
    } else if (key === 'with_dict') {
      vars = vars.length === 1 && isRecord(vars[0].value) ? Object.entries(vars[0].value).map(([k, v]) => ({ value: { key: k, value: v }, at: vars![0].at })) : vars;
    } else if (key === 'with_fileglob') {
      vars = vars.flatMap((v) => this.fileglob(v.value, scope, ctx));
    } else if (!['loop', 'with_list'].includes(key)) {
      return unknownItem;
    }
    return vars.slice(0, MAX_LOOP_ITEMS).map((v) => scope.with(new Map([[loopVar, v]])));
  }

  /** `with_fileglob`: controller files under `files/` matching the pattern (base-name wildcards). */
  private fileglob(pattern: unknown, scope: VarScope, ctx: TaskCtx): Var[] {
    const r = renderValue(pattern, scope);
    if (!r.complete || typeof r.text !== 'string') return [{ value: undefined, unknown: true }];
    const p = r.text;
    const slash = p.lastIndexOf('/');
    const dirPart = slash >= 0 ? p.slice(0, slash) : '.';
    const re = new RegExp(`^${p.slice(slash + 1).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    const dir = candidatesOf(dirPart, this.places(ctx, 'files')).find((d): d is string => d !== undefined && this.sources.hasDir(d));
    if (dir === undefined) return [];
    return this.sources.filesIn(dir).filter((f) => re.test(f.slice(f.lastIndexOf('/') + 1))).map((f) => ({ value: markDir(f) }));
  }

  // ------------------------------------------------------------ unreachable role tasks

  /** Records every task file of a role that no play reached (reachable: false). */
  walkUnreachableRole(dir: string): void {
    if (this.reachedIds.size === 0) for (const n of this.nodes) if (n.reachable) this.reachedIds.add(n.id);
    const playbookDir = dirOf(dirOf(dir));
    const cfgDir = this.rootOf(dir);
    const fixed: Layer[] = [
      this.roles.varsOf(dir, 'defaults'),
      ...this.varSources.groupLayers('all', playbookDir, cfgDir, this.configFor(playbookDir)),
      this.roles.varsOf(dir, 'vars'),
    ];
    const ctx: TaskCtx = { fixed, roleDirs: [dir], file: dir, playbookDir, roleSearch: this.roleSearchFor(playbookDir), layers: [], env: [], delegated: false, stack: new Set() };
    for (const sub of ['tasks', 'handlers']) {
      const base = joinInRepo(dir, sub);
      if (base === undefined) continue;
      for (const f of this.sources.files) if (f.startsWith(base + '/') && /\.ya?ml$/i.test(f)) this.walkFileUnreachable(f, ctx);
    }
  }

  private walkFileUnreachable(file: string, ctx: TaskCtx): void {
    const doc = this.sources.yaml(file)?.docs[0];
    if (doc) this.walkList(doc.value, doc, [], { ...ctx, file });
  }

  // ------------------------------------------------------------ refs

  ref(from: Loc, kind: FileRef['kind'], ref: string, res: { status: FileRef['status']; resolved?: string; notFound?: true }, reachable: boolean): void {
    const r: FileRef = { from, kind, ref, status: res.status, reachable };
    if (res.resolved !== undefined) r.resolved = res.resolved;
    if (res.notFound) r.notFound = true;
    this.refs.push(r);
  }
}
