// Recognises what `command`/`shell` text does (semantics 5.6): kubectl applies,
// helm installs and repo aliases, cluster installers, files written on the host.
import { posix } from 'node:path';
import { shellSegments, type Word } from './shell-words.js';

export interface HelmInstall {
  release?: Word;
  chart?: Word;
  repo?: Word;
  version?: Word;
  /** `-f`/`--values` files, in order. */
  values?: Word[];
}

/** What a command prints on its standard output when that is manifests (piped to `kubectl apply -f -` or registered). */
export type Produced =
  | { kind: 'kustomize'; dir: Word }
  | { kind: 'helm'; chart: HelmInstall }
  | { kind: 'file'; path: Word }
  | { kind: 'url'; url: Word }
  | { kind: 'inline'; text: string }
  | { kind: 'object'; object: { kind: string; name: Word; namespace?: Word } };

export interface CommandFacts {
  /** `… | kubectl apply -f -` (and a here-document): what the pipeline feeds it; undefined when the reader cannot tell. */
  stdinApplies: { from?: Produced; at: Word }[];
  /** What the whole command prints when it is one manifest producer (for `register`). */
  output?: Produced;
  /** The command word of each segment, and whether the segment reads like a deploy (`apply`, `install`, `server`, ...) whatever the command is. */
  heads: { command: Word; deployVerb: boolean }[];
  /** `kubectl apply|create|replace -f/-k` targets. */
  applies: { target: Word; kustomize: boolean }[];
  helmInstalls: HelmInstall[];
  helmRepoAdds: { alias: string; url: Word }[];
  kubeadmInit: boolean;
  /** `k3s server`, `rke2 server`, the install scripts and `systemctl start rke2-server`. */
  installers: { kind: 'k3s' | 'rke2'; server: boolean }[];
  ciliumInstalls: { version?: Word }[];
  /** Host files written: redirects, `tee`, `curl -o`, `wget -O`, `cp`/`mv` (with the copied host path). */
  writes: { path: Word; url?: Word; from?: string }[];
  /** Host paths executed as scripts (`sh /tmp/install.sh`). */
  runs: string[];
  /** `kube-vip manifest pod|daemonset` and the kube-vip images it is run from. */
  kubeVip?: { kind: 'pod' | 'daemonset'; images: Word[] };
  /** Inline `VAR=value` assignments. */
  env: Record<string, string>;
  /** Every word that looks like an absolute path (to follow files read by filters). */
  words: string[];
  /** Namespaces created: `kubectl create namespace|ns X`, `helm install --create-namespace -n X` (a dry run piped into apply is a produced object). */
  namespaces: Word[];
  /** `kubectl create secret … --from-literal=key=value`: the key, and the word holding the pair. */
  secretLiterals: { key: string; value: string; word: Word }[];
}

const base = (w: string | undefined): string => (w ? posix.basename(w) : '');
const isFlag = (w: Word): boolean => w.text.startsWith('-') && w.text !== '-';

const KUBECTL_VALUE_FLAGS = new Set(['-n', '--namespace', '--kubeconfig', '--context', '--cluster', '--user', '-s', '--server', '--token', '--as', '--request-timeout', '-l', '--selector', '-o', '--output', '--field-manager', '--timeout', '-p', '--patch', '--type', '-c', '--container', '--for']);
const HELM_VALUE_FLAGS = new Set(['--repo', '--version', '-n', '--namespace', '-f', '--values', '--set', '--set-string', '--set-file', '--set-json', '--kubeconfig', '--kube-context', '--timeout', '--description', '--post-renderer', '--username', '--password', '--ca-file', '--cert-file', '--key-file', '--registry-config', '--repository-config', '--repository-cache', '-o', '--output', '--history-max', '--max-history']);

/** Leading `VAR=x`, `sudo`, `env`, `timeout N`, `nohup`, `exec`, `time` are not the command. */
function stripPrefix(words: Word[], env: Record<string, string>): Word[] {
  let i = 0;
  for (;;) {
    const w = words[i]?.text;
    if (w === undefined) return [];
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(w);
    if (assign) {
      env[assign[1]] = assign[2];
      i++;
    } else if (['sudo', 'env', 'nohup', 'exec', 'time', 'command'].includes(base(w))) {
      i++;
      while (words[i] && isFlag(words[i])) i += words[i].text === '-u' ? 2 : 1;
    } else if (base(w) === 'timeout') {
      i++;
      while (words[i] && isFlag(words[i])) i++;
      i++; // the duration
    } else return words.slice(i);
  }
}

