// Entry point of the Ansible reader: the bootstrap layer as the rules see it.
// Static only: nothing is executed, nothing is fetched, files come from the SourceSet.
import type { SourceSet } from '../parse/source-set.js';
import { joinInRepo } from '../parse/paths.js';
import type { AnsibleRole, AnsibleTask, BootstrapDeployment, BootstrapModel, FileRef, Loc } from '../types.js';
import { Effects } from './effects.js';
import { renderValue, VarScope } from './jinja.js';
import { importTarget, readLayout } from './layout.js';
import { roleFile, roleName } from './roles.js';
import { asList, isRecord } from './shape.js';
import { externalCode, unresolvedRef } from './unresolved-ref.js';
import { Walker } from './walker.js';

export function readBootstrap(sources: SourceSet, options: { roots?: string[]; extraVars?: Record<string, unknown> }): BootstrapModel {
  const layout = readLayout(sources, options.roots);
  const walker = new Walker(sources, layout, options.extraVars);
  // Playbooks that another playbook imports run as part of it, not again on their own.
  const imported = importedPlaybooks(sources, layout.playbooks);
  const entries = layout.playbooks.filter((p) => !imported.has(p));
  for (const p of entries.length ? entries : layout.playbooks) walker.runPlaybook(p);
  // Playbooks that only import each other (a loop no entry reaches) still run when invoked.
  for (const p of layout.playbooks) if (!walker.visitedPlaybooks.has(p)) walker.runPlaybook(p);

  const allRoles = [...new Set([...layout.roleDirs, ...walker.referencedRoles])].sort();
  for (const dir of allRoles) if (!walker.reachableRoles.has(dir)) walker.walkUnreachableRole(dir);
  // Reachable role files that nothing includes are not run either.
  for (const dir of allRoles) if (walker.reachableRoles.has(dir)) walker.walkUnreachableRole(dir);

  const effects = new Effects(sources, walker);
  for (const play of walker.plays) effects.runPlay(play);
  for (const node of walker.nodes) if (!node.reachable) effects.refsOf(node);
  effects.finish();
  const dead = new Effects(sources, walker);
  dead.runDetached(walker.nodes.filter((n) => !n.reachable));

  const tasks = new Map<string, AnsibleTask>();
  for (const n of walker.nodes) {
    if (tasks.has(n.id)) continue;
    const t: AnsibleTask = { id: n.id, at: n.at, module: n.module, args: n.args, reachable: n.reachable, delegatedToController: n.delegated };
    if (n.name !== undefined) t.name = n.name;
    if (n.ctx.roleDirs[0] !== undefined) t.role = roleName(n.ctx.roleDirs[0]);
    if (n.play) t.play = n.play.index;
    tasks.set(n.id, t);
  }

  const refs = dedupeRefs([...walker.refs, ...effects.refs]);
  const roleOfFile = (file: string): string | undefined => {
    const dir = allRoles.filter((d) => file.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
    return dir === undefined ? undefined : roleName(dir);
  };
  return {
    roots: layout.roots,
    playbooks: layout.playbooks,
    roles: allRoles.map((dir) => roleOf(sources, dir, walker.reachableRoles.has(dir))),
    tasks: [...tasks.values()],
    refs,
    deployments: mergeLoopFiles(dedupe(effects.deployments, (d) => deploymentKey(d))),
    deadDeployments: dedupe(dead.deployments, (d) => deploymentKey(d)),
    installers: dedupe(effects.installers, (i) => `${i.kind}|${locKey(i.at)}`),
    argocdEntrypoints: dedupe(effects.entrypoints, (e) => `${e.file}|${locKey(e.at)}`),
    cycles: walker.cycles,
    namespaces: dedupe(effects.namespaces.flatMap((n) => (n.name !== undefined ? [{ name: n.name, at: n.at }] : [])), (n) => `${n.name}|${locKey(n.at)}`),
    secrets: dedupe(effects.secrets, (x) => `${x.key}|${locKey(x.at)}`),
    unresolved: dedupe(
      [
        ...refs.filter((r) => r.reachable && r.status === 'unresolved').map((r) => unresolvedRef(r, roleOfFile(r.from.file))),
        ...refs.filter((r) => r.reachable && r.status === 'external' && (r.kind === 'role' || r.kind === 'playbook')).map(externalCode),
        ...effects.unresolved,
        ...effects.namespaces.filter((n) => n.name === undefined).map((n) => ({
          affects: ['namespaces' as const],
          construct: `namespace ${n.written}`,
          at: n.at,
          unknown: 'which namespace the task creates',
        })),
      ],
      (u) => `${locKey(u.at)}|${u.construct}`,
    ),
  };
}

const locKey = (l: Loc): string => `${l.file}:${l.line}:${l.column}`;

function deploymentKey(d: BootstrapDeployment): string {
  return [d.mechanism, locKey(d.at), d.url ?? '', d.sourceFile ?? '', d.chart?.name ?? '', d.chart?.version ?? '', d.objects.map((o) => `${o.kind}/${o.name}`).join(',')].join('|');
}

/** The repository files one task puts in place over a loop (`with_fileglob`, `loop:`) are one deployment of that task. */
function mergeLoopFiles(deployments: BootstrapDeployment[]): BootstrapDeployment[] {
  const byTask = new Map<string, BootstrapDeployment>();
  const out: BootstrapDeployment[] = [];
  for (const d of deployments) {
    if (d.sourceFile === undefined || d.url !== undefined || d.chart !== undefined) {
      out.push(d);
      continue;
    }
    const key = `${d.mechanism}|${locKey(d.at)}`;
    const first = byTask.get(key);
    if (first) first.objects = [...first.objects, ...d.objects];
    else {
      const copy = { ...d };
      byTask.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One ref per place and target; reachable when any visit of the task was. */
function dedupeRefs(refs: FileRef[]): FileRef[] {
  const byKey = new Map<string, FileRef>();
  for (const r of refs) {
    const k = [locKey(r.from), r.kind, r.ref, r.status, r.resolved ?? ''].join('|');
    const prev = byKey.get(k);
    if (prev) prev.reachable ||= r.reachable;
    else byKey.set(k, { ...r });
  }
  return [...byKey.values()];
}

function importedPlaybooks(sources: SourceSet, playbooks: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of playbooks) {
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    for (const item of asList(sources.yaml(p)?.docs[0]?.value)) {
      const t = isRecord(item) ? importTarget(item) : undefined;
      const literal = renderValue(t, new VarScope([]));
      const target = typeof t === 'string' && literal.complete && literal.spans.length === 0 ? joinInRepo(dir, t) : undefined;
      if (target !== undefined && target !== p) out.add(target);
    }
  }
  return out;
}

function roleOf(sources: SourceSet, dir: string, reachable: boolean): AnsibleRole {
  const files = sources.files.filter((f) => f.startsWith(dir + '/'));
  const main = roleFile(sources, dir, 'tasks');
  const first = main && /\.ya?ml$/.test(main) ? main : files[0] ?? dir;
  return {
    name: roleName(dir),
    dir,
    reachable,
    at: { file: first, line: 1, column: 1 },
    assets: files.filter((f) => f.startsWith(`${dir}/templates/`) || f.startsWith(`${dir}/files/`)),
  };
}
