import { type Word } from './shell-words.js';
export interface HelmInstall {
    release?: Word;
    chart?: Word;
    repo?: Word;
    version?: Word;
    /** `-f`/`--values` files, in order. */
    values?: Word[];
}
/** What a command prints on its standard output when that is manifests (piped to `kubectl apply -f -` or registered). */
export type Produced = {
    kind: 'kustomize';
    dir: Word;
} | {
    kind: 'helm';
    chart: HelmInstall;
} | {
    kind: 'file';
    path: Word;
} | {
    kind: 'url';
    url: Word;
} | {
    kind: 'inline';
    text: string;
} | {
    kind: 'object';
    object: {
        kind: string;
        name: Word;
        namespace?: Word;
    };
};
export interface CommandFacts {
    /** `… | kubectl apply -f -` (and a here-document): what the pipeline feeds it; undefined when the reader cannot tell. */
    stdinApplies: {
        from?: Produced;
        at: Word;
    }[];
    /** What the whole command prints when it is one manifest producer (for `register`). */
    output?: Produced;
    /** The command word of each segment, and whether the segment reads like a deploy (`apply`, `install`, `server`, ...) whatever the command is. */
    heads: {
        command: Word;
        deployVerb: boolean;
    }[];
    /** `kubectl apply|create|replace -f/-k` targets. */
    applies: {
        target: Word;
        kustomize: boolean;
    }[];
    helmInstalls: HelmInstall[];
    helmRepoAdds: {
        alias: string;
        url: Word;
    }[];
    kubeadmInit: boolean;
    /** `k3s server`, `rke2 server`, the install scripts and `systemctl start rke2-server`. */
    installers: {
        kind: 'k3s' | 'rke2';
        server: boolean;
    }[];
    ciliumInstalls: {
        version?: Word;
    }[];
    /** Host files written: redirects, `tee`, `curl -o`, `wget -O`, `cp`/`mv` (with the copied host path). */
    writes: {
        path: Word;
        url?: Word;
        from?: string;
    }[];
    /** Host paths executed as scripts (`sh /tmp/install.sh`). */
    runs: string[];
    /** `kube-vip manifest pod|daemonset` and the kube-vip images it is run from. */
    kubeVip?: {
        kind: 'pod' | 'daemonset';
        images: Word[];
    };
    /** Inline `VAR=value` assignments. */
    env: Record<string, string>;
    /** Every word that looks like an absolute path (to follow files read by filters). */
    words: string[];
    /** Namespaces created: `kubectl create namespace|ns X`, `helm install --create-namespace -n X` (a dry run piped into apply is a produced object). */
    namespaces: Word[];
    /** `kubectl create secret … --from-literal=key=value`: the key, and the word holding the pair. */
    secretLiterals: {
        key: string;
        value: string;
        word: Word;
    }[];
}
export declare function parseCommand(text: string): CommandFacts;
