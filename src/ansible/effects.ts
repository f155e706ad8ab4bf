// What each task does to the cluster: file references, files written on the
// host (data flow within a play), deployments, installers and Argo CD entry points.
import { posix } from 'node:path';
import type { SourceSet } from '../parse/source-set.js';
import { objectAt, objectsOfDoc, parseImage } from '../parse/manifest.js';
import type { PathSegment, YamlDoc } from '../parse/yaml-file.js';
import { isLiteralSecret, secretLiterals } from '../parse/secret-value.js';
import { declaresArgoKind, UNRESOLVED } from '../parse/text-checks.js';
import type { BootstrapDeployment, BootstrapModel, ChartRef, ClusterInstaller, FileRef, K8sObject, Loc, PlaintextSecret, UnknownKind, Unresolved } from '../types.js';
import { parseCommand, type CommandFacts, type Produced } from './commands.js';
import { inlineObjects, scalarBody } from './inline-manifest.js';
import { displayPath, isUrl, REPO_MARK, resolveControllerPath, unrenderedStatus } from './controller-paths.js';
import { destMechanism, FLANNEL_NONE_CONFIG, FLANNEL_NONE_FLAG, isK3sConfig, isRke2Config, normHostPath, systemdUnitName, unitServer } from './host-paths.js';
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
  /** The values files of the chart rendered there. */
  valuesFiles?: ValuesFile[];
  /** Text written inline (`copy: content:`), where it is written. */
  content?: { text: string; at: Loc };
  /** A destination known only in part (`/home/{{ user }}/.kube/config`): the host paths it may be, and where it is written. */
  pattern?: { re: RegExp; dest: Arg };
}

/** A registered result that holds manifests (`.stdout` of a render, `.resources` of k8s_info), for a later `definition:`. */
interface Registered {
  produced: Produced;
  scope: VarScope;
  /** The paths it names are on the controller (a task delegated to it, a lookup). */
  controller: boolean;
  origin: (w: Word) => Loc;
  /** The chart a `helm_template` rendered, as read (a local chart's own name and version). */
  chart?: ChartRef;
  valuesFiles?: ValuesFile[];
}

type ValuesFile = NonNullable<BootstrapDeployment['valuesFiles']>[number];

type Writes = Map<string, Writer>;

/** A task no play reaches is read for its file references only: what it would write or deploy is not recorded. */
const REFERENCES_ONLY = 'references only';

/**
 * How a task is read: within a play's run (the host files the play wrote so far, against which an
 * apply is checked, and to which the task's own writes are added), or for its references only.
 */
type Pass = Writes | typeof REFERENCES_ONLY;

