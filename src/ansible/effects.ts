// What each task does to the cluster: file references, files written on the
// host (data flow within a play), deployments, installers and Argo CD entry points.
import { posix } from 'node:path';
import type { SourceSet } from '../parse/source-set.js';
import { objectAt, objectsOfDoc, parseImage } from '../parse/manifest.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
import { isLiteralSecret, secretLiterals } from '../parse/secret-value.js';
import { declaresArgoKind, HAS_UNRESOLVED, UNRESOLVED } from '../parse/text-checks.js';
import type { BootstrapDeployment, BootstrapModel, ChartRef, ClusterInstaller, FileRef, K8sObject, Loc, PlaintextSecret } from '../types.js';
import { parseCommand, type CommandFacts } from './commands.js';
import { displayPath, isUrl, REPO_MARK, resolveControllerPath } from './controller-paths.js';
import { destMechanism, FLANNEL_NONE_CONFIG, FLANNEL_NONE_FLAG, isK3sConfig, isRke2Config, normHostPath } from './host-paths.js';
import { evalExpression, renderPartial, renderValue, type Rendered, type Span, type VarScope } from './jinja.js';
import { objectsOfTemplate, renderTemplate } from './render-template.js';
import { roleName } from './roles.js';
import { asList, isRecord, isYamlPath, shown, truthy } from './shape.js';
import type { Word } from './shell-words.js';
import type { PlayState, TaskNode, Walker } from './walker.js';

/** A file some earlier task of the play put on the host, and what it holds. */
interface Writer {
  node: TaskNode;
  scope: VarScope;
  /** Repo file rendered or copied there. */
  source?: string;
  templated?: boolean;
  url?: string;
  urlAt?: Loc;
  chart?: ChartRef;
  script?: 'k3s' | 'rke2';
}

type Writes = Map<string, Writer>;

interface Arg {
  raw: unknown;
  r: Rendered;
  /** The rendered string when it fully resolved. */
  text?: string;
  /** Where the argument is written in the task. */
  loc: Loc;
  /** Where its value is written: the variable definition when it came from one. */
  origin: Loc;
}

