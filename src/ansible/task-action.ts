// What a task does: its one non-keyword key (or `action:`/`local_action:`),
// the canonical module name and the merged arguments.
import type { PathSegment } from '../parse/yaml-file.js';
import { parseKeyValue } from './shell-words.js';
import { isRecord } from './shape.js';

const TASK_KEYWORDS = new Set([
  'name', 'when', 'loop', 'loop_control', 'register', 'notify', 'args', 'vars', 'become', 'become_user',
  'become_method', 'become_flags', 'become_exe', 'tags', 'delegate_to', 'delegate_facts', 'run_once',
  'environment', 'changed_when', 'failed_when', 'ignore_errors', 'ignore_unreachable', 'until', 'retries',
  'delay', 'listen', 'no_log', 'check_mode', 'diff', 'any_errors_fatal', 'throttle', 'timeout', 'collections',
  'module_defaults', 'connection', 'debugger', 'poll', 'async', 'remote_user', 'port', 'local_action', 'action',
  'block', 'rescue', 'always',
]);

export const isTaskKeyword = (key: string): boolean => TASK_KEYWORDS.has(key) || key.startsWith('with_');

/** Modules whose string argument is free-form text rather than `key=value`. */
const FREE_FORM = new Set(['command', 'shell', 'raw', 'script', 'win_shell', 'win_command']);

/** Modules whose string argument is a file name (`include_tasks: f.yml`, `file=f.yml` also accepted). */
const FILE_ARG = new Set(['include_tasks', 'import_tasks', 'include', 'include_vars', 'import_playbook', 'include_role', 'import_role']);

const KUBERNETES_ALIASES: Record<string, string> = {
  k8s: 'kubernetes.core.k8s',
  'community.okd.k8s': 'kubernetes.core.k8s',
  'redhat.openshift.k8s': 'kubernetes.core.k8s',
  helm: 'kubernetes.core.helm',
  helm_template: 'kubernetes.core.helm_template',
  helm_repository: 'kubernetes.core.helm_repository',
};

export function canonicalModule(name: string): string {
  let m = name.trim();
  m = m.replace(/^ansible\.(builtin|legacy)\./, '');
  m = m.replace(/^community\.kubernetes\./, 'kubernetes.core.');
  return KUBERNETES_ALIASES[m] ?? m;
}

export interface TaskAction {
  module: string;
  /** Arguments after merging `args:`; free-form text is in `_raw`. */
  args: Record<string, unknown>;
  /** Where the module's own arguments live in the task document. */
  path: PathSegment[];
  /** `local_action:` runs on the controller. */
  local: boolean;
}

/** The action of the task mapping at `taskPath`; undefined when it has none. */
export function taskAction(task: Record<string, unknown>, taskPath: PathSegment[]): TaskAction | undefined {
  let moduleName: string | undefined;
  let value: unknown;
  let path: PathSegment[];
  let local = false;
  const actionKey = 'local_action' in task ? 'local_action' : 'action' in task ? 'action' : undefined;
  if (actionKey) {
    local = actionKey === 'local_action';
    const a = task[actionKey];
    path = [...taskPath, actionKey];
    if (typeof a === 'string') {
      const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(a);
      if (!m) return undefined;
      moduleName = m[1];
      value = m[2];
    } else if (isRecord(a) && typeof a.module === 'string') {
      moduleName = a.module;
      value = Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'module'));
    } else return undefined;
  } else {
    moduleName = Object.keys(task).find((k) => !isTaskKeyword(k));
    if (!moduleName) return undefined;
    value = task[moduleName];
    path = [...taskPath, moduleName];
  }
  const module = canonicalModule(moduleName);
  const args = argsOf(module, value);
  if (isRecord(task.args)) for (const [k, v] of Object.entries(task.args)) if (!(k in args)) args[k] = v;
  if ((module === 'command' || module === 'shell') && args._raw === undefined) {
    if (typeof args.cmd === 'string') args._raw = args.cmd;
    else if (Array.isArray(args.argv)) args._raw = args.argv.map((w) => quoteWord(String(w))).join(' ');
  }
  return { module, args, path, local };
}

function argsOf(module: string, value: unknown): Record<string, unknown> {
  if (isRecord(value)) return { ...value };
  if (typeof value !== 'string') return value === null || value === undefined ? {} : { _raw: value };
  if (FREE_FORM.has(module)) return { _raw: value };
  const { pairs, rest } = parseKeyValue(value);
  const args: Record<string, unknown> = { ...pairs };
  if (rest.length) {
    if (FILE_ARG.has(module) && !('file' in args) && !('name' in args)) args[module.includes('role') ? 'name' : 'file'] = rest.join(' ');
    else args._raw = rest.join(' ');
  }
  return args;
}

const quoteWord = (w: string): string => (/[\s'"]/.test(w) ? `'${w.replace(/'/g, `'\\''`)}'` : w);
