// The architecture report a reviewer reads (a pull-request comment, $GITHUB_STEP_SUMMARY):
// a verdict, the layer table of the seed document, the ApplicationSet table, a mermaid
// diagram of the two layers, then the findings grouped by rule. Everything comes from
// the public result (components and each cluster's deployment summary): nothing is read from disk.
import { basename } from 'node:path';
import type { ComponentDeploymentJson, ComponentJson, DeploymentSummary, LintResult } from '../result.js';
import { docsUrl, messageOf, ruleInfos } from './rule-docs.js';
import type { Formatter } from './types.js';

/** Most generated apps named in one diagram node; the rest are counted. */
export const MAX_APPS_PER_NODE = 12;
/** More root Applications without children than this are drawn as one node. */
const MAX_SINGLE_ROOTS = 4;

const MECHANISM: Record<string, string> = {
  'static-pod': 'static pod',
  manifest: 'manifest',
  helm: 'Helm',
  'k3s-manifest': 'k3s manifest',
  kustomize: 'Kustomize',
  'helm-chart': 'Helm chart',
  directory: 'plain manifests',
};
const HOW: Record<string, string> = { 'helm-chart': 'Helm', kustomize: 'Kustomize', directory: 'plain manifests' };

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

// ------------------------------------------------------------------ markdown text

/** Free text in markdown: no HTML, no emphasis, links or code by accident. */
export const mdText = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*[\]|])/g, '\\$1')
    .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'))
    .replace(/\r?\n/g, ' ');