/** What a kustomization of the repository builds: remote manifests and local files. */
interface KustomizeBuild {
  remotes: { url: string; at: Loc }[];
  files: string[];
}

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
/** `lookup('kubernetes.core.kustomize', dir=X)` and `lookup('pipe', 'kubectl kustomize X')`: their argument expression. */
const KUSTOMIZE_LOOKUP = /\b(?:lookup|query|q)\(\s*(['"])kubernetes\.core\.kustomize\1\s*,\s*(?:dir\s*=\s*)?([^,)]+)/;
const PIPE_LOOKUP = /\b(?:lookup|query|q)\(\s*(['"])(?:ansible\.builtin\.)?pipe\1\s*,\s*([^)]+)\)/;
/** `name.stdout`, `name.resources`: a registered result used in a definition. */
const REGISTERED_USE = /\b([A-Za-z_]\w*)\.(stdout|stdout_lines|resources|result)\b/g;

export class Effects {
  readonly refs: FileRef[] = [];
  readonly deployments: BootstrapDeployment[] = [];
  readonly installers: ClusterInstaller[] = [];
  readonly entrypoints: BootstrapModel['argocdEntrypoints'] = [];
  /** Namespaces tasks create; `written` is the name as the task writes it, for one that does not resolve. */
  readonly namespaces: { name?: string; written: string; at: Loc }[] = [];
  readonly secrets: PlaintextSecret[] = [];
  /** What reachable tasks do that the reader could not follow. */
  readonly unresolved: Unresolved[] = [];
  /** Registered results that hold manifests, by variable name (facts persist across the plays of a run). */
  private readonly registered = new Map<string, Registered>();
  private readonly helmRepos = new Map<string, string>();
  private k3sFlannelNone = false;
  private rke2Cni: string | undefined;
  /** systemd units written by bootstrap whose ExecStart runs a k3s/RKE2 server: started by a later service task. */
  private readonly serverUnits = new Map<string, { kind: 'k3s' | 'rke2'; args: string }>();

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
    for (const scope of node.instances) this.task(node, scope, REFERENCES_ONLY);
  }

  /** Installer CNI facts that depend on every reachable task (k3s/RKE2 config files). */
  finish(): void {
    for (const i of this.installers) {
      if (i.kind === 'k3s' && this.k3sFlannelNone) i.builtinCni = undefined;
      if (i.kind === 'rke2' && this.rke2Cni !== undefined) i.builtinCni = this.rke2Cni === 'none' ? undefined : this.rke2Cni;
    }
  }

  // ------------------------------------------------------------ dispatch

  private task(node: TaskNode, scope: VarScope, pass: Pass): void {
    const lookups = this.lookups(node, scope);
    const writes = pass === REFERENCES_ONLY ? undefined : pass;
    switch (node.module) {
      case 'template':
        return this.templateTask(node, scope, pass);
      case 'copy':
        return this.copyTask(node, scope, pass);
      case 'unarchive':
        return void this.controllerFile(node, scope, node.args.src);
      case 'script': {
        const file = this.controllerFile(node, scope, firstWord(node.args._raw ?? node.args.cmd));
        if (writes && file) this.scriptOf(node, file, node.at);
        return;
      }
      case 'get_url':
        return this.getUrlTask(node, scope, pass);
      case 'kubernetes.core.k8s':
        return this.k8sTask(node, scope, pass, lookups);
      case 'kubernetes.core.helm':
        if (writes) this.helmModule(node, scope);
        return;
      case 'kubernetes.core.k8s_info':
        if (writes) this.k8sInfo(node, scope);
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
        if (!writes || !(/^(started|restarted)$/.test(state) || truthy(node.args.enabled))) return;
        const unit = this.serverUnits.get(name.replace(/\.service$/, ''));
        if (unit) this.installer(unit.kind, node, scope, `${unit.kind} server ${unit.args}`);
        else if (/^rke2-server(\.service)?$/.test(name)) this.installer('rke2', node, scope, '');
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

  /**
   * A construct of a reachable task the reader cannot follow. An unknown write is about its
   * play (a later task of another play cannot read it); an unknown apply is about the cluster.
   */
  private unknown(node: TaskNode, at: Loc, affects: readonly UnknownKind[], construct: string, unknown: string, configKey: string | false = 'ansible.extraVars'): void {
    if (!node.reachable) return;
    const u: Unresolved = { affects, construct: `${node.module}: ${construct.replace(/\s+/g, ' ').trim().slice(0, 80)}`, at, unknown };
    if (configKey) u.configKey = configKey;
    if (affects.includes('bootstrap-writes') && node.play) u.scope = { play: node.play.index };
    this.unresolved.push(u);
  }

  /** Resolves a controller-side path argument and records the reference; returns the repo path when it exists. */
  private controllerRef(node: TaskNode, a: Arg, kind: 'template' | 'file', sub: string): string | undefined {
    if (a.raw === undefined || a.raw === null) return undefined;
    if (a.text === undefined) {
      this.ref(node, a.loc, kind, shown(a.raw), { status: unrenderedStatus(a.raw) });
      return undefined;
    }
    const res = resolveControllerPath(this.sources, a.text, this.places(node, sub));
    this.ref(node, a.loc, kind, displayPath(a.text), res);
    return res.status === 'ok' ? res.resolved : undefined;
  }

  private controllerFile(node: TaskNode, scope: VarScope, raw: unknown): string | undefined {
    if (truthy(node.args.remote_src) || raw === undefined) return undefined;
    const r = renderValue(raw, scope);
    const loc = this.argLoc(node, node.module === 'script' ? (node.args.cmd !== undefined ? 'cmd' : '_raw') : 'src');
    return this.controllerRef(node, { raw, r, text: r.complete ? r.text : undefined, loc, origin: loc }, 'file', 'files');
  }

  /** A shell script of the repository that bootstrap runs: the reader does not follow scripts, so one that drives cluster tools is unknown. */
  private scriptOf(node: TaskNode, file: string, at: Loc): void {
    if (DEPLOY_TOOLS.test(this.sources.text(file) ?? '')) {
      this.unknown(node, at, ['bootstrap-deploys', 'bootstrap-writes', 'entrypoints'], `runs ${file}`, 'what the script deploys (shell scripts are not followed)', false);
    }
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
          if (value !== undefined) {
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
    // A kustomization is an entry point when what it builds holds Argo CD objects (not an install of Argo CD itself).
    const declaresArgo = (): boolean => {
      const build: KustomizeBuild = { remotes: [], files: [] };
      this.kustomizeBuild(path, new Set(), build);
      return build.files.some((f) => isYamlPath(f) && this.sources.declaresArgo(f) && !/^\s*kind:\s*["']?CustomResourceDefinition/m.test(this.sources.text(f) ?? ''));
    };
    if (files.some((f) => /\/(kustomization\.ya?ml|Kustomization)$/.test(f))) {
      if (declaresArgo()) this.entrypoints.push({ file: path, at: node.at });
    }
    else for (const f of files) if (this.sources.declaresArgo(f)) this.entrypoints.push({ file: f, at: node.at });
  }

  /** A namespace the task creates; a name that did not resolve (no text, or a template's placeholder) is recorded without one. */
  private namespace(name: { text?: string; raw?: unknown; origin: Loc }): void {
    const text = name.text;
    const written = text ?? (typeof name.raw === 'string' ? name.raw : '(not given)');
    this.namespaces.push(text !== undefined && text !== '' && !text.includes(UNRESOLVED) ? { name: text, written, at: name.origin } : { written, at: name.origin });
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
    if (d.valuesFiles?.length) dep.valuesFiles = d.valuesFiles;
    if (node.ctx.roleDirs[0] !== undefined) dep.role = roleName(node.ctx.roleDirs[0]);
    this.deployments.push(dep);
  }

  /** A repo file (or directory) applied to the cluster. */
  private applyRepo(node: TaskNode, scope: VarScope, path: string, templated: boolean): void {
    const build: KustomizeBuild = { remotes: [], files: [] };
    this.kustomizeBuild(path, new Set(), build);
    // One build is one deployment: its first remote manifest with the local objects, any other remote on its own.
    const [first, ...others] = build.remotes;
    this.deploy(node, { mechanism: 'manifest', sourceFile: path, objects: this.objectsOf(path, scope, templated), ...(first ? { url: first.url, urlAt: first.at } : {}) });
    for (const r of others) this.deploy(node, { mechanism: 'manifest', url: r.url, urlAt: r.at });
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

  /** What a kustomization directory of the repository builds, through its local bases: remote manifests (`resources:` URLs) and local files. */
  private kustomizeBuild(dir: string, seen: Set<string>, out: KustomizeBuild): void {
    if (seen.has(dir) || seen.size > 100 || !this.sources.hasDir(dir)) return;
    seen.add(dir);
    const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((n) => `${dir}/${n}`).find((f) => this.sources.hasFile(f));
    const doc = file ? this.sources.yaml(file)?.docs[0] : undefined;
    if (!doc || !isRecord(doc.value)) return;
    for (const key of ['resources', 'bases']) {
      asList(doc.value[key]).forEach((r, i) => {
        if (typeof r !== 'string') return;
        const local = posix.normalize(`${dir}/${r}`);
        if (isUrl(r)) out.remotes.push({ url: r, at: doc.loc([key, i]) });
        else if (this.sources.hasFile(local)) out.files.push(local);
        else this.kustomizeBuild(local, seen, out);
      });
    }
  }

  // ------------------------------------------------------------ host files

  /** Writers of `path`, of files below it (a directory applied), or of a directory holding it. */
  private writersOf(writes: Writes, path: string): Writer[] {
    const p = normHostPath(path);
    const exact = writes.get(p);
    if (exact) return [exact];
    const below = [...writes].filter(([k, w]) => !w.pattern && k.startsWith(p + '/')).map(([, w]) => w);
    if (below.length) return below;
    const holding = [...writes].filter(([k, w]) => w.chart && p.startsWith(k + '/')).map(([, w]) => w);
    if (holding.length) return holding;
    return [...writes.values()].filter((w) => w.pattern?.re.test(p));
  }

  /** Applying a host file: deploys what an earlier task put there, else the file is missing. */
  private applyHost(node: TaskNode, writes: Writes, path: string, from: Loc): void {
    const writers = this.writersOf(writes, path);
    if (!writers.length) {
      if (path.startsWith('/')) this.ref(node, from, 'host-file', path, { status: 'missing' });
      else this.unknown(node, from, ['bootstrap-deploys', 'entrypoints'], `applies ${path}`, 'which manifests it applies: a relative path on the host depends on the working directory', false);
      return;
    }
    for (const w of writers) {
      if (w.pattern) {
        // "No earlier task writes it" is the claim this write could falsify.
        this.ref(node, from, 'host-file', path, { status: 'missing' });
        this.unknown(w.node, w.pattern.dest.loc, ['bootstrap-writes'], `dest: ${shown(w.pattern.dest.raw)}`, `whether it writes ${path}`);
      } else if (w.chart) this.deploy(node, { mechanism: 'helm', chart: w.chart, valuesFiles: w.valuesFiles });
      else if (w.url) this.deploy(node, { mechanism: 'manifest', url: w.url, urlAt: w.urlAt });
      else if (w.source) this.applyRepo(node, w.scope, w.source, w.templated === true);
      else if (w.content) this.applyInline(node, w.content);
      else this.unknown(node, from, ['bootstrap-deploys', 'entrypoints'], `applies ${path}`, `which manifests it applies: the task that writes ${path} (${w.node.at.file}:${w.node.at.line}) puts there what the reader cannot read`, false);
    }
  }

  /** Manifests written inline in a task: deployed, and an Argo CD entry point the runtime reader cannot take from a file. */
  private applyInline(node: TaskNode, content: { text: string; at: Loc }, mechanism: BootstrapDeployment['mechanism'] = 'manifest'): void {
    const body = scalarBody(this.sources.text(content.at.file), content.at);
    this.deploy(node, { mechanism, objects: inlineObjects(content.at.file, content.text, body.firstLine, body.indent) });
    if (declaresArgoKind(content.text)) this.unknown(node, content.at, ['entrypoints'], 'inline Argo CD manifest', 'which Applications it defines (written inline, not in a file the runtime reader can follow)', 'argocd.entrypoints');
  }

  /** A file put on the host: remembered for later applies; static-pod, auto-deploy and k3s/RKE2 config paths act at once. */
  private hostWrite(node: TaskNode, writes: Writes, dest: string, w: Omit<Writer, 'node'>): void {
    if (!dest) return;
    const writer: Writer = { node, ...w };
    writes.set(normHostPath(dest), writer);
    const mechanism = destMechanism(dest);
    if (mechanism) {
      if (w.source) this.deploy(node, { mechanism, sourceFile: w.source, objects: this.objectsOf(w.source, w.scope, w.templated === true) });
      else if (w.content) this.applyInline(node, w.content, mechanism);
      else this.deploy(node, { mechanism, url: w.url, urlAt: w.urlAt });
    }
    const text = w.content?.text ?? (w.source && this.sources.hasFile(w.source)
      ? (w.templated || w.source.endsWith('.j2') ? renderTemplate(this.sources.text(w.source) ?? '', w.scope).text : this.sources.text(w.source))
      : undefined);
    if (text !== undefined) this.configText(dest, text);
    const unit = systemdUnitName(dest);
    const raw = w.content?.text ?? (w.source ? this.sources.text(w.source) : undefined);
    const server = unit !== undefined && raw !== undefined ? unitServer(raw) : undefined;
    if (unit !== undefined && server) this.serverUnits.set(unit, server);
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

  /** A write whose destination did not render: any file of the play could be it, a static pod or auto-deployed manifest too. */
  private unknownDest(node: TaskNode, dest: Arg, writes: Writes, scope: VarScope): void {
    const partial = typeof dest.raw === 'string' ? renderPartial(dest.raw, scope) : undefined;
    const prefix = partial?.holes.length ? partial.text.slice(0, partial.holes[0].start) : '';
    if (!partial || !/^\/[^/]+\//.test(prefix)) {
      this.unknown(node, dest.loc, ['bootstrap-writes', 'bootstrap-deploys'], `dest: ${shown(dest.raw)}`, 'which host file it writes');
      return;
    }
    // Known in part: only a later apply of a path it may be is unknown, and the node reads it only under a manifest directory.
    let re = '^';
    let last = 0;
    for (const h of partial.holes) {
      re += escapeRegExp(partial.text.slice(last, h.start)) + '.*';
      last = h.end;
    }
    writes.set(partial.text, { node, scope, pattern: { re: new RegExp(`${re}${escapeRegExp(partial.text.slice(last))}$`), dest } });
    const dir = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    if (destMechanism(dir) || MANIFEST_DIRS.some((d) => d.startsWith(dir))) this.unknown(node, dest.loc, ['bootstrap-writes', 'bootstrap-deploys'], `dest: ${shown(dest.raw)}`, 'which host file it writes');
  }

  // ------------------------------------------------------------ modules

  private templateTask(node: TaskNode, scope: VarScope, pass: Pass): void {
    const writes = pass === REFERENCES_ONLY ? undefined : pass;
    const src = this.arg(node, scope, 'src');
    const source = this.controllerRef(node, src, 'template', 'templates');
    const destArg = this.arg(node, scope, 'dest');
    const dest = destArg.text;
    if (writes && dest === undefined && destArg.raw !== undefined) this.unknownDest(node, destArg, writes, scope);
    if (!writes || dest === undefined) return;
    const target = dest.endsWith('/') && src.text ? dest + posix.basename(src.text).replace(/\.j2$/, '') : dest;
    this.hostWrite(node, writes, target, { scope, source, templated: true });
  }

  private copyTask(node: TaskNode, scope: VarScope, pass: Pass): void {
    const writes = pass === REFERENCES_ONLY ? undefined : pass;
    const remote = truthy(node.args.remote_src);
    const src = this.arg(node, scope, 'src');
    const source = remote ? undefined : this.controllerRef(node, src, 'file', 'files');
    const destArg = this.arg(node, scope, 'dest');
    const dest = destArg.text;
    if (writes && dest === undefined && destArg.raw !== undefined) this.unknownDest(node, destArg, writes, scope);
    if (!writes || dest === undefined) return;
    const target = dest.endsWith('/') && src.text ? dest + posix.basename(src.text) : dest;
    if (remote && src.text !== undefined) {
      const from = this.writersOf(writes, src.text)[0];
      this.hostWrite(node, writes, target, from ? { ...from } : { scope });
      return;
    }
    if (source !== undefined && src.text !== undefined && !this.sources.hasFile(source) && this.sources.hasDir(source)) return this.copyDir(node, scope, writes, source, src.text, dest);
    const content = this.arg(node, scope, 'content');
    // Inline text keeps its unresolved expressions as placeholders: the objects are still read.
    const text = content.text ?? (typeof content.raw === 'string' ? renderTemplate(content.raw, scope).text : undefined);
    this.hostWrite(node, writes, target, { scope, source, templated: false, ...(text !== undefined ? { content: { text, at: content.loc } } : {}) });
  }

  /** A directory copied to the host: `src: dir/` puts its files in dest, `src: dir` the directory itself. */
  private copyDir(node: TaskNode, scope: VarScope, writes: Writes, dir: string, srcText: string, dest: string): void {
    const base = srcText.endsWith('/') ? dest : posix.join(dest, posix.basename(srcText));
    for (const f of this.sources.files.filter((x) => x.startsWith(`${dir}/`))) this.hostWrite(node, writes, posix.join(base, f.slice(dir.length + 1)), { scope, source: f, templated: false });
  }

  private getUrlTask(node: TaskNode, scope: VarScope, pass: Pass): void {
    const writes = pass === REFERENCES_ONLY ? undefined : pass;
    const url = this.arg(node, scope, 'url');
    const destArg = this.arg(node, scope, 'dest');
    const dest = destArg.text;
    if (writes && dest === undefined && destArg.raw !== undefined) this.unknownDest(node, destArg, writes, scope);
    if (!writes || dest === undefined || url.text === undefined) return;
    const script = /get\.(k3s|rke2)\.io/.exec(url.text)?.[1] as Writer['script'];
    this.hostWrite(node, writes, dest, { scope, url: url.text, urlAt: url.origin, script });
  }

  private k8sTask(node: TaskNode, scope: VarScope, pass: Pass, lookups: { file: string; templated: boolean }[]): void {
    const writes = pass === REFERENCES_ONLY ? undefined : pass;
    const deploying = writes !== undefined && this.arg(node, scope, 'state').text !== 'absent';
    const src = this.arg(node, scope, 'src');
    if (deploying && src.text === undefined && src.raw !== undefined) this.unknown(node, src.loc, ['bootstrap-deploys', 'entrypoints'], `src: ${shown(src.raw)}`, 'which manifests it applies');
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
      if (!r.complete && deploying) this.unknown(node, loc, ['bootstrap-deploys', 'entrypoints'], `template: ${shown(raw)}`, 'which manifests it applies');
    });
    if (!deploying || writes === undefined) return;
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
    if (typeof def === 'string') this.definitionText(node, scope, writes, def, lookups, this.argLoc(node, defKey));
  }

  /**
   * A `definition:` written as an expression: the manifests a lookup reads or renders, or a
   * registered result that holds manifests; anything else is not known.
   */
  private definitionText(node: TaskNode, scope: VarScope, writes: Writes, def: string, lookups: { file: string; templated: boolean }[], at: Loc): void {
    const r = renderValue(def, scope);
    if (r.complete && typeof r.value === 'string') {
      // A literal YAML text (or a variable holding one).
      const body = scalarBody(this.sources.text(at.file), at);
      const objects = inlineObjects(at.file, r.value, body.firstLine, body.indent);
      if (objects.length) return this.deploy(node, { mechanism: 'manifest', objects });
    }
    if (r.complete && (isRecord(r.value) || Array.isArray(r.value))) {
      const inline = (Array.isArray(r.value) ? r.value : [r.value]).filter(isRecord);
      const objects = inline.flatMap((d) => objectAt(d, node.doc, node.argsPath));
      if (objects.length) return this.deploy(node, { mechanism: 'manifest', objects });
    }
    for (const l of lookups) this.applyRepo(node, scope, l.file, l.templated);
    const origin = (): Loc => at;
    let followed = lookups.length > 0;
    for (const m of `${def} ${loopSource(node.raw, def)}`.matchAll(REGISTERED_USE)) {
      const reg = this.registered.get(m[1]);
      if (!reg) continue;
      if (reg.chart) this.deploy(node, { mechanism: 'helm', chart: reg.chart, valuesFiles: reg.valuesFiles });
      else this.applyProduced(node, reg.scope, writes, reg.produced, reg.controller, reg.origin);
      followed = true;
    }
    const kustomize = KUSTOMIZE_LOOKUP.exec(def);
    const dir = kustomize ? this.lookupArg(kustomize[2], scope) : undefined;
    if (dir !== undefined) {
      this.applyProduced(node, scope, writes, { kind: 'kustomize', dir: { text: dir, start: 0, end: 0 } }, true, origin);
      followed = true;
    }
    const pipe = PIPE_LOOKUP.exec(def);
    const command = pipe ? this.lookupArg(pipe[2], scope) : undefined;
    const output = command !== undefined ? parseCommand(command).output : undefined;
    if (output) {
      this.applyProduced(node, scope, writes, output, true, origin);
      followed = true;
    }
    if (!followed) this.unknown(node, at, ['bootstrap-deploys', 'entrypoints'], `definition: ${def}`, 'which manifests it applies');
  }

  /** The string a lookup argument evaluates to (a literal or a resolvable expression). */
  private lookupArg(expression: string, scope: VarScope): string | undefined {
    const e = evalExpression(expression.trim(), scope);
    if (e.kind !== 'value' || typeof e.value !== 'string') return undefined;
    const r = renderValue(e.value, scope);
    return r.complete ? r.text : undefined;
  }

  /** Applies what a command or lookup printed: a kustomization, a chart render, a file, a URL, inline text or a generated object. */
  private applyProduced(node: TaskNode, scope: VarScope, writes: Writes, p: Produced, controller: boolean, origin: (w: Word) => Loc): void {
    switch (p.kind) {
      case 'kustomize':
      case 'file':
        return this.applyTarget(node, scope, writes, p.kind === 'kustomize' ? p.dir : p.path, controller, origin);
      case 'url':
        return this.deploy(node, { mechanism: 'manifest', url: p.url.text, urlAt: origin(p.url) });
      case 'helm': {
        const h = p.chart;
        if (!h.chart) return;
        const chart = this.chart(h.chart.text, h.repo?.text, origin(h.chart), h.version ? { text: h.version.text, at: origin(h.version) } : undefined);
        return this.deploy(node, { mechanism: 'helm', chart, valuesFiles: this.commandValues(node, writes, h.values ?? [], () => true, origin) });
      }
      case 'inline':
        return this.applyInline(node, { text: p.text, at: this.textLoc(node.at, p.text.trimStart().split('\n')[0]) });
      case 'object': {
        const o = p.object;
        const at = origin(o.name);
        return this.deploy(node, { mechanism: 'manifest', objects: [{ apiVersion: 'v1', kind: o.kind, name: o.name.text, ...(o.namespace ? { namespace: o.namespace.text } : {}), labels: {}, images: [], at, kindAt: at }] });
      }
    }
  }

  /** `kubectl apply -f/-k X` (or a render of X): a URL, a repository path read on the controller, or a host file written earlier. */
  private applyTarget(node: TaskNode, scope: VarScope, writes: Writes, target: Word, controller: boolean, origin: (w: Word) => Loc): void {
    if (isUrl(target.text)) return this.deploy(node, { mechanism: 'manifest', url: target.text, urlAt: origin(target) });
    if (controller || node.delegated || node.play?.local || target.text.startsWith(REPO_MARK)) {
      const a: Arg = { raw: target.text, r: { complete: true, text: target.text, spans: [] }, text: target.text, loc: origin(target), origin: origin(target) };
      const file = this.controllerRef(node, a, 'file', 'files');
      if (file) this.applyRepo(node, scope, file, false);
      return;
    }
    this.applyHost(node, writes, target.text, origin(target));
  }

  /** `k8s_info` registers objects already in the cluster: applying them back adds no component. */
  private k8sInfo(node: TaskNode, scope: VarScope): void {
    const name = typeof node.raw.register === 'string' ? node.raw.register : undefined;
    const kind = this.arg(node, scope, 'kind').text;
    const objName = this.arg(node, scope, 'name');
    if (!name || !kind || objName.text === undefined) return;
    const ns = this.arg(node, scope, 'namespace').text;
    const word = (text: string): Word => ({ text, start: 0, end: 0 });
    this.registered.set(name, { produced: { kind: 'object', object: { kind, name: word(objName.text), ...(ns ? { namespace: word(ns) } : {}) } }, scope, controller: false, origin: () => objName.origin });
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
    if (ref.text === undefined) return this.unknown(node, ref.loc, ['bootstrap-deploys', 'entrypoints'], `chart_ref: ${shown(ref.raw)}`, 'which chart it installs');
    const name = ref.text;
    const valuesFiles = this.valuesFiles(node, scope);
    const repo = this.arg(node, scope, 'chart_repo_url');
    const version = this.arg(node, scope, 'chart_version');
    const chart = this.chart(name, repo.text, ref.origin, { text: version.text, at: version.origin });
    this.localChart(node, ref, chart);
    this.deploy(node, { mechanism: 'helm', chart, valuesFiles });
    if (truthy(node.args.create_namespace)) {
      const ns = this.arg(node, scope, 'release_namespace');
      this.namespace(ns.raw !== undefined ? ns : this.arg(node, scope, 'namespace'));
    }
  }

  /** Renders a chart into `output_dir`, or into its registered `.stdout` that a later task applies. */
  private helmTemplate(node: TaskNode, scope: VarScope, writes: Writes): void {
    const ref = this.arg(node, scope, 'chart_ref');
    const out = this.arg(node, scope, 'output_dir');
    const register = typeof node.raw.register === 'string' ? node.raw.register : undefined;
    const valuesFiles = this.valuesFiles(node, scope);
    if (ref.text === undefined) {
      if (out.text !== undefined) writes.set(normHostPath(out.text), { node, scope });
      if (register) this.registered.delete(register);
      return;
    }
    const version = this.arg(node, scope, 'chart_version');
    const chart = this.chart(ref.text, this.arg(node, scope, 'chart_repo_url').text, ref.origin, { text: version.text, at: version.origin });
    this.localChart(node, ref, chart);
    if (out.text !== undefined) writes.set(normHostPath(out.text), { node, scope, chart, valuesFiles });
    const word = (text: string): Word => ({ text, start: 0, end: 0 });
    if (register) {
      this.registered.set(register, {
        produced: { kind: 'helm', chart: { chart: word(ref.text), ...(chart.repo ? { repo: word(chart.repo) } : {}), ...(version.text ? { version: word(version.text) } : {}) } },
        scope,
        controller: true,
        origin: (w) => (w.text === version.text ? version.origin : ref.origin),
        chart,
        valuesFiles,
      });
    }
  }

  /** A chart of this repository (`chart_ref: "{{ playbook_dir }}/../charts/x"`): in use, and pinned by its Chart.yaml. */
  private localChart(node: TaskNode, ref: Arg, chart: ChartRef): void {
    if (ref.text === undefined || isUrl(ref.text) || ref.text.startsWith('oci://') || !(ref.text.startsWith(REPO_MARK) || ref.text.startsWith('.'))) return;
    const dir = this.controllerRef(node, ref, 'file', 'files');
    const file = dir === undefined ? undefined : `${dir}/Chart.yaml`;
    const doc = file && this.sources.hasFile(file) ? this.sources.yaml(file)?.docs[0] : undefined;
    if (!doc || !isRecord(doc.value)) return;
    chart.dir = dir;
    // An umbrella over one chart installs that chart, at the version its dependency pins (argocd-apps beside it only carries Applications).
    const all = Array.isArray(doc.value.dependencies) ? doc.value.dependencies : [];
    const deps = all.length > 1 ? all.filter((d) => !(isRecord(d) && d.name === 'argocd-apps')) : all;
    const dep = deps.length === 1 && isRecord(deps[0]) ? deps[0] : undefined;
    const only = dep && typeof dep.name === 'string' && (typeof dep.version === 'string' || typeof dep.version === 'number') && !String(dep.repository ?? '').startsWith('file://') ? dep : undefined;
    const pin = only ?? doc.value;
    const base: (string | number)[] = only ? ['dependencies', all.indexOf(only)] : [];
    if (typeof pin.name === 'string') chart.name = pin.name;
    if (only && typeof only.repository === 'string') chart.repo = only.repository;
    if (!chart.version && (typeof pin.version === 'string' || typeof pin.version === 'number')) {
      chart.version = String(pin.version);
      chart.versionAt = doc.loc([...base, 'version']);
    }
    if (typeof doc.value.appVersion === 'string') chart.appVersion = doc.value.appVersion;
  }

  /**
   * `values_files` of a chart install or render: each file is in use. A Jinja choice between
   * literal names (`{{ 'a.yaml' if ha else 'b.yaml' }}`, `{{ c | ternary('a.yaml', 'b.yaml') }}`)
   * uses every one that exists.
   */
  private valuesFiles(node: TaskNode, scope: VarScope): ValuesFile[] {
    const list = node.args.values_files;
    const out: ValuesFile[] = [];
    (Array.isArray(list) ? list : list === undefined ? [] : [list]).forEach((raw, i) => {
      const loc = this.argLoc(node, 'values_files', Array.isArray(list) ? [i] : []);
      const r = renderValue(raw, scope);
      const use = (text: string | undefined): void => {
        const file = this.controllerRef(node, { raw, r, text, loc, origin: loc }, 'file', 'files');
        out.push({ ...(file !== undefined ? { file } : {}), ref: text !== undefined ? displayPath(text) : shown(raw), at: loc });
      };
      if (r.complete) return use(r.text);
      const choices = typeof raw === 'string' ? literalChoices(raw, scope) : [];
      if (choices.length < 2) return use(undefined);
      for (const c of choices) use(c);
    });
    return out;
  }

  /** `-f`/`--values` of a helm command: repository files read on the controller, or host files an earlier task wrote from one. */
  private commandValues(node: TaskNode, writes: Writes, values: readonly Word[], known: (w: Word) => boolean, origin: (w: Word) => Loc): ValuesFile[] {
    return values.map((w) => {
      const at = origin(w);
      if (!known(w)) return { ref: w.text, at };
      if (node.delegated || node.play?.local || w.text.startsWith(REPO_MARK)) {
        const file = this.controllerRef(node, { raw: w.text, r: { complete: true, text: w.text, spans: [] }, text: w.text, loc: at, origin: at }, 'file', 'files');
        return { ...(file !== undefined ? { file } : {}), ref: displayPath(w.text), at };
      }
      const source = writes.get(normHostPath(w.text))?.source;
      return { ...(source !== undefined ? { file: source } : {}), ref: w.text, at };
    });
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
    const resolved = (w: Word): boolean => !rendered.holes.some((h) => h.start < w.end && h.end > w.start);
    const known = (w: Word | undefined): w is Word => !!w && w.text !== '' && resolved(w);
    /** The command line holding `w`, as the construct to name. */
    const lineOf = (w: Word): string => rendered.text.slice(rendered.text.lastIndexOf('\n', w.start - 1) + 1, (rendered.text.indexOf('\n', w.end) + 1 || rendered.text.length + 1) - 1);
    const cannotFollow = (w: Word | undefined, unknown: string): void =>
      this.unknown(node, w ? origin(w) : loc, ['bootstrap-deploys', 'entrypoints'], w ? lineOf(w) : raw, unknown, w !== undefined && !resolved(w) && 'ansible.extraVars');

    for (const h of facts.heads) if (h.deployVerb && !resolved(h.command)) cannotFollow(h.command, 'which command it runs');
    for (const { target } of facts.applies) {
      if (known(target)) this.applyTarget(node, scope, writes, target, false, origin);
      else cannotFollow(target, 'which manifests it applies');
    }
    for (const a of facts.stdinApplies) {
      const words = a.from ? producedWords(a.from) : [];
      if (a.from && words.every(known)) this.applyProduced(node, scope, writes, a.from, false, origin);
      else cannotFollow(words.find((w) => !known(w)) ?? a.at, 'which manifests the pipeline feeds to kubectl apply');
    }
    if (typeof node.raw.register === 'string') {
      if (facts.output && producedWords(facts.output).every(known)) this.registered.set(node.raw.register, { produced: facts.output, scope, controller: node.delegated, origin });
      else this.registered.delete(node.raw.register);
    }
    for (const add of facts.helmRepoAdds) if (known(add.url)) this.helmRepos.set(add.alias, add.url.text);
    for (const h of facts.helmInstalls) {
      if (!known(h.chart)) {
        cannotFollow(h.chart, 'which chart it installs');
        continue;
      }
      const chart = this.chart(h.chart.text, known(h.repo) ? h.repo.text : undefined, origin(h.chart), h.version && known(h.version) ? { text: h.version.text, at: origin(h.version) } : undefined);
      this.deploy(node, { mechanism: 'helm', chart, valuesFiles: this.commandValues(node, writes, h.values ?? [], known, origin) });
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
      else if (w?.source) this.scriptOf(node, w.source, loc);
    }
    this.commandWrites(node, scope, writes, facts, origin, resolved);
  }

  private commandWrites(node: TaskNode, scope: VarScope, writes: Writes, facts: CommandFacts, origin: (w: Word) => Loc, resolved: (w: Word) => boolean): void {
    for (const w of facts.writes) {
      if (!resolved(w.path)) {
        this.unknown(node, origin(w.path), ['bootstrap-writes', 'bootstrap-deploys'], `writes ${w.path.text}`, 'which host file it writes');
        continue;
      }
      const url = w.url && resolved(w.url) ? w.url : undefined;
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

/** A script that drives these tools may install or apply anything. */
const DEPLOY_TOOLS = /\b(kubectl|helm|cilium|kubeadm|k3s|rke2|kustomize)\b/;

const escapeRegExp = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Directories whose files the kubelet or k3s/RKE2 deploy (a destination under them is a deployment). */
const MANIFEST_DIRS = ['/etc/kubernetes/manifests/', '/var/lib/rancher/'];

/** The words a producer is built from (each must have resolved for it to be followed). */
function producedWords(p: Produced): Word[] {
  switch (p.kind) {
    case 'kustomize':
      return [p.dir];
    case 'file':
      return [p.path];
    case 'url':
      return [p.url];
    case 'helm':
      return p.chart.chart ? [p.chart.chart] : [];
    case 'object':
      return [p.object.name];
    case 'inline':
      return [];
  }
}

/**
 * The paths a value written as one Jinja choice between literals can be
 * (`dir/{{ c | ternary('a.yaml', 'b.yaml') }}`, `{{ 'a.yaml' if c else 'b.yaml' }}`).
 */
function literalChoices(raw: string, scope: VarScope): string[] {
  const choices = [...raw.matchAll(/\{\{([^{}]*)\}\}/g)].filter((m) => /\bternary\s*\(|\bif\b/.test(m[1]));
  if (choices.length !== 1) return [];
  const m = choices[0];
  return [...m[1].matchAll(/(['"])([^'"]+)\1/g)]
    .map((c) => renderValue(raw.slice(0, m.index) + c[2] + raw.slice((m.index ?? 0) + m[0].length), scope))
    .flatMap((r) => (r.complete && typeof r.text === 'string' && /\.ya?ml$/.test(r.text) ? [r.text] : []));
}

/**
 * The loop expression of a task whose `definition:` is the loop item (`definition: "{{ item }}"` over
 * `loop: "{{ build.stdout | from_yaml_all | list }}"`): each item is one document of what the loop reads.
 */
function loopSource(task: Record<string, unknown>, def: string): string {
  const loopVar = isRecord(task.loop_control) && typeof task.loop_control.loop_var === 'string' ? task.loop_control.loop_var : 'item';
  if (!new RegExp(`\\{\\{\\s*${escapeRegExp(loopVar)}\\s*\\}\\}`).test(def)) return '';
  const key = Object.keys(task).find((k) => k === 'loop' || k.startsWith('with_'));
  const value = key === undefined ? undefined : task[key];
  return typeof value === 'string' ? value : '';
}

function firstWord(v: unknown): unknown {
  return typeof v === 'string' ? v.trim().split(/\s+/)[0] : asList(v)[0];
}