const LOOKUP = /\b(?:lookup|query|q)\(\s*(['"])(?:ansible\.builtin\.)?(template|file)\1\s*,\s*([^)]*)\)/g;

export class Effects {
  readonly refs: FileRef[] = [];
  readonly deployments: BootstrapDeployment[] = [];
  readonly installers: ClusterInstaller[] = [];
  readonly entrypoints: BootstrapModel['argocdEntrypoints'] = [];
  /** Namespaces tasks create; `written` is the name as the task writes it, for one that does not resolve. */
  readonly namespaces: { name?: string; written: string; at: Loc }[] = [];
  readonly secrets: PlaintextSecret[] = [];
  private readonly helmRepos = new Map<string, string>();
  private k3sFlannelNone = false;
  private rke2Cni: string | undefined;

  constructor(
    private readonly sources: SourceSet,
    private readonly walker: Walker,
  ) {}

  /** Reachable tasks of one play, in order, so host files written earlier are known. */
  runPlay(play: PlayState): void {
    const writes: Writes = new Map();
    for (const node of play.tasks) for (const scope of node.instances) this.task(node, scope, writes);
  }

  /** Tasks no play runs, read as if one play ran them in order: what they would deploy. */
  runDetached(nodes: readonly TaskNode[]): void {
    const writes: Writes = new Map();
    for (const node of nodes) for (const scope of node.instances) this.task(node, scope, writes);
  }

  /** A task no play runs: only its file references. */
  refsOf(node: TaskNode): void {
    for (const scope of node.instances) this.task(node, scope, undefined);
  }

  /** Installer CNI facts that depend on every reachable task (k3s/RKE2 config files). */
  finish(): void {
    for (const i of this.installers) {
      if (i.kind === 'k3s' && this.k3sFlannelNone) i.builtinCni = undefined;
      if (i.kind === 'rke2' && this.rke2Cni !== undefined) i.builtinCni = this.rke2Cni === 'none' ? undefined : this.rke2Cni;
    }
  }

  // ------------------------------------------------------------ dispatch

  private task(node: TaskNode, scope: VarScope, writes: Writes | undefined): void {
    const lookups = this.lookups(node, scope);
    switch (node.module) {
      case 'template':
        return this.templateTask(node, scope, writes);
      case 'copy':
        return this.copyTask(node, scope, writes);
      case 'unarchive':
      case 'script':
        return this.controllerFile(node, scope, node.module === 'script' ? firstWord(node.args._raw ?? node.args.cmd) : node.args.src);
      case 'get_url':
        return this.getUrlTask(node, scope, writes);
      case 'kubernetes.core.k8s':
        return this.k8sTask(node, scope, writes, lookups);
      case 'kubernetes.core.helm':
        if (writes) this.helmModule(node, scope);
        return;
      case 'kubernetes.core.helm_repository': {
        const name = this.arg(node, scope, 'name').text;
        const url = this.arg(node, scope, 'repo_url').text;
        if (writes && name && url) this.helmRepos.set(name, url);
        return;
      }
      case 'kubernetes.core.helm_template':
        if (writes) this.helmTemplate(node, scope, writes);
        return;
      case 'command':
      case 'shell':
      case 'raw':
        if (writes) this.commandTask(node, scope, writes);
        return;
      case 'lineinfile':
      case 'blockinfile':
        if (writes) this.configEdit(node, scope);
        return;
      case 'service':
      case 'systemd':
      case 'systemd_service': {
        const name = this.arg(node, scope, 'name').text ?? '';
        const state = this.arg(node, scope, 'state').text ?? '';
        if (writes && /^rke2-server(\.service)?$/.test(name) && (/^(started|restarted)$/.test(state) || truthy(node.args.enabled))) this.installer('rke2', node, scope, '');
        return;
      }
    }
  }

  // ------------------------------------------------------------ arguments and positions

  private arg(node: TaskNode, scope: VarScope, key: string): Arg {
    const raw = node.args[key];
    const r = renderValue(raw, scope);
    const loc = this.argLoc(node, key);
    const text = r.complete && typeof r.text === 'string' ? r.text : undefined;
    return { raw, r, text, loc, origin: r.at ?? loc };
  }

  private argLoc(node: TaskNode, key: string, sub: PathSegment[] = []): Loc {
    const own = node.raw[String(node.argsPath[node.argsPath.length - 1])];
    if (isRecord(own) && key in own) return node.doc.loc([...node.argsPath, key, ...sub]);
    if (isRecord(node.raw.args) && key in node.raw.args) return node.doc.loc([...node.path, 'args', key, ...sub]);
    return node.doc.loc(node.argsPath);
  }

  /** The line of `needle` in the task's text at or after `from` (block scalars span several lines). */
  private textLoc(from: Loc, needle: string): Loc {
    const text = this.sources.text(from.file);
    if (!text || !needle) return from;
    const lines = text.split('\n');
    const probe = needle.slice(0, 80);
    for (let i = from.line - 1; i < Math.min(lines.length, from.line + 300); i++) {
      const col = lines[i].indexOf(probe);
      if (col >= 0) return { file: from.file, line: i + 1, column: col + 1 };
    }
    return from;
  }

  /** Where a word of a rendered command comes from: the variable whose value it is, else its text in the task. */
  private wordOrigin(word: Word, spans: Span[], argLoc: Loc): Loc {
    const span = spans.find((s) => s.at && s.start < word.end && s.end > word.start);
    return span?.at ?? this.textLoc(argLoc, word.text);
  }

  private places(node: TaskNode, sub: string) {
    return this.walker.places(node.ctx, sub);
  }

  private ref(node: TaskNode, from: Loc, kind: FileRef['kind'], ref: string, res: { status: FileRef['status']; resolved?: string }): void {
    const r: FileRef = { from, kind, ref, status: res.status, reachable: node.reachable };
    if (res.resolved !== undefined) r.resolved = res.resolved;
    this.refs.push(r);
  }

  /** Resolves a controller-side path argument and records the reference; returns the repo path when it exists. */
  private controllerRef(node: TaskNode, a: Arg, kind: 'template' | 'file', sub: string): string | undefined {
    if (a.raw === undefined || a.raw === null) return undefined;
    if (a.text === undefined) {
      this.ref(node, a.loc, kind, shown(a.raw), { status: 'unresolved' });
      return undefined;
    }
    const res = resolveControllerPath(this.sources, a.text, this.places(node, sub));
    this.ref(node, a.loc, kind, displayPath(a.text), res);
    return res.status === 'ok' ? res.resolved : undefined;
  }

  private controllerFile(node: TaskNode, scope: VarScope, raw: unknown): void {
    if (truthy(node.args.remote_src) || raw === undefined) return;
    const r = renderValue(raw, scope);
    const loc = this.argLoc(node, node.module === 'script' ? (node.args.cmd !== undefined ? 'cmd' : '_raw') : 'src');
    this.controllerRef(node, { raw, r, text: r.complete ? r.text : undefined, loc, origin: loc }, 'file', 'files');
  }

  // ------------------------------------------------------------ lookups

  /** `lookup('template'|'file', x)` anywhere in the arguments: references, and the files for inline definitions. */
  private lookups(node: TaskNode, scope: VarScope): { file: string; templated: boolean }[] {
    const out: { file: string; templated: boolean }[] = [];
    const visit = (v: unknown, path: PathSegment[], depth: number): void => {
      if (depth > 20) return;
      if (typeof v === 'string') {
        for (const m of v.matchAll(LOOKUP)) {
          const kind = m[2] as 'template' | 'file';
          const argText = m[3].trim();
          const literal = /^(['"])(.*?)\1/.exec(argText);
          const e = literal ? { kind: 'value' as const, value: literal[2] } : evalExpression(argText, scope);
          let value = e.kind === 'value' && typeof e.value === 'string' ? e.value : undefined;
          if (value !== undefined && value.includes('{{')) {
            const r = renderValue(value, scope);
            value = r.complete ? r.text : undefined;
          }
          const loc = path.length ? this.argLoc(node, String(path[0]), path.slice(1)) : this.argLoc(node, '_raw');
          const a: Arg = { raw: argText, r: { complete: value !== undefined, text: value, spans: [] }, text: value, loc, origin: loc };
          if (value === undefined) this.ref(node, loc, kind, argText, { status: 'unresolved' });
          const file = value === undefined ? undefined : this.controllerRef(node, a, kind, kind === 'template' ? 'templates' : 'files');
          if (file) out.push({ file, templated: kind === 'template' });
        }
      } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i], depth + 1));
      else if (isRecord(v)) for (const [k, x] of Object.entries(v)) visit(x, [...path, k], depth + 1);
    };
    visit(node.args, [], 0);
    return out;
  }

  // ------------------------------------------------------------ repo files as manifests

  private objectsOf(path: string, scope: VarScope, templated: boolean): K8sObject[] {
    if (this.sources.hasFile(path)) {
      if (templated || path.endsWith('.j2')) {
        const text = this.sources.text(path);
        return text === undefined ? [] : objectsOfTemplate(path, renderTemplate(text, scope));
      }
      const file = this.sources.yaml(path, isYamlPath(path));
      return file ? file.docs.flatMap(objectsOfDoc) : [];
    }
    return this.sources.filesIn(path).filter((f) => isYamlPath(f) || f.endsWith('.j2')).flatMap((f) => this.objectsOf(f, scope, templated));
  }

  /** Records the Argo CD Applications/ApplicationSets (or kustomization directory) bootstrap applies. */
  private entrypoint(path: string, node: TaskNode, scope?: VarScope): void {
    if (this.sources.hasFile(path)) {
      const text = this.sources.text(path) ?? '';
      if (!declaresArgoKind(text)) return;
      // A templated root Application reaches the cluster rendered: hand that text to the runtime reader.
      if (scope && path.endsWith('.j2')) this.entrypoints.push({ file: path, at: node.at, rendered: renderTemplate(text, scope).text });
      else this.entrypoints.push({ file: path, at: node.at });
      return;
    }
    const files = this.sources.filesIn(path);
    if (files.some((f) => /\/(kustomization\.ya?ml|Kustomization)$/.test(f))) this.entrypoints.push({ file: path, at: node.at });
    else for (const f of files) if (declaresArgoKind(this.sources.text(f) ?? '')) this.entrypoints.push({ file: f, at: node.at });
  }

  /** A namespace the task creates; a name that did not resolve is recorded without one. */
  private namespace(name: { text?: string; raw?: unknown; origin: Loc }): void {
    const text = name.text;
    const written = text ?? (typeof name.raw === 'string' ? name.raw : '(not given)');
    this.namespaces.push(text !== undefined && text !== '' && !HAS_UNRESOLVED.test(text) ? { name: text, written, at: name.origin } : { written, at: name.origin });
  }

  /** The literal data of a Secret the task applies, by key (never the value). */
  private secretsOf(node: TaskNode, doc: YamlDoc, value: Record<string, unknown>, base: PathSegment[]): void {
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const holder = `Secret ${typeof meta.namespace === 'string' ? `${meta.namespace}/` : ''}${typeof meta.name === 'string' ? meta.name : ''}`;
    for (const lit of secretLiterals(doc, value, base)) this.secrets.push({ ...lit, holder, ...(node.name !== undefined ? { task: node.name } : {}) });
  }

  private deploy(node: TaskNode, d: Omit<BootstrapDeployment, 'at' | 'taskName' | 'objects'> & { objects?: K8sObject[] }): void {
    const dep: BootstrapDeployment = { at: node.at, mechanism: d.mechanism, objects: d.objects ?? [] };
    for (const o of dep.objects) if (o.kind === 'Namespace' && o.apiVersion === 'v1') this.namespace({ text: o.name, origin: o.kindAt });
    if (node.name !== undefined) dep.taskName = node.name;
    if (d.url !== undefined) dep.url = d.url;
    if (d.urlAt !== undefined) dep.urlAt = d.urlAt;
    if (d.chart !== undefined) dep.chart = d.chart;
    if (d.sourceFile !== undefined) dep.sourceFile = d.sourceFile;
    if (node.ctx.roleDirs[0] !== undefined) dep.role = roleName(node.ctx.roleDirs[0]);
    this.deployments.push(dep);
  }

  /** A repo file (or directory) applied to the cluster. */
  private applyRepo(node: TaskNode, scope: VarScope, path: string, templated: boolean): void {
    this.deploy(node, { mechanism: 'manifest', sourceFile: path, objects: this.objectsOf(path, scope, templated) });
    this.entrypoint(path, node, templated ? scope : undefined);
    if (!templated) this.fileSecrets(node, path);
  }

  /** Secrets in a plain YAML file (or the files of a directory) a task applies; Jinja templates are not read for them. */
  private fileSecrets(node: TaskNode, path: string): void {
    const files = this.sources.hasFile(path) ? [path] : this.sources.filesIn(path);
    for (const file of files) {
      if (!isYamlPath(file)) continue;
      for (const doc of this.sources.yaml(file)?.docs ?? []) {
        const value = doc.value;
        if (isRecord(value) && value.kind === 'Secret' && value.apiVersion === 'v1') this.secretsOf(node, doc, value, []);
      }
    }
  }

  // ------------------------------------------------------------ host files

  /** Writers of `path`, of files below it (a directory applied), or of a directory holding it. */
  private writersOf(writes: Writes, path: string): Writer[] {
    const p = normHostPath(path);
    const exact = writes.get(p);
    if (exact) return [exact];
    const below = [...writes].filter(([k]) => k.startsWith(p + '/')).map(([, w]) => w);
    if (below.length) return below;
    return [...writes].filter(([k, w]) => w.chart && p.startsWith(k + '/')).map(([, w]) => w);
  }

  /** Applying a host file: deploys what an earlier task put there, else the file is missing. */
  private applyHost(node: TaskNode, writes: Writes, path: string, from: Loc): void {
    const writers = this.writersOf(writes, path);
    if (!writers.length) {
      if (path.startsWith('/')) this.ref(node, from, 'host-file', path, { status: 'missing' });
      return;
    }
    for (const w of writers) {
      if (w.chart) this.deploy(node, { mechanism: 'helm', chart: w.chart });
      else if (w.url) this.deploy(node, { mechanism: 'manifest', url: w.url, urlAt: w.urlAt });
      else if (w.source) this.applyRepo(node, w.scope, w.source, w.templated === true);
    }
  }

  /** A file put on the host: remembered for later applies; static-pod, auto-deploy and k3s/RKE2 config paths act at once. */
  private hostWrite(node: TaskNode, writes: Writes, dest: string, w: Omit<Writer, 'node'>, content?: string): void {
    if (!dest || dest.includes('{{')) return;
    const writer: Writer = { node, ...w };
    writes.set(normHostPath(dest), writer);
    const mechanism = destMechanism(dest);
    if (mechanism) {
      if (w.source) this.deploy(node, { mechanism, sourceFile: w.source, objects: this.objectsOf(w.source, w.scope, w.templated === true) });
      else this.deploy(node, { mechanism, url: w.url, urlAt: w.urlAt });
    }
    const text = content ?? (w.source && this.sources.hasFile(w.source)
      ? (w.templated || w.source.endsWith('.j2') ? renderTemplate(this.sources.text(w.source) ?? '', w.scope).text : this.sources.text(w.source))
      : undefined);
    if (text !== undefined) this.configText(dest, text);
  }

  private configText(dest: string, text: string): void {
    if (isK3sConfig(dest) && FLANNEL_NONE_CONFIG.test(text)) this.k3sFlannelNone = true;
    if (isRke2Config(dest)) {
      const m = /^\s*cni\s*:\s*(.+)$/m.exec(text);
      if (m) {
        const v = m[1].replace(/#.*$/, '').trim().replace(/^["'[]+|["'\]]+$/g, '');
        if (v && !v.includes(UNRESOLVED)) this.rke2Cni = v.split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')).find((s) => s !== 'multus') ?? v;
      }
    }
  }

  // ------------------------------------------------------------ modules

  private templateTask(node: TaskNode, scope: VarScope, writes: Writes | undefined): void {
    const src = this.arg(node, scope, 'src');
    const source = this.controllerRef(node, src, 'template', 'templates');
    const dest = this.arg(node, scope, 'dest').text;
    if (!writes || dest === undefined) return;
    const target = dest.endsWith('/') && src.text ? dest + posix.basename(src.text).replace(/\.j2$/, '') : dest;
    this.hostWrite(node, writes, target, { scope, source, templated: true });
  }

  private copyTask(node: TaskNode, scope: VarScope, writes: Writes | undefined): void {
    const remote = truthy(node.args.remote_src);
    const src = this.arg(node, scope, 'src');
    const source = remote ? undefined : this.controllerRef(node, src, 'file', 'files');
    const dest = this.arg(node, scope, 'dest').text;
    if (!writes || dest === undefined) return;
    const target = dest.endsWith('/') && src.text ? dest + posix.basename(src.text) : dest;
    if (remote && src.text !== undefined) {
      const from = this.writersOf(writes, src.text)[0];
      this.hostWrite(node, writes, target, from ? { ...from } : { scope });
      return;
    }
    const content = this.arg(node, scope, 'content').text;
    this.hostWrite(node, writes, target, { scope, source, templated: false }, content);
  }

  private getUrlTask(node: TaskNode, scope: VarScope, writes: Writes | undefined): void {
    const url = this.arg(node, scope, 'url');
    const dest = this.arg(node, scope, 'dest').text;
    if (!writes || dest === undefined || url.text === undefined) return;
    const script = /get\.(k3s|rke2)\.io/.exec(url.text)?.[1] as Writer['script'];
    this.hostWrite(node, writes, dest, { scope, url: url.text, urlAt: url.origin, script });
  }

  private k8sTask(node: TaskNode, scope: VarScope, writes: Writes | undefined, lookups: { file: string; templated: boolean }[]): void {
    const deploying = writes !== undefined && this.arg(node, scope, 'state').text !== 'absent';
    const src = this.arg(node, scope, 'src');
    if (src.text !== undefined) {
      if (isUrl(src.text)) {
        if (deploying) this.deploy(node, { mechanism: 'manifest', url: src.text, urlAt: src.origin });
      } else if (node.delegated || node.play?.local || src.text.startsWith(REPO_MARK)) {
        const file = this.controllerRef(node, src, 'file', 'files');
        if (file && deploying) this.applyRepo(node, scope, file, false);
      } else if (deploying && writes) {
        this.applyHost(node, writes, src.text, src.loc);
      }
    }
    const templates = node.args.template;
    const entries = Array.isArray(templates) ? templates : templates === undefined ? [] : [templates];
    entries.forEach((t, i) => {
      const raw = isRecord(t) ? t.path : t;
      const sub: PathSegment[] = Array.isArray(templates) ? (isRecord(t) ? [i, 'path'] : [i]) : isRecord(t) ? ['path'] : [];
      const r = renderValue(raw, scope);
      const loc = this.argLoc(node, 'template', sub);
      const file = this.controllerRef(node, { raw, r, text: r.complete ? r.text : undefined, loc, origin: loc }, 'template', 'templates');
      if (file && deploying) this.applyRepo(node, scope, file, true);
    });
    if (!deploying) return;
    const defKey = 'definition' in node.args ? 'definition' : 'resource_definition';
    const def = node.args[defKey];
    const own = node.raw[String(node.argsPath[node.argsPath.length - 1])];
    const defPath = isRecord(own) && defKey in own ? [...node.argsPath, defKey] : [...node.path, 'args', defKey];
    const inline = isRecord(def) ? [def] : Array.isArray(def) ? def : [];
    const objects = inline.flatMap((d, i) => (isRecord(d) ? objectAt(d, node.doc, Array.isArray(def) ? [...defPath, i] : defPath) : []));
    if (objects.length) this.deploy(node, { mechanism: 'manifest', objects });
    inline.forEach((d, i) => {
      if (isRecord(d) && d.kind === 'Secret') this.secretsOf(node, node.doc, d, Array.isArray(def) ? [...defPath, i] : defPath);
    });
    // `kind: Namespace` with `name:` and no definition: the module creates it.
    if (this.arg(node, scope, 'kind').text === 'Namespace' && def === undefined && src.raw === undefined) this.namespace(this.arg(node, scope, 'name'));
    if (typeof def === 'string') for (const l of lookups) this.applyRepo(node, scope, l.file, l.templated);
  }

  /** Chart name and repository from a chart reference (`alias/name`, `oci://`, URL, local path, plain name). */
  private chart(ref: string, repo: string | undefined, at: Loc, version?: { text?: string; at: Loc }): ChartRef {
    let name = ref;
    let repoUrl = repo;
    if (!repo) {
      if (ref.startsWith('oci://') || isUrl(ref)) {
        name = posix.basename(ref).replace(/\.tgz$/, '');
        repoUrl = posix.dirname(ref);
      } else if (ref.startsWith('.') || ref.startsWith('/') || ref.startsWith(REPO_MARK)) {
        name = posix.basename(displayPath(ref));
      } else if (ref.includes('/')) {
        const [alias, ...rest] = ref.split('/');
        name = rest.join('/');
        repoUrl = this.helmRepos.get(alias);
      }
    } else if (ref.includes('/') && !isUrl(ref) && !/^[./]/.test(ref) && !ref.startsWith(REPO_MARK)) {
      // `alias/name` next to an explicit repository URL: the alias adds nothing.
      name = ref.slice(ref.lastIndexOf('/') + 1);
    }
    const chart: ChartRef = { name, at };
    if (repoUrl !== undefined) chart.repo = repoUrl;
    if (version?.text) {
      chart.version = version.text;
      chart.versionAt = version.at;
    }
    return chart;
  }

  private helmModule(node: TaskNode, scope: VarScope): void {
    const state = (this.arg(node, scope, 'release_state').text ?? this.arg(node, scope, 'state').text) ?? 'present';
    if (state === 'absent') return;
    const ref = this.arg(node, scope, 'chart_ref');
    const name = ref.text ?? (typeof ref.raw === 'string' ? ref.raw : undefined);
    if (!name) return;
    const repo = this.arg(node, scope, 'chart_repo_url');
    const version = this.arg(node, scope, 'chart_version');
    const chart = this.chart(name, repo.text, ref.origin, { text: version.text, at: version.origin });
    this.deploy(node, { mechanism: 'helm', chart });
    if (truthy(node.args.create_namespace)) {
      const ns = this.arg(node, scope, 'release_namespace');
      this.namespace(ns.raw !== undefined ? ns : this.arg(node, scope, 'namespace'));
    }
  }

  private helmTemplate(node: TaskNode, scope: VarScope, writes: Writes): void {
    const ref = this.arg(node, scope, 'chart_ref');
    const out = this.arg(node, scope, 'output_dir').text;
    const name = ref.text ?? (typeof ref.raw === 'string' ? ref.raw : undefined);
    if (!name || out === undefined) return;
    const version = this.arg(node, scope, 'chart_version');
    const chart = this.chart(name, this.arg(node, scope, 'chart_repo_url').text, ref.origin, { text: version.text, at: version.origin });
    writes.set(normHostPath(out), { node, scope, chart });
  }

  private env(node: TaskNode, scope: VarScope, inline: Record<string, string>): Record<string, string> {
    const env: Record<string, string> = {};
    for (const e of node.ctx.env) {
      if (!isRecord(e)) continue;
      for (const [k, v] of Object.entries(e)) {
        const r = renderValue(v, scope);
        if (r.complete && r.text !== undefined) env[k] = r.text;
      }
    }
    return { ...env, ...inline };
  }

  private installer(kind: ClusterInstaller['kind'], node: TaskNode, scope: VarScope, commandText: string, inline: Record<string, string> = {}): void {
    const env = this.env(node, scope, inline);
    if (kind === 'k3s' && env.K3S_URL && !/\bserver\b/.test(env.INSTALL_K3S_EXEC ?? '')) return;
    if (kind === 'k3s' && /^\s*agent\b/.test(env.INSTALL_K3S_EXEC ?? '')) return;
    if (kind === 'rke2' && env.INSTALL_RKE2_TYPE === 'agent') return;
    const installer: ClusterInstaller = { kind, at: node.at };
    // The install script takes whatever the channel serves unless a version is pinned.
    if (commandText !== '' && (/get\.(k3s|rke2)\.io/.test(commandText) || !/\b(k3s|rke2)\s+server\b|systemctl/.test(commandText))) {
      const pin = kind === 'k3s' ? env.INSTALL_K3S_VERSION : kind === 'rke2' ? env.INSTALL_RKE2_VERSION : undefined;
      if (!pin) installer.unpinnedScript = true;
    }
    if (kind === 'k3s') {
      if (!FLANNEL_NONE_FLAG.test(`${commandText} ${env.INSTALL_K3S_EXEC ?? ''}`)) installer.builtinCni = 'flannel';
    } else if (kind === 'rke2') installer.builtinCni = 'canal';
    this.installers.push(installer);
  }

  private commandTask(node: TaskNode, scope: VarScope, writes: Writes): void {
    const key = node.args._raw !== undefined ? '_raw' : 'cmd';
    const raw = node.args[key];
    if (typeof raw !== 'string') return;
    const loc = this.argLoc(node, key);
    const rendered = renderPartial(raw, scope);
    const facts = parseCommand(rendered.text);
    const origin = (w: Word): Loc => this.wordOrigin(w, rendered.spans, loc);
    const known = (w: Word | undefined): w is Word => !!w && !w.text.includes('{{') && w.text !== '';

    for (const { target } of facts.applies) {
      if (!known(target)) continue;
      if (isUrl(target.text)) this.deploy(node, { mechanism: 'manifest', url: target.text, urlAt: origin(target) });
      else if (node.delegated || node.play?.local || target.text.startsWith(REPO_MARK)) {
        const a: Arg = { raw: target.text, r: { complete: true, text: target.text, spans: [] }, text: target.text, loc: origin(target), origin: origin(target) };
        const file = this.controllerRef(node, a, 'file', 'files');
        if (file) this.applyRepo(node, scope, file, false);
      } else this.applyHost(node, writes, target.text, origin(target));
    }
    for (const add of facts.helmRepoAdds) if (known(add.url)) this.helmRepos.set(add.alias, add.url.text);
    for (const h of facts.helmInstalls) {
      if (!known(h.chart)) continue;
      const chart = this.chart(h.chart.text, known(h.repo) ? h.repo.text : undefined, origin(h.chart), h.version && known(h.version) ? { text: h.version.text, at: origin(h.version) } : undefined);
      this.deploy(node, { mechanism: 'helm', chart });
    }
    for (const c of facts.ciliumInstalls) {
      const chart: ChartRef = { name: 'cilium', repo: 'https://helm.cilium.io', at: this.textLoc(loc, 'cilium') };
      if (known(c.version)) {
        chart.version = c.version.text;
        chart.versionAt = origin(c.version);
      }
      this.deploy(node, { mechanism: 'helm', chart });
    }
    for (const ns of facts.namespaces) this.namespace({ text: known(ns) ? ns.text : undefined, raw: ns.text, origin: origin(ns) });
    for (const lit of facts.secretLiterals) {
      // A value substituted from a variable is not written in the task (and may be vault-encrypted there).
      const fromVariable = rendered.spans.some((sp) => sp.start < lit.word.end && sp.end > lit.word.start);
      if (!fromVariable && isLiteralSecret(lit.value)) this.secrets.push({ key: lit.key, holder: 'kubectl create secret', at: origin(lit.word), ...(node.name !== undefined ? { task: node.name } : {}) });
    }
    if (facts.kubeadmInit) this.installers.push({ kind: 'kubeadm', at: node.at });
    for (const i of facts.installers) if (i.server) this.installer(i.kind, node, scope, rendered.text, facts.env);
    for (const run of facts.runs) {
      const w = writes.get(normHostPath(run));
      if (w?.script) this.installer(w.script, node, scope, rendered.text, facts.env);
    }
    this.commandWrites(node, scope, writes, facts, origin);
  }

  private commandWrites(node: TaskNode, scope: VarScope, writes: Writes, facts: CommandFacts, origin: (w: Word) => Loc): void {
    for (const w of facts.writes) {
      if (w.path.text.includes('{{')) continue;
      const url = w.url && !w.url.text.includes('{{') ? w.url : undefined;
      const copied = w.from ? this.writersOf(writes, w.from)[0] : undefined;
      const mechanism = destMechanism(w.path.text);
      if (mechanism && facts.kubeVip && !copied && !url) {
        writes.set(normHostPath(w.path.text), { node, scope });
        this.deploy(node, { mechanism, objects: [this.kubeVipObject(node, facts.kubeVip, origin)] });
        continue;
      }
      // A filter writing a host file from another (`yq … /tmp/a.yaml > /tmp/b.yaml`) or in place keeps what that file held.
      const target = normHostPath(w.path.text);
      const edited = copied ?? (url ? undefined : facts.words.map((x) => writes.get(normHostPath(x))).find((x) => x !== undefined) ?? writes.get(target));
      const writer: Omit<Writer, 'node'> = edited ? { ...edited } : { scope, url: url?.text, urlAt: url ? origin(url) : undefined };
      if (url) writer.script = /get\.(k3s|rke2)\.io/.exec(url.text)?.[1] as Writer['script'];
      this.hostWrite(node, writes, w.path.text, writer);
    }
  }

  /** `kube-vip manifest pod|daemonset > …`: the object kube-vip generates, with the image it runs from. */
  private kubeVipObject(node: TaskNode, vip: NonNullable<CommandFacts['kubeVip']>, origin: (w: Word) => Loc): K8sObject {
    const pod = vip.kind === 'pod';
    return {
      apiVersion: pod ? 'v1' : 'apps/v1',
      kind: pod ? 'Pod' : 'DaemonSet',
      name: pod ? 'kube-vip' : 'kube-vip-ds',
      namespace: 'kube-system',
      labels: {},
      images: vip.images.map((w) => parseImage(w.text, origin(w))),
      at: node.at,
      kindAt: node.at,
    };
  }

  private configEdit(node: TaskNode, scope: VarScope): void {
    const path = this.arg(node, scope, 'path').text ?? this.arg(node, scope, 'dest').text;
    if (path === undefined) return;
    for (const key of ['line', 'block']) {
      const text = renderPartial(typeof node.args[key] === 'string' ? (node.args[key] as string) : '', scope).text;
      if (text) this.configText(path, text);
    }
  }
}

function firstWord(v: unknown): unknown {
  return typeof v === 'string' ? v.trim().split(/\s+/)[0] : asList(v)[0];
}