/** A code span (file paths); in a table cell `|` must still be escaped, GFM keeps `\|` inside code. */
export const mdCode = (s: string): string => {
  const text = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const ticks = Math.max(0, ...(text.match(/`+/g) ?? []).map((t) => t.length)) + 1;
  const fence = '`'.repeat(ticks);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
};

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

// ------------------------------------------------------------------ layer table

const componentName = (c: ComponentJson): string => (c.cluster ? `${c.name} (${c.cluster})` : c.name);

/** "static pod v0.7.1": each mechanism once, with the versions it deploys. */
const mechanismLabels = (deployments: readonly ComponentDeploymentJson[]): string[] =>
  unique(deployments.map((d) => d.mechanism)).map((m) =>
    [MECHANISM[m] ?? m, ...unique(deployments.filter((d) => d.mechanism === m && d.version).map((d) => d.version!))].join(' '),
  );

/** A layer cell of the table: the mechanism labels, "—" when the layer does not deploy it. */
export const deploymentCell = (deployments: readonly ComponentDeploymentJson[]): string =>
  deployments.length === 0 ? '—' : mechanismLabels(deployments).map(mdText).join('<br>');

const where = (c: ComponentJson): string =>
  [c.bootstrap[0], c.runtime[0]]
    .filter((d): d is ComponentDeploymentJson => d !== undefined)
    .map((d) => mdCode(`${d.file}:${d.line}`))
    .join('<br>');

function layerTable(components: readonly ComponentJson[]): string[] {
  if (components.length === 0) return ['No component was found in either layer.'];
  // The seed's order: what bootstrap deploys first, then the runtime-only services.
  const ordered = [...components.filter((c) => c.bootstrap.length > 0), ...components.filter((c) => c.bootstrap.length === 0)];
  return [
    row(['component', 'bootstrap (Ansible)', 'runtime (Argo CD)', 'status', 'where']),
    row(['---', '---', '---', '---', '---']),
    ...ordered.map((c) =>
      row([
        `**${mdText(componentName(c))}**`,
        deploymentCell(c.bootstrap),
        deploymentCell(c.runtime),
        c.status === 'ok' ? '✅ ok' : '❌ violation',
        where(c),
      ]),
    ),
  ];
}

// ------------------------------------------------------------ ApplicationSet table

function appsetTable(components: readonly ComponentJson[], result: LintResult): string[] {
  const services = components.filter((c) => c.runtime.length > 0);
  if (services.length === 0) return ['No service is deployed by Argo CD.'];
  const setOrder = new Map<string, number>();
  for (const { deployment } of result.clusters) for (const s of deployment.applicationSets) if (!setOrder.has(s.name)) setOrder.set(s.name, setOrder.size);
  const rows = services.map((c) => {
    const sets = unique(c.runtime.map((d) => d.appset).filter((s): s is string => s !== undefined));
    const apps = unique(c.runtime.filter((d) => !d.appset && d.application).map((d) => d.application!));
    const owner = [...sets.map((s) => mdText(s)), ...apps.map((a) => `Application ${mdText(a)}`)].join(', ') || '—';
    const how = unique(c.runtime.map((d) => HOW[d.mechanism] ?? d.mechanism)).join(' + ');
    const rank = sets.length > 0 ? Math.min(...sets.map((s) => setOrder.get(s) ?? setOrder.size)) : Number.MAX_SAFE_INTEGER;
    return { rank, name: componentName(c), cells: [`**${mdText(componentName(c))}**`, mdText(how), owner] };
  });
  rows.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [row(['service', 'how', 'ApplicationSet']), row(['---', '---', '---']), ...rows.map((r) => row(r.cells))];
}

// ----------------------------------------------------------------- mermaid diagram

/** A mermaid label: quoted by the caller, every character mermaid could read as syntax as an entity code. */
export const mermaidText = (s: string): string =>
  s.replace(/\r?\n/g, ' ').replace(/[#&"<>[\](){}|`;]/g, (c) => ({ '"': '#quot;', '<': '#lt;', '>': '#gt;' })[c] ?? `#${c.codePointAt(0)};`);

/** Node ids: only [A-Za-z0-9_], unique within one diagram, stable for the same input. */
class Ids {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();
  /** `name`: what the id is made from when it is free (the key's name part for a qualified id). */
  id(prefix: string, key: string, name = key): string {
    const full = `${prefix}\u0000${key}`;
    const known = this.byKey.get(full);
    if (known) return known;
    const base = `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}_${n}`;
    this.taken.add(id);
    this.byKey.set(full, id);
    return id;
  }
}

const isGitopsEngine = (c: ComponentJson): boolean => /^argo-?cd$/i.test(c.name);

/** The two layers of one cluster as a mermaid flowchart (components: that cluster's). */
export function diagram(deployment: DeploymentSummary, components: readonly ComponentJson[]): string {
  const ids = new Ids();
  const lines: string[] = ['flowchart LR'];
  const edges: string[] = [];
  const node = (id: string, label: string, shape: '[]' | '{{}}' | '([])' | '[[]]' = '[]'): string => {
    const [open, close] = { '[]': ['[', ']'], '{{}}': ['{{', '}}'], '([])': ['([', '])'], '[[]]': ['[[', ']]'] }[shape];
    return `${id}${open}"${label}"${close}`;
  };
  const violating = new Set<string>();
  const violatingApps = new Set<string>();
  for (const c of components) {
    if (c.status !== 'violation') continue;
    for (const d of c.runtime) if (d.application) violatingApps.add(d.application);
  }

  // Bootstrap: playbooks, and the components they deploy.
  lines.push(`  subgraph bootstrap["${mermaidText('Bootstrap (Ansible)')}"]`, '    direction TB');
  const playbookId = (file: string) => ids.id('pb', file);
  for (const pb of deployment.playbooks) lines.push(`    ${node(playbookId(pb), mermaidText(pb), '([])')}`);
  const bootComponents = components.filter((c) => c.bootstrap.length > 0);
  const engine = bootComponents.find(isGitopsEngine);
  for (const c of bootComponents) {
    const id = ids.id('b', c.name);
    if (c.status === 'violation') violating.add(id);
    lines.push(`    ${node(id, `${mermaidText(c.name)}<br/>${mechanismLabels(c.bootstrap).map(mermaidText).join('<br/>')}`)}`);
    const seen = new Set<string>();
    for (const d of c.bootstrap) {
      const step = deployment.bootstrapSteps.find((x) => x.file === d.file && x.line === d.line);
      const role = step?.role;
      for (const pb of step?.playbooks ?? []) {
        const edge = `  ${playbookId(pb)} -->${role ? `|"${mermaidText(`role ${role}`)}"|` : ''} ${id}`;
        if (!seen.has(edge)) edges.push(edge);
        seen.add(edge);
      }
    }
  }
  lines.push('  end');

  // Runtime: root Applications, ApplicationSets, and the generated apps grouped per parent.
  const { applications, applicationSets, entrypoints } = deployment;
  // Keyed by qualified id (references hold ids), labelled by name.
  const parents = new Set([...applications, ...applicationSets].flatMap((x) => (x.parent ? [x.parent] : [])));
  const names = new Map([...applications, ...applicationSets].map((x) => [x.id, x.name]));
  const appId = (id: string) => ids.id('app', id, names.get(id) ?? id);
  const setId = (id: string) => ids.id('set', id, names.get(id) ?? id);
  lines.push(`  subgraph runtime["${mermaidText('Runtime (Argo CD)')}"]`, '    direction TB');
  // Applications drawn one by one: apps of apps, and the roots unless there are many
  // leaf roots (Applications applied directly), which are grouped; generated leaves are grouped.
  const isRoot = (a: { parent?: string; appset?: string }): boolean => !a.appset && !a.parent;
  const leafRoots = applications.filter((a) => isRoot(a) && !parents.has(a.id));
  const groupRoots = leafRoots.length > MAX_SINGLE_ROOTS;
  const single = applications.filter((a) => parents.has(a.id) || (isRoot(a) && !groupRoots));
  const rootsId = ids.id('apps', 'roots');
  for (const app of single) {
    const root = !app.parent && !app.appset;
    lines.push(`    ${node(appId(app.id), `${root ? 'root Application' : 'Application'}<br/>${mermaidText(app.name)}`, root ? '[[]]' : '[]')}`);
  }
  for (const set of applicationSets) lines.push(`    ${node(setId(set.id), `ApplicationSet<br/>${mermaidText(set.name)}`, '{{}}')}`);
  const groups = new Map<string, { from: string; apps: string[] }>();
  for (const app of applications) {
    if (single.includes(app) || isRoot(app)) continue;
    const from = app.appset ? setId(app.appset) : appId(app.parent!);
    const key = app.appset ? `set:${app.appset}` : `app:${app.parent}`;
    const group = groups.get(key) ?? { from, apps: [] };
    group.apps.push(app.name);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const id = ids.id('apps', key);
    const names = group.apps.slice(0, MAX_APPS_PER_NODE).map((n) => mermaidText(violatingApps.has(n) ? `${n} (violation)` : n));
    if (group.apps.length > MAX_APPS_PER_NODE) names.push(`+${group.apps.length - MAX_APPS_PER_NODE} more`);
    lines.push(`    ${node(id, [plural(group.apps.length, 'app'), ...names].join('<br/>'))}`);
    if (group.apps.some((n) => violatingApps.has(n))) violating.add(id);
    edges.push(`  ${group.from} --> ${id}`);
  }
  if (groupRoots) {
    const names = leafRoots.slice(0, MAX_APPS_PER_NODE).map((a) => mermaidText(violatingApps.has(a.name) ? `${a.name} (violation)` : a.name));
    if (leafRoots.length > MAX_APPS_PER_NODE) names.push(`+${leafRoots.length - MAX_APPS_PER_NODE} more`);
    lines.push(`    ${node(rootsId, [`${leafRoots.length} root Applications`, ...names].join('<br/>'), '[[]]')}`);
    if (leafRoots.some((a) => violatingApps.has(a.name))) violating.add(rootsId);
  }
  lines.push('  end');

  for (const set of applicationSets) if (set.parent) edges.push(`  ${appId(set.parent)} --> ${setId(set.id)}`);
  for (const app of single) {
    if (app.appset) edges.push(`  ${setId(app.appset)} --> ${appId(app.id)}`);
    else if (app.parent) edges.push(`  ${appId(app.parent)} --> ${appId(app.id)}`);
  }

  // Bootstrap → Argo CD install → root app(s): what each entry point file holds.
  const engineId = engine ? ids.id('b', engine.name) : undefined;
  for (const entry of entrypoints) {
    const targets = [
      ...applications.filter((a) => isRoot(a) && a.file === entry.file).map((a) => (single.includes(a) ? appId(a.id) : rootsId)),
      ...applicationSets.filter((s) => !s.parent && s.file === entry.file).map((s) => setId(s.id)),
    ];
    const sources = engineId ? [engineId] : entry.playbooks.map(playbookId);
    for (const from of sources) for (const to of targets) edges.push(`  ${from} -->|"${engineId ? 'syncs' : 'applies'}"| ${to}`);
  }
  lines.push(...unique(edges));
  if (violating.size > 0) {
    lines.push('  classDef violation fill:mistyrose,stroke:firebrick,color:black');
    lines.push(`  class ${[...violating].join(',')} violation`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------- findings

function findingsSection(result: LintResult, ctx: Parameters<Formatter>[1]): string[] {
  if (result.findings.length === 0) return ['No findings.'];
  const out: string[] = [];
  // Errors first, then warnings, then infos; catalog order within each.
  const rank = (id: string): number => Math.min(...result.findings.filter((f) => f.ruleId === id).map((f) => ['error', 'warning', 'info'].indexOf(f.severity)));
  const ordered = ruleInfos(ctx, result.findings)
    .filter((r) => result.findings.some((f) => f.ruleId === r.id))
    .map((r, i) => ({ r, i, rank: rank(r.id) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ r }) => r);
  for (const rule of ordered) {
    const findings = result.findings.filter((f) => f.ruleId === rule.id);
    if (findings.length === 0) continue;
    const severities = unique(findings.map((f) => f.severity)).join(', ');
    const icon = findings.some((f) => f.severity === 'error') ? '❌' : findings.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️';
    out.push(`### ${icon} ${mdCode(rule.id)} (${severities}, ${findings.length})`, '');
    out.push(`${mdText(rule.description)} [Rule documentation](${docsUrl(rule.id)}).`, '');
    for (const f of findings) out.push(`- ${mdCode(`${f.file}:${f.line}`)} — ${mdText(messageOf(f))}`);
    out.push('');
  }
  return out.slice(0, -1);
}

// ------------------------------------------------------------------------ report

function verdict(result: LintResult): string {
  const { errors, warnings, infos, filesScanned } = result.summary;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info`;
  const violations = result.components.filter((c) => c.status === 'violation').length;
  const scope = `${plural(result.components.length, 'component')} (${violations} with a violation), ${plural(filesScanned, 'file')} scanned`;
  if (errors > 0) return `❌ **Fails**: ${counts}; ${scope}.`;
  if (warnings > 0) return `⚠️ **Passes with warnings**: ${counts}; ${scope}.`;
  if (infos > 0) return `✅ **Passes**: ${counts}; ${scope}.`;
  return `✅ **Passes**: no findings; ${scope}.`;
}

export const markdown: Formatter = (result, ctx) => {
  const out: string[] = [`# Architecture report: ${mdText(basename(result.root) || result.root)}`, '', verdict(result), ''];
  out.push(
    '## Layers',
    '',
    'Bootstrap (Ansible) holds only what the cluster cannot start without; everything else is runtime, owned by Argo CD, exactly once.',
    '',
    ...layerTable(result.components),
    '',
  );
  out.push('## ApplicationSets', '', ...appsetTable(result.components, result), '');
  out.push('## Deployment graph', '');
  const several = result.clusters.length > 1;
  for (const cluster of result.clusters) {
    if (several) out.push(`### Cluster ${mdText(cluster.name ?? '(default)')}`, '');
    const components = result.components.filter((c) => c.cluster === cluster.name || !several);
    out.push('```mermaid', diagram(cluster.deployment, components), '```', '');
  }
  out.push('## Findings', '', ...findingsSection(result, ctx), '');
  return out.join('\n');
};
