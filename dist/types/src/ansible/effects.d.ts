import type { SourceSet } from '../parse/source-set.js';
import type { BootstrapDeployment, BootstrapModel, ClusterInstaller, FileRef, Loc, PlaintextSecret, Unresolved } from '../types.js';
import type { PlayState, TaskNode, Walker } from './walker.js';
export declare class Effects {
    private readonly sources;
    private readonly walker;
    readonly refs: FileRef[];
    readonly deployments: BootstrapDeployment[];
    readonly installers: ClusterInstaller[];
    readonly entrypoints: BootstrapModel['argocdEntrypoints'];
    /** Namespaces tasks create; `written` is the name as the task writes it, for one that does not resolve. */
    readonly namespaces: {
        name?: string;
        written: string;
        at: Loc;
    }[];
    readonly secrets: PlaintextSecret[];
    /** What reachable tasks do that the reader could not follow. */
    readonly unresolved: Unresolved[];
    /** Registered results that hold manifests, by variable name (facts persist across the plays of a run). */
    private readonly registered;
    private readonly helmRepos;
    private k3sFlannelNone;
    private rke2Cni;
    /** systemd units written by bootstrap whose ExecStart runs a k3s/RKE2 server: started by a later service task. */
    private readonly serverUnits;
    constructor(sources: SourceSet, walker: Walker);
    /** Reachable tasks of one play, in order, so host files written earlier are known. */
    runPlay(play: PlayState): void;
    /** Tasks no play runs, read as if one play ran them in order: what they would deploy. */
    runDetached(nodes: readonly TaskNode[]): void;
    /** A task no play runs: only its file references. */
    refsOf(node: TaskNode): void;
    /** Installer CNI facts that depend on every reachable task (k3s/RKE2 config files). */
    finish(): void;
    private task;
    private arg;
    private argLoc;
    /** The line of `needle` in the task's text at or after `from` (block scalars span several lines). */
    private textLoc;
    /** Where a word of a rendered command comes from: the variable whose value it is, else its text in the task. */
    private wordOrigin;
    private places;
    private ref;
    /**
     * A construct of a reachable task the reader cannot follow. An unknown write is about its
     * play (a later task of another play cannot read it); an unknown apply is about the cluster.
     */
    private unknown;
    /** Resolves a controller-side path argument and records the reference; returns the repo path when it exists. */
    private controllerRef;
    private controllerFile;
    /** A shell script of the repository that bootstrap runs: the reader does not follow scripts, so one that drives cluster tools is unknown. */
    private scriptOf;
    /** `lookup('template'|'file', x)` anywhere in the arguments: references, and the files for inline definitions. */
    private lookups;
    private objectsOf;
    /** Records the Argo CD Applications/ApplicationSets (or kustomization directory) bootstrap applies. */
    private entrypoint;
    /** A namespace the task creates; a name that did not resolve (no text, or a template's placeholder) is recorded without one. */
    private namespace;
    /** The literal data of a Secret the task applies, by key (never the value). */
    private secretsOf;
    private deploy;
    /** A repo file (or directory) applied to the cluster. */
    private applyRepo;
    /** Secrets in a plain YAML file (or the files of a directory) a task applies; Jinja templates are not read for them. */
    private fileSecrets;
    /** What a kustomization directory of the repository builds, through its local bases: remote manifests (`resources:` URLs) and local files. */
    private kustomizeBuild;
    /** Writers of `path`, of files below it (a directory applied), or of a directory holding it. */
    private writersOf;
    /** Applying a host file: deploys what an earlier task put there, else the file is missing. */
    private applyHost;
    /** Manifests written inline in a task: deployed, and an Argo CD entry point the runtime reader cannot take from a file. */
    private applyInline;
    /** A file put on the host: remembered for later applies; static-pod, auto-deploy and k3s/RKE2 config paths act at once. */
    private hostWrite;
    private configText;
    /** A write whose destination did not render: any file of the play could be it, a static pod or auto-deployed manifest too. */
    private unknownDest;
    private templateTask;
    private copyTask;
    /** A directory copied to the host: `src: dir/` puts its files in dest, `src: dir` the directory itself. */
    private copyDir;
    private getUrlTask;
    private k8sTask;
    /**
     * A `definition:` written as an expression: the manifests a lookup reads or renders, or a
     * registered result that holds manifests; anything else is not known.
     */
    private definitionText;
    /** The string a lookup argument evaluates to (a literal or a resolvable expression). */
    private lookupArg;
    /** Applies what a command or lookup printed: a kustomization, a chart render, a file, a URL, inline text or a generated object. */
    private applyProduced;
    /** `kubectl apply -f/-k X` (or a render of X): a URL, a repository path read on the controller, or a host file written earlier. */
    private applyTarget;
    /** `k8s_info` registers objects already in the cluster: applying them back adds no component. */
    private k8sInfo;
    /** Chart name and repository from a chart reference (`alias/name`, `oci://`, URL, local path, plain name). */
    private chart;
    private helmModule;
    /** Renders a chart into `output_dir`, or into its registered `.stdout` that a later task applies. */
    private helmTemplate;
    /** A chart of this repository (`chart_ref: "{{ playbook_dir }}/../charts/x"`): in use, and pinned by its Chart.yaml. */
    private localChart;
    /**
     * `values_files` of a chart install or render: each file is in use. A Jinja choice between
     * literal names (`{{ 'a.yaml' if ha else 'b.yaml' }}`, `{{ c | ternary('a.yaml', 'b.yaml') }}`)
     * uses every one that exists.
     */
    private valuesFiles;
    /** `-f`/`--values` of a helm command: repository files read on the controller, or host files an earlier task wrote from one. */
    private commandValues;
    private env;
    private installer;
    private commandTask;
    private commandWrites;
    /** `kube-vip manifest pod|daemonset > …`: the object kube-vip generates, with the image it runs from. */
    private kubeVipObject;
    private configEdit;
}
