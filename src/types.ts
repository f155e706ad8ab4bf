// Shared vocabulary of the pipeline: locations, Kubernetes objects, and the
// two layer models the readers build (bootstrap from Ansible, runtime from Argo CD).
import type { PathSegment, YamlDoc } from './parse/yaml-file.js';

/** A place in a file of the linted repository: repo-relative POSIX path, 1-based line and column. */
export interface Loc {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** A container image reference as written, split the way registries read it. */
export interface ImageRef {
  /** The full reference, e.g. `ghcr.io/kube-vip/kube-vip:v0.8.9`. */
  image: string;
  /** Repository without registry host, e.g. `kube-vip/kube-vip`. */
  repository: string;
  /** Tag, or undefined when none (means `latest`). */
  tag?: string;
  digest?: string;
  at: Loc;
  /** Where the tag's text comes from when it was substituted (an Ansible variable). */
  tagAt?: Loc;
}

/** A Kubernetes object as far as the rules need it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  images: ImageRef[];
  /** Start of the document (its `apiVersion`/`kind` line). */
  at: Loc;
  /** Where `kind:` is written. */
  kindAt: Loc;
  /** The chart a k3s/RKE2 `HelmChart` object installs. */
  chart?: ChartRef;
}

export type BootstrapMechanism = 'static-pod' | 'manifest' | 'helm' | 'k3s-manifest';
export type RuntimeMechanism = 'kustomize' | 'helm-chart' | 'directory';
export type Mechanism = BootstrapMechanism | RuntimeMechanism;

/** A Helm chart reference: what a task, Application, kustomization or umbrella chart installs. */
export interface ChartRef {
  name: string;
  repo?: string;
  version?: string;
  at: Loc;
  versionAt?: Loc;
  /** The chart's appVersion when a vendored copy tells it. */
  appVersion?: string;
}

// ---------------------------------------------------------------- bootstrap

export interface AnsibleRole {
  name: string;
  /** Repo-relative directory of the role. */
  dir: string;
  reachable: boolean;
  /** Where the role is defined (its tasks/main.yml start, else its directory's first file). */
  at: Loc;
  /** Repo-relative files under the role's templates/ and files/. */
  assets: string[];
}

export interface AnsibleTask {
  /** Stable id: file:line. */
  id: string;
  at: Loc;
  name?: string;
  /** Canonical module name: `template`, `copy`, `command`, `kubernetes.core.k8s`, ... */
  module: string;
  /** Module arguments after merging `args:`; free-form text is in `_raw`. */
  args: Record<string, unknown>;
  reachable: boolean;
  role?: string;
  /** Index of the play (in reachable order) that runs it; undefined for unreachable tasks. */
  play?: number;
  delegatedToController: boolean;
}

/** A reference from a task (or play) to another file of the repository. */
export interface FileRef {
  from: Loc;
  kind: 'template' | 'file' | 'tasks' | 'role' | 'vars' | 'playbook' | 'host-file';
  /** As written (after variable substitution when it resolved). */
  ref: string;
  /** Repo-relative path it resolved to, when it exists. */
  resolved?: string;
  status: 'ok' | 'missing' | 'unresolved' | 'external' | 'outside';
  /** True when the referencing task is reachable from a playbook. */
  reachable: boolean;
}

export interface BootstrapDeployment {
  /** The task that deploys (its first line). */
  at: Loc;
  taskName?: string;
  mechanism: BootstrapMechanism;
  /** Manifest URL (kubectl apply -f URL, get_url later applied, k8s src: URL). */
  url?: string;
  urlAt?: Loc;
  chart?: ChartRef;
  /** Repo file rendered or copied (a template, a files/ manifest, a root Application). */
  sourceFile?: string;
  /** Objects read from the local file or inline definition, when known. */
  objects: K8sObject[];
  /** The role whose task this is. */
  role?: string;
}

export interface ClusterInstaller {
  kind: 'kubeadm' | 'k3s' | 'rke2';
  at: Loc;
  /** The CNI the installer brings itself (k3s: flannel unless flannel-backend none; rke2: canal unless cni none). */
  builtinCni?: string;
  /** Installed by the get.k3s.io / get.rke2.io script without INSTALL_*_VERSION: whatever the channel serves. */
  unpinnedScript?: boolean;
}

export interface BootstrapModel {
  /** The Ansible roots (configured or detected). */
  roots: string[];
  playbooks: string[];
  roles: AnsibleRole[];
  tasks: AnsibleTask[];
  refs: FileRef[];
  deployments: BootstrapDeployment[];
  /** What tasks no play reaches would deploy (so unused roles can say it). */
  deadDeployments: BootstrapDeployment[];
  installers: ClusterInstaller[];
  /** import_playbook, include_tasks and role dependency loops (each cut where it closes). */
  cycles: { at: Loc; chain: string[] }[];
  /** Argo CD manifests (Application/ApplicationSet files of this repo) that bootstrap applies; a Jinja template comes rendered. */
  argocdEntrypoints: { file: string; at: Loc; rendered?: string }[];
}