/** Positional words after index `from`, skipping flags and the values of `valueFlags`. */
function positionals(words: Word[], from: number, valueFlags: Set<string>): Word[] {
  const out: Word[] = [];
  for (let i = from; i < words.length; i++) {
    const w = words[i];
    if (w.redirect) {
      i++;
      continue;
    }
    if (isFlag(w)) {
      if (!w.text.includes('=') && valueFlags.has(w.text)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** The value of `--flag v` / `--flag=v`, as a word (offsets adjusted for the `=` form). */
function flagValue(words: Word[], names: string[]): Word | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    for (const n of names) {
      if (w.text === n && words[i + 1] && !words[i + 1].redirect) return words[i + 1];
      if (w.text.startsWith(n + '=')) {
        const skip = n.length + 1;
        return { text: w.text.slice(skip), start: w.end - (w.text.length - skip), end: w.end };
      }
    }
  }
  return undefined;
}

/** Every value of a repeatable `--flag v` / `--flag=v`. */
function flagValues(words: Word[], names: string[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!names.some((n) => words[i].text === n || words[i].text.startsWith(`${n}=`))) continue;
    const v = flagValue(words.slice(i, i + 2), names);
    if (v) out.push(v);
    if (v && names.includes(words[i].text)) i++; // `-f x`: x is the value, not a flag
  }
  return out;
}

export function parseCommand(text: string): CommandFacts {
  const facts: CommandFacts = { stdinApplies: [], heads: [], applies: [], helmInstalls: [], helmRepoAdds: [], kubeadmInit: false, installers: [], ciliumInstalls: [], writes: [], runs: [], env: {}, words: [], namespaces: [], secretLiterals: [] };
  const segments = shellSegments(text);
  const redirected = new Set(segments.flat().filter((_, i, a) => i > 0 && a[i - 1].redirect).map((w) => w.start));
  facts.words = segments.flat().filter((w) => w.text.startsWith('/') && !redirected.has(w.start)).map((w) => w.text);
  const all = segments.flat().map((w) => w.text);
  const scriptAgent = all.includes('agent');
  const heredocs = [...text.matchAll(/<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1[^\n]*\n([\s\S]*?)\n[ \t]*\2[ \t]*(?:\n|$)/g)].map((m) => ({ at: m.index ?? 0, body: m[3] }));
  let fed: Produced | undefined;
  let piped = false;
  segments.forEach((segment, si) => {
    const words = stripPrefix(segment, facts.env);
    const fromPipe = piped;
    const input = fed;
    const next = segments[si + 1];
    piped = next !== undefined && /^[^|]*\|(?!\|)[^|]*$/.test(text.slice(segment[segment.length - 1].end, next[0].start).replace(/<<[\s\S]*$/, ''));
    fed = words.length ? producerOf(words, facts.env) : undefined;
    if (!words.length) return;
    const stdinApply = kubectlStdinApply(words);
    if (stdinApply) {
      const doc = heredocs.find((h) => h.at > stdinApply.start && h.at < (next?.[0].start ?? text.length));
      facts.stdinApplies.push({ at: stdinApply, from: doc ? { kind: 'inline', text: doc.body } : fromPipe ? input : undefined });
    }
    collectWrites(words, facts);
    let cmd = base(words[0].text);
    let rest = words.slice(1);
    // `k3s kubectl`, `microk8s kubectl`, `rke2 kubectl`
    if (['k3s', 'rke2', 'microk8s'].includes(cmd) && rest[0]?.text === 'kubectl') {
      cmd = 'kubectl';
      rest = rest.slice(1);
    }
    if (cmd === 'kubectl') kubectl(rest, facts);
    else if (cmd === 'helm') helm(rest, facts);
    else if (cmd === 'cilium' && positionals(rest, 0, new Set(['--version', '-n', '--namespace', '--context']))[0]?.text === 'install') {
      facts.ciliumInstalls.push({ version: flagValue(rest, ['--version']) });
    } else if ((cmd === 'k3s' || cmd === 'rke2') && (rest[0]?.text === 'server' || rest[0]?.text === 'agent')) {
      facts.installers.push({ kind: cmd, server: rest[0].text === 'server' });
    } else if (cmd === 'systemctl' && rest.some((w) => /^(start|enable|restart)$/.test(w.text)) && rest.some((w) => /^rke2-server(\.service)?$/.test(w.text))) {
      facts.installers.push({ kind: 'rke2', server: true });
    } else if ((cmd === 'sh' || cmd === 'bash') && rest[0] && !isFlag(rest[0])) {
      facts.runs.push(rest[0].text);
    } else if (words[0].text.startsWith('/') || words[0].text.startsWith('./')) {
      facts.runs.push(words[0].text);
    }
    const kubeadm = words.findIndex((w) => base(w.text) === 'kubeadm');
    if (kubeadm >= 0 && words[kubeadm + 1]?.text === 'init' && words[kubeadm + 2]?.text !== 'phase') facts.kubeadmInit = true;
    for (const w of words) {
      const script = /get\.(k3s|rke2)\.io/.exec(w.text);
      if (script && (cmd === 'curl' || cmd === 'wget')) {
        const kind = script[1] as 'k3s' | 'rke2';
        facts.installers.push({ kind, server: !scriptAgent });
      }
    }
    const vip = words.findIndex((w, i) => base(w.text) === 'kube-vip' && words[i + 1]?.text === 'manifest');
    if (vip >= 0 && /^(pod|daemonset)$/.test(words[vip + 2]?.text ?? '')) {
      facts.kubeVip = { kind: words[vip + 2].text as 'pod' | 'daemonset', images: words.filter((w) => /kube-vip[^/]*:[^/]+$/.test(w.text) && w.text.includes('/') && !w.text.startsWith('/')) };
    }
    facts.heads.push({ command: words[0], deployVerb: words.slice(1).some((w) => DEPLOY_VERBS.has(w.text)) });
  });
  if (segments.length === 1) facts.output = fed;
  return facts;
}

/** Words that make a command a deploy whichever tool runs it (`{{ kubectl }} apply -f x`, `{{ k3s_bin }} server`). */
const DEPLOY_VERBS = new Set(['apply', 'create', 'replace', 'install', 'upgrade', 'server', 'init']);

/** The `-` of `kubectl apply|create|replace -f -`. */
function kubectlStdinApply(words: Word[]): Word | undefined {
  const i = words.findIndex((w) => base(w.text) === 'kubectl');
  if (i < 0) return undefined;
  const rest = words.slice(i + 1);
  if (!['apply', 'create', 'replace'].includes(positionals(rest, 0, KUBECTL_VALUE_FLAGS)[0]?.text ?? '')) return undefined;
  const f = rest.findIndex((w, j) => (w.text === '-f' || w.text === '--filename') && rest[j + 1]?.text === '-');
  return f >= 0 ? rest[f + 1] : rest.find((w) => w.text === '--filename=-' || w.text === '-f=-');
}

/** What one command prints when it renders or fetches manifests. */
function producerOf(words: Word[], env: Record<string, string>): Produced | undefined {
  const all = stripPrefix(words, { ...env });
  let cmd = base(all[0]?.text);
  let rest = all.slice(1);
  if (['k3s', 'rke2', 'microk8s'].includes(cmd) && rest[0]?.text === 'kubectl') {
    cmd = 'kubectl';
    rest = rest.slice(1);
  }
  if (cmd === 'kubectl' || cmd === 'kustomize') {
    const pos = positionals(rest, 0, KUBECTL_VALUE_FLAGS);
    if ((cmd === 'kubectl' && pos[0]?.text === 'kustomize') || (cmd === 'kustomize' && pos[0]?.text === 'build')) return pos[1] ? { kind: 'kustomize', dir: pos[1] } : undefined;
    // `kubectl create secret generic x --dry-run=client -o yaml` prints that object.
    const dry = rest.some((w) => /^--dry-run(=|$)/.test(w.text)) && /^(yaml|json)$/.test(flagValue(rest, ['-o', '--output'])?.text ?? '');
    if (cmd === 'kubectl' && pos[0]?.text === 'create' && dry) {
      const kind = CREATED_KINDS[pos[1]?.text ?? ''];
      const name = pos[1]?.text === 'secret' ? pos[3] : pos[2];
      if (kind && name) return { kind: 'object', object: { kind, name, namespace: flagValue(rest, ['-n', '--namespace']) } };
    }
    return undefined;
  }
  if (cmd === 'helm') {
    const pos = positionals(rest, 0, HELM_VALUE_FLAGS);
    if (pos[0]?.text !== 'template') return undefined;
    const generated = rest.some((w) => w.text === '--generate-name' || w.text === '-g') || pos.length === 2;
    const chart = generated ? pos[1] : pos[2];
    return chart ? { kind: 'helm', chart: { release: generated ? undefined : pos[1], chart, repo: flagValue(rest, ['--repo']), version: flagValue(rest, ['--version']), values: flagValues(rest, ['-f', '--values']) } } : undefined;
  }
  if (cmd === 'cat' && rest.length === 1) return { kind: 'file', path: rest[0] };
  if (cmd === 'curl' || cmd === 'wget') {
    const url = rest.find((w) => /^https?:\/\//.test(w.text));
    const toFile = cmd === 'curl' ? flagValue(rest, ['-o', '--output']) : flagValue(rest, ['-O', '--output-document']);
    if (url && (!toFile || toFile.text === '-')) return { kind: 'url', url };
  }
  return undefined;
}

const CREATED_KINDS: Record<string, string> = { secret: 'Secret', configmap: 'ConfigMap', namespace: 'Namespace', ns: 'Namespace', serviceaccount: 'ServiceAccount' };

function kubectl(rest: Word[], facts: CommandFacts): void {
  const pos = positionals(rest, 0, KUBECTL_VALUE_FLAGS);
  const verb = pos[0]?.text;
  if (verb !== 'apply' && verb !== 'create' && verb !== 'replace') return;
  if (verb === 'create') {
    // A dry run creates nothing; piped into `kubectl apply -f -` it is the object it prints (Produced).
    const dryRun = rest.some((w) => /^--dry-run(=|$)/.test(w.text));
    if ((pos[1]?.text === 'namespace' || pos[1]?.text === 'ns') && pos[2] && !dryRun) facts.namespaces.push(pos[2]);
    if (pos[1]?.text === 'secret') {
      rest.forEach((w, i) => {
        const pair = w.text === '--from-literal' ? rest[i + 1] : w.text.startsWith('--from-literal=') ? w : undefined;
        const m = pair && /^(?:--from-literal=)?([^=]+)=([\s\S]*)$/.exec(pair.text);
        if (pair && m) facts.secretLiterals.push({ key: m[1], value: m[2], word: pair });
      });
    }
  }
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    const m = /^(-f|--filename|-k|--kustomize)(=(.*))?$/.exec(w.text);
    if (!m) continue;
    const kustomize = m[1] === '-k' || m[1] === '--kustomize';
    const target = m[2] !== undefined ? { text: m[3], start: w.end - m[3].length, end: w.end } : rest[i + 1];
    if (target && target.text !== '-' && !target.redirect) facts.applies.push({ target, kustomize });
  }
}

function helm(rest: Word[], facts: CommandFacts): void {
  const pos = positionals(rest, 0, HELM_VALUE_FLAGS);
  const sub = pos[0]?.text;
  if (sub === 'repo' && pos[1]?.text === 'add' && pos[2] && pos[3]) {
    facts.helmRepoAdds.push({ alias: pos[2].text, url: pos[3] });
  } else if (sub === 'install' || sub === 'upgrade') {
    const generated = rest.some((w) => w.text === '--generate-name' || w.text === '-g');
    const args = pos.slice(1);
    const [release, chart] = generated ? [undefined, args[0]] : [args[0], args[1]];
    facts.helmInstalls.push({ release, chart, repo: flagValue(rest, ['--repo']), version: flagValue(rest, ['--version']), values: flagValues(rest, ['-f', '--values']) });
    const namespace = flagValue(rest, ['-n', '--namespace']);
    if (namespace && rest.some((w) => w.text === '--create-namespace')) facts.namespaces.push(namespace);
  }
}

function collectWrites(words: Word[], facts: CommandFacts): void {
  const useful = (w: Word | undefined): w is Word => !!w && !w.redirect && !w.text.startsWith('/dev/') && w.text !== '';
  words.forEach((w, i) => {
    if (w.redirect && !w.redirect.startsWith('2') && useful(words[i + 1])) facts.writes.push({ path: words[i + 1] });
  });
  const cmd = base(words[0].text);
  const rest = words.slice(1);
  if (cmd === 'tee') for (const w of rest) if (!isFlag(w) && useful(w)) facts.writes.push({ path: w });
  if (cmd === 'curl' || cmd === 'wget') {
    const out = cmd === 'curl' ? flagValue(rest, ['-o', '--output']) : flagValue(rest, ['-O', '--output-document']);
    const url = rest.find((w) => /^https?:\/\//.test(w.text));
    if (useful(out) && out.text !== '-') facts.writes.push({ path: out, url });
  }
  if (cmd === 'cp' || cmd === 'mv') {
    const pos = rest.filter((w) => !isFlag(w) && !w.redirect);
    if (pos.length === 2) facts.writes.push({ path: pos[1], from: pos[0].text });
  }
}
