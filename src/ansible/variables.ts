// Variable sources outside plays: vars files, group_vars (file or directory)
// and INI inventories. Every value keeps the position where it is written.
import type { SourceSet } from '../parse/source-set.js';
import { baseName, joinInRepo } from '../parse/paths.js';
import { parseIni } from './ini.js';
import { layerOf, type Layer, type Var } from './jinja.js';
import type { AnsibleConfig } from './layout.js';

const EMPTY: Layer = new Map();

/** The top-level mapping of a plain-YAML vars file, each key with its position. */
export function loadVarsFile(sources: SourceSet, path: string): Map<string, Var> {
  const doc = sources.yaml(path)?.docs[0];
  return doc ? layerOf(doc.value, doc) : new Map();
}

/** `group_vars/<name>` as a file (`.yml`, `.yaml`, `.json`, none) or a directory of files, merged in name order. */
export function loadGroupVars(sources: SourceSet, baseDir: string, name: string): Layer {
  const base = joinInRepo(baseDir, `group_vars/${name}`);
  if (base === undefined) return EMPTY;
  const out = new Map<string, Var>();
  for (const ext of ['', '.yml', '.yaml', '.json']) {
    if (sources.hasFile(base + ext)) for (const [k, v] of loadVarsFile(sources, base + ext)) out.set(k, v);
  }
  if (sources.hasDir(base)) {
    for (const f of sources.filesIn(base)) {
      if (/\.(ya?ml|json)$/i.test(f) || !baseName(f).includes('.')) for (const [k, v] of loadVarsFile(sources, f)) out.set(k, v);
    }
  }
  return out;
}

interface Inventory {
  dir: string;
  /** child group → parent groups */
  parents: Map<string, Set<string>>;
  /** host → groups */
  hostGroups: Map<string, Set<string>>;
  groupVars: Map<string, Map<string, Var>>;
}

const INVENTORY_NAME = /^(inventory|hosts)(\.(ini|cfg))?$|\.ini$/i;

/** Inventory variables and group_vars that apply to plays of a playbook. */
export class VarSources {
  private readonly inventories = new Map<string, Inventory[]>();

  constructor(private readonly sources: SourceSet) {}

  /** INI inventories for a playbook: named by ansible.cfg, else conventional names beside the playbook or at the root. */
  private inventoriesFor(playbookDir: string, root: string, cfg: AnsibleConfig | undefined): Inventory[] {
    const key = `${playbookDir}\u0000${root}`;
    const cached = this.inventories.get(key);
    if (cached) return cached;
    const files = new Set<string>();
    const addDir = (d: string): void => {
      for (const f of this.sources.filesIn(d)) if (INVENTORY_NAME.test(baseName(f)) && baseName(f) !== 'ansible.cfg') files.add(f);
    };
    if (cfg?.inventory.length) {
      for (const p of cfg.inventory) {
        if (this.sources.hasFile(p)) files.add(p);
        else if (this.sources.hasDir(p)) for (const f of this.sources.filesIn(p)) if (!/\.(ya?ml|json)$/i.test(f)) files.add(f);
      }
    } else {
      for (const d of new Set([playbookDir, root])) {
        addDir(d);
        for (const sub of ['inventory', 'inventories']) {
          const inv = joinInRepo(d, sub);
          if (inv !== undefined && this.sources.hasDir(inv)) {
            addDir(inv);
            for (const env of this.sources.dirsIn(inv)) addDir(env);
          }
        }
      }
    }
    const out = [...files].sort().map((f) => this.readInventory(f));
    this.inventories.set(key, out);
    return out;
  }

  private readInventory(path: string): Inventory {
    const inv: Inventory = { dir: path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', parents: new Map(), hostGroups: new Map(), groupVars: new Map() };
    for (const section of parseIni(this.sources.text(path) ?? '')) {
      const [group, kind] = section.name.split(':');
      if (!group) continue;
      for (const e of section.entries) {
        if (kind === 'children') addTo(inv.parents, e.key, group);
        else if (kind === 'vars' && e.value !== undefined) {
          let vars = inv.groupVars.get(group);
          if (!vars) inv.groupVars.set(group, (vars = new Map()));
          vars.set(e.key, { value: e.value, at: { file: path, line: e.line, column: e.valueColumn } });
        } else if (!kind) addTo(inv.hostGroups, e.key, group);
      }
    }
    return inv;
  }

  /** Layers, lowest first: inventory `[group:vars]`, group_vars/all, group_vars/<group> (parents before children). */
  groupLayers(hosts: string, playbookDir: string, root: string, cfg: AnsibleConfig | undefined): Layer[] {
    const invs = this.inventoriesFor(playbookDir, root, cfg);
    const groups = groupsOf(hosts, invs);
    const layers: Layer[] = [];
    for (const inv of invs) for (const g of groups) {
      const vars = inv.groupVars.get(g);
      if (vars) layers.push(vars);
    }
    const dirs = [...new Set([...invs.map((i) => i.dir), playbookDir])];
    for (const g of groups) for (const d of dirs) {
      const layer = loadGroupVars(this.sources, d, g);
      if (layer.size) layers.push(layer);
    }
    return layers;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Groups a host pattern targets, `all` first, ancestors before their children. */
function groupsOf(hosts: string, invs: Inventory[]): string[] {
  const names = hosts
    .split(/[:,\s]+/)
    .map((p) => p.replace(/^[!&]/, '').replace(/\[.*\]$/, '').trim())
    .filter((p) => p && !p.includes('{{') && p !== 'all');
  const ordered: string[] = ['all'];
  const visit = (g: string, seen: Set<string>): void => {
    if (seen.has(g) || seen.size > 200) return;
    seen.add(g);
    for (const inv of invs) for (const p of inv.parents.get(g) ?? []) visit(p, seen);
    if (!ordered.includes(g)) ordered.push(g);
  };
  for (const n of names) {
    const hostGroups = invs.flatMap((inv) => [...(inv.hostGroups.get(n) ?? [])]);
    const isGroup = invs.some((inv) => inv.groupVars.has(n) || inv.parents.has(n) || [...inv.hostGroups.values()].some((s) => s.has(n)) || [...inv.parents.values()].some((s) => s.has(n)));
    if (isGroup || hostGroups.length === 0) visit(n, new Set());
    for (const g of hostGroups) visit(g, new Set());
  }
  return ordered;
}
