/** A step of a path into a YAML document: a mapping key or a sequence index. */
export type PathSegment = string | number;
/**
 * A parsed YAML document as the models keep it: its data and where a path inside it is
 * written. The parse layer's YamlDoc is one; the shared types name only this shape, so they
 * depend on no layer.
 */
export interface PositionedYaml {
    readonly file: string;
    readonly value: unknown;
    loc(path: readonly PathSegment[], part?: 'key' | 'value'): Loc;
}
/** A place in a file of the linted repository: repo-relative POSIX path, 1-based line and column. */
export interface Loc {
    file: string;
    line: number;
    column: number;
}
export type Severity = 'error' | 'warning' | 'info';
/**
 * What a construct the readers could not resolve leaves unknown. A rule that claims an
 * absence in that area withholds the claim when an unknown affecting it (in its scope) exists.
 */
export type UnknownKind = 
/** What a reachable task installs or applies (a command the shell reader cannot follow, a definition built at run time). */
'bootstrap-deploys'
/** Which files a task writes on the hosts (a destination built at run time). */
 | 'bootstrap-writes'
/** Which files of a role are used (a template, file or tasks path built at run time). */
 | 'bootstrap-uses'
/** Which roles run (a role name built at run time, a role found through no known roles path). */
 | 'bootstrap-roles'
/** What an Application renders, or which paths it deploys (a plugin, a config management plugin, a path or generator built at run time). */
 | 'runtime-deploys'
/** Which Argo CD manifests bootstrap applies. */
 | 'entrypoints'
/** Which namespaces bootstrap creates (a namespace name built at run time). */
 | 'namespaces';