// ------------------------------------------------------------------ runtime

export interface AppSource {
  repoURL: string;
  /** True when the repoURL means this repository. */
  local: boolean;
  path?: string;
  chart?: string;
  targetRevision?: string;
  at: Loc;
  pathAt?: Loc;
  revisionAt?: Loc;
  tool: 'kustomize' | 'helm' | 'directory' | 'chart' | 'external' | 'missing' | 'unresolved';
  /** What a local path renders: objects, charts, remote resources; 0 means Synced with nothing. */
  renders: number;
  /** Some file of the render does not parse, so what it deploys is unknown. */
  unparsed?: boolean;
}

export interface ArgoApplication {
  name: string;
  at: Loc;
  namespace: string;
  project: string;
  projectAt?: Loc;
  sources: AppSource[];
  /** The ApplicationSet that generated it. */
  appset?: string;
  /** The Application whose rendered manifests contain this one (app of apps). */
  parent?: string;
  /** Generated from unknown parameters: only literal fields are checked. */
  unresolved?: boolean;
}

export interface ArgoApplicationSet {
  name: string;
  at: Loc;
  namespace: string;
  parent?: string;
  /** Generators that could not be resolved from the repository. */
  unresolved: { generator: string; at: Loc }[];
}

export interface RuntimeObject extends K8sObject {
  application: string;
  appset?: string;
  mechanism: RuntimeMechanism;
}

export interface RuntimeChart extends ChartRef {
  application: string;
  appset?: string;
  mechanism: RuntimeMechanism;
}

/** A path named by an Application, a list element or a git-directory pattern. */
export interface PathRef {
  at: Loc;
  path: string;
  /** `pattern`: a directory an unresolved path could name (counts as managed, never missing). */
  kind: 'application-path' | 'list-path' | 'git-directory' | 'git-files' | 'kustomize-resource' | 'chart-dependency' | 'pattern';
  status: 'ok' | 'missing' | 'outside' | 'no-match';
  owner: string;
}

/** A Helm values source a reachable app uses: a values file of this repository or inline values. */
export interface HelmValues {
  /** Repo-relative values file; undefined for inline values (Application `values`/`valuesObject`, kustomize `valuesInline`). */
  file?: string;
  /** Where the app names it: the valueFiles/valuesFile entry, or the inline block's key. */
  at: Loc;
  application: string;
  appset?: string;
  /** The parsed YAML (positions through YamlDoc) and the path of the values inside it ([] for a file); undefined when it does not exist or does not parse. */
  doc?: YamlDoc;
  base?: PathSegment[];
}

/** An image a Helm values source of a reachable app sets (only the one that wins when several set it). */
export interface ValuesImage extends ImageRef {
  application: string;
  appset?: string;
  /** The values file; undefined for inline values. */
  file?: string;
  /** Where in the values the image is set, dotted (`sidecar.image`). */
  key: string;
  /** False when the tag is empty or absent: the chart's own pinned default applies. */
  explicitTag: boolean;
}

/** A reason Argo CD cannot render a reachable app, found in the files (render-error). */
export interface RenderProblem {
  /** The kustomization entry or Application field that fails. */
  at: Loc;
  /** What fails and why, without the Applications (the rule names them). */
  message: string;
  applications: { name: string; appset?: string }[];
  related?: Loc[];
}

export interface RuntimeModel {
  entrypoints: { file: string; at: Loc; origin: 'bootstrap' | 'config' | 'auto'; rendered?: string }[];
  applications: ArgoApplication[];
  applicationSets: ArgoApplicationSet[];
  objects: RuntimeObject[];
  charts: RuntimeChart[];
  pathRefs: PathRef[];
  /** Normalised repoURLs that mean this repository. */
  localRepos: string[];
  /** Repo files a reachable Application renders (for deciding what is deployed). */
  deployedFiles: Set<string>;
  /** Remote Kustomize resources, recognised and never fetched. */
  remotes: { url: string; at: Loc; application: string }[];
  /** Reference cycles met while rendering (Kustomize, app of apps). */
  cycles: { at: Loc; chain: string[] }[];
  /** Every Helm values source a reachable app uses. */
  helmValues: HelmValues[];
  /** The images those values set. */
  valuesImages: ValuesImage[];
  /** What keeps reachable apps from rendering. */
  renderProblems: RenderProblem[];
}