/** "Not known", as a value: the construct, where it is, what it leaves unknown, and how to resolve it. */
export interface Unresolved {
    /** The areas of knowledge it leaves incomplete (an include of an unknown file: what bootstrap deploys, writes and uses). */
    affects: readonly UnknownKind[];
    /** The construct as written, shortened: `shell: kubectl apply -f "{{ dir }}"`, `Kustomize generator plugin ksops`. */
    construct: string;
    at: Loc;
    /** What is not known because of it: `which manifests it applies`. */
    unknown: string;
    /** The configuration key that would resolve it, when one would. */
    configKey?: string;
    /** Narrows the unknown: only claims about this role, Application or play are affected. Absent: the whole kind. */
    scope?: {
        role?: string;
        application?: string;
        play?: number;
    };
}
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
    /** Built from a template expression without a value: its tag says nothing about the version. */
    unresolved?: true;
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
    /** Repo-relative directory of a chart of this repository. */
    dir?: string;
    /** The Helm release namespace, when the repository states it (helm.namespace, helmCharts namespace, a namespace transformer). */
    namespace?: string;
}
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
    /** `external`: an input from outside the repository (a URL, a controller path, an installed role or collection). */
    status: 'ok' | 'missing' | 'unresolved' | 'external';
    /** True when the referencing task is reachable from a playbook. */
    reachable: boolean;
    /** Unresolved because no roles path of this repository holds it while one leads outside (it may be installed there). */
    notFound?: true;
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
    /**
     * The values files a chart is installed with (`values_files`, `-f`/`--values`), in order:
     * `file` is the repository file when the path resolved, `ref` the path as written.
     */
    valuesFiles?: {
        file?: string;
        ref: string;
        at: Loc;
    }[];
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
    cycles: {
        at: Loc;
        chain: string[];
    }[];
    /** Argo CD manifests (Application/ApplicationSet files of this repo) that bootstrap applies; a Jinja template comes rendered. */
    argocdEntrypoints: {
        file: string;
        at: Loc;
        rendered?: string;
    }[];
    /** Constructs of reachable plays the reader could not resolve. */
    unresolved: Unresolved[];
    /**
     * Namespaces reachable tasks create (kubectl create namespace, k8s kind: Namespace, a Namespace
     * object applied, helm --create-namespace / create_namespace); a name that does not resolve is in `unresolved`.
     */
    namespaces: {
        name: string;
        at: Loc;
    }[];
    /** Literal values reachable tasks put into Secrets (never the value itself). */
    secrets: PlaintextSecret[];
}
/** A secret written in clear: where, under which key, in what. The value is never kept. */
export interface PlaintextSecret {
    /** Where the value is written. */
    at: Loc;
    /** The key holding it (`password`, `auth.adminPassword`). */
    key: string;
    /** What holds it: `Secret monitoring/grafana`, `secretGenerator db-creds`, `Helm values`. */
    holder: string;
    application?: string;
    appset?: string;
    /** The Ansible task that applies it. */
    task?: string;
}
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
    /** `plugin`: an Argo CD config management plugin renders it; `unknown`: its path or repository is built from parameters without a value (both are Unresolved in the model). */
    tool: 'kustomize' | 'helm' | 'directory' | 'chart' | 'external' | 'missing' | 'plugin' | 'unknown';
    /** What a local path renders: objects, charts, remote resources; 0 means Synced with nothing. */
    renders: number;
    /** Some file of the render does not parse, so what it deploys is unknown. */
    unparsed?: boolean;
}
export interface ArgoApplication {
    /** Qualified by namespace (`argocd/web`): two Applications of one name in two namespaces are two. */
    id: string;
    name: string;
    at: Loc;
    namespace: string;
    project: string;
    projectAt?: Loc;
    sources: AppSource[];
    /** The id of the ApplicationSet that generated it. */
    appset?: string;
    /** The id of the Application whose rendered manifests contain this one (app of apps). */
    parent?: string;
    /** `spec.destination.namespace` as written (after parameter substitution). */
    destinationNamespace?: string;
    /** Its sync options (its own, its ApplicationSet template's or templatePatch) carry CreateNamespace=true. */
    createNamespace?: boolean;
}
export interface ArgoApplicationSet {
    /** Qualified by namespace, like an Application's. */
    id: string;
    name: string;
    at: Loc;
    namespace: string;
    /** The id of the Application that renders it. */
    parent?: string;
}
/** Ids of Applications and ApplicationSets are `namespace/name`; references (parent, appset, application, owner) hold ids. */
export interface RuntimeObject extends K8sObject {
    /** The id of the Application that deploys it. */
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
    /** The id of the Application (or ApplicationSet) that names it. */
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
    /** The parsed YAML (with positions) and the path of the values inside it ([] for a file); undefined when it does not exist or does not parse. */
    doc?: PositionedYaml;
    base?: PathSegment[];
    /** Read by Kustomize's helmCharts (which rejects duplicate keys), not by Helm alone (which keeps the last one). */
    byKustomize?: true;
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
    /** What to do about it. */
    fix: string;
    /** The ids of the Applications it breaks. */
    applications: {
        id: string;
        appset?: string;
    }[];
    related?: Loc[];
    /** It follows from Argo CD's kustomize build options, which a deployment the tool could not read may set. */
    byBuildOptions?: true;
}
export interface RuntimeModel {
    /** `chartValues`: the file is the values of a chart bootstrap installs (argocd-apps), whose `applications`/`applicationsets` are the roots. */
    entrypoints: {
        file: string;
        at: Loc;
        origin: 'bootstrap' | 'config' | 'auto';
        rendered?: string;
        chartValues?: true;
        /** With `chartValues`: the key of an umbrella chart's values that holds them. */
        valuesKey?: string;
        /** A chart of this repository bootstrap installs whose templates only declare Argo CD objects: a root, not a service. */
        appsChart?: true;
    }[];
    applications: ArgoApplication[];
    applicationSets: ArgoApplicationSet[];
    objects: RuntimeObject[];
    charts: RuntimeChart[];
    pathRefs: PathRef[];
    /** Normalised repoURLs that mean this repository. */
    localRepos: string[];
    /** Repo files a reachable Application renders (for deciding what is deployed). */
    deployedFiles: Set<string>;
    /** Files whose Argo CD manifests an Application renders (its children), whichever entry point met them first. */
    childArgoFiles: Set<string>;
    /** Remote Kustomize resources, recognised and never fetched. */
    remotes: {
        url: string;
        at: Loc;
        application: string;
    }[];
    /** Reference cycles met while rendering (Kustomize, app of apps). */
    cycles: {
        at: Loc;
        chain: string[];
    }[];
    /** CustomResourceDefinitions among the objects: the kind they define and its scope, when written plainly. */
    crds: {
        group: string;
        kind: string;
        scope?: 'Cluster' | 'Namespaced';
        at: Loc;
    }[];
    /** Secrets written in clear in what reachable Applications deploy. */
    secrets: PlaintextSecret[];
    /** Every Helm values source a reachable app uses. */
    helmValues: HelmValues[];
    /** The images those values set. */
    valuesImages: ValuesImage[];
    /** What keeps reachable apps from rendering. */
    renderProblems: RenderProblem[];
    /** Constructs of reachable Applications the reader could not resolve. */
    unresolved: Unresolved[];
}
