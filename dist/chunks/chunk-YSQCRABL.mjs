import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  NO_VALUE,
  applySuppressions,
  appsOfApps,
  baseName,
  buildGraph,
  contentHashOf,
  dirOf,
  isTemplated,
  isUnder,
  joinInRepo,
  nameOfId,
  packageFile,
  parseDirectives,
  playbooksReaching,
  qualifiedId,
  ruleIds,
  rules
} from "./chunk-JYKFIDVX.mjs";
import {
  MAX_YAML_DOCUMENTS,
  SCAN_THRESHOLD_BYTES,
  YamlDoc,
  capProblem,
  columnOf,
  lineIndex,
  lineOf,
  packPos,
  parseYaml,
  plain,
  readFrames,
  scanManifest,
  start
} from "./chunk-YTFHSWQN.mjs";
import {
  require_dist
} from "./chunk-W6GCGJUD.mjs";
import {
  KEEP_TEXT_BELOW,
  UNRESOLVED,
  apiGroup,
  declaresArgoKind,
  isRecord,
  objectAt,
  objectsOfDoc,
  parseImage,
  readOnce
} from "./chunk-443EUCID.mjs";
import {
  CORE_SCHEMA,
  loadAll
} from "./chunk-LNTSDQED.mjs";
import {
  __toESM
} from "./chunk-ANQG4MEX.mjs";

// src/ansible/effects.ts
import { posix as posix3 } from "node:path";

// src/parse/secret-value.ts
var PLACEHOLDER = /\{\{|\$\{[\w.-]+\}|^<[^<>\s][^<>]*>$|__UNRESOLVED__|<no value>/;
var ENCRYPTED = /^ENC\[|\$ANSIBLE_VAULT;/;
function isLiteralSecret(value) {
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text !== "" && !PLACEHOLDER.test(text) && !ENCRYPTED.test(text);
}
var isSopsDocument = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && "sops" in value;
var words = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
var CREDENTIAL_ENDINGS = [["password"], ["passwd"], ["passphrase"], ["token"], ["api", "key"], ["apikey"], ["private", "key"], ["privatekey"], ["secret", "key"], ["client", "secret"]];
function namesCredential(key) {
  const w = words(key);
  if (w[0] === "existing") return false;
  return CREDENTIAL_ENDINGS.some((end) => end.length <= w.length && end.every((e, i) => w[w.length - end.length + i] === e));
}
var ARGOCD_SETTINGS = /* @__PURE__ */ new Set([
  "name",
  "url",
  "type",
  "project",
  "username",
  "insecure",
  "insecureIgnoreHostKey",
  "enableLFS",
  "enableOCI",
  "proxy",
  "noProxy",
  "forceHttpBasicAuth",
  "githubAppID",
  "githubAppInstallationID",
  "githubAppEnterpriseBaseUrl",
  "server",
  "namespaces",
  "clusterResources",
  "shard"
]);
function secretLiterals(doc, value, base2) {
  if (isSopsDocument(value)) return [];
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const argocd = isRecord(meta.labels) && typeof meta.labels["argocd.argoproj.io/secret-type"] === "string";
  const out = [];
  for (const field of ["data", "stringData"]) {
    const entries = value[field];
    if (!isRecord(entries)) continue;
    for (const [key, v] of Object.entries(entries)) {
      if (argocd && ARGOCD_SETTINGS.has(key)) continue;
      if (isLiteralSecret(v)) out.push({ key, at: doc.loc([...base2, field, key]) });
    }
  }
  return out;
}

// src/ansible/commands.ts
import { posix } from "node:path";

// src/ansible/shell-words.ts
function shellSegments(src) {
  const segments = [];
  let cur = [];
  const flush = () => {
    if (cur.length) segments.push(cur);
    cur = [];
  };
  let i = 0;
  const n = src.length;
  let pendingHeredoc;
  while (i < n) {
    const c = src[i];
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
    } else if (c === "\n" && pendingHeredoc !== void 0) {
      flush();
      i = skipHeredoc(src, i + 1, pendingHeredoc);
      pendingHeredoc = void 0;
    } else if (c === "\n" || c === ";") {
      flush();
      i++;
    } else if (c === "&" && src[i + 1] === "&") {
      flush();
      i += 2;
    } else if (c === "|") {
      flush();
      i += src[i + 1] === "|" ? 2 : 1;
    } else if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
    } else {
      const dup = /^[0-9]?>&[0-9-]/.exec(src.slice(i, i + 4));
      if (dup) {
        i += dup[0].length;
        continue;
      }
      const redirect = /^(?:[0-9]?>>?|&>>?)/.exec(src.slice(i, i + 3));
      if (redirect) {
        cur.push({ text: redirect[0], start: i, end: i + redirect[0].length, redirect: redirect[0] });
        i += redirect[0].length;
        continue;
      }
      if (c === "&") {
        flush();
        i++;
        continue;
      }
      if (c === "<") {
        const heredoc = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(src.slice(i));
        if (heredoc) {
          pendingHeredoc = heredoc[2];
          i += heredoc[0].length;
        } else i++;
        continue;
      }
      const w = readWord(src, i);
      cur.push(w);
      i = Math.max(w.end, i + 1);
    }
  }
  flush();
  return segments;
}
function skipHeredoc(src, from, delimiter) {
  let i = from;
  while (i < src.length) {
    const eol = src.indexOf("\n", i);
    const line = src.slice(i, eol < 0 ? src.length : eol);
    i = eol < 0 ? src.length : eol + 1;
    if (line.trim() === delimiter) break;
  }
  return i;
}
function splitWords(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i])) {
      i++;
      continue;
    }
    const w = readWord(src, i, true);
    out.push(w);
    i = w.end;
  }
  return out;
}
function readWord(src, start2, whitespaceOnly = false) {
  let i = start2;
  let text = "";
  const stop = whitespaceOnly ? /\s/ : /[\s;|&<>]/;
  while (i < src.length && !stop.test(src[i])) {
    const c = src[i];
    if (src.startsWith("{{", i)) {
      const close = src.indexOf("}}", i + 2);
      const end = close < 0 ? src.length : close + 2;
      text += src.slice(i, end);
      i = end;
    } else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      const end = close < 0 ? src.length : close;
      text += src.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') {
        if (src.startsWith("{{", j)) {
          const close = src.indexOf("}}", j + 2);
          const end = close < 0 ? src.length : close + 2;
          text += src.slice(j, end);
          j = end;
          continue;
        }
        if (src[j] === "\\" && j + 1 < src.length) {
          text += src[j + 1];
          j += 2;
        } else text += src[j++];
      }
      i = j + 1;
    } else if (c === "\\" && i + 1 < src.length) {
      text += src[i + 1];
      i += 2;
    } else {
      text += c;
      i++;
    }
  }
  return { text, start: start2, end: Math.min(i, src.length) };
}
function parseKeyValue(src) {
  const pairs = {};
  const rest = [];
  for (const w of splitWords(src)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(w.text);
    if (m) pairs[m[1]] = m[2];
    else rest.push(w.text);
  }
  return { pairs, rest };
}

// src/ansible/commands.ts
var base = (w) => w ? posix.basename(w) : "";
var isFlag = (w) => w.text.startsWith("-") && w.text !== "-";
var KUBECTL_VALUE_FLAGS = /* @__PURE__ */ new Set(["-n", "--namespace", "--kubeconfig", "--context", "--cluster", "--user", "-s", "--server", "--token", "--as", "--request-timeout", "-l", "--selector", "-o", "--output", "--field-manager", "--timeout", "-p", "--patch", "--type", "-c", "--container", "--for"]);
var HELM_VALUE_FLAGS = /* @__PURE__ */ new Set(["--repo", "--version", "-n", "--namespace", "-f", "--values", "--set", "--set-string", "--set-file", "--set-json", "--kubeconfig", "--kube-context", "--timeout", "--description", "--post-renderer", "--username", "--password", "--ca-file", "--cert-file", "--key-file", "--registry-config", "--repository-config", "--repository-cache", "-o", "--output", "--history-max", "--max-history"]);
function stripPrefix(words2, env) {
  let i = 0;
  for (; ; ) {
    const w = words2[i]?.text;
    if (w === void 0) return [];
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(w);
    if (assign) {
      env[assign[1]] = assign[2];
      i++;
    } else if (["sudo", "env", "nohup", "exec", "time", "command"].includes(base(w))) {
      i++;
      while (words2[i] && isFlag(words2[i])) i += words2[i].text === "-u" ? 2 : 1;
    } else if (base(w) === "timeout") {
      i++;
      while (words2[i] && isFlag(words2[i])) i++;
      i++;
    } else return words2.slice(i);
  }
}
function positionals(words2, from, valueFlags) {
  const out = [];
  for (let i = from; i < words2.length; i++) {
    const w = words2[i];
    if (w.redirect) {
      i++;
      continue;
    }
    if (isFlag(w)) {
      if (!w.text.includes("=") && valueFlags.has(w.text)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
function flagValue(words2, names) {
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i];
    for (const n of names) {
      if (w.text === n && words2[i + 1] && !words2[i + 1].redirect) return words2[i + 1];
      if (w.text.startsWith(n + "=")) {
        const skip = n.length + 1;
        return { text: w.text.slice(skip), start: w.end - (w.text.length - skip), end: w.end };
      }
    }
  }
  return void 0;
}
function flagValues(words2, names) {
  const out = [];
  for (let i = 0; i < words2.length; i++) {
    if (!names.some((n) => words2[i].text === n || words2[i].text.startsWith(`${n}=`))) continue;
    const v = flagValue(words2.slice(i, i + 2), names);
    if (v) out.push(v);
    if (v && names.includes(words2[i].text)) i++;
  }
  return out;
}
function parseCommand(text) {
  const facts = { stdinApplies: [], heads: [], applies: [], helmInstalls: [], helmRepoAdds: [], kubeadmInit: false, installers: [], ciliumInstalls: [], writes: [], runs: [], env: {}, words: [], namespaces: [], secretLiterals: [] };
  const segments = shellSegments(text);
  const redirected = new Set(segments.flat().filter((_, i, a) => i > 0 && a[i - 1].redirect).map((w) => w.start));
  facts.words = segments.flat().filter((w) => w.text.startsWith("/") && !redirected.has(w.start)).map((w) => w.text);
  const all = segments.flat().map((w) => w.text);
  const scriptAgent = all.includes("agent");
  const heredocs = [...text.matchAll(/<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1[^\n]*\n([\s\S]*?)\n[ \t]*\2[ \t]*(?:\n|$)/g)].map((m) => ({ at: m.index ?? 0, body: m[3] }));
  let fed;
  let piped = false;
  segments.forEach((segment, si) => {
    const words2 = stripPrefix(segment, facts.env);
    const fromPipe = piped;
    const input = fed;
    const next = segments[si + 1];
    piped = next !== void 0 && /^[^|]*\|(?!\|)[^|]*$/.test(text.slice(segment[segment.length - 1].end, next[0].start).replace(/<<[\s\S]*$/, ""));
    fed = words2.length ? producerOf(words2, facts.env) : void 0;
    if (!words2.length) return;
    const stdinApply = kubectlStdinApply(words2);
    if (stdinApply) {
      const doc = heredocs.find((h) => h.at > stdinApply.start && h.at < (next?.[0].start ?? text.length));
      facts.stdinApplies.push({ at: stdinApply, from: doc ? { kind: "inline", text: doc.body } : fromPipe ? input : void 0 });
    }
    collectWrites(words2, facts);
    let cmd = base(words2[0].text);
    let rest = words2.slice(1);
    if (["k3s", "rke2", "microk8s"].includes(cmd) && rest[0]?.text === "kubectl") {
      cmd = "kubectl";
      rest = rest.slice(1);
    }
    if (cmd === "kubectl") kubectl(rest, facts);
    else if (cmd === "helm") helm(rest, facts);
    else if (cmd === "cilium" && positionals(rest, 0, /* @__PURE__ */ new Set(["--version", "-n", "--namespace", "--context"]))[0]?.text === "install") {
      facts.ciliumInstalls.push({ version: flagValue(rest, ["--version"]) });
    } else if ((cmd === "k3s" || cmd === "rke2") && (rest[0]?.text === "server" || rest[0]?.text === "agent")) {
      facts.installers.push({ kind: cmd, server: rest[0].text === "server" });
    } else if (cmd === "systemctl" && rest.some((w) => /^(start|enable|restart)$/.test(w.text)) && rest.some((w) => /^rke2-server(\.service)?$/.test(w.text))) {
      facts.installers.push({ kind: "rke2", server: true });
    } else if ((cmd === "sh" || cmd === "bash") && rest[0] && !isFlag(rest[0])) {
      facts.runs.push(rest[0].text);
    } else if (words2[0].text.startsWith("/") || words2[0].text.startsWith("./")) {
      facts.runs.push(words2[0].text);
    }
    const kubeadm = words2.findIndex((w) => base(w.text) === "kubeadm");
    if (kubeadm >= 0 && words2[kubeadm + 1]?.text === "init" && words2[kubeadm + 2]?.text !== "phase") facts.kubeadmInit = true;
    for (const w of words2) {
      const script = /get\.(k3s|rke2)\.io/.exec(w.text);
      if (script && (cmd === "curl" || cmd === "wget")) {
        const kind = script[1];
        facts.installers.push({ kind, server: !scriptAgent });
      }
    }
    const vip = words2.findIndex((w, i) => base(w.text) === "kube-vip" && words2[i + 1]?.text === "manifest");
    if (vip >= 0 && /^(pod|daemonset)$/.test(words2[vip + 2]?.text ?? "")) {
      facts.kubeVip = { kind: words2[vip + 2].text, images: words2.filter((w) => /kube-vip[^/]*:[^/]+$/.test(w.text) && w.text.includes("/") && !w.text.startsWith("/")) };
    }
    facts.heads.push({ command: words2[0], deployVerb: words2.slice(1).some((w) => DEPLOY_VERBS.has(w.text)) });
  });
  if (segments.length === 1) facts.output = fed;
  return facts;
}
var DEPLOY_VERBS = /* @__PURE__ */ new Set(["apply", "create", "replace", "install", "upgrade", "server", "init"]);
function kubectlStdinApply(words2) {
  const i = words2.findIndex((w) => base(w.text) === "kubectl");
  if (i < 0) return void 0;
  const rest = words2.slice(i + 1);
  if (!["apply", "create", "replace"].includes(positionals(rest, 0, KUBECTL_VALUE_FLAGS)[0]?.text ?? "")) return void 0;
  const f = rest.findIndex((w, j) => (w.text === "-f" || w.text === "--filename") && rest[j + 1]?.text === "-");
  return f >= 0 ? rest[f + 1] : rest.find((w) => w.text === "--filename=-" || w.text === "-f=-");
}
function producerOf(words2, env) {
  const all = stripPrefix(words2, { ...env });
  let cmd = base(all[0]?.text);
  let rest = all.slice(1);
  if (["k3s", "rke2", "microk8s"].includes(cmd) && rest[0]?.text === "kubectl") {
    cmd = "kubectl";
    rest = rest.slice(1);
  }
  if (cmd === "kubectl" || cmd === "kustomize") {
    const pos = positionals(rest, 0, KUBECTL_VALUE_FLAGS);
    if (cmd === "kubectl" && pos[0]?.text === "kustomize" || cmd === "kustomize" && pos[0]?.text === "build") return pos[1] ? { kind: "kustomize", dir: pos[1] } : void 0;
    const dry = rest.some((w) => /^--dry-run(=|$)/.test(w.text)) && /^(yaml|json)$/.test(flagValue(rest, ["-o", "--output"])?.text ?? "");
    if (cmd === "kubectl" && pos[0]?.text === "create" && dry) {
      const kind = CREATED_KINDS[pos[1]?.text ?? ""];
      const name = pos[1]?.text === "secret" ? pos[3] : pos[2];
      if (kind && name) return { kind: "object", object: { kind, name, namespace: flagValue(rest, ["-n", "--namespace"]) } };
    }
    return void 0;
  }
  if (cmd === "helm") {
    const pos = positionals(rest, 0, HELM_VALUE_FLAGS);
    if (pos[0]?.text !== "template") return void 0;
    const generated = rest.some((w) => w.text === "--generate-name" || w.text === "-g") || pos.length === 2;
    const chart = generated ? pos[1] : pos[2];
    return chart ? { kind: "helm", chart: { release: generated ? void 0 : pos[1], chart, repo: flagValue(rest, ["--repo"]), version: flagValue(rest, ["--version"]), values: flagValues(rest, ["-f", "--values"]) } } : void 0;
  }
  if (cmd === "cat" && rest.length === 1) return { kind: "file", path: rest[0] };
  if (cmd === "curl" || cmd === "wget") {
    const url = rest.find((w) => /^https?:\/\//.test(w.text));
    const toFile = cmd === "curl" ? flagValue(rest, ["-o", "--output"]) : flagValue(rest, ["-O", "--output-document"]);
    if (url && (!toFile || toFile.text === "-")) return { kind: "url", url };
  }
  return void 0;
}
var CREATED_KINDS = { secret: "Secret", configmap: "ConfigMap", namespace: "Namespace", ns: "Namespace", serviceaccount: "ServiceAccount" };
function kubectl(rest, facts) {
  const pos = positionals(rest, 0, KUBECTL_VALUE_FLAGS);
  const verb = pos[0]?.text;
  if (verb !== "apply" && verb !== "create" && verb !== "replace") return;
  if (verb === "create") {
    const dryRun = rest.some((w) => /^--dry-run(=|$)/.test(w.text));
    if ((pos[1]?.text === "namespace" || pos[1]?.text === "ns") && pos[2] && !dryRun) facts.namespaces.push(pos[2]);
    if (pos[1]?.text === "secret") {
      rest.forEach((w, i) => {
        const pair = w.text === "--from-literal" ? rest[i + 1] : w.text.startsWith("--from-literal=") ? w : void 0;
        const m = pair && /^(?:--from-literal=)?([^=]+)=([\s\S]*)$/.exec(pair.text);
        if (pair && m) facts.secretLiterals.push({ key: m[1], value: m[2], word: pair });
      });
    }
  }
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    const m = /^(-f|--filename|-k|--kustomize)(=(.*))?$/.exec(w.text);
    if (!m) continue;
    const kustomize = m[1] === "-k" || m[1] === "--kustomize";
    const target = m[2] !== void 0 ? { text: m[3], start: w.end - m[3].length, end: w.end } : rest[i + 1];
    if (target && target.text !== "-" && !target.redirect) facts.applies.push({ target, kustomize });
  }
}
function helm(rest, facts) {
  const pos = positionals(rest, 0, HELM_VALUE_FLAGS);
  const sub = pos[0]?.text;
  if (sub === "repo" && pos[1]?.text === "add" && pos[2] && pos[3]) {
    facts.helmRepoAdds.push({ alias: pos[2].text, url: pos[3] });
  } else if (sub === "install" || sub === "upgrade") {
    const generated = rest.some((w) => w.text === "--generate-name" || w.text === "-g");
    const args = pos.slice(1);
    const [release, chart] = generated ? [void 0, args[0]] : [args[0], args[1]];
    facts.helmInstalls.push({ release, chart, repo: flagValue(rest, ["--repo"]), version: flagValue(rest, ["--version"]), values: flagValues(rest, ["-f", "--values"]) });
    const namespace = flagValue(rest, ["-n", "--namespace"]);
    if (namespace && rest.some((w) => w.text === "--create-namespace")) facts.namespaces.push(namespace);
  }
}
function collectWrites(words2, facts) {
  const useful = (w) => !!w && !w.redirect && !w.text.startsWith("/dev/") && w.text !== "";
  words2.forEach((w, i) => {
    if (w.redirect && !w.redirect.startsWith("2") && useful(words2[i + 1])) facts.writes.push({ path: words2[i + 1] });
  });
  const cmd = base(words2[0].text);
  const rest = words2.slice(1);
  if (cmd === "tee") {
    for (const w of rest) if (!isFlag(w) && useful(w)) facts.writes.push({ path: w });
  }
  if (cmd === "curl" || cmd === "wget") {
    const out = cmd === "curl" ? flagValue(rest, ["-o", "--output"]) : flagValue(rest, ["-O", "--output-document"]);
    const url = rest.find((w) => /^https?:\/\//.test(w.text));
    if (useful(out) && out.text !== "-") facts.writes.push({ path: out, url });
  }
  if (cmd === "cp" || cmd === "mv") {
    const pos = rest.filter((w) => !isFlag(w) && !w.redirect);
    if (pos.length === 2) facts.writes.push({ path: pos[1], from: pos[0].text });
  }
}

// src/ansible/inline-manifest.ts
function inlineObjects(file, text, firstLine, indent) {
  const parsed = parseYaml(file, text);
  if (parsed.problems.length > 0) return [];
  const move = (l) => ({ file, line: l.line + firstLine - 1, column: l.column + indent });
  return parsed.docs.flatMap(objectsOfDoc).map((o) => ({
    ...o,
    at: move(o.at),
    kindAt: move(o.kindAt),
    images: o.images.map((img) => ({ ...img, at: move(img.at) })),
    ...o.chart ? { chart: { ...o.chart, at: move(o.chart.at), ...o.chart.versionAt ? { versionAt: move(o.chart.versionAt) } : {} } } : {}
  }));
}
function scalarBody(sourceText, at) {
  const lines = (sourceText ?? "").split("\n");
  const keyLine = lines[at.line - 1] ?? "";
  if (/[|>][0-9+-]*\s*(#.*)?$/.test(keyLine)) {
    const body = lines[at.line] ?? "";
    return { firstLine: at.line + 1, indent: body.length - body.trimStart().length };
  }
  return { firstLine: at.line, indent: at.column - 1 };
}

// src/ansible/controller-paths.ts
var REPO_MARK = "\0repo";
var markDir = (dir) => dir ? `${REPO_MARK}/${dir}` : REPO_MARK;
var displayPath = (p) => p.split(`${REPO_MARK}/`).join("").split(REPO_MARK).join(".");
var isUrl = (p) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p.trim());
function exists(sources, p) {
  return sources.hasFile(p) || p !== "" && sources.hasDir(p);
}
function resolveControllerPath(sources, path, places) {
  const p = path.trim();
  if (!p) return { status: "unresolved" };
  if (p.startsWith(REPO_MARK)) {
    const joined = joinInRepo("", p.slice(REPO_MARK.length).replace(/^\/+/, ""));
    if (joined === void 0) return { status: "external" };
    return exists(sources, joined) ? { status: "ok", resolved: joined } : { status: "missing" };
  }
  if (isUrl(p)) return { status: "external" };
  if (p.startsWith("/") || p.startsWith("~")) return { status: "external" };
  let inside = false;
  for (const c of candidatesOf(p, places)) {
    if (c === void 0) continue;
    inside = true;
    if (exists(sources, c)) return { status: "ok", resolved: c };
  }
  return { status: inside ? "missing" : "external" };
}
var CONTROLLER_ANCHOR = /^\s*\{\{-?\s*(?:(?:lookup|query|q)\(\s*['"](?:ansible\.builtin\.)?env['"]|ansible_env|ansible_user_dir)[^}]*\}\}\s*\//;
function unrenderedStatus(raw) {
  return typeof raw === "string" && CONTROLLER_ANCHOR.test(raw) ? "external" : "unresolved";
}
function candidatesOf(p, places) {
  const out = [];
  const add = (base2, withSub) => {
    if (base2 === void 0) return;
    if (withSub) out.push(joinInRepo(base2, `${places.sub}/${p}`));
    out.push(joinInRepo(base2, p));
  };
  if (places.sub === "tasks") {
    const role = places.roleDirs[0];
    if (role !== void 0) out.push(joinInRepo(role, `tasks/${p}`));
    add(places.taskDir, false);
    if (role !== void 0) out.push(joinInRepo(role, p));
    add(places.playbookDir, false);
    return out;
  }
  for (const role of places.roleDirs) add(role, true);
  add(places.taskDir, true);
  add(places.playbookDir, true);
  return out;
}

// src/ansible/host-paths.ts
import { posix as posix2 } from "node:path";
function normHostPath(p) {
  const t = p.trim();
  if (!t) return t;
  const n = posix2.normalize(t);
  return n.length > 1 ? n.replace(/\/+$/, "") : n;
}
var STATIC_POD_DIRS = /^\/(etc\/kubernetes\/manifests|var\/lib\/rancher\/(k3s|rke2)\/agent\/pod-manifests)(\/|$)/;
var AUTO_DEPLOY_DIRS = /^\/var\/lib\/rancher\/(k3s|rke2)\/server\/manifests(\/|$)/;
function destMechanism(dest) {
  const d = normHostPath(dest) + "/";
  if (STATIC_POD_DIRS.test(d)) return "static-pod";
  if (AUTO_DEPLOY_DIRS.test(d)) return "k3s-manifest";
  return void 0;
}
var isK3sConfig = (dest) => /^\/etc\/rancher\/k3s\/config\.yaml(\.d\/[^/]+)?$/.test(normHostPath(dest));
var isRke2Config = (dest) => /^\/etc\/rancher\/rke2\/config\.yaml(\.d\/[^/]+)?$/.test(normHostPath(dest));
var FLANNEL_NONE_CONFIG = /^\s*["']?flannel-backend["']?\s*:\s*["']?none["']?\s*(#.*)?$/m;
var FLANNEL_NONE_FLAG = /--flannel-backend(=|\s+)["']?none\b/;
var systemdUnitName = (dest) => /^\/(?:etc|lib|usr\/lib)\/systemd\/system\/([^/]+)\.service$/.exec(normHostPath(dest))?.[1];
function unitServer(text) {
  const m = /^\s*ExecStart\s*=\s*\S*\b(k3s|rke2)\s+(server\b|\{\{[^}]*['"]server['"][^}]*\}\})(.*)$/m.exec(text);
  return m ? { kind: m[1], args: m[3] } : void 0;
}

// src/ansible/shape.ts
var asString = (v) => typeof v === "string" ? v : void 0;
var asScalarString = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
var asList = (v) => Array.isArray(v) ? v : [];
var truthy = (v) => v === true || v === 1 || typeof v === "string" && /^(yes|true|on|1|y)$/i.test(v.trim());
var isYamlPath = (p) => /\.ya?ml$/i.test(p);
function shown(v) {
  if (typeof v === "string") return v;
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? "";
  } catch {
    return "";
  }
}

// src/ansible/jinja.ts
var VarScope = class _VarScope {
  constructor(layers) {
    this.layers = layers;
  }
  layers;
  get(name) {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const v = this.layers[i].get(name);
      if (v) return v;
    }
    if (name.startsWith("ansible_")) return { value: void 0, unknown: true };
    return void 0;
  }
  with(...layers) {
    return new _VarScope([...this.layers, ...layers]);
  }
};
var UNKNOWN = { kind: "unknown" };
var MAX_DEPTH = 40;
var MAX_STEPS = 5e3;
var steps = 0;
var EXPR = /\{\{-?([\s\S]*?)-?\}\}/g;
function renderString(text, scope, depth = 0, visiting = /* @__PURE__ */ new Set()) {
  if (depth === 0) steps = 0;
  if (!text.includes("{{") && !text.includes("{%")) return { text, value: text, complete: true, spans: [] };
  if (text.includes("{%") || depth > MAX_DEPTH) return { complete: false, spans: [] };
  const whole = /^\s*\{\{-?([\s\S]*?)-?\}\}\s*$/.exec(text);
  if (whole && !whole[1].includes("}}")) {
    const r = evalExpression(whole[1], scope, depth, visiting);
    if (r.kind !== "value") return { complete: false, spans: [] };
    const s = stringify(r.value);
    return { text: s, value: r.value, complete: s !== void 0 || r.value !== void 0, at: r.at, spans: s !== void 0 ? [{ start: 0, end: s.length, value: s, at: r.at }] : [] };
  }
  let out = "";
  let last = 0;
  let at;
  const spans = [];
  for (const m of text.matchAll(EXPR)) {
    out += text.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const r = evalExpression(m[1], scope, depth, visiting);
    const s = r.kind === "value" ? stringify(r.value) : void 0;
    if (s === void 0) return { complete: false, spans: [] };
    spans.push({ start: out.length, end: out.length + s.length, value: s, at: r.kind === "value" ? r.at : void 0 });
    if (r.kind === "value" && r.at) at = r.at;
    out += s;
  }
  out += text.slice(last);
  return { text: out, value: out, complete: true, at, spans };
}
function renderValue(v, scope) {
  if (typeof v === "string") return renderString(v, scope);
  if (typeof v === "number" || typeof v === "boolean") return { text: String(v), value: v, complete: true, spans: [] };
  return { value: v, complete: v !== void 0 && v !== null, spans: [] };
}
function stringify(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  return void 0;
}
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let s = "";
      while (j < src.length && src[j] !== c) {
        if (src[j] === "\\" && j + 1 < src.length) {
          s += src[j + 1];
          j += 2;
        } else s += src[j++];
      }
      if (j >= src.length) return void 0;
      out.push({ t: "str", v: s });
      i = j + 1;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      out.push({ t: "num", v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      out.push({ t: "name", v: m[0] });
      i += m[0].length;
    } else if (".[]()|~,=".includes(c)) {
      out.push({ t: "punct", v: c });
      i++;
    } else return void 0;
  }
  return out;
}
function evalExpression(src, scope, depth = 0, visiting = /* @__PURE__ */ new Set()) {
  if (depth === 0) steps = 0;
  const toks = tokenize(src);
  if (!toks || toks.length === 0) return UNKNOWN;
  const p = new Parser(toks, scope, depth, visiting);
  try {
    const r = p.expr();
    return p.done() ? r : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}
var Parser = class {
  constructor(toks, scope, depth, visiting) {
    this.toks = toks;
    this.scope = scope;
    this.depth = depth;
    this.visiting = visiting;
  }
  toks;
  scope;
  depth;
  visiting;
  i = 0;
  done() {
    return this.i === this.toks.length;
  }
  peek(v) {
    const t = this.toks[this.i];
    return t && (v === void 0 || t.t === "punct" && t.v === v) ? t : void 0;
  }
  expect(v) {
    if (!this.peek(v)) throw new Error(`expected ${v}`);
    this.i++;
  }
  expr() {
    let left = this.filtered();
    while (this.peek("~")) {
      this.i++;
      const right = this.filtered();
      if (left.kind !== "value" || right.kind !== "value") {
        left = UNKNOWN;
        continue;
      }
      const a = stringify(left.value ?? "");
      const b = stringify(right.value ?? "");
      left = a === void 0 || b === void 0 ? UNKNOWN : { kind: "value", value: a + b, at: right.at ?? left.at };
    }
    return left;
  }
  filtered() {
    let v = this.primary();
    while (this.peek("|")) {
      this.i++;
      const name = this.toks[this.i++];
      if (!name || name.t !== "name") throw new Error("filter name");
      const args = [];
      if (this.peek("(")) {
        this.i++;
        while (!this.peek(")")) {
          if (this.toks[this.i]?.t === "name" && this.toks[this.i + 1]?.v === "=") this.i += 2;
          args.push(this.expr());
          if (this.peek(",")) this.i++;
          else break;
        }
        this.expect(")");
      }
      if (name.v === "default" || name.v === "d") {
        const orEmpty = args[1]?.kind === "value" && args[1].value === true;
        const empty = v.kind === "value" && (v.value === "" || v.value === false || v.value === null || v.value === void 0);
        if (v.kind === "undefined" || orEmpty && empty) v = args[0] ?? UNKNOWN;
      } else {
        v = stringFilter(name.v, v, args);
      }
    }
    return v;
  }
  primary() {
    const t = this.toks[this.i++];
    if (!t) throw new Error("end");
    let v;
    if (t.t === "str") v = { kind: "value", value: t.v };
    else if (t.t === "num") v = { kind: "value", value: Number(t.v) };
    else if (t.t === "punct" && t.v === "(") {
      v = this.expr();
      this.expect(")");
    } else if (t.t === "name") {
      if (/^(true|True)$/.test(t.v)) v = { kind: "value", value: true };
      else if (/^(false|False)$/.test(t.v)) v = { kind: "value", value: false };
      else if (/^(none|None)$/.test(t.v)) v = { kind: "value", value: null };
      else v = this.variable(t.v);
    } else throw new Error("primary");
    return this.postfix(v);
  }
  postfix(v) {
    for (; ; ) {
      let key;
      if (this.peek(".")) {
        this.i++;
        const n = this.toks[this.i++];
        if (!n || n.t !== "name" && n.t !== "num") throw new Error("attr");
        key = n.t === "num" ? Number(n.v) : n.v;
      } else if (this.peek("[")) {
        this.i++;
        const k = this.expr();
        this.expect("]");
        if (k.kind !== "value" || typeof k.value !== "string" && typeof k.value !== "number") {
          v = UNKNOWN;
          continue;
        }
        key = k.value;
      } else return v;
      v = this.member(v, key);
    }
  }
  /** `a.b` / `a['b']`: nested values keep their own position when the parent came from a YAML document. */
  member(v, key) {
    if (v.kind !== "value") return v.kind === "undefined" ? UNKNOWN : v;
    const base2 = v.value;
    let next;
    if (Array.isArray(base2) && typeof key === "number") next = base2[key];
    else if (isRecord(base2) && Object.prototype.hasOwnProperty.call(base2, String(key))) next = base2[String(key)];
    else return { kind: "undefined" };
    const origin = this.origins.get(v);
    const nested = origin?.doc && origin.path ? { value: next, doc: origin.doc, path: [...origin.path, key], at: origin.doc.loc([...origin.path, key]) } : { value: next, at: v.at };
    return this.varValue(nested, void 0);
  }
  origins = /* @__PURE__ */ new WeakMap();
  variable(name) {
    if (++steps > MAX_STEPS) return UNKNOWN;
    const v = this.scope.get(name);
    if (!v) return { kind: "undefined" };
    if (v.unknown) return UNKNOWN;
    if (this.visiting.has(name)) return UNKNOWN;
    return this.varValue(v, name);
  }
  /** A variable's value, templated lazily in the same scope (recursion and cycles bounded). */
  varValue(v, name) {
    if (typeof v.value === "string" && (v.value.includes("{{") || v.value.includes("{%"))) {
      const visiting = name ? /* @__PURE__ */ new Set([...this.visiting, name]) : this.visiting;
      const r = renderString(v.value, this.scope, this.depth + 1, visiting);
      if (!r.complete) return UNKNOWN;
      return { kind: "value", value: r.value, at: r.at ?? v.at };
    }
    const out = { kind: "value", value: v.value, at: v.at };
    this.origins.set(out, v);
    return out;
  }
};
function stringFilter(name, v, args) {
  if (v.kind !== "value" || typeof v.value !== "string") return UNKNOWN;
  const s = v.value;
  const text = args.map((a) => a.kind === "value" && typeof a.value === "string" ? a.value : void 0);
  const done = (value) => ({ kind: "value", value, at: v.at });
  switch (name) {
    case "basename":
      return done(s.replace(/\/+$/, "").slice(s.replace(/\/+$/, "").lastIndexOf("/") + 1));
    case "dirname":
      return done(s.includes("/") ? s.slice(0, s.lastIndexOf("/")) : "");
    case "lower":
      return done(s.toLowerCase());
    case "upper":
      return done(s.toUpperCase());
    case "trim":
      return done(s.trim());
    case "string":
      return done(s);
    case "replace":
      return text[0] !== void 0 && text[1] !== void 0 && text.length === 2 ? done(s.split(text[0]).join(text[1])) : UNKNOWN;
    case "regex_replace": {
      if (text[0] === void 0 || args.length > 2) return UNKNOWN;
      try {
        const repl = (text[1] ?? "").replace(/\$/g, "$$$$").replace(/\\g<(\w+)>/g, "$$<$1>").replace(/\\(\d+)/g, "$$$1");
        return done(s.replace(new RegExp(text[0], "gu"), repl));
      } catch {
        return UNKNOWN;
      }
    }
    default:
      return UNKNOWN;
  }
}
function layerOf(value, doc, path = [], fallback) {
  const layer = /* @__PURE__ */ new Map();
  if (!isRecord(value)) return layer;
  for (const [k, v] of Object.entries(value)) {
    layer.set(k, doc ? { value: v, doc, path: [...path, k], at: doc.loc([...path, k]) } : { value: v, at: fallback });
  }
  return layer;
}
function renderPartial(text, scope, opts = {}) {
  let out = "";
  let last = 0;
  const spans = [];
  const holes = [];
  for (const m of text.matchAll(EXPR)) {
    out += text.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const r = evalExpression(m[1], scope);
    const s = r.kind === "value" ? stringify(r.value) : void 0;
    if (s !== void 0 && !(opts.singleLine && s.includes("\n"))) {
      spans.push({ start: out.length, end: out.length + s.length, value: s, at: r.kind === "value" ? r.at : void 0 });
      out += s;
    } else {
      const start2 = out.length;
      out += opts.placeholder !== void 0 ? opts.placeholder + "\n".repeat((m[0].match(/\n/g) ?? []).length) : m[0];
      holes.push({ start: start2, end: out.length });
    }
  }
  return { text: out + text.slice(last), spans, holes };
}

// src/ansible/render-template.ts
var keepLines = (s) => "\n".repeat((s.match(/\n/g) ?? []).length);
function renderTemplate(text, scope) {
  const stripped = text.replace(/\{#[\s\S]*?#\}/g, keepLines).replace(/\{%[\s\S]*?%\}/g, keepLines);
  const r = renderPartial(stripped, scope, { placeholder: UNRESOLVED, singleLine: true });
  const lines = lineIndex(r.text);
  return { text: r.text, spans: r.spans.map((s) => ({ line: lines.linePos(s.start).line, value: s.value, at: s.at })) };
}
function objectsOfTemplate(path, rendered) {
  const objects = parseYaml(path, rendered.text).docs.flatMap(objectsOfDoc);
  for (const o of objects) {
    for (const img of o.images) {
      const candidates = rendered.spans.filter((s) => s.line === img.at.line && s.at && s.value);
      const tag = img.tag;
      const hit = tag ? candidates.find((s) => s.value.endsWith(tag) || tag.includes(s.value)) : void 0;
      if (hit?.at) img.tagAt = hit.at;
    }
  }
  return objects;
}

// src/ansible/ini.ts
function parseIni(text) {
  const sections = [{ name: "", entries: [] }];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) return;
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) {
      sections.push({ name: header[1].trim(), entries: [] });
      return;
    }
    const current = sections[sections.length - 1];
    const eq = raw.search(/[=:]/);
    const firstWord2 = line.split(/\s+/)[0];
    if (eq < 0 || firstWord2.length < raw.slice(0, eq).trim().length) {
      current.entries.push({ key: firstWord2, line: i + 1, valueColumn: 1 });
      return;
    }
    const key = raw.slice(0, eq).trim();
    const rest = raw.slice(eq + 1);
    const lead = rest.length - rest.trimStart().length;
    current.entries.push({ key, value: cleanValue(rest), line: i + 1, valueColumn: eq + 2 + lead });
  });
  return sections;
}
function cleanValue(rest) {
  let v = rest.trim();
  const quoted = /^(["'])(.*?)\1/.exec(v);
  if (quoted) return quoted[2];
  v = v.replace(/\s+[#;].*$/, "");
  return v.trim();
}
function iniValue(sections, section, key) {
  for (const s of sections) if (s.name === section) {
    for (const e of s.entries) if (e.key === key) return e;
  }
  return void 0;
}

// src/ansible/variables.ts
var EMPTY = /* @__PURE__ */ new Map();
function loadVarsFile(sources, path) {
  const doc = sources.yaml(path)?.docs[0];
  return doc ? layerOf(doc.value, doc) : /* @__PURE__ */ new Map();
}
function loadGroupVars(sources, baseDir, name) {
  const base2 = joinInRepo(baseDir, `group_vars/${name}`);
  if (base2 === void 0) return EMPTY;
  const out = /* @__PURE__ */ new Map();
  for (const ext of ["", ".yml", ".yaml", ".json"]) {
    if (sources.hasFile(base2 + ext)) for (const [k, v] of loadVarsFile(sources, base2 + ext)) out.set(k, v);
  }
  if (sources.hasDir(base2)) {
    for (const f of sources.filesIn(base2)) {
      if (/\.(ya?ml|json)$/i.test(f) || !baseName(f).includes(".")) for (const [k, v] of loadVarsFile(sources, f)) out.set(k, v);
    }
  }
  return out;
}
var INVENTORY_NAME = /^(inventory|hosts)(\.(ini|cfg))?$|\.ini$/i;
var VarSources = class {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  inventories = /* @__PURE__ */ new Map();
  /** INI inventories for a playbook: named by ansible.cfg, else conventional names beside the playbook or at the root. */
  inventoriesFor(playbookDir, root, cfg) {
    const key = `${playbookDir}\0${root}`;
    const cached = this.inventories.get(key);
    if (cached) return cached;
    const files = /* @__PURE__ */ new Set();
    const addDir = (d) => {
      for (const f of this.sources.filesIn(d)) if (INVENTORY_NAME.test(baseName(f)) && baseName(f) !== "ansible.cfg") files.add(f);
    };
    if (cfg?.inventory.length) {
      for (const p of cfg.inventory) {
        if (this.sources.hasFile(p)) files.add(p);
        else if (this.sources.hasDir(p)) {
          for (const f of this.sources.filesIn(p)) if (!/\.(ya?ml|json)$/i.test(f)) files.add(f);
        }
      }
    } else {
      for (const d of /* @__PURE__ */ new Set([playbookDir, root])) {
        addDir(d);
        for (const sub of ["inventory", "inventories"]) {
          const inv = joinInRepo(d, sub);
          if (inv !== void 0 && this.sources.hasDir(inv)) {
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
  readInventory(path) {
    const inv = { dir: path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "", parents: /* @__PURE__ */ new Map(), hostGroups: /* @__PURE__ */ new Map(), groupVars: /* @__PURE__ */ new Map() };
    for (const section of parseIni(this.sources.text(path) ?? "")) {
      const [group, kind] = section.name.split(":");
      if (!group) continue;
      for (const e of section.entries) {
        if (kind === "children") addTo(inv.parents, e.key, group);
        else if (kind === "vars" && e.value !== void 0) {
          let vars = inv.groupVars.get(group);
          if (!vars) inv.groupVars.set(group, vars = /* @__PURE__ */ new Map());
          vars.set(e.key, { value: e.value, at: { file: path, line: e.line, column: e.valueColumn } });
        } else if (!kind) addTo(inv.hostGroups, e.key, group);
      }
    }
    return inv;
  }
  /** Layers, lowest first: inventory `[group:vars]`, group_vars/all, group_vars/<group> (parents before children). */
  groupLayers(hosts, playbookDir, root, cfg) {
    const invs = this.inventoriesFor(playbookDir, root, cfg);
    const groups = groupsOf(hosts, invs);
    const layers = [];
    for (const inv of invs) for (const g of groups) {
      const vars = inv.groupVars.get(g);
      if (vars) layers.push(vars);
    }
    const dirs = [.../* @__PURE__ */ new Set([...invs.map((i) => i.dir), playbookDir])];
    for (const g of groups) for (const d of dirs) {
      const layer = loadGroupVars(this.sources, d, g);
      if (layer.size) layers.push(layer);
    }
    return layers;
  }
};
function addTo(map, key, value) {
  let set = map.get(key);
  if (!set) map.set(key, set = /* @__PURE__ */ new Set());
  set.add(value);
}
function groupsOf(hosts, invs) {
  const names = hosts.split(/[:,\s]+/).map((p) => p.replace(/^[!&]/, "").replace(/\[.*\]$/, "").trim()).filter((p) => p && !p.includes("{{") && p !== "all");
  const ordered = ["all"];
  const visit = (g, seen) => {
    if (seen.has(g) || seen.size > 200) return;
    seen.add(g);
    for (const inv of invs) for (const p of inv.parents.get(g) ?? []) visit(p, seen);
    if (!ordered.includes(g)) ordered.push(g);
  };
  for (const n of names) {
    const hostGroups = invs.flatMap((inv) => [...inv.hostGroups.get(n) ?? []]);
    const isGroup2 = invs.some((inv) => inv.groupVars.has(n) || inv.parents.has(n) || [...inv.hostGroups.values()].some((s) => s.has(n)) || [...inv.parents.values()].some((s) => s.has(n)));
    if (isGroup2 || hostGroups.length === 0) visit(n, /* @__PURE__ */ new Set());
    for (const g of hostGroups) visit(g, /* @__PURE__ */ new Set());
  }
  return ordered;
}

// src/ansible/roles.ts
function roleName(dir) {
  const i = dir.lastIndexOf("roles/");
  return i >= 0 && (i === 0 || dir[i - 1] === "/") ? dir.slice(i + 6) : baseName(dir);
}
function roleFile(sources, dir, sub, name = "main") {
  for (const ext of [".yml", ".yaml", ""]) {
    const p = joinInRepo(dir, `${sub}/${name}${ext}`);
    if (p !== void 0 && sources.hasFile(p)) return p;
  }
  return void 0;
}
var Roles = class {
  constructor(sources, externalNames, collectionDirs = [], rolesPathOutside = false) {
    this.sources = sources;
    this.externalNames = externalNames;
    this.collectionDirs = collectionDirs;
    this.rolesPathOutside = rolesPathOutside;
  }
  sources;
  externalNames;
  collectionDirs;
  rolesPathOutside;
  /** Resolves a role reference. `searchDirs` are the playbook's roles dir, roles_path entries, the playbook dir, in order. */
  resolve(name, searchDirs) {
    const n = name.trim();
    if (!n) return { status: "unresolved" };
    if (n.startsWith("/") || n.startsWith("~")) return { status: "external" };
    let inside = false;
    for (const base2 of searchDirs) {
      const dir = joinInRepo(base2, n);
      if (dir === void 0) continue;
      inside = true;
      if (dir !== "" && this.sources.hasDir(dir)) return { status: "ok", dir };
    }
    const fqcn = /^([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(n);
    if (fqcn) {
      for (const base2 of [...this.collectionDirs, ...searchDirs.map((d) => joinInRepo(d, "collections") ?? "")]) {
        const dir = joinInRepo(base2, `ansible_collections/${fqcn[1]}/${fqcn[2]}/roles/${fqcn[3]}`);
        if (dir !== void 0 && this.sources.hasDir(dir)) return { status: "ok", dir };
      }
    }
    if (this.externalNames.has(n) || /^[\w-]+(\.[\w-]+){1,2}$/.test(n) || [...this.externalNames].some((e) => n.startsWith(`${e}.`))) {
      return { status: "external" };
    }
    if (!inside) return { status: "external" };
    const local = n.includes("/") && searchDirs.some((base2) => {
      const parent = joinInRepo(base2, n.slice(0, n.lastIndexOf("/")));
      return parent !== void 0 && parent !== "" && this.sources.hasDir(parent);
    });
    return this.rolesPathOutside && !local ? { status: "unresolved", notFound: true } : { status: "missing" };
  }
  /** `defaults/main.yml` (or a `main/` directory of files) as a variable layer. */
  varsOf(dir, sub) {
    const file = roleFile(this.sources, dir, sub);
    if (file) return loadVarsFile(this.sources, file);
    const out = /* @__PURE__ */ new Map();
    const mainDir = joinInRepo(dir, `${sub}/main`);
    if (mainDir !== void 0 && this.sources.hasDir(mainDir)) {
      for (const f of this.sources.filesIn(mainDir)) if (/\.ya?ml$/i.test(f)) for (const [k, v] of loadVarsFile(this.sources, f)) out.set(k, v);
    }
    return out;
  }
  /** `meta/main.yml`: its dependencies (with the document for positions) and `allow_duplicates`. */
  meta(dir) {
    const file = roleFile(this.sources, dir, "meta");
    const doc = file ? this.sources.yaml(file)?.docs[0] : void 0;
    const v = doc?.value;
    if (!isRecord(v)) return { deps: [], allowDuplicates: false };
    return { deps: Array.isArray(v.dependencies) ? v.dependencies : [], doc, allowDuplicates: v.allow_duplicates === true };
  }
};

// src/ansible/effects.ts
var REFERENCES_ONLY = "references only";
var LOOKUP = /\b(?:lookup|query|q)\(\s*(['"])(?:ansible\.builtin\.)?(template|file)\1\s*,\s*([^)]*)\)/g;
var KUSTOMIZE_LOOKUP = /\b(?:lookup|query|q)\(\s*(['"])kubernetes\.core\.kustomize\1\s*,\s*(?:dir\s*=\s*)?([^,)]+)/;
var PIPE_LOOKUP = /\b(?:lookup|query|q)\(\s*(['"])(?:ansible\.builtin\.)?pipe\1\s*,\s*([^)]+)\)/;
var REGISTERED_USE = /\b([A-Za-z_]\w*)\.(stdout|stdout_lines|resources|result)\b/g;
var Effects = class {
  constructor(sources, walker) {
    this.sources = sources;
    this.walker = walker;
  }
  sources;
  walker;
  refs = [];
  deployments = [];
  installers = [];
  entrypoints = [];
  /** Namespaces tasks create; `written` is the name as the task writes it, for one that does not resolve. */
  namespaces = [];
  secrets = [];
  /** What reachable tasks do that the reader could not follow. */
  unresolved = [];
  /** Registered results that hold manifests, by variable name (facts persist across the plays of a run). */
  registered = /* @__PURE__ */ new Map();
  helmRepos = /* @__PURE__ */ new Map();
  k3sFlannelNone = false;
  rke2Cni;
  /** systemd units written by bootstrap whose ExecStart runs a k3s/RKE2 server: started by a later service task. */
  serverUnits = /* @__PURE__ */ new Map();
  /** Reachable tasks of one play, in order, so host files written earlier are known. */
  runPlay(play) {
    const writes = /* @__PURE__ */ new Map();
    for (const node of play.tasks) for (const scope of node.instances) this.task(node, scope, writes);
  }
  /** Tasks no play runs, read as if one play ran them in order: what they would deploy. */
  runDetached(nodes) {
    const writes = /* @__PURE__ */ new Map();
    for (const node of nodes) for (const scope of node.instances) this.task(node, scope, writes);
  }
  /** A task no play runs: only its file references. */
  refsOf(node) {
    for (const scope of node.instances) this.task(node, scope, REFERENCES_ONLY);
  }
  /** Installer CNI facts that depend on every reachable task (k3s/RKE2 config files). */
  finish() {
    for (const i of this.installers) {
      if (i.kind === "k3s" && this.k3sFlannelNone) i.builtinCni = void 0;
      if (i.kind === "rke2" && this.rke2Cni !== void 0) i.builtinCni = this.rke2Cni === "none" ? void 0 : this.rke2Cni;
    }
  }
  // ------------------------------------------------------------ dispatch
  task(node, scope, pass) {
    const lookups = this.lookups(node, scope);
    const writes = pass === REFERENCES_ONLY ? void 0 : pass;
    switch (node.module) {
      case "template":
        return this.templateTask(node, scope, pass);
      case "copy":
        return this.copyTask(node, scope, pass);
      case "unarchive":
        return void this.controllerFile(node, scope, node.args.src);
      case "script": {
        const file = this.controllerFile(node, scope, firstWord(node.args._raw ?? node.args.cmd));
        if (writes && file) this.scriptOf(node, file, node.at);
        return;
      }
      case "get_url":
        return this.getUrlTask(node, scope, pass);
      case "kubernetes.core.k8s":
        return this.k8sTask(node, scope, pass, lookups);
      case "kubernetes.core.helm":
        if (writes) this.helmModule(node, scope);
        return;
      case "kubernetes.core.k8s_info":
        if (writes) this.k8sInfo(node, scope);
        return;
      case "kubernetes.core.helm_repository": {
        const name = this.arg(node, scope, "name").text;
        const url = this.arg(node, scope, "repo_url").text;
        if (writes && name && url) this.helmRepos.set(name, url);
        return;
      }
      case "kubernetes.core.helm_template":
        if (writes) this.helmTemplate(node, scope, writes);
        return;
      case "command":
      case "shell":
      case "raw":
        if (writes) this.commandTask(node, scope, writes);
        return;
      case "lineinfile":
      case "blockinfile":
        if (writes) this.configEdit(node, scope);
        return;
      case "service":
      case "systemd":
      case "systemd_service": {
        const name = this.arg(node, scope, "name").text ?? "";
        const state = this.arg(node, scope, "state").text ?? "";
        if (!writes || !(/^(started|restarted)$/.test(state) || truthy(node.args.enabled))) return;
        const unit = this.serverUnits.get(name.replace(/\.service$/, ""));
        if (unit) this.installer(unit.kind, node, scope, `${unit.kind} server ${unit.args}`);
        else if (/^rke2-server(\.service)?$/.test(name)) this.installer("rke2", node, scope, "");
        return;
      }
    }
  }
  // ------------------------------------------------------------ arguments and positions
  arg(node, scope, key) {
    const raw = node.args[key];
    const r = renderValue(raw, scope);
    const loc = this.argLoc(node, key);
    const text = r.complete && typeof r.text === "string" ? r.text : void 0;
    return { raw, r, text, loc, origin: r.at ?? loc };
  }
  argLoc(node, key, sub = []) {
    const own = node.raw[String(node.argsPath[node.argsPath.length - 1])];
    if (isRecord(own) && key in own) return node.doc.loc([...node.argsPath, key, ...sub]);
    if (isRecord(node.raw.args) && key in node.raw.args) return node.doc.loc([...node.path, "args", key, ...sub]);
    return node.doc.loc(node.argsPath);
  }
  /** The line of `needle` in the task's text at or after `from` (block scalars span several lines). */
  textLoc(from, needle) {
    const text = this.sources.text(from.file);
    if (!text || !needle) return from;
    const lines = text.split("\n");
    const probe = needle.slice(0, 80);
    for (let i = from.line - 1; i < Math.min(lines.length, from.line + 300); i++) {
      const col = lines[i].indexOf(probe);
      if (col >= 0) return { file: from.file, line: i + 1, column: col + 1 };
    }
    return from;
  }
  /** Where a word of a rendered command comes from: the variable whose value it is, else its text in the task. */
  wordOrigin(word, spans, argLoc) {
    const span = spans.find((s) => s.at && s.start < word.end && s.end > word.start);
    return span?.at ?? this.textLoc(argLoc, word.text);
  }
  places(node, sub) {
    return this.walker.places(node.ctx, sub);
  }
  ref(node, from, kind, ref, res) {
    const r = { from, kind, ref, status: res.status, reachable: node.reachable };
    if (res.resolved !== void 0) r.resolved = res.resolved;
    this.refs.push(r);
  }
  /**
   * A construct of a reachable task the reader cannot follow. An unknown write is about its
   * play (a later task of another play cannot read it); an unknown apply is about the cluster.
   */
  unknown(node, at, affects, construct, unknown, configKey = "ansible.extraVars") {
    if (!node.reachable) return;
    const u = { affects, construct: `${node.module}: ${construct.replace(/\s+/g, " ").trim().slice(0, 80)}`, at, unknown };
    if (configKey) u.configKey = configKey;
    if (affects.includes("bootstrap-writes") && node.play) u.scope = { play: node.play.index };
    this.unresolved.push(u);
  }
  /** Resolves a controller-side path argument and records the reference; returns the repo path when it exists. */
  controllerRef(node, a, kind, sub) {
    if (a.raw === void 0 || a.raw === null) return void 0;
    if (a.text === void 0) {
      this.ref(node, a.loc, kind, shown(a.raw), { status: unrenderedStatus(a.raw) });
      return void 0;
    }
    const res = resolveControllerPath(this.sources, a.text, this.places(node, sub));
    this.ref(node, a.loc, kind, displayPath(a.text), res);
    return res.status === "ok" ? res.resolved : void 0;
  }
  controllerFile(node, scope, raw) {
    if (truthy(node.args.remote_src) || raw === void 0) return void 0;
    const r = renderValue(raw, scope);
    const loc = this.argLoc(node, node.module === "script" ? node.args.cmd !== void 0 ? "cmd" : "_raw" : "src");
    return this.controllerRef(node, { raw, r, text: r.complete ? r.text : void 0, loc, origin: loc }, "file", "files");
  }
  /** A shell script of the repository that bootstrap runs: the reader does not follow scripts, so one that drives cluster tools is unknown. */
  scriptOf(node, file, at) {
    if (DEPLOY_TOOLS.test(this.sources.text(file) ?? "")) {
      this.unknown(node, at, ["bootstrap-deploys", "bootstrap-writes", "entrypoints"], `runs ${file}`, "what the script deploys (shell scripts are not followed)", false);
    }
  }
  // ------------------------------------------------------------ lookups
  /** `lookup('template'|'file', x)` anywhere in the arguments: references, and the files for inline definitions. */
  lookups(node, scope) {
    const out = [];
    const visit = (v, path, depth) => {
      if (depth > 20) return;
      if (typeof v === "string") {
        for (const m of v.matchAll(LOOKUP)) {
          const kind = m[2];
          const argText = m[3].trim();
          const literal = /^(['"])(.*?)\1/.exec(argText);
          const e = literal ? { kind: "value", value: literal[2] } : evalExpression(argText, scope);
          let value = e.kind === "value" && typeof e.value === "string" ? e.value : void 0;
          if (value !== void 0) {
            const r = renderValue(value, scope);
            value = r.complete ? r.text : void 0;
          }
          const loc = path.length ? this.argLoc(node, String(path[0]), path.slice(1)) : this.argLoc(node, "_raw");
          const a = { raw: argText, r: { complete: value !== void 0, text: value, spans: [] }, text: value, loc, origin: loc };
          if (value === void 0) this.ref(node, loc, kind, argText, { status: "unresolved" });
          const file = value === void 0 ? void 0 : this.controllerRef(node, a, kind, kind === "template" ? "templates" : "files");
          if (file) out.push({ file, templated: kind === "template" });
        }
      } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i], depth + 1));
      else if (isRecord(v)) for (const [k, x] of Object.entries(v)) visit(x, [...path, k], depth + 1);
    };
    visit(node.args, [], 0);
    return out;
  }
  // ------------------------------------------------------------ repo files as manifests
  objectsOf(path, scope, templated2) {
    if (this.sources.hasFile(path)) {
      if (templated2 || path.endsWith(".j2")) {
        const text = this.sources.text(path);
        return text === void 0 ? [] : objectsOfTemplate(path, renderTemplate(text, scope));
      }
      const file = this.sources.yaml(path, isYamlPath(path));
      return file ? file.docs.flatMap(objectsOfDoc) : [];
    }
    return this.sources.filesIn(path).filter((f) => isYamlPath(f) || f.endsWith(".j2")).flatMap((f) => this.objectsOf(f, scope, templated2));
  }
  /** Records the Argo CD Applications/ApplicationSets (or kustomization directory) bootstrap applies. */
  entrypoint(path, node, scope) {
    if (this.sources.hasFile(path)) {
      const text = this.sources.text(path) ?? "";
      if (!declaresArgoKind(text)) return;
      if (scope && path.endsWith(".j2")) this.entrypoints.push({ file: path, at: node.at, rendered: renderTemplate(text, scope).text });
      else this.entrypoints.push({ file: path, at: node.at });
      return;
    }
    const files = this.sources.filesIn(path);
    const declaresArgo = () => {
      const build = { remotes: [], files: [] };
      this.kustomizeBuild(path, /* @__PURE__ */ new Set(), build);
      return build.files.some((f) => isYamlPath(f) && this.sources.declaresArgo(f) && !/^\s*kind:\s*["']?CustomResourceDefinition/m.test(this.sources.text(f) ?? ""));
    };
    if (files.some((f) => /\/(kustomization\.ya?ml|Kustomization)$/.test(f))) {
      if (declaresArgo()) this.entrypoints.push({ file: path, at: node.at });
    } else for (const f of files) if (this.sources.declaresArgo(f)) this.entrypoints.push({ file: f, at: node.at });
  }
  /** A namespace the task creates; a name that did not resolve (no text, or a template's placeholder) is recorded without one. */
  namespace(name) {
    const text = name.text;
    const written = text ?? (typeof name.raw === "string" ? name.raw : "(not given)");
    this.namespaces.push(text !== void 0 && text !== "" && !text.includes(UNRESOLVED) ? { name: text, written, at: name.origin } : { written, at: name.origin });
  }
  /** The literal data of a Secret the task applies, by key (never the value). */
  secretsOf(node, doc, value, base2) {
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const holder = `Secret ${typeof meta.namespace === "string" ? `${meta.namespace}/` : ""}${typeof meta.name === "string" ? meta.name : ""}`;
    for (const lit of secretLiterals(doc, value, base2)) this.secrets.push({ ...lit, holder, ...node.name !== void 0 ? { task: node.name } : {} });
  }
  deploy(node, d) {
    const dep = { at: node.at, mechanism: d.mechanism, objects: d.objects ?? [] };
    for (const o of dep.objects) if (o.kind === "Namespace" && o.apiVersion === "v1") this.namespace({ text: o.name, origin: o.kindAt });
    if (node.name !== void 0) dep.taskName = node.name;
    if (d.url !== void 0) dep.url = d.url;
    if (d.urlAt !== void 0) dep.urlAt = d.urlAt;
    if (d.chart !== void 0) dep.chart = d.chart;
    if (d.sourceFile !== void 0) dep.sourceFile = d.sourceFile;
    if (d.valuesFiles?.length) dep.valuesFiles = d.valuesFiles;
    if (node.ctx.roleDirs[0] !== void 0) dep.role = roleName(node.ctx.roleDirs[0]);
    this.deployments.push(dep);
  }
  /** A repo file (or directory) applied to the cluster. */
  applyRepo(node, scope, path, templated2) {
    const build = { remotes: [], files: [] };
    this.kustomizeBuild(path, /* @__PURE__ */ new Set(), build);
    const [first, ...others] = build.remotes;
    this.deploy(node, { mechanism: "manifest", sourceFile: path, objects: this.objectsOf(path, scope, templated2), ...first ? { url: first.url, urlAt: first.at } : {} });
    for (const r of others) this.deploy(node, { mechanism: "manifest", url: r.url, urlAt: r.at });
    this.entrypoint(path, node, templated2 ? scope : void 0);
    if (!templated2) this.fileSecrets(node, path);
  }
  /** Secrets in a plain YAML file (or the files of a directory) a task applies; Jinja templates are not read for them. */
  fileSecrets(node, path) {
    const files = this.sources.hasFile(path) ? [path] : this.sources.filesIn(path);
    for (const file of files) {
      if (!isYamlPath(file)) continue;
      for (const doc of this.sources.yaml(file)?.docs ?? []) {
        const value = doc.value;
        if (isRecord(value) && value.kind === "Secret" && value.apiVersion === "v1") this.secretsOf(node, doc, value, []);
      }
    }
  }
  /** What a kustomization directory of the repository builds, through its local bases: remote manifests (`resources:` URLs) and local files. */
  kustomizeBuild(dir, seen, out) {
    if (seen.has(dir) || seen.size > 100 || !this.sources.hasDir(dir)) return;
    seen.add(dir);
    const file = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((n) => `${dir}/${n}`).find((f) => this.sources.hasFile(f));
    const doc = file ? this.sources.yaml(file)?.docs[0] : void 0;
    if (!doc || !isRecord(doc.value)) return;
    for (const key of ["resources", "bases"]) {
      asList(doc.value[key]).forEach((r, i) => {
        if (typeof r !== "string") return;
        const local = posix3.normalize(`${dir}/${r}`);
        if (isUrl(r)) out.remotes.push({ url: r, at: doc.loc([key, i]) });
        else if (this.sources.hasFile(local)) out.files.push(local);
        else this.kustomizeBuild(local, seen, out);
      });
    }
  }
  // ------------------------------------------------------------ host files
  /** Writers of `path`, of files below it (a directory applied), or of a directory holding it. */
  writersOf(writes, path) {
    const p = normHostPath(path);
    const exact = writes.get(p);
    if (exact) return [exact];
    const below = [...writes].filter(([k, w]) => !w.pattern && k.startsWith(p + "/")).map(([, w]) => w);
    if (below.length) return below;
    const holding = [...writes].filter(([k, w]) => w.chart && p.startsWith(k + "/")).map(([, w]) => w);
    if (holding.length) return holding;
    return [...writes.values()].filter((w) => w.pattern?.re.test(p));
  }
  /** Applying a host file: deploys what an earlier task put there, else the file is missing. */
  applyHost(node, writes, path, from) {
    const writers = this.writersOf(writes, path);
    if (!writers.length) {
      if (path.startsWith("/")) this.ref(node, from, "host-file", path, { status: "missing" });
      else this.unknown(node, from, ["bootstrap-deploys", "entrypoints"], `applies ${path}`, "which manifests it applies: a relative path on the host depends on the working directory", false);
      return;
    }
    for (const w of writers) {
      if (w.pattern) {
        this.ref(node, from, "host-file", path, { status: "missing" });
        this.unknown(w.node, w.pattern.dest.loc, ["bootstrap-writes"], `dest: ${shown(w.pattern.dest.raw)}`, `whether it writes ${path}`);
      } else if (w.chart) this.deploy(node, { mechanism: "helm", chart: w.chart, valuesFiles: w.valuesFiles });
      else if (w.url) this.deploy(node, { mechanism: "manifest", url: w.url, urlAt: w.urlAt });
      else if (w.source) this.applyRepo(node, w.scope, w.source, w.templated === true);
      else if (w.content) this.applyInline(node, w.content);
      else this.unknown(node, from, ["bootstrap-deploys", "entrypoints"], `applies ${path}`, `which manifests it applies: the task that writes ${path} (${w.node.at.file}:${w.node.at.line}) puts there what the reader cannot read`, false);
    }
  }
  /** Manifests written inline in a task: deployed, and an Argo CD entry point the runtime reader cannot take from a file. */
  applyInline(node, content, mechanism = "manifest") {
    const body = scalarBody(this.sources.text(content.at.file), content.at);
    this.deploy(node, { mechanism, objects: inlineObjects(content.at.file, content.text, body.firstLine, body.indent) });
    if (declaresArgoKind(content.text)) this.unknown(node, content.at, ["entrypoints"], "inline Argo CD manifest", "which Applications it defines (written inline, not in a file the runtime reader can follow)", "argocd.entrypoints");
  }
  /** A file put on the host: remembered for later applies; static-pod, auto-deploy and k3s/RKE2 config paths act at once. */
  hostWrite(node, writes, dest, w) {
    if (!dest) return;
    const writer = { node, ...w };
    writes.set(normHostPath(dest), writer);
    const mechanism = destMechanism(dest);
    if (mechanism) {
      if (w.source) this.deploy(node, { mechanism, sourceFile: w.source, objects: this.objectsOf(w.source, w.scope, w.templated === true) });
      else if (w.content) this.applyInline(node, w.content, mechanism);
      else this.deploy(node, { mechanism, url: w.url, urlAt: w.urlAt });
    }
    const text = w.content?.text ?? (w.source && this.sources.hasFile(w.source) ? w.templated || w.source.endsWith(".j2") ? renderTemplate(this.sources.text(w.source) ?? "", w.scope).text : this.sources.text(w.source) : void 0);
    if (text !== void 0) this.configText(dest, text);
    const unit = systemdUnitName(dest);
    const raw = w.content?.text ?? (w.source ? this.sources.text(w.source) : void 0);
    const server = unit !== void 0 && raw !== void 0 ? unitServer(raw) : void 0;
    if (unit !== void 0 && server) this.serverUnits.set(unit, server);
  }
  configText(dest, text) {
    if (isK3sConfig(dest) && FLANNEL_NONE_CONFIG.test(text)) this.k3sFlannelNone = true;
    if (isRke2Config(dest)) {
      const m = /^\s*cni\s*:\s*(.+)$/m.exec(text);
      if (m) {
        const v = m[1].replace(/#.*$/, "").trim().replace(/^["'[]+|["'\]]+$/g, "");
        if (v && !v.includes(UNRESOLVED)) this.rke2Cni = v.split(",").map((s) => s.trim().replace(/^["']|["']$/g, "")).find((s) => s !== "multus") ?? v;
      }
    }
  }
  /** A write whose destination did not render: any file of the play could be it, a static pod or auto-deployed manifest too. */
  unknownDest(node, dest, writes, scope) {
    const partial = typeof dest.raw === "string" ? renderPartial(dest.raw, scope) : void 0;
    const prefix = partial?.holes.length ? partial.text.slice(0, partial.holes[0].start) : "";
    if (!partial || !/^\/[^/]+\//.test(prefix)) {
      this.unknown(node, dest.loc, ["bootstrap-writes", "bootstrap-deploys"], `dest: ${shown(dest.raw)}`, "which host file it writes");
      return;
    }
    let re = "^";
    let last = 0;
    for (const h of partial.holes) {
      re += escapeRegExp(partial.text.slice(last, h.start)) + ".*";
      last = h.end;
    }
    writes.set(partial.text, { node, scope, pattern: { re: new RegExp(`${re}${escapeRegExp(partial.text.slice(last))}$`), dest } });
    const dir = prefix.slice(0, prefix.lastIndexOf("/") + 1);
    if (destMechanism(dir) || MANIFEST_DIRS.some((d) => d.startsWith(dir))) this.unknown(node, dest.loc, ["bootstrap-writes", "bootstrap-deploys"], `dest: ${shown(dest.raw)}`, "which host file it writes");
  }
  // ------------------------------------------------------------ modules
  templateTask(node, scope, pass) {
    const writes = pass === REFERENCES_ONLY ? void 0 : pass;
    const src = this.arg(node, scope, "src");
    const source = this.controllerRef(node, src, "template", "templates");
    const destArg = this.arg(node, scope, "dest");
    const dest = destArg.text;
    if (writes && dest === void 0 && destArg.raw !== void 0) this.unknownDest(node, destArg, writes, scope);
    if (!writes || dest === void 0) return;
    const target = dest.endsWith("/") && src.text ? dest + posix3.basename(src.text).replace(/\.j2$/, "") : dest;
    this.hostWrite(node, writes, target, { scope, source, templated: true });
  }
  copyTask(node, scope, pass) {
    const writes = pass === REFERENCES_ONLY ? void 0 : pass;
    const remote = truthy(node.args.remote_src);
    const src = this.arg(node, scope, "src");
    const source = remote ? void 0 : this.controllerRef(node, src, "file", "files");
    const destArg = this.arg(node, scope, "dest");
    const dest = destArg.text;
    if (writes && dest === void 0 && destArg.raw !== void 0) this.unknownDest(node, destArg, writes, scope);
    if (!writes || dest === void 0) return;
    const target = dest.endsWith("/") && src.text ? dest + posix3.basename(src.text) : dest;
    if (remote && src.text !== void 0) {
      const from = this.writersOf(writes, src.text)[0];
      this.hostWrite(node, writes, target, from ? { ...from } : { scope });
      return;
    }
    if (source !== void 0 && src.text !== void 0 && !this.sources.hasFile(source) && this.sources.hasDir(source)) return this.copyDir(node, scope, writes, source, src.text, dest);
    const content = this.arg(node, scope, "content");
    const text = content.text ?? (typeof content.raw === "string" ? renderTemplate(content.raw, scope).text : void 0);
    this.hostWrite(node, writes, target, { scope, source, templated: false, ...text !== void 0 ? { content: { text, at: content.loc } } : {} });
  }
  /** A directory copied to the host: `src: dir/` puts its files in dest, `src: dir` the directory itself. */
  copyDir(node, scope, writes, dir, srcText, dest) {
    const base2 = srcText.endsWith("/") ? dest : posix3.join(dest, posix3.basename(srcText));
    for (const f of this.sources.files.filter((x) => x.startsWith(`${dir}/`))) this.hostWrite(node, writes, posix3.join(base2, f.slice(dir.length + 1)), { scope, source: f, templated: false });
  }
  getUrlTask(node, scope, pass) {
    const writes = pass === REFERENCES_ONLY ? void 0 : pass;
    const url = this.arg(node, scope, "url");
    const destArg = this.arg(node, scope, "dest");
    const dest = destArg.text;
    if (writes && dest === void 0 && destArg.raw !== void 0) this.unknownDest(node, destArg, writes, scope);
    if (!writes || dest === void 0 || url.text === void 0) return;
    const script = /get\.(k3s|rke2)\.io/.exec(url.text)?.[1];
    this.hostWrite(node, writes, dest, { scope, url: url.text, urlAt: url.origin, script });
  }
  k8sTask(node, scope, pass, lookups) {
    const writes = pass === REFERENCES_ONLY ? void 0 : pass;
    const deploying = writes !== void 0 && this.arg(node, scope, "state").text !== "absent";
    const src = this.arg(node, scope, "src");
    if (deploying && src.text === void 0 && src.raw !== void 0) this.unknown(node, src.loc, ["bootstrap-deploys", "entrypoints"], `src: ${shown(src.raw)}`, "which manifests it applies");
    if (src.text !== void 0) {
      if (isUrl(src.text)) {
        if (deploying) this.deploy(node, { mechanism: "manifest", url: src.text, urlAt: src.origin });
      } else if (node.delegated || node.play?.local || src.text.startsWith(REPO_MARK)) {
        const file = this.controllerRef(node, src, "file", "files");
        if (file && deploying) this.applyRepo(node, scope, file, false);
      } else if (deploying && writes) {
        this.applyHost(node, writes, src.text, src.loc);
      }
    }
    const templates = node.args.template;
    const entries = Array.isArray(templates) ? templates : templates === void 0 ? [] : [templates];
    entries.forEach((t, i) => {
      const raw = isRecord(t) ? t.path : t;
      const sub = Array.isArray(templates) ? isRecord(t) ? [i, "path"] : [i] : isRecord(t) ? ["path"] : [];
      const r = renderValue(raw, scope);
      const loc = this.argLoc(node, "template", sub);
      const file = this.controllerRef(node, { raw, r, text: r.complete ? r.text : void 0, loc, origin: loc }, "template", "templates");
      if (file && deploying) this.applyRepo(node, scope, file, true);
      if (!r.complete && deploying) this.unknown(node, loc, ["bootstrap-deploys", "entrypoints"], `template: ${shown(raw)}`, "which manifests it applies");
    });
    if (!deploying || writes === void 0) return;
    const defKey = "definition" in node.args ? "definition" : "resource_definition";
    const def = node.args[defKey];
    const own = node.raw[String(node.argsPath[node.argsPath.length - 1])];
    const defPath = isRecord(own) && defKey in own ? [...node.argsPath, defKey] : [...node.path, "args", defKey];
    const inline = isRecord(def) ? [def] : Array.isArray(def) ? def : [];
    const objects = inline.flatMap((d, i) => isRecord(d) ? objectAt(d, node.doc, Array.isArray(def) ? [...defPath, i] : defPath) : []);
    if (objects.length) this.deploy(node, { mechanism: "manifest", objects });
    inline.forEach((d, i) => {
      if (isRecord(d) && d.kind === "Secret") this.secretsOf(node, node.doc, d, Array.isArray(def) ? [...defPath, i] : defPath);
    });
    if (this.arg(node, scope, "kind").text === "Namespace" && def === void 0 && src.raw === void 0) this.namespace(this.arg(node, scope, "name"));
    if (typeof def === "string") this.definitionText(node, scope, writes, def, lookups, this.argLoc(node, defKey));
  }
  /**
   * A `definition:` written as an expression: the manifests a lookup reads or renders, or a
   * registered result that holds manifests; anything else is not known.
   */
  definitionText(node, scope, writes, def, lookups, at) {
    const r = renderValue(def, scope);
    if (r.complete && typeof r.value === "string") {
      const body = scalarBody(this.sources.text(at.file), at);
      const objects = inlineObjects(at.file, r.value, body.firstLine, body.indent);
      if (objects.length) return this.deploy(node, { mechanism: "manifest", objects });
    }
    if (r.complete && (isRecord(r.value) || Array.isArray(r.value))) {
      const inline = (Array.isArray(r.value) ? r.value : [r.value]).filter(isRecord);
      const objects = inline.flatMap((d) => objectAt(d, node.doc, node.argsPath));
      if (objects.length) return this.deploy(node, { mechanism: "manifest", objects });
    }
    for (const l of lookups) this.applyRepo(node, scope, l.file, l.templated);
    const origin = () => at;
    let followed = lookups.length > 0;
    for (const m of `${def} ${loopSource(node.raw, def)}`.matchAll(REGISTERED_USE)) {
      const reg = this.registered.get(m[1]);
      if (!reg) continue;
      if (reg.chart) this.deploy(node, { mechanism: "helm", chart: reg.chart, valuesFiles: reg.valuesFiles });
      else this.applyProduced(node, reg.scope, writes, reg.produced, reg.controller, reg.origin);
      followed = true;
    }
    const kustomize = KUSTOMIZE_LOOKUP.exec(def);
    const dir = kustomize ? this.lookupArg(kustomize[2], scope) : void 0;
    if (dir !== void 0) {
      this.applyProduced(node, scope, writes, { kind: "kustomize", dir: { text: dir, start: 0, end: 0 } }, true, origin);
      followed = true;
    }
    const pipe = PIPE_LOOKUP.exec(def);
    const command = pipe ? this.lookupArg(pipe[2], scope) : void 0;
    const output = command !== void 0 ? parseCommand(command).output : void 0;
    if (output) {
      this.applyProduced(node, scope, writes, output, true, origin);
      followed = true;
    }
    if (!followed) this.unknown(node, at, ["bootstrap-deploys", "entrypoints"], `definition: ${def}`, "which manifests it applies");
  }
  /** The string a lookup argument evaluates to (a literal or a resolvable expression). */
  lookupArg(expression, scope) {
    const e = evalExpression(expression.trim(), scope);
    if (e.kind !== "value" || typeof e.value !== "string") return void 0;
    const r = renderValue(e.value, scope);
    return r.complete ? r.text : void 0;
  }
  /** Applies what a command or lookup printed: a kustomization, a chart render, a file, a URL, inline text or a generated object. */
  applyProduced(node, scope, writes, p, controller, origin) {
    switch (p.kind) {
      case "kustomize":
      case "file":
        return this.applyTarget(node, scope, writes, p.kind === "kustomize" ? p.dir : p.path, controller, origin);
      case "url":
        return this.deploy(node, { mechanism: "manifest", url: p.url.text, urlAt: origin(p.url) });
      case "helm": {
        const h = p.chart;
        if (!h.chart) return;
        const chart = this.chart(h.chart.text, h.repo?.text, origin(h.chart), h.version ? { text: h.version.text, at: origin(h.version) } : void 0);
        return this.deploy(node, { mechanism: "helm", chart, valuesFiles: this.commandValues(node, writes, h.values ?? [], () => true, origin) });
      }
      case "inline":
        return this.applyInline(node, { text: p.text, at: this.textLoc(node.at, p.text.trimStart().split("\n")[0]) });
      case "object": {
        const o = p.object;
        const at = origin(o.name);
        return this.deploy(node, { mechanism: "manifest", objects: [{ apiVersion: "v1", kind: o.kind, name: o.name.text, ...o.namespace ? { namespace: o.namespace.text } : {}, labels: {}, images: [], at, kindAt: at }] });
      }
    }
  }
  /** `kubectl apply -f/-k X` (or a render of X): a URL, a repository path read on the controller, or a host file written earlier. */
  applyTarget(node, scope, writes, target, controller, origin) {
    if (isUrl(target.text)) return this.deploy(node, { mechanism: "manifest", url: target.text, urlAt: origin(target) });
    if (controller || node.delegated || node.play?.local || target.text.startsWith(REPO_MARK)) {
      const a = { raw: target.text, r: { complete: true, text: target.text, spans: [] }, text: target.text, loc: origin(target), origin: origin(target) };
      const file = this.controllerRef(node, a, "file", "files");
      if (file) this.applyRepo(node, scope, file, false);
      return;
    }
    this.applyHost(node, writes, target.text, origin(target));
  }
  /** `k8s_info` registers objects already in the cluster: applying them back adds no component. */
  k8sInfo(node, scope) {
    const name = typeof node.raw.register === "string" ? node.raw.register : void 0;
    const kind = this.arg(node, scope, "kind").text;
    const objName = this.arg(node, scope, "name");
    if (!name || !kind || objName.text === void 0) return;
    const ns = this.arg(node, scope, "namespace").text;
    const word = (text) => ({ text, start: 0, end: 0 });
    this.registered.set(name, { produced: { kind: "object", object: { kind, name: word(objName.text), ...ns ? { namespace: word(ns) } : {} } }, scope, controller: false, origin: () => objName.origin });
  }
  /** Chart name and repository from a chart reference (`alias/name`, `oci://`, URL, local path, plain name). */
  chart(ref, repo, at, version) {
    let name = ref;
    let repoUrl = repo;
    if (!repo) {
      if (ref.startsWith("oci://") || isUrl(ref)) {
        name = posix3.basename(ref).replace(/\.tgz$/, "");
        repoUrl = posix3.dirname(ref);
      } else if (ref.startsWith(".") || ref.startsWith("/") || ref.startsWith(REPO_MARK)) {
        name = posix3.basename(displayPath(ref));
      } else if (ref.includes("/")) {
        const [alias, ...rest] = ref.split("/");
        name = rest.join("/");
        repoUrl = this.helmRepos.get(alias);
      }
    } else if (ref.includes("/") && !isUrl(ref) && !/^[./]/.test(ref) && !ref.startsWith(REPO_MARK)) {
      name = ref.slice(ref.lastIndexOf("/") + 1);
    }
    const chart = { name, at };
    if (repoUrl !== void 0) chart.repo = repoUrl;
    if (version?.text) {
      chart.version = version.text;
      chart.versionAt = version.at;
    }
    return chart;
  }
  helmModule(node, scope) {
    const state = this.arg(node, scope, "release_state").text ?? this.arg(node, scope, "state").text ?? "present";
    if (state === "absent") return;
    const ref = this.arg(node, scope, "chart_ref");
    if (ref.text === void 0) return this.unknown(node, ref.loc, ["bootstrap-deploys", "entrypoints"], `chart_ref: ${shown(ref.raw)}`, "which chart it installs");
    const name = ref.text;
    const valuesFiles = this.valuesFiles(node, scope);
    const repo = this.arg(node, scope, "chart_repo_url");
    const version = this.arg(node, scope, "chart_version");
    const chart = this.chart(name, repo.text, ref.origin, { text: version.text, at: version.origin });
    this.localChart(node, ref, chart);
    this.deploy(node, { mechanism: "helm", chart, valuesFiles });
    if (truthy(node.args.create_namespace)) {
      const ns = this.arg(node, scope, "release_namespace");
      this.namespace(ns.raw !== void 0 ? ns : this.arg(node, scope, "namespace"));
    }
  }
  /** Renders a chart into `output_dir`, or into its registered `.stdout` that a later task applies. */
  helmTemplate(node, scope, writes) {
    const ref = this.arg(node, scope, "chart_ref");
    const out = this.arg(node, scope, "output_dir");
    const register = typeof node.raw.register === "string" ? node.raw.register : void 0;
    const valuesFiles = this.valuesFiles(node, scope);
    if (ref.text === void 0) {
      if (out.text !== void 0) writes.set(normHostPath(out.text), { node, scope });
      if (register) this.registered.delete(register);
      return;
    }
    const version = this.arg(node, scope, "chart_version");
    const chart = this.chart(ref.text, this.arg(node, scope, "chart_repo_url").text, ref.origin, { text: version.text, at: version.origin });
    this.localChart(node, ref, chart);
    if (out.text !== void 0) writes.set(normHostPath(out.text), { node, scope, chart, valuesFiles });
    const word = (text) => ({ text, start: 0, end: 0 });
    if (register) {
      this.registered.set(register, {
        produced: { kind: "helm", chart: { chart: word(ref.text), ...chart.repo ? { repo: word(chart.repo) } : {}, ...version.text ? { version: word(version.text) } : {} } },
        scope,
        controller: true,
        origin: (w) => w.text === version.text ? version.origin : ref.origin,
        chart,
        valuesFiles
      });
    }
  }
  /** A chart of this repository (`chart_ref: "{{ playbook_dir }}/../charts/x"`): in use, and pinned by its Chart.yaml. */
  localChart(node, ref, chart) {
    if (ref.text === void 0 || isUrl(ref.text) || ref.text.startsWith("oci://") || !(ref.text.startsWith(REPO_MARK) || ref.text.startsWith("."))) return;
    const dir = this.controllerRef(node, ref, "file", "files");
    const file = dir === void 0 ? void 0 : `${dir}/Chart.yaml`;
    const doc = file && this.sources.hasFile(file) ? this.sources.yaml(file)?.docs[0] : void 0;
    if (!doc || !isRecord(doc.value)) return;
    chart.dir = dir;
    const all = Array.isArray(doc.value.dependencies) ? doc.value.dependencies : [];
    const deps = all.length > 1 ? all.filter((d) => !(isRecord(d) && d.name === "argocd-apps")) : all;
    const dep = deps.length === 1 && isRecord(deps[0]) ? deps[0] : void 0;
    const only = dep && typeof dep.name === "string" && (typeof dep.version === "string" || typeof dep.version === "number") && !String(dep.repository ?? "").startsWith("file://") ? dep : void 0;
    const pin = only ?? doc.value;
    const base2 = only ? ["dependencies", all.indexOf(only)] : [];
    if (typeof pin.name === "string") chart.name = pin.name;
    if (only && typeof only.repository === "string") chart.repo = only.repository;
    if (!chart.version && (typeof pin.version === "string" || typeof pin.version === "number")) {
      chart.version = String(pin.version);
      chart.versionAt = doc.loc([...base2, "version"]);
    }
    if (typeof doc.value.appVersion === "string") chart.appVersion = doc.value.appVersion;
  }
  /**
   * `values_files` of a chart install or render: each file is in use. A Jinja choice between
   * literal names (`{{ 'a.yaml' if ha else 'b.yaml' }}`, `{{ c | ternary('a.yaml', 'b.yaml') }}`)
   * uses every one that exists.
   */
  valuesFiles(node, scope) {
    const list = node.args.values_files;
    const out = [];
    (Array.isArray(list) ? list : list === void 0 ? [] : [list]).forEach((raw, i) => {
      const loc = this.argLoc(node, "values_files", Array.isArray(list) ? [i] : []);
      const r = renderValue(raw, scope);
      const use = (text) => {
        const file = this.controllerRef(node, { raw, r, text, loc, origin: loc }, "file", "files");
        out.push({ ...file !== void 0 ? { file } : {}, ref: text !== void 0 ? displayPath(text) : shown(raw), at: loc });
      };
      if (r.complete) return use(r.text);
      const choices = typeof raw === "string" ? literalChoices(raw, scope) : [];
      if (choices.length < 2) return use(void 0);
      for (const c of choices) use(c);
    });
    return out;
  }
  /** `-f`/`--values` of a helm command: repository files read on the controller, or host files an earlier task wrote from one. */
  commandValues(node, writes, values, known, origin) {
    return values.map((w) => {
      const at = origin(w);
      if (!known(w)) return { ref: w.text, at };
      if (node.delegated || node.play?.local || w.text.startsWith(REPO_MARK)) {
        const file = this.controllerRef(node, { raw: w.text, r: { complete: true, text: w.text, spans: [] }, text: w.text, loc: at, origin: at }, "file", "files");
        return { ...file !== void 0 ? { file } : {}, ref: displayPath(w.text), at };
      }
      const source = writes.get(normHostPath(w.text))?.source;
      return { ...source !== void 0 ? { file: source } : {}, ref: w.text, at };
    });
  }
  env(node, scope, inline) {
    const env = {};
    for (const e of node.ctx.env) {
      if (!isRecord(e)) continue;
      for (const [k, v] of Object.entries(e)) {
        const r = renderValue(v, scope);
        if (r.complete && r.text !== void 0) env[k] = r.text;
      }
    }
    return { ...env, ...inline };
  }
  installer(kind, node, scope, commandText, inline = {}) {
    const env = this.env(node, scope, inline);
    if (kind === "k3s" && env.K3S_URL && !/\bserver\b/.test(env.INSTALL_K3S_EXEC ?? "")) return;
    if (kind === "k3s" && /^\s*agent\b/.test(env.INSTALL_K3S_EXEC ?? "")) return;
    if (kind === "rke2" && env.INSTALL_RKE2_TYPE === "agent") return;
    const installer = { kind, at: node.at };
    if (commandText !== "" && (/get\.(k3s|rke2)\.io/.test(commandText) || !/\b(k3s|rke2)\s+server\b|systemctl/.test(commandText))) {
      const pin = kind === "k3s" ? env.INSTALL_K3S_VERSION : kind === "rke2" ? env.INSTALL_RKE2_VERSION : void 0;
      if (!pin) installer.unpinnedScript = true;
    }
    if (kind === "k3s") {
      if (!FLANNEL_NONE_FLAG.test(`${commandText} ${env.INSTALL_K3S_EXEC ?? ""}`)) installer.builtinCni = "flannel";
    } else if (kind === "rke2") installer.builtinCni = "canal";
    this.installers.push(installer);
  }
  commandTask(node, scope, writes) {
    const key = node.args._raw !== void 0 ? "_raw" : "cmd";
    const raw = node.args[key];
    if (typeof raw !== "string") return;
    const loc = this.argLoc(node, key);
    const rendered = renderPartial(raw, scope);
    const facts = parseCommand(rendered.text);
    const origin = (w) => this.wordOrigin(w, rendered.spans, loc);
    const resolved = (w) => !rendered.holes.some((h) => h.start < w.end && h.end > w.start);
    const known = (w) => !!w && w.text !== "" && resolved(w);
    const lineOf2 = (w) => rendered.text.slice(rendered.text.lastIndexOf("\n", w.start - 1) + 1, (rendered.text.indexOf("\n", w.end) + 1 || rendered.text.length + 1) - 1);
    const cannotFollow = (w, unknown) => this.unknown(node, w ? origin(w) : loc, ["bootstrap-deploys", "entrypoints"], w ? lineOf2(w) : raw, unknown, w !== void 0 && !resolved(w) && "ansible.extraVars");
    for (const h of facts.heads) if (h.deployVerb && !resolved(h.command)) cannotFollow(h.command, "which command it runs");
    for (const { target } of facts.applies) {
      if (known(target)) this.applyTarget(node, scope, writes, target, false, origin);
      else cannotFollow(target, "which manifests it applies");
    }
    for (const a of facts.stdinApplies) {
      const words2 = a.from ? producedWords(a.from) : [];
      if (a.from && words2.every(known)) this.applyProduced(node, scope, writes, a.from, false, origin);
      else cannotFollow(words2.find((w) => !known(w)) ?? a.at, "which manifests the pipeline feeds to kubectl apply");
    }
    if (typeof node.raw.register === "string") {
      if (facts.output && producedWords(facts.output).every(known)) this.registered.set(node.raw.register, { produced: facts.output, scope, controller: node.delegated, origin });
      else this.registered.delete(node.raw.register);
    }
    for (const add of facts.helmRepoAdds) if (known(add.url)) this.helmRepos.set(add.alias, add.url.text);
    for (const h of facts.helmInstalls) {
      if (!known(h.chart)) {
        cannotFollow(h.chart, "which chart it installs");
        continue;
      }
      const chart = this.chart(h.chart.text, known(h.repo) ? h.repo.text : void 0, origin(h.chart), h.version && known(h.version) ? { text: h.version.text, at: origin(h.version) } : void 0);
      this.deploy(node, { mechanism: "helm", chart, valuesFiles: this.commandValues(node, writes, h.values ?? [], known, origin) });
    }
    for (const c of facts.ciliumInstalls) {
      const chart = { name: "cilium", repo: "https://helm.cilium.io", at: this.textLoc(loc, "cilium") };
      if (known(c.version)) {
        chart.version = c.version.text;
        chart.versionAt = origin(c.version);
      }
      this.deploy(node, { mechanism: "helm", chart });
    }
    for (const ns of facts.namespaces) this.namespace({ text: known(ns) ? ns.text : void 0, raw: ns.text, origin: origin(ns) });
    for (const lit of facts.secretLiterals) {
      const fromVariable = rendered.spans.some((sp) => sp.start < lit.word.end && sp.end > lit.word.start);
      if (!fromVariable && isLiteralSecret(lit.value)) this.secrets.push({ key: lit.key, holder: "kubectl create secret", at: origin(lit.word), ...node.name !== void 0 ? { task: node.name } : {} });
    }
    if (facts.kubeadmInit) this.installers.push({ kind: "kubeadm", at: node.at });
    for (const i of facts.installers) if (i.server) this.installer(i.kind, node, scope, rendered.text, facts.env);
    for (const run of facts.runs) {
      const w = writes.get(normHostPath(run));
      if (w?.script) this.installer(w.script, node, scope, rendered.text, facts.env);
      else if (w?.source) this.scriptOf(node, w.source, loc);
    }
    this.commandWrites(node, scope, writes, facts, origin, resolved);
  }
  commandWrites(node, scope, writes, facts, origin, resolved) {
    for (const w of facts.writes) {
      if (!resolved(w.path)) {
        this.unknown(node, origin(w.path), ["bootstrap-writes", "bootstrap-deploys"], `writes ${w.path.text}`, "which host file it writes");
        continue;
      }
      const url = w.url && resolved(w.url) ? w.url : void 0;
      const copied = w.from ? this.writersOf(writes, w.from)[0] : void 0;
      const mechanism = destMechanism(w.path.text);
      if (mechanism && facts.kubeVip && !copied && !url) {
        writes.set(normHostPath(w.path.text), { node, scope });
        this.deploy(node, { mechanism, objects: [this.kubeVipObject(node, facts.kubeVip, origin)] });
        continue;
      }
      const target = normHostPath(w.path.text);
      const edited = copied ?? (url ? void 0 : facts.words.map((x) => writes.get(normHostPath(x))).find((x) => x !== void 0) ?? writes.get(target));
      const writer = edited ? { ...edited } : { scope, url: url?.text, urlAt: url ? origin(url) : void 0 };
      if (url) writer.script = /get\.(k3s|rke2)\.io/.exec(url.text)?.[1];
      this.hostWrite(node, writes, w.path.text, writer);
    }
  }
  /** `kube-vip manifest pod|daemonset > …`: the object kube-vip generates, with the image it runs from. */
  kubeVipObject(node, vip, origin) {
    const pod = vip.kind === "pod";
    return {
      apiVersion: pod ? "v1" : "apps/v1",
      kind: pod ? "Pod" : "DaemonSet",
      name: pod ? "kube-vip" : "kube-vip-ds",
      namespace: "kube-system",
      labels: {},
      images: vip.images.map((w) => parseImage(w.text, origin(w))),
      at: node.at,
      kindAt: node.at
    };
  }
  configEdit(node, scope) {
    const path = this.arg(node, scope, "path").text ?? this.arg(node, scope, "dest").text;
    if (path === void 0) return;
    for (const key of ["line", "block"]) {
      const text = renderPartial(typeof node.args[key] === "string" ? node.args[key] : "", scope).text;
      if (text) this.configText(path, text);
    }
  }
};
var DEPLOY_TOOLS = /\b(kubectl|helm|cilium|kubeadm|k3s|rke2|kustomize)\b/;
var escapeRegExp = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var MANIFEST_DIRS = ["/etc/kubernetes/manifests/", "/var/lib/rancher/"];
function producedWords(p) {
  switch (p.kind) {
    case "kustomize":
      return [p.dir];
    case "file":
      return [p.path];
    case "url":
      return [p.url];
    case "helm":
      return p.chart.chart ? [p.chart.chart] : [];
    case "object":
      return [p.object.name];
    case "inline":
      return [];
  }
}
function literalChoices(raw, scope) {
  const choices = [...raw.matchAll(/\{\{([^{}]*)\}\}/g)].filter((m2) => /\bternary\s*\(|\bif\b/.test(m2[1]));
  if (choices.length !== 1) return [];
  const m = choices[0];
  return [...m[1].matchAll(/(['"])([^'"]+)\1/g)].map((c) => renderValue(raw.slice(0, m.index) + c[2] + raw.slice((m.index ?? 0) + m[0].length), scope)).flatMap((r) => r.complete && typeof r.text === "string" && /\.ya?ml$/.test(r.text) ? [r.text] : []);
}
function loopSource(task, def) {
  const loopVar = isRecord(task.loop_control) && typeof task.loop_control.loop_var === "string" ? task.loop_control.loop_var : "item";
  if (!new RegExp(`\\{\\{\\s*${escapeRegExp(loopVar)}\\s*\\}\\}`).test(def)) return "";
  const key = Object.keys(task).find((k) => k === "loop" || k.startsWith("with_"));
  const value = key === void 0 ? void 0 : task[key];
  return typeof value === "string" ? value : "";
}
function firstWord(v) {
  return typeof v === "string" ? v.trim().split(/\s+/)[0] : asList(v)[0];
}

// src/parse/facts.ts
var defined = /* @__PURE__ */ new Map();
function defineFact(name, compute) {
  const fact = { name, compute };
  defined.set(name, fact);
  return fact;
}
var definedFact = (name) => defined.get(name);
var isDefined = (fact) => defined.get(fact.name) === fact;

// src/ansible/layout.ts
var ROLE_SUBDIRS = ["tasks", "handlers", "meta", "defaults", "vars", "templates", "files"];
var PLAYBOOK_HINT = /^\s{0,4}(?:-\s+)?(?:hosts|import_playbook|ansible\.builtin\.import_playbook|include)\s*:/m;
var HINTS_PLAYBOOK = defineFact("playbook-hint", (text) => startsAsList(text) && PLAYBOOK_HINT.test(text));
var outsideRepo = (base2, entry) => entry.startsWith("/") || entry.startsWith("~") || entry.includes("$") || joinInRepo(base2, entry) === void 0;
function readConfig(sources, dir) {
  const path = joinInRepo(dir, "ansible.cfg");
  if (path === void 0 || !sources.hasFile(path)) return void 0;
  const ini = parseIni(sources.text(path) ?? "");
  const entries = (key, sep) => (iniValue(ini, "defaults", key)?.value ?? "").split(sep).map((s) => s.trim()).filter((s) => s);
  const list = (key, sep) => (iniValue(ini, "defaults", key)?.value ?? "").split(sep).map((s) => s.trim()).filter((s) => s && !s.startsWith("/") && !s.startsWith("~") && !s.includes("$")).flatMap((s) => joinInRepo(dir, s) ?? []);
  return {
    dir,
    rolesPath: list("roles_path", /:/),
    rolesPathOutside: entries("roles_path", /:/).some((e) => outsideRepo(dir, e)),
    collectionsPath: [...list("collections_path", /:/), ...list("collections_paths", /:/)],
    inventory: [...list("inventory", /,/), ...list("hostfile", /,/)]
  };
}
function readLayout(sources, givenRoots) {
  const configs = /* @__PURE__ */ new Map();
  for (const f of sources.files) {
    if (baseName(f) !== "ansible.cfg") continue;
    const cfg = readConfig(sources, dirOf(f));
    if (cfg) configs.set(cfg.dir, cfg);
  }
  const roots = givenRoots?.map((r) => joinInRepo("", r) ?? "").filter((r, i, a) => a.indexOf(r) === i);
  const searchIn = roots ?? [""];
  const playbooks = sources.files.filter((f) => searchIn.some((r) => isUnder(f, r)) && isPlaybook(sources, f));
  const found = roots ?? outermost([...configs.keys(), ...playbooks.map(dirOf)]);
  const tool = toolRolesPaths(sources);
  const rolesPaths = [...configs.values()].flatMap((c) => c.rolesPath);
  const roleDirs = findRoleDirs(sources, found, [...rolesPaths, ...tool.inside]);
  return {
    roots: found,
    playbooks,
    configs,
    roleDirs,
    externalNames: requirementNames(sources, found),
    toolRolesPaths: tool.inside,
    rolesPathOutside: tool.outside || [...configs.values()].some((c) => c.rolesPathOutside)
  };
}
var TOOL_FILE = /(^|\/)(Makefile|GNUmakefile|Vagrantfile|Taskfile\.ya?ml|justfile|\.gitlab-ci\.yml|tox\.ini)$|\.(sh|mk)$|^\.github\/workflows\/[^/]+\.ya?ml$/;
var ROLES_PATH_SETTING = /\bANSIBLE_ROLES_PATH\s*[:=]\s*["']?([^\s"';]+)/g;
function toolRolesPaths(sources) {
  const inside = /* @__PURE__ */ new Set();
  let outside = false;
  for (const f of sources.files) {
    if (!TOOL_FILE.test(f)) continue;
    const text = sources.text(f) ?? "";
    if (!text.includes("ANSIBLE_ROLES_PATH")) continue;
    const base2 = f.startsWith(".github/") ? "" : dirOf(f);
    for (const m of text.matchAll(ROLES_PATH_SETTING)) {
      for (const entry of m[1].split(":").filter((e) => e)) {
        const dir = outsideRepo(base2, entry) ? void 0 : joinInRepo(base2, entry);
        if (dir === void 0) outside = true;
        else inside.add(dir);
      }
    }
  }
  return { inside: [...inside].sort(), outside };
}
function outermost(dirs) {
  const uniq = [...new Set(dirs)].sort();
  return uniq.filter((d) => !uniq.some((o) => o !== d && isUnder(d, o)));
}
function isPlaybook(sources, path) {
  if (!isYamlPath(path)) return false;
  const segs = path.split("/");
  if (segs.slice(0, -1).some((s) => s === "roles" || s === "templates" || s === "files")) return false;
  if (!sources.fact(path, HINTS_PLAYBOOK)) return false;
  const quiet = sources.yaml(path, false);
  const first = quiet?.docs[0]?.value;
  if (!quiet?.docs.length && quiet?.problems.length) {
    sources.yaml(path);
    return false;
  }
  if (!Array.isArray(first) || first.length === 0) return false;
  const ok = first.every((item) => isRecord(item)) && first.some((item) => isRecord(item) && ("hosts" in item || importTarget(item) !== void 0));
  if (ok) sources.yaml(path);
  return ok;
}
function startsAsList(text) {
  for (const line of text.split("\n", 200)) {
    const t = line.replace(/^\uFEFF/, "").trimEnd();
    if (t === "" || t.startsWith("#") || t === "---" || t.startsWith("%")) continue;
    return /^-(\s|$)/.test(t);
  }
  return false;
}
function importTarget(item) {
  for (const k of ["import_playbook", "ansible.builtin.import_playbook", "ansible.legacy.import_playbook", "include"]) if (k in item) return item[k];
  return void 0;
}
function hasRoleShape(sources, dir) {
  return ROLE_SUBDIRS.some((s) => sources.hasDir(`${dir}/${s}`));
}
function findRoleDirs(sources, roots, rolesPaths) {
  const out = /* @__PURE__ */ new Set();
  const containers = new Set(rolesPaths);
  for (const d of sources.allDirs()) {
    if (!roots.some((r) => isUnder(d, r))) continue;
    if (baseName(d) === "roles" && !d.split("/").slice(0, -1).includes("roles")) containers.add(d);
  }
  for (const c of containers) {
    for (const d of sources.dirsIn(c)) {
      if (hasRoleShape(sources, d)) out.add(d);
      else for (const inner of sources.dirsIn(d)) if (hasRoleShape(sources, inner)) out.add(inner);
    }
  }
  return [...out].sort();
}
function requirementNames(sources, roots) {
  const names = /* @__PURE__ */ new Set();
  for (const f of sources.files) {
    if (!/(^|\/)requirements\.ya?ml$/.test(f) || !roots.some((r) => isUnder(f, r))) continue;
    const v = sources.yaml(f)?.docs[0]?.value;
    const items = Array.isArray(v) ? v : isRecord(v) ? [...asList(v.roles), ...asList(v.collections)] : [];
    for (const item of items) {
      const name = typeof item === "string" ? item : isRecord(item) ? asString(item.name) ?? asString(item.src) : void 0;
      if (name) names.add(name);
    }
  }
  return names;
}

// src/ansible/unresolved-ref.ts
var RUNS_UNKNOWN_CODE = ["bootstrap-deploys", "bootstrap-writes", "bootstrap-uses", "bootstrap-roles", "entrypoints"];
var AFFECTS = {
  playbook: RUNS_UNKNOWN_CODE,
  tasks: RUNS_UNKNOWN_CODE,
  role: RUNS_UNKNOWN_CODE,
  vars: ["bootstrap-uses"],
  template: ["bootstrap-uses"],
  file: ["bootstrap-uses"],
  "host-file": ["bootstrap-deploys", "entrypoints"]
};
var WHAT = {
  playbook: "import_playbook",
  tasks: "tasks include",
  role: "role",
  vars: "vars file",
  template: "template source",
  file: "file source",
  "host-file": "applied file"
};
function externalCode(ref) {
  return {
    affects: ["bootstrap-deploys", "bootstrap-writes", "entrypoints"],
    construct: `${WHAT[ref.kind]} ${ref.ref}`,
    at: ref.from,
    unknown: "what it deploys: it is installed from outside the repository, so its tasks are not read"
  };
}
function unresolvedRef(ref, role) {
  if (ref.notFound) {
    return {
      affects: AFFECTS[ref.kind],
      construct: `${WHAT[ref.kind]} ${ref.ref}`,
      at: ref.from,
      unknown: "what it runs: no roles path of this repository holds it, and a roles path leads outside the repository where it may be installed"
    };
  }
  const roleScoped = role !== void 0 && ref.kind !== "role" && ref.kind !== "playbook";
  return {
    affects: AFFECTS[ref.kind],
    construct: `${WHAT[ref.kind]} ${ref.ref}`,
    at: ref.from,
    unknown: ref.kind === "host-file" ? "which manifests it applies" : `which ${ref.kind === "role" ? "role" : ref.kind === "playbook" ? "playbook" : "file"} it names`,
    configKey: "ansible.extraVars",
    ...roleScoped ? { scope: { role } } : {}
  };
}

// src/ansible/task-action.ts
var TASK_KEYWORDS = /* @__PURE__ */ new Set([
  "name",
  "when",
  "loop",
  "loop_control",
  "register",
  "notify",
  "args",
  "vars",
  "become",
  "become_user",
  "become_method",
  "become_flags",
  "become_exe",
  "tags",
  "delegate_to",
  "delegate_facts",
  "run_once",
  "environment",
  "changed_when",
  "failed_when",
  "ignore_errors",
  "ignore_unreachable",
  "until",
  "retries",
  "delay",
  "listen",
  "no_log",
  "check_mode",
  "diff",
  "any_errors_fatal",
  "throttle",
  "timeout",
  "collections",
  "module_defaults",
  "connection",
  "debugger",
  "poll",
  "async",
  "remote_user",
  "port",
  "local_action",
  "action",
  "block",
  "rescue",
  "always"
]);
var isTaskKeyword = (key) => TASK_KEYWORDS.has(key) || key.startsWith("with_");
var FREE_FORM = /* @__PURE__ */ new Set(["command", "shell", "raw", "script", "win_shell", "win_command"]);
var FILE_ARG = /* @__PURE__ */ new Set(["include_tasks", "import_tasks", "include", "include_vars", "import_playbook", "include_role", "import_role"]);
var KUBERNETES_ALIASES = {
  k8s: "kubernetes.core.k8s",
  "community.okd.k8s": "kubernetes.core.k8s",
  "redhat.openshift.k8s": "kubernetes.core.k8s",
  helm: "kubernetes.core.helm",
  helm_template: "kubernetes.core.helm_template",
  helm_repository: "kubernetes.core.helm_repository"
};
function canonicalModule(name) {
  let m = name.trim();
  m = m.replace(/^ansible\.(builtin|legacy)\./, "");
  m = m.replace(/^community\.kubernetes\./, "kubernetes.core.");
  return KUBERNETES_ALIASES[m] ?? m;
}
function taskAction(task, taskPath) {
  let moduleName;
  let value;
  let path;
  let local = false;
  const actionKey = "local_action" in task ? "local_action" : "action" in task ? "action" : void 0;
  if (actionKey) {
    local = actionKey === "local_action";
    const a = task[actionKey];
    path = [...taskPath, actionKey];
    if (typeof a === "string") {
      const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(a);
      if (!m) return void 0;
      moduleName = m[1];
      value = m[2];
    } else if (isRecord(a) && typeof a.module === "string") {
      moduleName = a.module;
      value = Object.fromEntries(Object.entries(a).filter(([k]) => k !== "module"));
    } else return void 0;
  } else {
    moduleName = Object.keys(task).find((k) => !isTaskKeyword(k));
    if (!moduleName) return void 0;
    value = task[moduleName];
    path = [...taskPath, moduleName];
  }
  const module = canonicalModule(moduleName);
  const args = argsOf(module, value);
  if (isRecord(task.args)) {
    for (const [k, v] of Object.entries(task.args)) if (!(k in args)) args[k] = v;
  }
  if ((module === "command" || module === "shell") && args._raw === void 0) {
    if (typeof args.cmd === "string") args._raw = args.cmd;
    else if (Array.isArray(args.argv)) args._raw = args.argv.map((w) => quoteWord(String(w))).join(" ");
  }
  return { module, args, path, local };
}
function argsOf(module, value) {
  if (isRecord(value)) return { ...value };
  if (typeof value !== "string") return value === null || value === void 0 ? {} : { _raw: value };
  if (FREE_FORM.has(module)) return { _raw: value };
  const { pairs, rest } = parseKeyValue(value);
  const args = { ...pairs };
  if (rest.length) {
    if (FILE_ARG.has(module) && !("file" in args) && !("name" in args)) args[module.includes("role") ? "name" : "file"] = rest.join(" ");
    else args._raw = rest.join(" ");
  }
  return args;
}
var quoteWord = (w) => /[\s'"]/.test(w) ? `'${w.replace(/'/g, `'\\''`)}'` : w;

// src/ansible/walker.ts
var MAX_TASK_VISITS = 5e4;
var MAX_LOOP_ITEMS = 500;
var MAGIC_UNKNOWN = ["inventory_hostname", "inventory_hostname_short", "groups", "group_names", "hostvars", "play_hosts", "omit", "inventory_dir", "inventory_file", "ansible_play_hosts"];
var ROLE_ENTRY_KEYWORDS = /* @__PURE__ */ new Set(["role", "name", "vars", "when", "tags", "become", "become_user", "become_method", "delegate_to", "environment", "collections", "ignore_errors", "any_errors_fatal", "no_log", "connection"]);
var isLocalHost = (v) => typeof v === "string" && /^(localhost|127\.0\.0\.1)$/.test(v.trim());
var Walker = class {
  constructor(sources, layout, extraVars = {}) {
    this.sources = sources;
    this.layout = layout;
    this.extraVars = layerOf(extraVars);
    this.roles = new Roles(sources, layout.externalNames, [...layout.configs.values()].flatMap((c) => c.collectionsPath), layout.rolesPathOutside);
    this.varSources = new VarSources(sources);
  }
  sources;
  layout;
  nodes = [];
  plays = [];
  refs = [];
  reachableRoles = /* @__PURE__ */ new Set();
  /** Playbooks walked, as entries or through import_playbook. */
  visitedPlaybooks = /* @__PURE__ */ new Set();
  /** Include, import and dependency loops met (each cut and recorded once). */
  cycles = [];
  cycleIds = /* @__PURE__ */ new Set();
  /** Role directories reached by reference (also those outside the detected role folders). */
  referencedRoles = /* @__PURE__ */ new Set();
  seen = /* @__PURE__ */ new Set();
  /** Tasks some play ran: the unreachable pass skips them. */
  reachedIds = /* @__PURE__ */ new Set();
  visits = 0;
  roles;
  varSources;
  /** `ansible.extraVars` of the configuration: above every other variable, as `-e` is. */
  extraVars;
  // ------------------------------------------------------------ playbooks
  /** Runs a playbook as an entry point (its imports inlined). */
  runPlaybook(path) {
    this.walkPlaybook(path, /* @__PURE__ */ new Set(), /* @__PURE__ */ new Map());
  }
  rootOf(path) {
    return this.layout.roots.filter((r) => r === "" || path.startsWith(r + "/")).sort((a, b) => b.length - a.length)[0] ?? dirOf(path);
  }
  configFor(playbookDir) {
    return this.layout.configs.get(playbookDir) ?? this.layout.configs.get(this.rootOf(playbookDir + "/x"));
  }
  roleSearchFor(playbookDir) {
    const cfg = this.configFor(playbookDir);
    return [joinInRepo(playbookDir, "roles") ?? playbookDir, ...cfg?.rolesPath ?? [], ...this.layout.toolRolesPaths, playbookDir];
  }
  walkPlaybook(path, stack, facts, from) {
    const key = `playbook:${path}`;
    if (this.loops(stack, key, from ?? { file: path, line: 1, column: 1 })) return;
    this.visitedPlaybooks.add(path);
    const inner = /* @__PURE__ */ new Set([...stack, key]);
    const doc = this.sources.yaml(path)?.docs[0];
    const items = asList(doc?.value);
    if (!doc) return;
    const dir = dirOf(path);
    items.forEach((item, i) => {
      if (!isRecord(item)) return;
      const target = importTarget(item);
      if (target !== void 0) {
        const scope = new VarScope([this.magic(dir, void 0), layerOf(item.vars, doc, [i, "vars"]), this.extraVars]);
        const r = renderValue(target, scope);
        const from2 = doc.loc([i, Object.keys(item).find((k) => item[k] === target) ?? "import_playbook"]);
        const text = r.text;
        if (!r.complete || text === void 0) {
          this.ref(from2, "playbook", shown(target), { status: "unresolved" }, true);
        } else if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(text) && !/\.ya?ml$/.test(text)) {
          this.ref(from2, "playbook", text, { status: "external" }, true);
        } else {
          const res = resolveControllerPath(this.sources, text, { roleDirs: [], sub: "", playbookDir: dir });
          this.ref(from2, "playbook", displayPath(text), res, true);
          if (res.status === "ok" && res.resolved) this.walkPlaybook(res.resolved, inner, facts, from2);
        }
      } else if ("hosts" in item) {
        this.walkPlay(item, doc, i, path, facts, inner);
      }
    });
  }
  magic(playbookDir, roleDir) {
    const m = /* @__PURE__ */ new Map();
    for (const n of MAGIC_UNKNOWN) m.set(n, { value: void 0, unknown: true });
    m.set("playbook_dir", playbookDir === void 0 ? { value: void 0, unknown: true } : { value: markDir(playbookDir) });
    if (roleDir !== void 0) m.set("role_path", { value: markDir(roleDir) });
    return m;
  }
  walkPlay(play, doc, i, playbook, facts, stack) {
    const playbookDir = dirOf(playbook);
    const hosts = Array.isArray(play.hosts) ? play.hosts.map(String).join(",") : asScalarString(play.hosts) ?? "";
    const state = {
      index: this.plays.length,
      playbook,
      playbookDir,
      hosts,
      local: isLocalHost(hosts) || play.connection === "local",
      groupLayers: this.varSources.groupLayers(hosts, playbookDir, this.rootOf(playbook), this.configFor(playbookDir)),
      roleDefaults: /* @__PURE__ */ new Map(),
      playVars: layerOf(play.vars, doc, [i, "vars"]),
      roleVars: /* @__PURE__ */ new Map(),
      facts,
      env: play.environment,
      tasks: [],
      rolesRun: /* @__PURE__ */ new Set(),
      handlerFiles: []
    };
    this.plays.push(state);
    const ctx = { play: state, roleDirs: [], file: playbook, playbookDir, roleSearch: this.roleSearchFor(playbookDir), layers: [], env: [play.environment], delegated: state.local, stack };
    this.readVarsFiles(play.vars_files, doc, [i, "vars_files"], ctx, state.playVars);
    const roleEntries = asList(play.roles).map((entry, j) => this.roleEntry(entry, doc, [i, "roles", j], ctx));
    for (const e of roleEntries) if (e.dir) for (const [k, v] of this.roles.varsOf(e.dir, "defaults")) state.roleDefaults.set(k, v);
    this.walkList(play.pre_tasks, doc, [i, "pre_tasks"], ctx);
    for (const e of roleEntries) if (e.dir) this.runRole(e.dir, ctx, { params: e.params, dedupe: true });
    this.walkList(play.tasks, doc, [i, "tasks"], ctx);
    this.walkList(play.post_tasks, doc, [i, "post_tasks"], ctx);
    this.walkList(play.handlers, doc, [i, "handlers"], ctx);
    const handled = /* @__PURE__ */ new Set();
    for (const h of state.handlerFiles) {
      if (handled.has(h.file)) continue;
      handled.add(h.file);
      this.walkFile(h.file, h.ctx);
    }
  }
  readVarsFiles(list, doc, path, ctx, into) {
    asList(list).forEach((entry, j) => {
      const options = Array.isArray(entry) ? entry : [entry];
      for (const opt of options) {
        const r = renderValue(opt, this.scopeFor(ctx, /* @__PURE__ */ new Map()));
        const res = r.complete && r.text !== void 0 ? resolveControllerPath(this.sources, r.text, { roleDirs: [], sub: "vars", playbookDir: ctx.playbookDir }) : { status: unrenderedStatus(opt) };
        if (options.length > 1 && res.status !== "ok") continue;
        this.ref(doc.loc([...path, j]), "vars", r.text !== void 0 ? displayPath(r.text) : shown(opt), res, true);
        if (res.resolved && this.sources.hasFile(res.resolved)) for (const [k, v] of loadVarsFile(this.sources, res.resolved)) into.set(k, v);
        break;
      }
    });
  }
  /** A `roles:` / `dependencies:` entry: its name resolved (ref recorded) and its parameters. */
  roleEntry(entry, doc, path, ctx, extraSearch = []) {
    let name = entry;
    let namePath = path;
    const params = /* @__PURE__ */ new Map();
    if (isRecord(entry)) {
      const key = "role" in entry ? "role" : "name";
      name = entry[key];
      namePath = [...path, key];
      for (const [k, v] of layerOf(entry.vars, doc, [...path, "vars"])) params.set(k, v);
      for (const k of Object.keys(entry)) if (!ROLE_ENTRY_KEYWORDS.has(k)) params.set(k, { value: entry[k], doc, path: [...path, k], at: doc.loc([...path, k]) });
    }
    const r = renderValue(name, this.scopeFor(ctx, params));
    const text = r.complete ? r.text : void 0;
    const res = text === void 0 ? { status: "unresolved" } : this.roles.resolve(text, [...ctx.roleSearch, ...extraSearch]);
    this.ref(doc.loc(namePath), "role", text ?? shown(name ?? ""), { status: res.status, resolved: res.dir, notFound: res.notFound }, ctx.play !== void 0);
    if (res.dir) this.referencedRoles.add(res.dir);
    return { dir: res.dir, params };
  }
  runRole(dir, ctx, opts, from) {
    const play = ctx.play;
    if (!play) return;
    const key = `role:${dir}`;
    if (this.loops(ctx.stack, key, from ?? { file: ctx.file, line: 1, column: 1 })) return;
    const meta = this.roles.meta(dir);
    const runKey = `${dir}#${opts.tasksFrom ?? "main"}`;
    if (opts.dedupe && !meta.allowDuplicates && play.rolesRun.has(runKey)) return;
    play.rolesRun.add(runKey);
    this.reachableRoles.add(dir);
    const stack = /* @__PURE__ */ new Set([...ctx.stack, key]);
    const roleCtx = { ...ctx, roleDirs: [dir, ...ctx.roleDirs], layers: [...ctx.layers, opts.params], stack };
    if (meta.doc) {
      meta.deps.forEach((dep, j) => {
        const e = this.roleEntry(dep, meta.doc, ["dependencies", j], { ...roleCtx, file: meta.doc.file }, [dirOf(dir)]);
        if (e.dir) this.runRole(e.dir, { ...ctx, stack }, { params: e.params, dedupe: true }, meta.doc.loc(["dependencies", j]));
      });
    }
    for (const [k, v] of this.roles.varsOf(dir, "defaults")) play.roleDefaults.set(k, v);
    for (const [k, v] of this.roles.varsOf(dir, "vars")) play.roleVars.set(k, v);
    const tasks = roleFile(this.sources, dir, "tasks", opts.tasksFrom ?? "main");
    if (tasks) this.walkFile(tasks, { ...roleCtx, file: tasks });
    const handlers = roleFile(this.sources, dir, "handlers");
    if (handlers) play.handlerFiles.push({ file: handlers, ctx: { ...roleCtx, file: handlers } });
  }
  // ------------------------------------------------------------ task lists
  /** True when `key` is already being walked: the loop is cut and recorded once, with its path. */
  loops(stack, key, at) {
    if (!stack.has(key)) return false;
    const keys = [...stack];
    const chain = [...keys.slice(keys.indexOf(key)), key].map((k) => k.slice(k.indexOf(":") + 1));
    const id = chain.join("\0");
    if (!this.cycleIds.has(id)) {
      this.cycleIds.add(id);
      this.cycles.push({ at, chain });
    }
    return true;
  }
  walkFile(file, ctx, from) {
    const key = `tasks:${file}`;
    if (this.loops(ctx.stack, key, from ?? { file: ctx.file, line: 1, column: 1 })) return;
    const doc = this.sources.yaml(file)?.docs[0];
    if (!doc) return;
    this.walkList(doc.value, doc, [], { ...ctx, file, stack: /* @__PURE__ */ new Set([...ctx.stack, key]) });
  }
  walkList(list, doc, path, ctx) {
    asList(list).forEach((item, j) => {
      if (!isRecord(item) || this.visits > MAX_TASK_VISITS) return;
      const p = [...path, j];
      if ("block" in item || "rescue" in item || "always" in item) {
        const inner = {
          ...ctx,
          layers: [...ctx.layers, layerOf(item.vars, doc, [...p, "vars"])],
          env: [...ctx.env, item.environment],
          delegated: ctx.delegated || isLocalHost(item.delegate_to) || item.connection === "local"
        };
        for (const k of ["block", "rescue", "always"]) this.walkList(item[k], doc, [...p, k], inner);
        return;
      }
      this.task(item, doc, p, ctx);
    });
  }
  scopeFor(ctx, taskVars) {
    const play = ctx.play;
    const base2 = play ? [new Map(play.roleDefaults), ...play.groupLayers, play.playVars, new Map(play.roleVars), new Map(play.facts)] : ctx.fixed ?? [];
    return new VarScope([this.magic(ctx.playbookDir, ctx.roleDirs[0]), ...base2, ...ctx.layers, taskVars, this.extraVars]);
  }
  task(item, doc, path, ctx) {
    const action = taskAction(item, path);
    if (!action) return;
    this.visits++;
    const at = doc.loc(path);
    if (!ctx.play && this.reachedIds.has(`${doc.file}:${at.line}`)) return;
    const taskVars = layerOf(item.vars, doc, [...path, "vars"]);
    const scope = this.scopeFor(ctx, taskVars);
    const node = {
      id: `${doc.file}:${at.line}`,
      at,
      name: asScalarString(item.name),
      module: action.module,
      args: action.args,
      argsPath: action.path,
      path,
      doc,
      raw: item,
      reachable: ctx.play !== void 0,
      play: ctx.play,
      ctx: { ...ctx, env: [...ctx.env, item.environment] },
      delegated: ctx.delegated || action.local || isLocalHost(item.delegate_to) || item.connection === "local",
      instances: this.loopInstances(item, doc, path, scope, ctx)
    };
    const dupe = this.seen.has(`${node.id}#${ctx.play?.index ?? "-"}`);
    this.seen.add(`${node.id}#${ctx.play?.index ?? "-"}`);
    if (!dupe) this.nodes.push(node);
    ctx.play?.tasks.push(node);
    this.followTask(node, taskVars);
    if (typeof item.register === "string" && ctx.play) ctx.play.facts.set(item.register, { value: void 0, unknown: true });
  }
  /** Includes, role includes, vars loading and facts: what changes the rest of the walk. */
  followTask(node, taskVars) {
    const { module, args, ctx, doc } = node;
    const childCtx = { ...ctx, layers: [...ctx.layers, taskVars], delegated: node.delegated };
    const argLoc = (key) => isRecord(node.raw[node.argsPath[node.argsPath.length - 1]]) ? doc.loc([...node.argsPath, key]) : doc.loc(node.argsPath);
    if (module === "include_tasks" || module === "import_tasks" || module === "include") {
      const raw = args.file ?? args._raw;
      for (const scope of node.instances) this.includeTasks(raw, scope, argLoc(args.file !== void 0 ? "file" : "_raw"), childCtx, node.reachable);
    } else if (module === "include_role" || module === "import_role") {
      const r = renderValue(args.name, node.instances[0]);
      const text = r.complete ? r.text : void 0;
      const res = text === void 0 ? { status: "unresolved" } : this.roles.resolve(text, ctx.roleSearch);
      this.ref(argLoc("name"), "role", text ?? shown(args.name ?? ""), { status: res.status, resolved: res.dir, notFound: res.notFound }, node.reachable);
      if (res.dir) this.referencedRoles.add(res.dir);
      const from = renderValue(args.tasks_from, node.instances[0]).text;
      if (res.dir && ctx.play) {
        const params = layerOf(args.vars, doc, [...node.argsPath, "vars"]);
        this.runRole(res.dir, childCtx, { params, dedupe: false, tasksFrom: from?.replace(/\.ya?ml$/, "") }, argLoc("name"));
      }
    } else if (module === "include_vars") {
      const raw = args.file ?? args._raw ?? args.dir;
      const r = renderValue(raw, node.instances[0]);
      const res = r.complete && r.text !== void 0 ? resolveControllerPath(this.sources, r.text, this.places(ctx, "vars")) : { status: unrenderedStatus(raw) };
      this.ref(argLoc(args.file !== void 0 ? "file" : args.dir !== void 0 ? "dir" : "_raw"), "vars", r.text !== void 0 ? displayPath(r.text) : shown(raw ?? ""), res, node.reachable);
      if (ctx.play && res.resolved) {
        const files = this.sources.hasFile(res.resolved) ? [res.resolved] : this.sources.filesIn(res.resolved).filter((f) => /\.ya?ml$/.test(f));
        const loaded = /* @__PURE__ */ new Map();
        for (const f of files) for (const [k, v] of loadVarsFile(this.sources, f)) loaded.set(k, v);
        if (typeof args.name === "string") ctx.play.facts.set(args.name, { value: Object.fromEntries([...loaded].map(([k, v]) => [k, v.value])) });
        else for (const [k, v] of loaded) ctx.play.facts.set(k, v);
      }
    } else if (module === "set_fact" && ctx.play) {
      for (const [k, v] of Object.entries(args)) {
        if (k === "cacheable" || k === "_raw") continue;
        const loc = argLoc(k);
        const r = renderValue(v, node.instances[0]);
        const fact = typeof v === "string" && r.complete && r.spans.length === 0 ? { value: v, at: loc, doc, path: [...node.argsPath, k] } : r.complete && node.instances.length === 1 ? { value: r.value, at: r.at ?? loc } : { value: void 0, unknown: true };
        ctx.play.facts.set(k, fact);
      }
    }
  }
  places(ctx, sub) {
    return { roleDirs: ctx.roleDirs, taskDir: dirOf(ctx.file), playbookDir: ctx.playbookDir, sub };
  }
  includeTasks(raw, scope, from, ctx, reachable) {
    const r = renderValue(raw, scope);
    const places = this.places(ctx, "tasks");
    const placesHere = { ...places, roleDirs: ctx.roleDirs.slice(0, 1) };
    if (r.complete && r.text !== void 0) {
      const res = resolveControllerPath(this.sources, r.text, placesHere);
      this.ref(from, "tasks", displayPath(r.text), res, reachable);
      if (reachable && res.resolved && this.sources.hasFile(res.resolved)) this.walkFile(res.resolved, ctx, from);
      return;
    }
    const text = typeof raw === "string" ? raw : "";
    this.ref(from, "tasks", text, { status: "unresolved" }, reachable);
    if (!reachable) return;
    const open = text.indexOf("{{");
    const close = text.lastIndexOf("}}");
    if (open < 0 || close < 0) return;
    const prefix = text.slice(0, open);
    const dirPart = prefix.includes("/") ? prefix.slice(0, prefix.lastIndexOf("/")) : "";
    const suffix = text.slice(close + 2);
    if (suffix.includes("/") || dirPart.includes("{{")) return;
    const dirs = candidatesOf(dirPart || ".", placesHere).filter((d) => d !== void 0 && this.sources.hasDir(d));
    const dir = dirs[0];
    if (dir === void 0) return;
    const namePrefix = prefix.slice(prefix.lastIndexOf("/") + 1);
    for (const f of this.sources.filesIn(dir)) {
      const base2 = f.slice(dir ? dir.length + 1 : 0);
      if (f === ctx.file || !base2.startsWith(namePrefix)) continue;
      if (suffix ? base2.endsWith(suffix) : /\.ya?ml$/.test(base2)) this.walkFile(f, ctx);
    }
  }
  loopInstances(item, doc, path, scope, ctx) {
    const key = ["loop", "with_items", "with_list", "with_flattened", "with_dict", "with_fileglob", "with_first_found"].find((k) => k in item) ?? Object.keys(item).find((k) => k.startsWith("with_"));
    if (!key) return [scope];
    const loopVar = isRecord(item.loop_control) && typeof item.loop_control.loop_var === "string" ? item.loop_control.loop_var : "item";
    const unknownItem = [scope.with(/* @__PURE__ */ new Map([[loopVar, { value: void 0, unknown: true }]]))];
    let vars;
    const value = item[key];
    if (Array.isArray(value)) {
      vars = value.map((v, i) => ({ value: v, doc, path: [...path, key, i], at: doc.loc([...path, key, i]) }));
    } else {
      const r = renderValue(value, scope);
      if (r.complete && Array.isArray(r.value)) vars = r.value.map((v) => ({ value: v, at: r.at }));
      else if (r.complete && key === "with_dict" && isRecord(r.value)) vars = Object.entries(r.value).map(([k, v]) => ({ value: { key: k, value: v }, at: r.at }));
      else if (r.complete && typeof r.value === "string" && key !== "loop") vars = [{ value: r.value, at: r.at }];
    }
    if (!vars) return unknownItem;
    if (key === "with_items" || key === "with_flattened") {
      vars = vars.flatMap((v) => Array.isArray(v.value) ? v.value.map((x) => ({ value: x, at: v.at })) : [v]);
    } else if (key === "with_dict") {
      vars = vars.length === 1 && isRecord(vars[0].value) ? Object.entries(vars[0].value).map(([k, v]) => ({ value: { key: k, value: v }, at: vars[0].at })) : vars;
    } else if (key === "with_fileglob") {
      vars = vars.flatMap((v) => this.fileglob(v.value, scope, ctx));
    } else if (!["loop", "with_list"].includes(key)) {
      return unknownItem;
    }
    return vars.slice(0, MAX_LOOP_ITEMS).map((v) => scope.with(/* @__PURE__ */ new Map([[loopVar, v]])));
  }
  /** `with_fileglob`: controller files under `files/` matching the pattern (base-name wildcards). */
  fileglob(pattern, scope, ctx) {
    const r = renderValue(pattern, scope);
    if (!r.complete || typeof r.text !== "string") return [{ value: void 0, unknown: true }];
    const p = r.text;
    const slash = p.lastIndexOf("/");
    const dirPart = slash >= 0 ? p.slice(0, slash) : ".";
    const re = new RegExp(`^${p.slice(slash + 1).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
    const dir = candidatesOf(dirPart, this.places(ctx, "files")).find((d) => d !== void 0 && this.sources.hasDir(d));
    if (dir === void 0) return [];
    return this.sources.filesIn(dir).filter((f) => re.test(f.slice(f.lastIndexOf("/") + 1))).map((f) => ({ value: markDir(f) }));
  }
  // ------------------------------------------------------------ unreachable role tasks
  /** Records every task file of a role that no play reached (reachable: false). */
  walkUnreachableRole(dir) {
    if (this.reachedIds.size === 0) {
      for (const n of this.nodes) if (n.reachable) this.reachedIds.add(n.id);
    }
    const playbookDir = dirOf(dirOf(dir));
    const cfgDir = this.rootOf(dir);
    const fixed = [
      this.roles.varsOf(dir, "defaults"),
      ...this.varSources.groupLayers("all", playbookDir, cfgDir, this.configFor(playbookDir)),
      this.roles.varsOf(dir, "vars")
    ];
    const ctx = { fixed, roleDirs: [dir], file: dir, playbookDir, roleSearch: this.roleSearchFor(playbookDir), layers: [], env: [], delegated: false, stack: /* @__PURE__ */ new Set() };
    for (const sub of ["tasks", "handlers"]) {
      const base2 = joinInRepo(dir, sub);
      if (base2 === void 0) continue;
      for (const f of this.sources.files) if (f.startsWith(base2 + "/") && /\.ya?ml$/i.test(f)) this.walkFileUnreachable(f, ctx);
    }
  }
  walkFileUnreachable(file, ctx) {
    const doc = this.sources.yaml(file)?.docs[0];
    if (doc) this.walkList(doc.value, doc, [], { ...ctx, file });
  }
  // ------------------------------------------------------------ refs
  ref(from, kind, ref, res, reachable) {
    const r = { from, kind, ref, status: res.status, reachable };
    if (res.resolved !== void 0) r.resolved = res.resolved;
    if (res.notFound) r.notFound = true;
    this.refs.push(r);
  }
};

// src/ansible/read-bootstrap.ts
function readBootstrap(sources, options) {
  const layout = readLayout(sources, options.roots);
  const walker = new Walker(sources, layout, options.extraVars);
  const imported = importedPlaybooks(sources, layout.playbooks);
  const entries = layout.playbooks.filter((p) => !imported.has(p));
  for (const p of entries.length ? entries : layout.playbooks) walker.runPlaybook(p);
  for (const p of layout.playbooks) if (!walker.visitedPlaybooks.has(p)) walker.runPlaybook(p);
  const allRoles = [.../* @__PURE__ */ new Set([...layout.roleDirs, ...walker.referencedRoles])].sort();
  for (const dir of allRoles) if (!walker.reachableRoles.has(dir)) walker.walkUnreachableRole(dir);
  for (const dir of allRoles) if (walker.reachableRoles.has(dir)) walker.walkUnreachableRole(dir);
  const effects = new Effects(sources, walker);
  for (const play of walker.plays) effects.runPlay(play);
  for (const node of walker.nodes) if (!node.reachable) effects.refsOf(node);
  effects.finish();
  const dead = new Effects(sources, walker);
  dead.runDetached(walker.nodes.filter((n) => !n.reachable));
  const tasks = /* @__PURE__ */ new Map();
  for (const n of walker.nodes) {
    if (tasks.has(n.id)) continue;
    const t = { id: n.id, at: n.at, module: n.module, args: n.args, reachable: n.reachable, delegatedToController: n.delegated };
    if (n.name !== void 0) t.name = n.name;
    if (n.ctx.roleDirs[0] !== void 0) t.role = roleName(n.ctx.roleDirs[0]);
    if (n.play) t.play = n.play.index;
    tasks.set(n.id, t);
  }
  const refs = dedupeRefs([...walker.refs, ...effects.refs]);
  const roleOfFile = (file) => {
    const dir = allRoles.filter((d) => file.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
    return dir === void 0 ? void 0 : roleName(dir);
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
    namespaces: dedupe(effects.namespaces.flatMap((n) => n.name !== void 0 ? [{ name: n.name, at: n.at }] : []), (n) => `${n.name}|${locKey(n.at)}`),
    secrets: dedupe(effects.secrets, (x) => `${x.key}|${locKey(x.at)}`),
    unresolved: dedupe(
      [
        ...refs.filter((r) => r.reachable && r.status === "unresolved").map((r) => unresolvedRef(r, roleOfFile(r.from.file))),
        ...refs.filter((r) => r.reachable && r.status === "external" && (r.kind === "role" || r.kind === "playbook")).map(externalCode),
        ...effects.unresolved,
        ...effects.namespaces.filter((n) => n.name === void 0).map((n) => ({
          affects: ["namespaces"],
          construct: `namespace ${n.written}`,
          at: n.at,
          unknown: "which namespace the task creates"
        }))
      ],
      (u) => `${locKey(u.at)}|${u.construct}`
    )
  };
}
var locKey = (l) => `${l.file}:${l.line}:${l.column}`;
function deploymentKey(d) {
  return [d.mechanism, locKey(d.at), d.url ?? "", d.sourceFile ?? "", d.chart?.name ?? "", d.chart?.version ?? "", d.objects.map((o) => `${o.kind}/${o.name}`).join(",")].join("|");
}
function mergeLoopFiles(deployments) {
  const byTask = /* @__PURE__ */ new Map();
  const out = [];
  for (const d of deployments) {
    if (d.sourceFile === void 0 || d.url !== void 0 || d.chart !== void 0) {
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
function dedupe(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function dedupeRefs(refs) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of refs) {
    const k = [locKey(r.from), r.kind, r.ref, r.status, r.resolved ?? ""].join("|");
    const prev = byKey.get(k);
    if (prev) prev.reachable ||= r.reachable;
    else byKey.set(k, { ...r });
  }
  return [...byKey.values()];
}
function importedPlaybooks(sources, playbooks) {
  const out = /* @__PURE__ */ new Set();
  for (const p of playbooks) {
    const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
    for (const item of asList(sources.yaml(p)?.docs[0]?.value)) {
      const t = isRecord(item) ? importTarget(item) : void 0;
      const literal = renderValue(t, new VarScope([]));
      const target = typeof t === "string" && literal.complete && literal.spans.length === 0 ? joinInRepo(dir, t) : void 0;
      if (target !== void 0 && target !== p) out.add(target);
    }
  }
  return out;
}
function roleOf(sources, dir, reachable) {
  const files = sources.files.filter((f) => f.startsWith(dir + "/"));
  const main = roleFile(sources, dir, "tasks");
  const first = main && /\.ya?ml$/.test(main) ? main : files[0] ?? dir;
  return {
    name: roleName(dir),
    dir,
    reachable,
    at: { file: first, line: 1, column: 1 },
    assets: files.filter((f) => f.startsWith(`${dir}/templates/`) || f.startsWith(`${dir}/files/`))
  };
}

// src/argocd/chart-values-apps.ts
var import_yaml = __toESM(require_dist(), 1);
var ROOT_CHARTS = /* @__PURE__ */ new Set(["argocd-apps", "argo-cd"]);
function valuesOfChartSource(sources, isLocalRepo, raw, locOf, siblings, yamlPath) {
  const helm2 = isRecord(raw.helm) ? raw.helm : {};
  const sets = [];
  const files = [];
  const unknown = [];
  const valueFiles = Array.isArray(helm2.valueFiles) ? helm2.valueFiles : [];
  valueFiles.forEach((vf, i) => {
    if (typeof vf !== "string") return;
    const ref = /^\$([\w-]+)\/(.*)$/.exec(vf);
    const refSource = ref ? siblings.find((s) => isRecord(s) && s.ref === ref[1]) : void 0;
    const local = ref && isRecord(refSource) && typeof refSource.repoURL === "string" && isLocalRepo(refSource.repoURL, ref[2]);
    const doc = local ? sources.yaml(ref[2])?.docs[0] : void 0;
    if (!doc) {
      unknown.push({ construct: `values file ${vf}`, at: locOf(["helm", "valueFiles", i]) });
      return;
    }
    files.push(doc.file);
    sets.push({ value: doc.value, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }) });
  });
  if (typeof helm2.values === "string" && !isRecord(helm2.valuesObject)) {
    const at = locOf(["helm", "values"]);
    try {
      sets.push({ value: (0, import_yaml.parse)(helm2.values), locOf: () => at });
    } catch {
      unknown.push({ construct: "helm.values", at });
    }
  }
  if (isRecord(helm2.valuesObject)) sets.push({ value: helm2.valuesObject, locOf: (p) => locOf(["helm", "valuesObject", ...p]), ...yamlPath ? { yamlPath: (p) => yamlPath(["helm", "valuesObject", ...p]) } : {} });
  return { sets, files, unknown };
}
function appsInValues(sets, defaults) {
  const apps = [];
  const appsets = [];
  for (const { value, locOf, yamlPath } of sets) {
    const positions = (prefix) => yamlPath ? { yamlPath: (p) => yamlPath([...prefix, ...p[0] === "spec" ? p.slice(1) : p]) } : {};
    if (!isRecord(value)) continue;
    for (const [key, entry] of entriesOf(value.applications)) {
      const name = typeof entry.name === "string" ? entry.name : String(key);
      apps.push({
        spec: entry,
        meta: { name, namespace: typeof entry.namespace === "string" ? entry.namespace : defaults.namespace },
        at: locOf(["applications", key]),
        locOf: (p) => locOf(["applications", key, ...p[0] === "spec" ? p.slice(1) : p]),
        ...positions(["applications", key]),
        parent: defaults.parent,
        chain: defaults.chain
      });
    }
    for (const [key, entry] of entriesOf(value.applicationsets)) {
      const name = typeof entry.name === "string" ? entry.name : String(key);
      const namespace = typeof entry.namespace === "string" ? entry.namespace : defaults.namespace;
      appsets.push({
        spec: entry,
        meta: { name, namespace },
        namespace,
        at: locOf(["applicationsets", key]),
        locOf: (p) => locOf(["applicationsets", key, ...p[0] === "spec" ? p.slice(1) : p]),
        ...positions(["applicationsets", key]),
        parent: defaults.parent,
        chain: defaults.chain
      });
    }
    const extra = Array.isArray(value.extraObjects) ? value.extraObjects : [];
    extra.forEach((obj, i) => {
      if (!isRecord(obj) || !isRecord(obj.spec) || typeof obj.apiVersion !== "string" || !obj.apiVersion.startsWith("argoproj.io/")) return;
      const meta = isRecord(obj.metadata) ? obj.metadata : {};
      const namespace = typeof meta.namespace === "string" ? meta.namespace : defaults.namespace;
      const at = locOf(["extraObjects", i]);
      const objLocOf = (p) => locOf(["extraObjects", i, ...p]);
      const objPath = yamlPath ? { yamlPath: (p) => yamlPath(["extraObjects", i, ...p]) } : {};
      if (obj.kind === "Application") apps.push({ spec: obj.spec, meta: { ...meta, namespace }, at, locOf: objLocOf, ...objPath, parent: defaults.parent, chain: defaults.chain });
      else if (obj.kind === "ApplicationSet") appsets.push({ spec: obj.spec, meta, namespace, at, locOf: objLocOf, ...objPath, parent: defaults.parent, chain: defaults.chain });
    });
  }
  return { apps, appsets };
}
function entriesOf(list) {
  const entries = Array.isArray(list) ? list.map((a, i) => [i, a]) : isRecord(list) ? Object.entries(list) : [];
  return entries.filter((e) => isRecord(e[1]));
}

// src/argocd/helm-templates.ts
var CONTROL_LINE = /^[ \t]*\{\{-?\s*(?:if|else|end|range|with|define|template|include)\b[^\n]*\}\}[ \t]*$/;
var OPENS_BLOCK = /^[ \t]*\{\{-?\s*(?:if|range|with|define)\b/;
var ENDS_BLOCK = /^[ \t]*\{\{-?\s*end\b/;
var RANGE_LINE = /^[ \t]*\{\{-?\s*range\s+(?:(\$\w+)\s*(?:,\s*(\$\w+)\s*)?:=\s*)?(.+?)\s*-?\}\}[ \t]*$/;
function resolve(expr, scope) {
  const [head, ...pipes] = expr.split("|").map((p) => p.trim());
  if (pipes.some((p) => p !== "quote")) return void 0;
  const m = /^(\$\w*)?((?:\.[\w-]+)*)$/.exec(head);
  if (!m || m[1] === void 0 && m[2] === "") return void 0;
  let v = m[1] === void 0 ? scope.dot : m[1] === "$" ? scope.root : scope.vars[m[1].slice(1)];
  for (const seg of m[2].split(".").slice(1)) {
    if (!isRecord(v)) return void 0;
    v = v[seg];
  }
  return v;
}
function substitute(text, scope) {
  return text.replace(/\{\{`([\s\S]*?)`\}\}/g, (_, inner) => inner.replace(/\{\{/g, "").replace(/\}\}/g, "")).replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, expr) => {
    if (/^(if|else|end|range|with|define|template|include|-)/.test(expr.trim())) return "";
    const v = resolve(expr.trim(), scope);
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : NO_VALUE;
  }).replace(/\u0001/g, "{{").replace(/\u0002/g, "}}");
}
function blockEnd(lines, start2) {
  let depth = 0;
  for (let i = start2; i < lines.length; i++) {
    if (OPENS_BLOCK.test(lines[i])) depth++;
    else if (ENDS_BLOCK.test(lines[i]) && --depth === 0) return i;
  }
  return void 0;
}
function renderings(lines, scope) {
  const blank = (n) => Array(n).fill("");
  for (let r = 0; r < lines.length; r++) {
    const range = RANGE_LINE.exec(lines[r]);
    const end = range ? blockEnd(lines, r) : void 0;
    if (!range || end === void 0) continue;
    const body = lines.slice(r + 1, end);
    const items = resolve(range[3], scope);
    const entries = Array.isArray(items) ? items.map((v, i) => [i, v]) : isRecord(items) ? Object.entries(items) : [];
    if (entries.length === 0 || !/^(---|apiVersion:|kind:)/.test(body.find((l) => l.trim() !== "" && !CONTROL_LINE.test(l)) ?? "")) continue;
    const [first, second] = [range[1]?.slice(1), range[2]?.slice(1)];
    const before = [...lines.slice(0, r).map((l) => substitute(CONTROL_LINE.test(l) ? "" : l, scope)), ...blank(lines.length - r)];
    const out = [before];
    for (const [key, item] of entries) {
      const vars = { ...scope.vars, ...second ? { [first]: key, [second]: item } : first ? { [first]: item } : {} };
      for (const b of renderings(body, { root: scope.root, dot: item, vars })) out.push([...blank(r + 1), ...b, ...blank(lines.length - end)]);
    }
    for (const a of renderings(lines.slice(end + 1), scope)) out.push([...blank(end + 1), ...a]);
    return out;
  }
  return [lines.map((l) => substitute(CONTROL_LINE.test(l) ? "" : l, scope))];
}
function argoDocsInChart(sources, chartDir) {
  const templates = `${chartDir}/templates`;
  if (!sources.hasDir(templates)) return [];
  const valuesFile2 = sources.filesIn(chartDir).find((f) => /\/values\.ya?ml$/.test(f));
  const values = valuesFile2 ? sources.yaml(valuesFile2, false)?.docs[0]?.value : void 0;
  const root = { Values: values };
  const docs = [];
  for (const file of sources.filesIn(templates)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const text = sources.declaresArgo(file) ? sources.text(file) : void 0;
    if (!text) continue;
    renderings(text.split("\n"), { root, dot: root, vars: {} }).forEach((lines, k) => {
      const parsed = parseYaml(file, lines.join("\n"), k * MAX_YAML_DOCUMENTS);
      docs.push(...parsed.docs.filter((d) => isRecord(d.value) && typeof d.value.kind === "string" && /^Application(Set)?$/.test(d.value.kind)));
    });
  }
  return docs;
}

// src/argocd/bootstrap-chart-roots.ts
var KINDS = defineFact("kinds", (text) => [...text.matchAll(/^\s*kind:\s*["']?([\w-]+)/gm)].map((m) => m[1]));
function rootChartKeys(sources, dir) {
  const chart = sources.yaml(`${dir}/Chart.yaml`)?.docs[0]?.value;
  const deps = isRecord(chart) && Array.isArray(chart.dependencies) ? chart.dependencies : [];
  return deps.flatMap(
    (dep) => isRecord(dep) && typeof dep.name === "string" && ROOT_CHARTS.has(dep.name) ? [typeof dep.alias === "string" ? dep.alias : dep.name] : []
  );
}
var ARGO_KIND = /^(Application|ApplicationSet|AppProject)$/;
function onlyDeclaresApps(sources, dir) {
  const chart = sources.yaml(`${dir}/Chart.yaml`)?.docs[0]?.value;
  if (!isRecord(chart) || Array.isArray(chart.dependencies) && chart.dependencies.length > 0 || sources.hasDir(`${dir}/crds`)) return false;
  return sources.filesIn(`${dir}/templates`).every((f) => {
    if (!/\.ya?ml$/.test(f)) return true;
    const kinds = sources.fact(f, KINDS) ?? [];
    return kinds.length > 0 && kinds.every((k) => ARGO_KIND.test(k));
  });
}
var definesArgoApps = (value) => {
  if (!isRecord(value)) return false;
  const some = (v) => Array.isArray(v) ? v.length > 0 : isRecord(v) && Object.keys(v).length > 0;
  const extra = Array.isArray(value.extraObjects) ? value.extraObjects : [];
  return some(value.applications) || some(value.applicationsets) || extra.some((o) => isRecord(o) && (o.kind === "Application" || o.kind === "ApplicationSet"));
};
function bootstrapChartRoots(bootstrap, sources) {
  const roots = [];
  const candidates = [];
  for (const d of bootstrap.deployments) {
    if (!d.chart) continue;
    if (d.chart.dir !== void 0 && argoDocsInChart(sources, d.chart.dir).length > 0) {
      roots.push({ file: d.chart.dir, at: d.at, chartDir: { appsOnly: onlyDeclaresApps(sources, d.chart.dir) } });
    }
    const files = d.valuesFiles ?? [];
    const own = d.chart.dir === void 0 ? void 0 : sources.filesIn(d.chart.dir).find((f) => /\/values\.ya?ml$/.test(f));
    const keys = d.chart.dir === void 0 ? [void 0] : rootChartKeys(sources, d.chart.dir);
    for (const file of [...own ? [own] : [], ...files.flatMap((v) => v.file === void 0 ? [] : [v.file])]) {
      const value = sources.yaml(file)?.docs[0]?.value;
      for (const key of keys) {
        if (definesArgoApps(key === void 0 ? value : isRecord(value) ? value[key] : void 0)) roots.push({ file, at: d.at, ...key === void 0 ? {} : { valuesKey: key } });
      }
    }
    const unknown = files.filter((v) => v.file === void 0).map((v) => v.ref);
    if (ROOT_CHARTS.has(d.chart.name) && (files.length === 0 && own === void 0 || unknown.length > 0)) candidates.push({ chart: d.chart.name, at: d.at, unknown });
  }
  const rootsKnown = roots.length > 0 || bootstrap.argocdEntrypoints.length > 0;
  const unresolved = candidates.filter((c) => c.chart === "argocd-apps" || !rootsKnown).map((c) => ({
    affects: ["entrypoints", "runtime-deploys"],
    construct: `chart ${c.chart} installed ${c.unknown.length > 0 ? `with values ${c.unknown.join(", ")}` : "with values the reader does not see"}`,
    at: c.at,
    unknown: "which root Applications and ApplicationSets its values define",
    configKey: "argocd.entrypoints"
  }));
  return { roots, unresolved };
}

// src/argocd/app-unit.ts
var VARIANT_DIRS = /* @__PURE__ */ new Set(["overlays", "overlay", "envs", "environments", "variants"]);
function appUnitOf(path) {
  const segs = path.split("/").filter(Boolean);
  if (segs.length >= 2 && VARIANT_DIRS.has(segs[segs.length - 2])) segs.splice(-2);
  else if (segs.length >= 1 && (segs[segs.length - 1] === "base" || VARIANT_DIRS.has(segs[segs.length - 1]))) segs.pop();
  return segs.join("/");
}
var SET_ASIDE = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "guides", "guide", "examples", "example", "samples", "sample", "archive", "archived", "deprecated", "old"]);
var isSetAside = (path) => path.split("/").some((s) => s.startsWith(".") || SET_ASIDE.has(s.toLowerCase()));

// src/argocd/path-match.ts
function globMatch(pattern, name, crossSlash) {
  let p = 0;
  let n = 0;
  while (p < pattern.length) {
    let star = false;
    while (pattern[p] === "*") {
      star = true;
      p++;
    }
    const chunkStart = p;
    let inClass = false;
    for (; p < pattern.length; p++) {
      const c = pattern[p];
      if (c === "\\") p++;
      else if (c === "[") inClass = true;
      else if (c === "]") inClass = false;
      else if (c === "*" && !inClass) break;
    }
    const chunkEnd = Math.min(p, pattern.length);
    const last = p >= pattern.length;
    if (star && chunkStart === chunkEnd) return crossSlash || !name.includes("/", n);
    let t = matchChunk(pattern, chunkStart, chunkEnd, name, n, crossSlash);
    if (t === BAD) return false;
    if (t >= 0 && (t === name.length || !last)) {
      n = t;
      continue;
    }
    if (!star) return false;
    let found = false;
    for (let i = n; i < name.length && (crossSlash || name[i] !== "/"); i++) {
      t = matchChunk(pattern, chunkStart, chunkEnd, name, i + 1, crossSlash);
      if (t === BAD) return false;
      if (t >= 0) {
        if (last && t < name.length) continue;
        n = t;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return n === name.length;
}
var BAD = -2;
function matchChunk(pattern, from, to, name, at, crossSlash) {
  let p = from;
  let n = at;
  while (p < to) {
    const c = pattern[p];
    if (c === "[") {
      if (n >= name.length) return -1;
      const ch = name[n++];
      if (ch === "/") return -1;
      p++;
      const negated = pattern[p] === "^";
      if (negated) p++;
      let matched = false;
      let count = 0;
      for (; ; ) {
        if (p < to && pattern[p] === "]" && count > 0) {
          p++;
          break;
        }
        const lo = classChar(pattern, p, to);
        if (!lo) return BAD;
        p = lo.next;
        let hi = lo;
        if (pattern[p] === "-") {
          const h = classChar(pattern, p + 1, to);
          if (!h) return BAD;
          hi = h;
          p = h.next;
        }
        if (lo.ch <= ch && ch <= hi.ch) matched = true;
        count++;
      }
      if (matched === negated) return -1;
    } else if (c === "?") {
      if (n >= name.length || name[n] === "/" && !crossSlash) return -1;
      n++;
      p++;
    } else {
      let lit = c;
      if (c === "\\") {
        p++;
        if (p >= to) return BAD;
        lit = pattern[p];
      }
      if (name[n] !== lit) return -1;
      n++;
      p++;
    }
  }
  return n;
}
function classChar(pattern, p, to) {
  if (p >= to) return void 0;
  const c = pattern[p];
  if (c === "-" || c === "]") return void 0;
  if (c === "\\") return p + 1 < to ? { ch: pattern[p + 1], next: p + 2 } : void 0;
  return { ch: c, next: p + 1 };
}
function pathMatch(pattern, path) {
  return globMatch(pattern, path, false);
}
function pathspecMatch(pattern, path) {
  if (!/[*?[]/.test(pattern)) return path === pattern || path.startsWith(pattern.replace(/\/$/, "") + "/");
  return globMatch(pattern, path, true);
}

// src/argocd/app-source.ts
function readSource(raw, base2, input, repos) {
  const repoURL = typeof raw.repoURL === "string" ? raw.repoURL : "";
  const path = typeof raw.path === "string" ? raw.path : void 0;
  const source = {
    repoURL,
    local: repoURL !== "" && repos.has(repoURL),
    path,
    chart: typeof raw.chart === "string" ? raw.chart : void 0,
    targetRevision: raw.targetRevision === void 0 ? void 0 : String(raw.targetRevision),
    at: input.locOf(base2),
    pathAt: input.pathAt && path !== void 0 ? input.pathAt : path !== void 0 ? input.locOf([...base2, "path"]) : void 0,
    revisionAt: raw.targetRevision === void 0 ? void 0 : input.locOf([...base2, "targetRevision"]),
    tool: "external",
    renders: 0
  };
  if (source.chart) source.tool = "chart";
  else if (path === void 0) return typeof raw.ref === "string" ? void 0 : source;
  else if (isTemplated(path) || isTemplated(repoURL)) source.tool = "unknown";
  return source;
}
function unknownSource(sources, source, appId) {
  const path = source.path ?? "";
  const at = source.pathAt ?? source.at;
  const pattern = path.replace(/\{\{.*?\}\}|<no value>/g, "*").trim().replace(/^\.\//, "").replace(/\/$/, "");
  const literal = /[^*/]/.test(pattern) && !isTemplated(source.repoURL);
  const patterns = literal ? sources.allDirs().filter((dir) => pathspecMatch(pattern, dir)).map((dir) => ({ at, path: dir, kind: "pattern", status: "ok", owner: appId })) : [];
  const what = isTemplated(source.repoURL) ? `source repoURL "${source.repoURL}"` : `source path "${path}"`;
  return {
    unresolved: {
      affects: ["runtime-deploys"],
      construct: `${what}, built from parameters without a value`,
      at: isTemplated(source.repoURL) ? source.at : at,
      unknown: literal ? "which of the directories it matches it deploys" : "which repository and directory it deploys",
      // Known directories bound the unknown to this Application; an unknown repository or path could deploy anything.
      ...literal ? { scope: { application: appId } } : {}
    },
    patterns
  };
}
function pluginOf(raw, base2, input, appId) {
  if (!("plugin" in raw)) return void 0;
  const plugin = isRecord(raw.plugin) && typeof raw.plugin.name === "string" ? ` ${raw.plugin.name}` : "";
  return {
    affects: ["runtime-deploys"],
    construct: `config management plugin${plugin}`,
    at: input.locOf([...base2, "plugin"]),
    unknown: "which objects it renders",
    scope: { application: appId }
  };
}

// src/argocd/application-sets.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/argocd/generators.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/argocd/template.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parse/limits.ts
var DEFAULT_LIMITS = {
  applicationsPerApplicationSet: 5e3,
  resourcesPerBuild: 1e5,
  templateExpansionChars: 64 * 1024,
  findingsPerRuleAndFile: 1e3
};
var limitsOf = (configured) => ({ ...DEFAULT_LIMITS, ...configured });
var limitMessage = (name, value, what) => `${what}: the analysis stopped at the budget of ${value} (limits.${name}); what lies beyond was not checked. Raise limits.${name} in .detectviz-lint.yaml to check it`;

// src/argocd/template.ts
var normalize = (s) => s.toLowerCase().replace(/[^a-z0-9.-]/g, "-").slice(0, 253).replace(/^[-.]+|[-.]+$/g, "");
function lookup(params, path) {
  let v = params;
  for (const seg of path) {
    if (typeof v !== "object" || v === null) return void 0;
    v = v[seg];
  }
  return v;
}
function goExpr(expr, params) {
  const parts = expr.split("|").map((p) => p.trim());
  let value;
  const head = parts[0];
  const field = /^\.([\w.]*)$/.exec(head);
  const index = /^index\s+\.([\w.]+)\s+(\d+)$/.exec(head);
  const quoted = /^"([^"]*)"$/.exec(head);
  if (field) value = field[1] === "" ? params : lookup(params, field[1].split("."));
  else if (index) {
    const list = lookup(params, index[1].split("."));
    value = Array.isArray(list) ? list[Number(index[2])] : void 0;
  } else if (quoted) value = quoted[1];
  else return void 0;
  if (value === void 0) return void 0;
  const fns = parts.slice(1);
  if (fns[0] === "toJson" || fns[0] === "toRawJson" || fns[0] === "mustToJson") {
    value = JSON.stringify(value);
    fns.shift();
  } else if (fns[0] === "toYaml") {
    value = (0, import_yaml2.stringify)(value).trimEnd();
    fns.shift();
  }
  if (typeof value === "object" || value === null) return void 0;
  let s = String(value);
  for (const fn of fns) {
    if (fn === "lower") s = s.toLowerCase();
    else if (fn === "upper") s = s.toUpperCase();
    else if (fn === "normalize") s = normalize(s);
    else if (fn === "trim") s = s.trim();
    else return void 0;
  }
  return s;
}
function renderString2(text, params, goTemplate, state) {
  if (!text.includes("{{")) return text;
  const rendered = goTemplate ? replaceGoActions(text, (whole, expr) => {
    const v = goExpr(expr, params);
    if (v === void 0) state.unresolved = true;
    return v ?? whole;
  }) : text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, key) => {
    const v = params[key];
    if (v === void 0 || typeof v === "object") {
      state.unresolved = true;
      return whole;
    }
    return String(v);
  });
  if (rendered.length > (state.maxChars ?? DEFAULT_LIMITS.templateExpansionChars)) {
    state.unresolved = true;
    state.overBudget = true;
    return text;
  }
  return rendered;
}
function replaceGoActions(text, replace) {
  let lastNewline;
  if (text.includes("\n")) {
    lastNewline = new Int32Array(text.length + 1);
    let last = -1;
    for (let i = 0; i <= text.length; i++) {
      lastNewline[i] = last;
      if (text[i] === "\n") last = i;
    }
  }
  let out = "";
  let copied = 0;
  let close = -1;
  let exprEnd = -1;
  for (let open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", open + 1)) {
    if (close < open + 2) {
      close = text.indexOf("}}", open + 2);
      if (close < 0) break;
      exprEnd = close;
      if (text[exprEnd - 1] === "-") exprEnd--;
      while (isSpace(text[exprEnd - 1])) exprEnd--;
    }
    let from = open + 2;
    if (text[from] === "-") from++;
    while (from < close && isSpace(text[from])) from++;
    const to = Math.max(from, exprEnd);
    if (lastNewline && lastNewline[to] >= from) continue;
    out += text.slice(copied, open) + replace(text.slice(open, close + 2), text.slice(from, to));
    copied = close + 2;
    open = close + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f" || c === "\v";
function renderTree(value, params, goTemplate, state) {
  if (typeof value === "string") return renderString2(value, params, goTemplate, state);
  if (Array.isArray(value)) return value.map((v) => renderTree(v, params, goTemplate, state));
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderTree(v, params, goTemplate, state);
    return out;
  }
  return value;
}
function mergeDeep(base2, over) {
  if (typeof base2 !== "object" || base2 === null || Array.isArray(base2)) return over ?? base2;
  if (typeof over !== "object" || over === null || Array.isArray(over)) return over ?? base2;
  const out = { ...base2 };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(out[k], v);
  return out;
}

// src/argocd/generators.ts
function runGenerator(gen, path, ctx, depth = 0) {
  if (!isRecord(gen)) return [];
  const at = ctx.locOf(path);
  let sets;
  if (isRecord(gen.list)) sets = listGenerator(gen.list, [...path, "list"], ctx);
  else if (isRecord(gen.git)) sets = gitGenerator(gen.git, [...path, "git"], ctx);
  else if ((isRecord(gen.matrix) || isRecord(gen.merge)) && depth < 2) sets = combine(gen, path, ctx, depth);
  else if (isRecord(gen.clusters) && !hasSelector(gen.clusters)) {
    sets = [{ params: { name: "in-cluster", nameNormalized: "in-cluster", server: "https://kubernetes.default.svc" }, at }];
  } else {
    const kind = Object.keys(gen).find((k) => k !== "selector" && k !== "template" && k !== "values") ?? "unknown";
    sets = [{ params: {}, at, unknown: [{ generator: kind, at }] }];
  }
  if (isRecord(gen.selector)) sets = sets.filter((s) => s.unknown || selects(gen.selector, s.params));
  return withinAppBudget(sets, path, ctx);
}
function withinAppBudget(sets, path, ctx) {
  const cap = ctx.sources.limits.applicationsPerApplicationSet;
  if (sets.length <= cap) return sets;
  appBudgetReached(path, ctx);
  return sets.slice(0, cap);
}
var appBudgetReached = (path, ctx) => ctx.sources.reachedLimit("applicationsPerApplicationSet", ctx.locOf(path), `ApplicationSet ${nameOfId(ctx.owner)}: this generator yields more Applications than the budget`, ["runtime-deploys"]);
var hasSelector = (g) => isRecord(g.selector) && Object.keys(g.selector).length > 0;
function listGenerator(list, path, ctx) {
  const sets = [];
  const elements = Array.isArray(list.elements) ? list.elements : [];
  elements.forEach((el, i) => {
    if (!isRecord(el)) return;
    sets.push({
      params: ctx.goTemplate ? el : flattenValues(el),
      at: ctx.locOf([...path, "elements", i]),
      pathAt: typeof el.path === "string" ? ctx.locOf([...path, "elements", i, "path"]) : void 0
    });
  });
  if (typeof list.elementsYaml === "string") {
    const at = ctx.locOf([...path, "elementsYaml"]);
    let parsed;
    try {
      parsed = isTemplated(list.elementsYaml) ? void 0 : (0, import_yaml3.parse)(list.elementsYaml);
    } catch {
      parsed = void 0;
    }
    if (Array.isArray(parsed)) {
      for (const el of parsed) if (isRecord(el)) sets.push({ params: ctx.goTemplate ? el : flattenValues(el), at });
    } else {
      sets.push({ params: {}, at, unknown: [{ generator: "list.elementsYaml", at }] });
    }
  }
  return sets;
}
function flattenValues(obj, prefix = "", out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix + k;
    if (isRecord(v)) flattenValues(v, key + ".", out);
    else if (Array.isArray(v)) v.forEach((item, i) => isRecord(item) ? flattenValues(item, `${key}.${i}.`, out) : out[`${key}.${i}`] = String(item));
    else out[key] = v === null || v === void 0 ? "" : String(v);
  }
  return out;
}
function pathParams(dir, ctx, prefix, file) {
  const segments = dir === "" ? [] : dir.split("/");
  const p = {
    path: dir === "" ? "." : dir,
    basename: baseName(dir) || ".",
    basenameNormalized: normalize(baseName(dir) || "."),
    segments
  };
  if (file !== void 0) {
    p.filename = file;
    p.filenameNormalized = normalize(file);
  }
  if (ctx.goTemplate) return prefix ? { [prefix]: { path: p } } : { path: p };
  const key = prefix ? `${prefix}.path` : "path";
  const flat = { [key]: p.path };
  for (const k of ["basename", "basenameNormalized", "filename", "filenameNormalized"]) if (p[k] !== void 0) flat[`${key}.${k}`] = p[k];
  segments.forEach((s, i) => flat[`${key}[${i}]`] = s);
  return flat;
}
function gitGenerator(git, path, ctx) {
  const at = ctx.locOf(path);
  if (typeof git.repoURL !== "string" || !ctx.isLocalRepo(git.repoURL, literalPrefix(git))) {
    return [{ params: {}, at, unknown: [{ generator: "git (another repository)", at }] }];
  }
  const prefix = typeof git.pathParamPrefix === "string" ? git.pathParamPrefix : "";
  const values = isRecord(git.values) ? git.values : void 0;
  const withValues = (params) => {
    if (!values) return params;
    const rendered = renderTree(values, params, ctx.goTemplate, { unresolved: false });
    return ctx.goTemplate ? { ...params, values: rendered } : { ...params, ...flattenValues(rendered, "values.") };
  };
  const patterns = (key) => (Array.isArray(git[key]) ? git[key] : []).flatMap(
    (d, i) => isRecord(d) && typeof d.path === "string" ? [{ path: d.path, exclude: d.exclude === true, at: ctx.locOf([...path, key, i, "path"]) }] : []
  );
  const dirs = patterns("directories");
  if (dirs.length > 0) {
    const includes = dirs.filter((d) => !d.exclude);
    const excludes = dirs.filter((d) => d.exclude);
    const candidates = ctx.sources.allDirs().filter((d) => !d.split("/").some((s) => s.startsWith(".")));
    const sets2 = [];
    for (const inc of includes) {
      if (isTemplated(inc.path)) {
        sets2.push({ params: {}, at: inc.at, unknown: [{ generator: `git directory pattern ${inc.path}`, at: inc.at }] });
        continue;
      }
      const matched = candidates.filter((d) => pathMatch(inc.path, d));
      if (matched.length === 0) ctx.pathRefs.push({ at: inc.at, path: inc.path, kind: "git-directory", status: leavesRepo(inc.path) ? "outside" : "no-match", owner: ctx.owner });
    }
    for (const dir of candidates) {
      const inc = includes.find((p) => pathMatch(p.path, dir));
      if (!inc || excludes.some((p) => pathMatch(p.path, dir))) continue;
      sets2.push({ params: withValues(pathParams(dir, ctx, prefix)), at: inc.at, pathAt: inc.at });
    }
    return sets2;
  }
  const files = patterns("files");
  const sets = [];
  for (const file of ctx.sources.files) {
    const inc = files.find((p) => !p.exclude && pathspecMatch(p.path, file));
    if (!inc || files.some((p) => p.exclude && pathspecMatch(p.path, file))) continue;
    const content = ctx.sources.yaml(file)?.docs[0]?.value;
    const items = Array.isArray(content) ? content : [content ?? {}];
    for (const item of items) {
      if (!isRecord(item)) continue;
      const own = ctx.goTemplate ? item : flattenValues(item);
      sets.push({ params: withValues({ ...own, ...pathParams(dirOf(file), ctx, prefix, baseName(file)) }), at: inc.at });
    }
  }
  for (const p of files) if (!p.exclude && !ctx.sources.files.some((f) => pathspecMatch(p.path, f))) ctx.pathRefs.push({ at: p.at, path: p.path, kind: "git-files", status: leavesRepo(p.path) ? "outside" : "no-match", owner: ctx.owner });
  return sets;
}
function literalPrefix(git) {
  const first = [...Array.isArray(git.directories) ? git.directories : [], ...Array.isArray(git.files) ? git.files : []].find(
    (d) => isRecord(d) && typeof d.path === "string" && d.exclude !== true
  );
  const literal = first?.path.split("/").filter(Boolean);
  const cut = literal?.findIndex((s) => /[*?[\\{]/.test(s)) ?? -1;
  const dirs = literal && cut !== 0 ? cut < 0 ? literal : literal.slice(0, cut) : void 0;
  return dirs && dirs.length > 0 ? dirs.join("/") : void 0;
}
var leavesRepo = (pattern) => !pattern.startsWith("/") && joinInRepo("", pattern) === void 0;
function combine(gen, path, ctx, depth) {
  const isMatrix = isRecord(gen.matrix);
  const spec = isMatrix ? gen.matrix : gen.merge;
  const key = isMatrix ? "matrix" : "merge";
  const children = Array.isArray(spec.generators) ? spec.generators : [];
  if (children.length < 2) return [];
  const first = runGenerator(children[0], [...path, key, "generators", 0], ctx, depth + 1);
  if (isMatrix) {
    const cap = ctx.sources.limits.applicationsPerApplicationSet;
    const product = [];
    for (const a of first) {
      const rendered = renderTree(children[1], a.params, ctx.goTemplate, { unresolved: false });
      for (const b of runGenerator(rendered, [...path, key, "generators", 1], ctx, depth + 1)) {
        if (product.length >= cap) {
          appBudgetReached(path, ctx);
          return product;
        }
        product.push({
          params: { ...b.params, ...a.params },
          at: b.at,
          pathAt: b.pathAt ?? a.pathAt,
          ...a.unknown || b.unknown ? { unknown: [...a.unknown ?? [], ...b.unknown ?? []] } : {}
        });
      }
    }
    return product;
  }
  const mergeKeys = Array.isArray(spec.mergeKeys) ? spec.mergeKeys.filter((k) => typeof k === "string") : [];
  const base2 = first.map((s) => ({ ...s, params: { ...s.params } }));
  for (let i = 1; i < children.length; i++) {
    for (const over of runGenerator(children[i], [...path, key, "generators", i], ctx, depth + 1)) {
      const target = base2.find((b) => mergeKeys.length > 0 && mergeKeys.every((k) => String(b.params[k]) === String(over.params[k])));
      if (target) Object.assign(target.params, over.params);
    }
  }
  return base2;
}
function selects(selector, params) {
  const labels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
  for (const [k, v] of Object.entries(labels)) if (String(params[k]) !== String(v)) return false;
  const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of exprs) {
    if (!isRecord(e) || typeof e.key !== "string") continue;
    const v = params[e.key];
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = typeof v === "string";
    if (e.operator === "In" && !(has && values.includes(v))) return false;
    if (e.operator === "NotIn" && has && values.includes(v)) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

// src/argocd/application-sets.ts
function expandApplicationSet(sources, isLocalRepo, input) {
  const { spec, meta, namespace, locOf } = input;
  const name = typeof meta.name === "string" ? meta.name : "(unnamed)";
  const id = qualifiedId(namespace, name);
  const goTemplate = spec.goTemplate === true;
  const pathRefs = [];
  const set = { id, name, at: input.at, namespace, parent: input.parent };
  const ctx = { sources, locOf, goTemplate, owner: id, isLocalRepo, pathRefs };
  const template = isRecord(spec.template) ? spec.template : {};
  const patch = goTemplate && typeof spec.templatePatch === "string" ? spec.templatePatch : void 0;
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const apps = [];
  generators.forEach((gen, gi) => {
    const sets = runGenerator(gen, ["spec", "generators", gi], ctx);
    const merged = isRecord(gen) && isRecord(gen.template) ? mergeDeep(template, gen.template) : template;
    const fromList = isRecord(gen) && isRecord(gen.list);
    const templ = isRecord(merged.spec) ? merged.spec : {};
    const pathIsParam = (src) => isRecord(src) && typeof src.path === "string" && isTemplated(src.path);
    const paramPath = pathIsParam(templ.source) || Array.isArray(templ.sources) && templ.sources.some(pathIsParam) || patch !== void 0 && /\bpath:[^\n]*\{\{/.test(patch);
    for (const params of sets) {
      const state = { unresolved: false, maxChars: sources.limits.templateExpansionChars };
      let app = renderTree(merged, params.params, goTemplate, state);
      if (state.overBudget) sources.reachedLimit("templateExpansionChars", params.at, `ApplicationSet ${name}: a rendered template string is longer than the budget; it was left unrendered`, ["runtime-deploys"]);
      let unknownPatch;
      if (patch !== void 0) {
        const patched = applyTemplatePatch(app, patch, params.params);
        if (patched) app = patched;
        else if (SETS_SOURCES.test(patch)) unknownPatch = locOf(["spec", "templatePatch"]);
      }
      const appMeta = isRecord(app.metadata) ? { ...app.metadata } : {};
      if (typeof appMeta.namespace !== "string") appMeta.namespace = namespace;
      apps.push({
        spec: isRecord(app.spec) ? app.spec : {},
        meta: appMeta,
        at: params.at,
        locOf: (p) => locOf(["spec", "template", ...p]),
        ...input.yamlPath ? { yamlPath: templatePath(input.yamlPath) } : {},
        appset: id,
        parent: input.parent,
        pathAt: paramPath ? params.pathAt ?? params.at : void 0,
        chain: input.chain,
        fromList: fromList && paramPath,
        ...params.unknown ? { unknownGenerators: params.unknown } : {},
        ...unknownPatch ? { unknownPatch } : {}
      });
    }
  });
  return { set, apps, pathRefs };
}
var templatePath = (yamlPath) => (p) => yamlPath(["spec", "template", ...p]);
var SETS_SOURCES = /\b(sources?|path|repoURL|chart)\s*:/;
var ACTION_LINE = /^[ \t]*\{\{-?\s*(?:if|else|end|range|with)\b[^\n]*?-?\}\}[ \t]*$/gm;
function applyTemplatePatch(app, patch, params) {
  const state = { unresolved: false };
  const text = renderString2(patch.replace(ACTION_LINE, ""), params, true, state);
  if (state.unresolved) return void 0;
  try {
    const parsed = (0, import_yaml4.parse)(text);
    return isRecord(parsed) ? mergeDeep(app, parsed) : parsed === null ? app : void 0;
  } catch {
    return void 0;
  }
}

// src/argocd/build-options.ts
var KEY = "kustomize.buildOptions";
var SETS_BUILD_OPTIONS = defineFact("sets-build-options", (text) => text.includes(KEY));
var KEY_LINE = /^\s*["']?kustomize\.buildOptions["']?\s*:\s*(.*)$/;
function parseOptions(text, at) {
  return {
    enableHelm: /(^|\s)--enable-helm(=true)?(?=\s|$)/.test(text),
    loadRestricted: !/--load[-_]restrictor[= ]+["']?(LoadRestrictionsNone|none)\b/i.test(text),
    at
  };
}
function settle(found) {
  const texts = new Set(found.map((f) => f.text.trim()));
  if (texts.size === 0) return parseOptions("", void 0);
  if (texts.size > 1) return {};
  return parseOptions(found[0].text, found[0].at);
}
function readBuildOptions(sources, files) {
  if (files.length > 0) {
    const found2 = [];
    for (const file of new Set(files)) {
      if (!sources.fact(file, SETS_BUILD_OPTIONS)) continue;
      for (const doc of sources.yaml(file)?.docs ?? []) {
        const v = doc.value;
        if (!isRecord(v) || v.kind !== "ConfigMap" || !isRecord(v.metadata) || v.metadata.name !== "argocd-cm" || !isRecord(v.data)) continue;
        const text = v.data[KEY];
        if (typeof text === "string") found2.push({ text, at: doc.loc(["data", KEY]) });
      }
    }
    return settle(found2);
  }
  const found = [];
  for (const file of sources.files) {
    if (!/\.(ya?ml|j2|json)$/.test(file) || !sources.fact(file, SETS_BUILD_OPTIONS)) continue;
    const text = sources.text(file);
    if (!text?.includes(KEY)) continue;
    text.split("\n").forEach((line, i) => {
      const m = KEY_LINE.exec(line);
      if (m) found.push({ text: m[1].replace(/\s#.*$/, "").replace(/^["']|["'],?$/g, ""), at: { file, line: i + 1, column: 1 } });
    });
  }
  return settle(found);
}

// src/argocd/crd-scope.ts
function readCrds(sources, objects) {
  const crds = objects.filter((o) => o.kind === "CustomResourceDefinition" && o.apiVersion.startsWith("apiextensions.k8s.io/"));
  const startsOf = /* @__PURE__ */ new Map();
  for (const o of crds) startsOf.set(o.at.file, (startsOf.get(o.at.file) ?? /* @__PURE__ */ new Set()).add(startOf(o)));
  const specsOf = /* @__PURE__ */ new Map();
  for (const [file, startSet] of startsOf) {
    const starts = [...startSet];
    const byDocStart = sources.fact(file, CRD_SPECS);
    if (byDocStart && starts.every((start2) => start2 in byDocStart)) {
      specsOf.set(file, new Map(starts.map((start2) => [start2, byDocStart[start2]])));
      continue;
    }
    const specs = sources.fact(file, {
      name: `crd-specs:${starts.join(",")}`,
      compute: (text) => {
        const lines = text.split("\n");
        return structuredClone(starts.map((start2) => specKeys(lines, ...lineAndIndent(start2))));
      }
    });
    specsOf.set(file, new Map(starts.map((start2, i) => [start2, specs?.[i] ?? {}])));
  }
  const out = [];
  for (const obj of crds) {
    const spec = specsOf.get(obj.at.file).get(startOf(obj));
    if (!spec.group || !spec.kind) continue;
    const scope = spec.scope === "Cluster" || spec.scope === "Namespaced" ? spec.scope : void 0;
    out.push({ group: spec.group, kind: spec.kind, ...scope ? { scope } : {}, at: obj.kindAt });
  }
  return out;
}
var CRD_SPECS = defineFact("crd-specs", (text, path) => crdSpecsByDocStart(path, text));
function crdSpecsByDocStart(_file, text) {
  const out = {};
  if (!text.includes("CustomResourceDefinition")) return out;
  const lines = text.split("\n");
  let atDocStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^(---|\.\.\.)(\s|$)/.test(line)) atDocStart = true;
    else if (atDocStart && line.trim() !== "" && !line.trimStart().startsWith("#")) {
      atDocStart = false;
      const indent = leadingSpaces(line);
      if (KEY2.test(line.replace(/\r$/, ""))) out[`${i + 1}:${indent + 1}`] = specKeys(lines, i, indent);
    }
  }
  return structuredClone(out);
}
var startOf = (obj) => `${obj.at.line}:${obj.at.column}`;
var lineAndIndent = (start2) => {
  const [line, column] = start2.split(":").map(Number);
  return [line - 1, column - 1];
};
var KEY2 = /^( *)([A-Za-z]+):(?: +(.*))?$/;
var scalar = (raw) => raw?.replace(/ +#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2") || void 0;
function specKeys(lines, first, indent) {
  const found = {};
  let inSpec = false;
  let specIndent = -1;
  let inNames = false;
  let namesIndent = -1;
  for (let i = first; i < lines.length; i++) {
    if (i > first && leadingSpaces(lines[i]) > Math.max(indent, deepestKeyIndent(inSpec, specIndent, inNames, namesIndent))) continue;
    const line = i === first ? " ".repeat(indent) + lines[i].slice(indent) : lines[i];
    if (i > first && /^(---|\.\.\.)/.test(line)) break;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = KEY2.exec(line.replace(/\r$/, ""));
    const depth = line.length - line.trimStart().length;
    if (i > first && depth < indent) break;
    if (!m) continue;
    if (depth === indent) {
      inSpec = m[2] === "spec";
      specIndent = -1;
      inNames = false;
      continue;
    }
    if (!inSpec) continue;
    if (specIndent < 0) specIndent = depth;
    if (depth === specIndent) {
      inNames = m[2] === "names";
      namesIndent = -1;
      if (m[2] === "group") found.group = scalar(m[3]);
      if (m[2] === "scope") found.scope = scalar(m[3]);
    } else if (inNames) {
      if (namesIndent < 0) namesIndent = depth;
      if (depth === namesIndent && m[2] === "kind") found.kind = scalar(m[3]);
    }
  }
  return found;
}
function deepestKeyIndent(inSpec, specIndent, inNames, namesIndent) {
  if (!inSpec) return -1;
  if (specIndent < 0 || inNames && namesIndent < 0) return Infinity;
  return inNames ? Math.max(specIndent, namesIndent) : specIndent;
}
function leadingSpaces(line) {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

// src/argocd/helm-values.ts
var HELM_VALUES = defineFact("helm-values", (text, path) => quickRead(path, text));
function quickValues(sources, file) {
  return sources.fact(file, HELM_VALUES) ?? null;
}
function quickRead(file, text) {
  const uncommented = text.replace(/(^|\s)#.*$/gm, "$1");
  if (text.includes("	") || /^(?:\.\.\.|%)/m.test(text) || /(^|[\s[{,:-])![\w!<]/m.test(uncommented) || capProblem(file, text)) return null;
  try {
    return { data: loadAll(text.charCodeAt(0) === 65279 ? text.slice(1) : text, void 0, { schema: CORE_SCHEMA })[0] ?? null };
  } catch (err) {
    const mark = err.mark;
    const reason = err.reason;
    return mark && reason ? { error: { at: { file, line: mark.line + 1, column: mark.column + 1 }, message: reason } } : null;
  }
}
function fullValuesDoc(sources, file) {
  const parsed = sources.hasFile(file) && !quickValues(sources, file)?.error ? sources.yaml(file, false) : void 0;
  return parsed && parsed.problems.length === 0 ? parsed.docs[0] : void 0;
}
function helmValuesFor(sources, v, application, appset) {
  const out = { ...v, application, ...appset === void 0 ? {} : { appset } };
  const file = v.file;
  if (file !== void 0 && v.doc === void 0) {
    let doc;
    const load = () => (doc ??= { value: fullValuesDoc(sources, file) }).value;
    Object.defineProperty(out, "doc", { enumerable: true, get: load });
    Object.defineProperty(out, "base", { enumerable: true, get: () => load() ? [] : void 0 });
  }
  return out;
}
function valuesData(sources, v) {
  if (v.file !== void 0 && sources.hasFile(v.file)) {
    const quick = quickValues(sources, v.file);
    if (quick) return quick.error ? void 0 : quick.data;
  }
  let node = v.doc?.value;
  for (const seg of v.base ?? []) node = isRecord(node) || Array.isArray(node) ? node[seg] : void 0;
  return node;
}
function valuesFile(file, at) {
  return { file, at };
}
function inlineValues(doc, path) {
  return { at: doc.loc(path, "key"), doc, base: path };
}
function stringValues(sources, doc, path, text) {
  const at = doc.loc(path, "key");
  const valueAt3 = doc.loc(path);
  const fileText = sources.text(doc.file) ?? "";
  const lines = fileText.split("\n");
  const header = lines[valueAt3.line - 1]?.slice(valueAt3.column - 1) ?? "";
  let padded = text;
  let firstLine = valueAt3.line;
  if (/^[|>]/.test(header)) {
    firstLine = valueAt3.line + 1;
    const indent = /^ */.exec(lines.slice(valueAt3.line).find((l) => l.trim() !== "") ?? "")?.[0] ?? "";
    if (header.startsWith("|")) padded = text.split("\n").map((l) => l === "" ? l : indent + l).join("\n");
  }
  const parsed = parseYaml(doc.file, "\n".repeat(firstLine - 1) + padded);
  const inner = parsed.problems.length === 0 ? parsed.docs[0] : void 0;
  return inner ? { at, doc: inner, base: [] } : { at };
}
function applicationValues(sources, raw, base2, siblings, yamlPath, isLocalRepo, dir) {
  if (!isRecord(raw.helm) || !yamlPath) return [];
  const helm2 = raw.helm;
  const out = [];
  const locOf = (p) => {
    const { doc, path } = yamlPath([...base2, "helm", ...p]);
    return doc.loc(path);
  };
  const files = Array.isArray(helm2.valueFiles) ? helm2.valueFiles : [];
  files.forEach((entry, i) => {
    if (typeof entry !== "string") return;
    const file = resolveValueFile(entry, siblings, isLocalRepo, dir);
    if (file !== void 0) out.push(valuesFile(file, locOf(["valueFiles", i])));
  });
  if (isRecord(helm2.valuesObject)) {
    const { doc, path } = yamlPath([...base2, "helm", "valuesObject"]);
    out.push(inlineValues(doc, path));
  } else if (typeof helm2.values === "string" && helm2.values.trim() !== "") {
    const { doc, path } = yamlPath([...base2, "helm", "values"]);
    out.push(stringValues(sources, doc, path, helm2.values));
  }
  return out;
}
var isUrl2 = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith("git@");
function resolveValueFile(entry, siblings, isLocalRepo, dir) {
  const ref = /^\$([\w-]+)\/(.*)$/.exec(entry);
  if (ref) {
    const refSource = siblings.find((s) => isRecord(s) && s.ref === ref[1]);
    if (!isRecord(refSource) || typeof refSource.repoURL !== "string" || !isLocalRepo(refSource.repoURL, ref[2])) return void 0;
    return joinInRepo("", ref[2]);
  }
  if (dir === void 0 || isUrl2(entry)) return void 0;
  return joinInRepo(dir, entry);
}
function helmChartValues(dir, doc, index, entry) {
  const out = [];
  const fileAt = (file, path) => {
    if (file !== void 0) out.push({ ...valuesFile(file, doc.loc(path)), byKustomize: true });
  };
  if (typeof entry.valuesFile === "string") fileAt(joinInRepo(dir, entry.valuesFile), ["helmCharts", index, "valuesFile"]);
  if (isRecord(entry.valuesInline)) out.push(inlineValues(doc, ["helmCharts", index, "valuesInline"]));
  const extra = Array.isArray(entry.additionalValuesFiles) ? entry.additionalValuesFiles : [];
  extra.forEach((v, i) => {
    if (typeof v === "string") fileAt(joinInRepo(dir, v), ["helmCharts", index, "additionalValuesFiles", i]);
  });
  return out;
}
function chartDirValues(sources, dir, chartAt) {
  const file = dir ? `${dir}/values.yaml` : "values.yaml";
  return sources.hasFile(file) ? [valuesFile(file, chartAt)] : [];
}
function reportValuesProblems(sources, values) {
  const appsByFile = /* @__PURE__ */ new Map();
  const byKustomize = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (v.file === void 0 || !sources.hasFile(v.file)) continue;
    const quick = quickValues(sources, v.file);
    if (quick && !quick.error) continue;
    let apps = appsByFile.get(v.file);
    if (!apps) appsByFile.set(v.file, apps = /* @__PURE__ */ new Set());
    apps.add(v.application);
    if (v.byKustomize) byKustomize.add(v.file);
  }
  for (const [file, apps] of appsByFile) {
    const names = [...apps].map(nameOfId).sort();
    const who = names.length === 1 ? `Application ${names[0]}` : `Applications ${names.join(", ")}`;
    const quick = quickValues(sources, file);
    for (const p of quick?.error ? [quick.error] : sources.yaml(file, false)?.problems ?? []) {
      const reason = p.message.replace(/; fix the syntax \(.*\)$/, "");
      const duplicate = /duplicat|unique/i.test(reason);
      const consequence = duplicate && !byKustomize.has(file) ? `Helm keeps the last value and silently drops the earlier one for ${who}; remove one of them` : `${duplicate ? "Kustomize's helmCharts cannot read it" : "Helm cannot read it"}, so ${who} fails to render as a whole`;
      sources.report({ at: p.at, message: `Helm values file does not parse (${reason}); ${consequence}` });
    }
  }
}
function laterOfSameApp(values) {
  const ofApp = /* @__PURE__ */ new Map();
  for (const v of values) {
    const list = ofApp.get(v.application);
    if (list) list.push(v);
    else ofApp.set(v.application, [v]);
  }
  const met = /* @__PURE__ */ new Map();
  return values.map((v) => {
    const index = met.get(v.application) ?? 0;
    met.set(v.application, index + 1);
    return ofApp.get(v.application).slice(index + 1);
  });
}

// src/argocd/render.ts
var import_yaml5 = __toESM(require_dist(), 1);
var MENTIONS_KIND = defineFact("mentions-kind", (text) => /\bkind:|"kind"/.test(text));
var entryAt = (level, entry) => level.doc.loc([entry.key, entry.index]);
var PLUGIN_FIELDS = ["generators", "transformers", "validators", "helmChartInflationGenerator"];
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function kustomizationIn(sources, dir) {
  for (const name of KUSTOMIZATION_FILES) {
    const file = dir ? `${dir}/${name}` : name;
    if (sources.hasFile(file)) return file;
  }
  return void 0;
}
function chartFileIn(sources, dir) {
  return sources.filesIn(dir).find((f) => f.endsWith("Chart.yaml"));
}
function detectTool(sources, dir, source) {
  if ("kustomize" in source) return "kustomize";
  if ("helm" in source) return "helm";
  if ("directory" in source) return "directory";
  if (kustomizationIn(sources, dir)) return "kustomize";
  if (chartFileIn(sources, dir)) return "helm";
  return "directory";
}
var emptyRendered = () => ({ objects: [], charts: [], files: /* @__PURE__ */ new Set(), broken: [], remotes: [], cycles: [], unparsed: /* @__PURE__ */ new Set(), values: [], levels: [], plugins: [] });
var MAX_BUILD_KUSTOMIZATIONS = 1e3;
var budgets = /* @__PURE__ */ new WeakMap();
var budgetOf = (out) => {
  let b = budgets.get(out);
  if (!b) budgets.set(out, b = { kustomizations: 0, objects: 0, reported: false });
  return b;
};
function append(into, items) {
  for (const item of items) into.push(item);
}
function withinBudget(sources, out, file, at) {
  const b = budgetOf(out);
  if (b.kustomizations <= MAX_BUILD_KUSTOMIZATIONS && b.objects <= sources.limits.resourcesPerBuild) return true;
  out.unparsed.add(file);
  if (!b.reported) {
    b.reported = true;
    if (b.kustomizations > MAX_BUILD_KUSTOMIZATIONS) {
      sources.report({ at: at(), message: `this build includes more than ${MAX_BUILD_KUSTOMIZATIONS} kustomizations (bases included many times over); the rest was not followed` });
    } else sources.reachedLimit("resourcesPerBuild", at(), "this build produces more Kubernetes objects than the budget; the rest was not followed");
  }
  return false;
}
function renderSource(sources, dir, tool, source) {
  const out = emptyRendered();
  if (tool === "kustomize") {
    const items = renderKustomization(sources, dir, out, []);
    if (isRecord(source.kustomize)) {
      applyKustomizeOptions(source.kustomize, items);
      setChartNamespace(out, 0, source.kustomize.namespace);
    }
    append(out.objects, items);
  } else if (tool === "helm") renderChartDir(sources, dir, out, []);
  else renderDirectory(sources, dir, isRecord(source.directory) ? source.directory : {}, out);
  return out;
}
function readObjects(sources, file, mechanism, out) {
  out.files.add(file);
  const manifest = sources.manifestObjects(file);
  if (manifest) {
    if (manifest.problems) out.unparsed.add(file);
    budgetOf(out).objects += manifest.objects.length;
    return manifest.objects.map((obj) => ({ obj, mechanism }));
  }
  const parsed = sources.yaml(file);
  if (!parsed || parsed.problems.length > 0) out.unparsed.add(file);
  if (!parsed) return [];
  const objects = parsed.docs.flatMap((doc) => objectsOfDoc(doc).map((obj) => ({ obj, mechanism, doc })));
  budgetOf(out).objects += objects.length;
  return objects;
}
var isRemote = (entry) => /^(https?:|git@|ssh:|git::|github\.com\/)/.test(entry);
function renderKustomization(sources, dir, out, stack) {
  const file = kustomizationIn(sources, dir);
  if (!file) return [];
  out.files.add(file);
  const parsedK = sources.yaml(file);
  if (!parsedK || parsedK.problems.length > 0) out.unparsed.add(file);
  const doc = parsedK?.docs[0];
  const k = doc?.value;
  if (doc && !isRecord(k) && k !== null) {
    out.unparsed.add(file);
    sources.report({ at: doc.at, message: `a kustomization must be a mapping (kind: Kustomization, resources: ...), not ${Array.isArray(k) ? "a list" : "a scalar"}; kustomize cannot build it` });
  }
  if (!doc || !isRecord(k)) return [];
  budgetOf(out).kustomizations++;
  if (!withinBudget(sources, out, file, () => doc.at)) return [];
  const items = [];
  const chain = [...stack, dir];
  const before = { remotes: out.remotes.length, charts: out.charts.length, cycles: out.cycles.length, broken: out.broken.length, levels: out.levels.length };
  const levelEntries = [];
  const entries = (key) => Array.isArray(k[key]) ? k[key].flatMap((v, index) => typeof v === "string" ? [{ value: v, key, index, from: 0, to: 0 }] : []) : [];
  for (const key of ["resources", "bases", "components"]) {
    for (const entry of entries(key)) {
      const { value } = entry;
      const at = () => doc.loc([key, entry.index]);
      entry.from = entry.to = items.length;
      levelEntries.push(entry);
      if (isRemote(value)) {
        out.remotes.push({ url: value, at: at() });
        continue;
      }
      const target = joinInRepo(dir, value);
      if (target === void 0) {
        out.broken.push({ at: at(), path: value, status: "outside", kind: "kustomize-resource" });
      } else if (sources.hasFile(target)) {
        if (withinBudget(sources, out, file, at)) append(items, readObjects(sources, target, "kustomize", out));
      } else if (sources.hasDir(target) && kustomizationIn(sources, target)) {
        if (chain.includes(target)) out.cycles.push({ at: at(), chain: [...chain.slice(chain.indexOf(target)), target] });
        else append(items, renderKustomization(sources, target, out, chain));
      } else {
        out.broken.push({ at: at(), path: value, status: "missing", kind: "kustomize-resource" });
      }
      entry.to = items.length;
    }
  }
  renderHelmCharts(sources, dir, k, doc, out, items);
  findPlugins(sources, dir, k, doc, out);
  const known = out.remotes.length === before.remotes && out.charts.length === before.charts && out.cycles.length === before.cycles && out.broken.length === before.broken && out.unparsed.size === 0 && !PLUGIN_FIELDS.some((f) => k[f] !== void 0) && out.levels.slice(before.levels).every((l) => l.known);
  out.levels.push({ dir, doc, k, items: items.slice(), entries: levelEntries, known });
  applyTransformers(k, doc, items);
  setChartNamespace(out, before.charts, k.namespace);
  return items;
}
function setChartNamespace(out, from, namespace) {
  if (typeof namespace !== "string" || !namespace) return;
  for (const c of out.charts.slice(from)) c.chart = { ...c.chart, namespace };
}
function inlineConfig(text) {
  try {
    return [(0, import_yaml5.parse)(text)];
  } catch {
    return void 0;
  }
}
function findPlugins(sources, dir, k, doc, out) {
  for (const field of ["generators", "transformers", "validators"]) {
    const list = k[field];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const at = doc.loc([field, i]);
      if (typeof entry !== "string") return;
      const inline = /^\s*kind:/m.test(entry) ? inlineConfig(entry) : void 0;
      const file = inline ? void 0 : joinInRepo(dir, entry);
      const configs = inline ?? (file !== void 0 && sources.hasFile(file) ? (sources.yaml(file)?.docs ?? []).map((d) => d.value) : void 0);
      if (configs === void 0) {
        out.plugins.push({ field, name: entry, at });
        return;
      }
      if (file !== void 0) out.files.add(file);
      for (const c of configs) {
        if (isRecord(c) && c.apiVersion === "builtin") continue;
        out.plugins.push({ field, name: isRecord(c) && typeof c.kind === "string" ? c.kind : entry, at });
      }
    });
  }
}
function vendoredChart(sources, dir, k, name, version) {
  const globals = isRecord(k.helmGlobals) ? k.helmGlobals : {};
  const chartHome = joinInRepo(dir, typeof globals.chartHome === "string" ? globals.chartHome : "charts");
  if (chartHome === void 0) return void 0;
  const candidates = [version ? `${chartHome}/${name}-${version}/${name}` : "", `${chartHome}/${name}`];
  return candidates.find((c) => c && sources.hasFile(`${c}/Chart.yaml`));
}
function renderHelmCharts(sources, dir, k, doc, out, items) {
  if (!Array.isArray(k.helmCharts)) return;
  k.helmCharts.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.name !== "string") return;
    const chart = {
      name: entry.name,
      repo: typeof entry.repo === "string" ? entry.repo : void 0,
      version: entry.version === void 0 || entry.version === null ? void 0 : String(entry.version),
      at: doc.loc(["helmCharts", i]),
      versionAt: entry.version === void 0 ? void 0 : doc.loc(["helmCharts", i, "version"]),
      ...typeof entry.namespace === "string" && entry.namespace ? { namespace: entry.namespace } : {}
    };
    for (const key of ["valuesFile", "additionalValuesFiles"]) {
      const vals = Array.isArray(entry[key]) ? entry[key] : [entry[key]];
      for (const v of vals) if (typeof v === "string") {
        const f = joinInRepo(dir, v);
        if (f && sources.hasFile(f)) out.files.add(f);
      }
    }
    const vendored = vendoredChart(sources, dir, k, entry.name, chart.version);
    if (vendored) {
      const meta = sources.yaml(`${vendored}/Chart.yaml`)?.docs[0]?.value;
      out.files.add(`${vendored}/Chart.yaml`);
      if (isRecord(meta) && meta.appVersion !== void 0) chart.appVersion = String(meta.appVersion);
      if (entry.includeCRDs === true) {
        for (const f of sources.filesIn(`${vendored}/crds`)) if (/\.ya?ml$/.test(f)) append(items, readObjects(sources, f, "helm-chart", out));
      }
    }
    out.charts.push({ chart, mechanism: "helm-chart" });
    append(out.values, helmChartValues(dir, doc, i, entry));
  });
}
function applyTransformers(k, doc, items) {
  if (typeof k.namespace === "string" && k.namespace) setNamespace(items, k.namespace);
  const prefix = typeof k.namePrefix === "string" ? k.namePrefix : "";
  const suffix = typeof k.nameSuffix === "string" ? k.nameSuffix : "";
  if (prefix || suffix) {
    for (const item of items) if (item.obj.kind !== "Namespace" && item.obj.kind !== "CustomResourceDefinition") item.obj = { ...item.obj, name: prefix + item.obj.name + suffix };
  }
  if (Array.isArray(k.images)) {
    k.images.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.name !== "string") return;
      applyImageOverride(items, entry, (key) => doc.loc(["images", i, key]));
    });
  }
}
var setNamespace = (items, namespace) => {
  for (const item of items) if (!CLUSTER_SCOPED.has(item.obj.kind)) item.obj = { ...item.obj, namespace };
};
function applyImageOverride(items, entry, locOf) {
  const name = String(entry.name);
  for (const item of items) {
    if (item.obj.images.length === 0) continue;
    item.obj = { ...item.obj, images: item.obj.images.map((img) => {
      const bare = img.image.replace(/@.*$/, "").replace(/:[^:/]*$/, "");
      if (bare !== name) return img;
      const repo = typeof entry.newName === "string" ? entry.newName : bare;
      const tag = entry.newTag !== void 0 ? String(entry.newTag) : entry.digest !== void 0 ? void 0 : img.tag;
      const digest = typeof entry.digest === "string" ? entry.digest : entry.newTag !== void 0 ? void 0 : img.digest;
      const image = repo + (tag ? `:${tag}` : "") + (digest ? `@${digest}` : "");
      const next = parseImage(image, img.at);
      next.tagAt = entry.newTag !== void 0 ? locOf("newTag") : entry.digest !== void 0 ? locOf("digest") : img.tagAt;
      return next;
    }) };
  }
}
function applyKustomizeOptions(opts, items) {
  if (typeof opts.namespace === "string" && opts.namespace) setNamespace(items, opts.namespace);
  if (Array.isArray(opts.images)) {
    for (const spec of opts.images) {
      if (typeof spec !== "string") continue;
      const m = /^([^=]+?)(?:=([^:@]+))?(?::([^@]+))?(?:@(.+))?$/.exec(spec);
      if (!m) continue;
      const [, name, newName, newTag, digest] = m;
      const entry = { name, ...newName ? { newName } : {}, ...newTag ? { newTag } : {}, ...digest ? { digest } : {} };
      applyImageOverride(items, entry, () => items[0]?.obj.at ?? { file: "", line: 1, column: 1 });
    }
  }
}
function renderChartDir(sources, dir, out, stack) {
  const chartFile = chartFileIn(sources, dir);
  if (!chartFile) return;
  out.files.add(chartFile);
  const parsedChart = sources.yaml(chartFile);
  if (!parsedChart || parsedChart.problems.length > 0) out.unparsed.add(chartFile);
  const doc = parsedChart?.docs[0];
  const meta = doc?.value;
  if (!doc || !isRecord(meta)) return;
  const deps = Array.isArray(meta.dependencies) ? meta.dependencies : [];
  append(out.values, chartDirValues(sources, dir, doc.at));
  if (typeof meta.name === "string" && deps.length === 0) {
    out.charts.push({
      chart: {
        name: meta.name,
        version: meta.version === void 0 ? void 0 : String(meta.version),
        appVersion: meta.appVersion === void 0 ? void 0 : String(meta.appVersion),
        at: doc.loc(["name"]),
        versionAt: doc.loc(["version"])
      },
      mechanism: "helm-chart"
    });
  }
  deps.forEach((dep, i) => {
    if (!isRecord(dep) || typeof dep.name !== "string") return;
    const repo = typeof dep.repository === "string" ? dep.repository : void 0;
    if (repo?.startsWith("file://")) {
      const local = joinInRepo(dir, repo.slice("file://".length));
      const at = doc.loc(["dependencies", i, "repository"]);
      if (local === void 0) {
        out.broken.push({ at, path: repo, status: "outside", kind: "chart-dependency" });
        out.unparsed.add(chartFile);
      } else if (!sources.hasDir(local)) {
        out.broken.push({ at, path: repo, status: "missing", kind: "chart-dependency" });
        out.unparsed.add(chartFile);
      } else if (stack.includes(local) || local === dir) {
        out.cycles.push({ at, chain: [...stack.slice(stack.indexOf(local) < 0 ? stack.length : stack.indexOf(local)), dir, local] });
        out.unparsed.add(chartFile);
      } else if (!out.files.has(chartFileIn(sources, local) ?? "")) renderChartDir(sources, local, out, [...stack, dir]);
      return;
    }
    out.charts.push({
      chart: {
        name: dep.name,
        repo,
        version: dep.version === void 0 ? void 0 : String(dep.version),
        at: doc.loc(["dependencies", i]),
        versionAt: dep.version === void 0 ? void 0 : doc.loc(["dependencies", i, "version"])
      },
      mechanism: "helm-chart"
    });
  });
  for (const f of sources.filesIn(`${dir}/crds`)) if (/\.ya?ml$/.test(f)) append(out.objects, readObjects(sources, f, "helm-chart", out));
  for (const doc2 of argoDocsInChart(sources, dir)) {
    out.files.add(doc2.file);
    append(out.objects, objectsOfDoc(doc2).map((obj) => ({ obj, mechanism: "helm-chart", doc: doc2 })));
  }
}
var MANIFEST_EXT = /\.(ya?ml|json)$/;
function renderDirectory(sources, dir, opts, out) {
  const include = typeof opts.include === "string" && opts.include ? opts.include : void 0;
  const exclude = typeof opts.exclude === "string" && opts.exclude ? opts.exclude : void 0;
  const files = opts.recurse === true ? filesBelow(sources, dir) : sources.filesIn(dir);
  for (const file of files) {
    if (!MANIFEST_EXT.test(file)) continue;
    const rel = dir ? file.slice(dir.length + 1) : file;
    if (include && !braceMatch(include, rel)) continue;
    if (exclude && braceMatch(exclude, rel)) continue;
    if (sources.fact(file, MENTIONS_KIND) === false) continue;
    append(out.objects, readObjects(sources, file, "directory", out));
  }
}
function filesBelow(sources, dir) {
  return [...sources.filesIn(dir), ...sources.dirsIn(dir).flatMap((d) => filesBelow(sources, d))];
}
function braceMatch(pattern, path) {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return pathspecMatch(pattern, path);
  return m[1].split(",").some((alt) => braceMatch(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length), path));
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleBinding",
  "PersistentVolume",
  "StorageClass",
  "PriorityClass",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "APIService",
  "CSIDriver",
  "IngressClass",
  "ClusterIssuer",
  "ClusterSecretStore",
  "ClusterExternalSecret",
  "GlobalNetworkPolicy",
  "FelixConfiguration",
  "IPPool",
  "BGPConfiguration",
  "Installation",
  "APIServer",
  "RuntimeClass",
  "Node",
  "CiliumClusterwideNetworkPolicy",
  "CiliumLoadBalancerIPPool",
  "CiliumL2AnnouncementPolicy"
]);

// src/argocd/plaintext-secrets.ts
function findRuntimeSecrets(sources, model) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (s) => {
    const key = `${s.at.file}:${s.at.line}:${s.at.column}:${s.key}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  const byFile = /* @__PURE__ */ new Map();
  for (const obj of model.objects) {
    if (obj.kind !== "Secret" || obj.apiVersion !== "v1") continue;
    const list = byFile.get(obj.at.file);
    if (list) list.push(obj);
    else byFile.set(obj.at.file, [obj]);
  }
  for (const [file, objects] of [...byFile].sort(([a], [b]) => a < b ? -1 : 1)) {
    if (!objects.some((o) => holdsData(sources.text(file) ?? "", o.at.line))) continue;
    for (const doc of sources.yaml(file, false)?.docs ?? []) {
      for (const { value, base: base2 } of objectValues(doc)) {
        if (value.kind !== "Secret") continue;
        const at = doc.loc(base2);
        const obj = objects.find((o) => o.at.line === at.line && o.at.column === at.column);
        if (!obj) continue;
        const holder = `Secret ${obj.namespace ? `${obj.namespace}/` : ""}${obj.name}`;
        for (const lit of secretLiterals(doc, value, base2)) add({ ...lit, holder, application: obj.application, ...obj.appset ? { appset: obj.appset } : {} });
      }
    }
  }
  for (const file of [...model.deployedFiles].sort()) {
    if (!KUSTOMIZATION_FILES.includes(baseName(file))) continue;
    const doc = sources.yaml(file)?.docs[0];
    if (doc) for (const s of generatorSecrets(sources, doc)) add(s);
  }
  const laterOf = laterOfSameApp(model.helmValues);
  model.helmValues.forEach((v, i) => {
    if (pulledChartDefaults(sources, v)) return;
    const later = laterOf[i];
    for (const s of valuesSecrets(sources, v)) if (!later.some((w) => valueAt(sources, w, s.path) !== void 0)) add(s.secret);
  });
  return out;
}
var MAX_DEPTH2 = 64;
var pulledChartDefaults = (sources, v) => v.file !== void 0 && baseName(v.file) === "values.yaml" && sources.hasFile(`${dirOf(v.file)}/Chart.yaml`) && KUSTOMIZATION_FILES.includes(baseName(v.at.file));
var REFERENCE_KEY = /secretkeys?$|keyref$|secretref$|valuefrom$|^existingsecret/i;
function valueAt(sources, v, path) {
  let node = valuesData(sources, v);
  for (const seg of path) node = isRecord(node) || Array.isArray(node) ? node[seg] : void 0;
  return node;
}
function valuesSecrets(sources, v) {
  const data = valuesData(sources, v);
  if (data === void 0 || v.file !== void 0 && isSopsDocument(data)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const place = (path) => v.doc?.loc([...v.base ?? [], ...path]) ?? v.at;
  const walk = (node, path, depth) => {
    if (depth > MAX_DEPTH2 || typeof node === "object" && node !== null && seen.has(node)) return;
    if (typeof node === "object" && node !== null) seen.add(node);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], depth + 1));
    if (!isRecord(node)) return;
    const fromSecret = Object.entries(node).some(([k, x]) => /^existingSecret/.test(k) && typeof x === "string" && x.trim() !== "");
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, key];
      if (REFERENCE_KEY.test(key)) continue;
      if (typeof value === "string" && !fromSecret && namesCredential(key) && isLiteralSecret(value)) {
        const keyPath = at.join(".");
        out.push({ path: at, secret: { key: keyPath, holder: "Helm values", at: place(at), application: v.application, ...v.appset ? { appset: v.appset } : {} } });
      } else walk(value, at, depth + 1);
    }
  };
  walk(data, [], 0);
  return out;
}
function holdsData(text, line) {
  let start2 = 0;
  for (let i = 1; i < line; i++) {
    start2 = text.indexOf("\n", start2) + 1;
    if (start2 === 0) return true;
  }
  const rest = text.slice(start2);
  const end = rest.search(/^---/m);
  return /^\s*(data|stringData)\s*:/m.test(end < 0 ? rest : rest.slice(0, end));
}
function objectValues(doc) {
  const value = doc.value;
  if (!isRecord(value)) return [];
  if (typeof value.kind === "string" && /List$/.test(value.kind) && Array.isArray(value.items)) {
    return value.items.flatMap((item, i) => isRecord(item) ? [{ value: item, base: ["items", i] }] : []);
  }
  return [{ value, base: [] }];
}
function generatorSecrets(sources, doc) {
  const k = doc.value;
  if (!isRecord(k) || !Array.isArray(k.secretGenerator)) return [];
  const dir = dirOf(doc.file);
  const out = [];
  k.secretGenerator.forEach((gen, i) => {
    if (!isRecord(gen)) return;
    const holder = `secretGenerator ${typeof gen.name === "string" ? gen.name : "(unnamed)"}`;
    const list = (key) => Array.isArray(gen[key]) ? gen[key].flatMap((v, j) => typeof v === "string" ? [[v, j]] : []) : [];
    for (const [literal, j] of list("literals")) {
      const eq = literal.indexOf("=");
      const value = eq < 0 ? "" : literal.slice(eq + 1).trim().replace(/^(["'])(.*)\1$/, "$2");
      if (eq > 0 && isLiteralSecret(value)) out.push({ key: literal.slice(0, eq).trim(), holder, at: doc.loc(["secretGenerator", i, "literals", j]) });
    }
    const envFiles = [...list("envs"), ...typeof gen.env === "string" ? [[gen.env, -1]] : []];
    for (const [envFile] of envFiles) {
      const path = joinInRepo(dir, envFile);
      const text = path === void 0 ? void 0 : sources.text(path);
      if (path !== void 0 && text !== void 0) out.push(...envSecrets(path, text, holder));
    }
    for (const [entry, j] of list("files")) {
      const eq = entry.indexOf("=");
      const key = eq < 0 ? baseName(entry) : entry.slice(0, eq).trim();
      const path = joinInRepo(dir, eq < 0 ? entry : entry.slice(eq + 1).trim());
      const text = path === void 0 ? void 0 : sources.text(path);
      if (text !== void 0 && isLiteralSecret(text) && !/\bsops\b|ENC\[|\$ANSIBLE_VAULT;/.test(text)) out.push({ key, holder, at: doc.loc(["secretGenerator", i, "files", j]) });
    }
  });
  return out;
}
function envSecrets(file, text, holder) {
  const lines = text.split("\n");
  if (lines.some((l) => /^\s*sops_\w*=/.test(l))) return [];
  return lines.flatMap((line, i) => {
    const m = /^\s*([^#=\s][^=]*?)\s*=(.*)$/.exec(line);
    if (!m) return [];
    const value = m[2].trim().replace(/^(["'])(.*)\1$/, "$2");
    const at = { file, line: i + 1, column: line.indexOf(m[1]) + 1 };
    return isLiteralSecret(value) ? [{ key: m[1], holder, at }] : [];
  });
}

// src/argocd/values-images.ts
var MAX_DEPTH3 = 64;
var scalar2 = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
var templated = (s) => s.includes("{{") || s.includes("UNRESOLVED");
function imagesOf(sources, v) {
  const root = valuesData(sources, v);
  const out = [];
  const loc = (path) => v.doc?.loc([...v.base ?? [], ...path]) ?? v.at;
  const fromMapping = (m, path) => {
    const repository = scalar2(m.repository) ?? "";
    const tag = scalar2(m.tag) ?? "";
    const digest = scalar2(m.digest) ?? "";
    if (!repository && !tag) return false;
    if (templated(repository + tag + digest)) return true;
    const registry = scalar2(m.registry);
    const ref = parseImage(`${registry ? `${registry}/` : ""}${repository}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`, loc(path));
    if (tag) ref.tagAt = loc([...path, "tag"]);
    out.push({ ref, path, explicitTag: tag !== "" });
    return true;
  };
  const seen = /* @__PURE__ */ new Set();
  const walk = (node, path, depth) => {
    if (depth > MAX_DEPTH3 || typeof node === "object" && node !== null && seen.has(node)) return;
    if (typeof node === "object" && node !== null) seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    if (!isRecord(node)) return;
    if (typeof node.imageTag === "string" || typeof node.imageTag === "number") fromImageTag(node, path);
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, key];
      if (key === "image" && typeof value === "string" && !("imageTag" in node)) {
        if (value.trim() === "" || templated(value)) continue;
        const ref = parseImage(value, loc(at));
        if (ref.tag) ref.tagAt = ref.at;
        out.push({ ref, path: at, explicitTag: ref.tag !== void 0 });
      } else if (!(key === "image" && isRecord(value) && fromMapping(value, at))) walk(value, at, depth + 1);
    }
  };
  const fromImageTag = (m, path) => {
    const tag = scalar2(m.imageTag) ?? "";
    const repository = scalar2(m.imageRepository) ?? scalar2(m.imageName) ?? scalar2(m.image) ?? "";
    if (templated(tag + repository)) return;
    const ref = parseImage(`${repository}${tag ? `:${tag}` : ""}`, loc([...path, "imageTag"]));
    if (tag) ref.tagAt = ref.at;
    out.push({ ref, path: [...path, "imageTag"], explicitTag: tag !== "" });
  };
  walk(root, [], 0);
  return out;
}
function valueAt2(sources, v, path) {
  let node = valuesData(sources, v);
  for (const seg of path) node = isRecord(node) || Array.isArray(node) ? node[seg] : void 0;
  return node;
}
function overridden(sources, found, later) {
  return later.some((v) => {
    const again = valueAt2(sources, v, found.path);
    return (scalar2(isRecord(again) ? again.tag : again) ?? "") !== "";
  });
}
function valuesImages(sources, values) {
  const out = [];
  const laterOf = laterOfSameApp(values);
  values.forEach((v, i) => {
    const later = laterOf[i];
    for (const found of imagesOf(sources, v)) {
      if (overridden(sources, found, later)) continue;
      out.push({ ...found.ref, application: v.application, appset: v.appset, file: v.file, key: found.path.join("."), explicitTag: found.explicitTag });
    }
  });
  return out;
}

// src/argocd/repo-url.ts
function normalizeRepoURL(url) {
  let u = url.trim().replace(/^git::/, "");
  u = u.replace(/^[a-z+]+:\/\//i, "");
  u = u.replace(/^[^@/]+@/, "");
  const scp = /^([^/:]+):(?!\d+\/)(.*)$/.exec(u);
  if (scp) u = `${scp[1]}/${scp[2]}`;
  u = u.replace(/^([^/]+):\d+\//, "$1/");
  u = u.replace(/\/+$/, "").replace(/\.git$/, "");
  const slash = u.indexOf("/");
  return slash < 0 ? u.toLowerCase() : u.slice(0, slash).toLowerCase() + u.slice(slash);
}

// src/argocd/local-repos.ts
var LocalRepos = class {
  constructor(sources, configured) {
    this.sources = sources;
    this.local = new Set(configured.map(normalizeRepoURL));
    this.inferring = configured.length === 0;
  }
  sources;
  local;
  inferring;
  /** Known to mean this repository (configured, or inferred so far). */
  has(url) {
    return this.local.has(normalizeRepoURL(url));
  }
  /** True when `url` means this repository; while inferring, a `path` that exists here makes it so. */
  isLocal(url, path) {
    if (this.has(url)) return true;
    if (!this.inferring || path === void 0 || isTemplated(path) || isTemplated(url)) return false;
    const p = cleanPath(path);
    if (p === void 0 || !(this.sources.hasDir(p) || this.sources.hasFile(p))) return false;
    this.local.add(normalizeRepoURL(url));
    return true;
  }
  list() {
    return [...this.local].sort();
  }
};
function cleanPath(path) {
  return joinInRepo("", path.trim() === "" ? "." : path.trim());
}

// src/argocd/render-check.ts
var strings = (v) => Array.isArray(v) ? v : [];
function patchesOf(level) {
  const { k } = level;
  const out = [];
  const add = (yamlPath, patch) => {
    out.push({ yamlPath, ...patch });
  };
  strings(k.patches).forEach((p, i) => {
    if (!isRecord(p)) return;
    const targeted = isRecord(p.target);
    if (typeof p.path === "string") add(["patches", i, "path"], { file: p.path, targeted });
    else if (typeof p.patch === "string") add(["patches", i], { inline: p.patch, targeted });
  });
  strings(k.patchesStrategicMerge).forEach((p, i) => {
    if (typeof p !== "string") return;
    if (p.includes("\n") || /^\s*(apiVersion|kind):/.test(p)) add(["patchesStrategicMerge", i], { inline: p, targeted: false });
    else add(["patchesStrategicMerge", i], { file: p, targeted: false });
  });
  strings(k.patchesJson6902).forEach((p, i) => {
    if (isRecord(p) && typeof p.path === "string") add(["patchesJson6902", i, "path"], { file: p.path, targeted: true });
  });
  return out;
}
function loadedFiles(level) {
  const { k } = level;
  const out = [];
  const add = (path, what, yamlPath) => {
    out.push({ path, what, yamlPath });
  };
  for (const p of patchesOf(level)) if (p.file !== void 0) add(p.file, "patch file", p.yamlPath);
  strings(k.helmCharts).forEach((c, i) => {
    if (!isRecord(c)) return;
    if (typeof c.valuesFile === "string") add(c.valuesFile, "Helm values file", ["helmCharts", i, "valuesFile"]);
    strings(c.additionalValuesFiles).forEach((v, j) => {
      if (typeof v === "string") add(v, "Helm values file", ["helmCharts", i, "additionalValuesFiles", j]);
    });
  });
  for (const gen of ["configMapGenerator", "secretGenerator"]) {
    strings(k[gen]).forEach((g, i) => {
      if (!isRecord(g)) return;
      for (const key of ["files", "envs"]) {
        strings(g[key]).forEach((f, j) => {
          if (typeof f === "string") add(key === "files" ? f.replace(/^[^=]*=/, "") : f, `${gen} ${key === "files" ? "file" : "env file"}`, [gen, i, key, j]);
        });
      }
      if (typeof g.env === "string") add(g.env, `${gen} env file`, [gen, i, "env"]);
    });
  }
  return out.filter((f) => !isUrl2(f.path) && !isTemplated(f.path));
}
function patchFiles(levels) {
  return levels.flatMap((l) => patchesOf(l).flatMap((p) => {
    const file = p.file === void 0 ? void 0 : joinInRepo(l.dir, p.file);
    return file === void 0 ? [] : [file];
  }));
}
var restrictorSays = (options) => options.at ? `the load restrictor is on (argocd-cm kustomize.buildOptions at ${options.at.file}:${options.at.line} has no --load-restrictor LoadRestrictionsNone)` : "the load restrictor is on (Argo CD passes no kustomize.buildOptions by default, so LoadRestrictionsRootOnly applies)";
function checkFiles(sources, level, options) {
  const out = [];
  const outside = (path, what, at) => {
    out.push({ at, message: `this kustomization loads ${what} ${path} from outside its own directory (${level.dir || "."}) and ${restrictorSays(options)}: kustomize refuses it ("is not in or below")`, fix: `move ${path} into ${level.dir || "that directory"} (or list a component that holds it), or add --load-restrictor LoadRestrictionsNone to argocd-cm kustomize.buildOptions`, byBuildOptions: true });
  };
  for (const e of options.loadRestricted === true ? level.entries : []) {
    const target = joinInRepo(level.dir, e.value);
    if (target !== void 0 && !isUnder(target, level.dir) && sources.hasFile(target)) outside(e.value, "the resource file", entryAt(level, e));
  }
  strings(level.k.helmCharts).forEach((c, i) => {
    if (!isRecord(c) || typeof c.name !== "string" || c.valuesFile !== void 0) return;
    const vendored = vendoredChart(sources, level.dir, level.k, c.name, c.version === void 0 || c.version === null ? void 0 : String(c.version));
    if (vendored && !isUnder(vendored, level.dir) && sources.hasFile(`${vendored}/values.yaml`) && options.loadRestricted === true) {
      outside(`${vendored}/values.yaml`, "the vendored chart's default values file", level.doc.loc(["helmCharts", i]));
    }
  });
  for (const f of loadedFiles(level)) {
    const target = joinInRepo(level.dir, f.path);
    const at = () => level.doc.loc(f.yamlPath);
    if (target === void 0) out.push({ at: at(), message: `this kustomization loads ${f.what} ${f.path}, which leaves the repository: kustomize cannot read it`, fix: "keep the file inside the repository, below the kustomization" });
    else if (!sources.hasFile(target)) out.push({ at: at(), message: `this kustomization loads ${f.what} ${f.path}, which does not exist (${target})`, fix: "fix the path or add the file" });
    else if (!isUnder(target, level.dir) && options.loadRestricted === true) outside(f.path, `the ${f.what}`, at());
  }
  return out;
}
function checkHelmCharts(sources, level, options) {
  const { k, doc, dir } = level;
  if (!Array.isArray(k.helmCharts) || k.helmCharts.length === 0) return [];
  const out = [];
  if (options.enableHelm === false) {
    const where = options.at ? `argocd-cm kustomize.buildOptions (${options.at.file}:${options.at.line}) lack --enable-helm` : "Argo CD passes no kustomize.buildOptions by default, so --enable-helm is missing";
    out.push({ at: doc.loc(["helmCharts"], "key"), message: `this kustomization inflates Helm charts (helmCharts) but ${where}: kustomize refuses helmCharts without it`, fix: "add --enable-helm to argocd-cm kustomize.buildOptions", related: options.at ? [options.at] : void 0, byBuildOptions: true });
  }
  k.helmCharts.forEach((c, i) => {
    if (!isRecord(c) || typeof c.name !== "string" || isTemplated(c.name)) return;
    const version = c.version === void 0 || c.version === null ? void 0 : String(c.version);
    if (typeof c.repo !== "string" && !vendoredChart(sources, dir, k, c.name, version)) {
      out.push({ at: doc.loc(["helmCharts", i]), message: `helmCharts entry ${c.name} has no repo and no vendored chart (no Chart.yaml under the chart home for ${c.name}): kustomize has nothing to inflate`, fix: `set repo: for ${c.name}, or vendor the chart under the chart home` });
    }
  });
  return out;
}
var idOf = (obj) => `${obj.apiVersion}|${obj.kind}|${CLUSTER_SCOPED.has(obj.kind) ? "" : obj.namespace || "default"}|${obj.name}`;
function checkDuplicates(sources, level) {
  const out = [];
  const first = /* @__PURE__ */ new Map();
  const failedBelow = /* @__PURE__ */ new Set();
  const idsOfItems = level.items.map(({ obj }) => idOf(obj));
  level.entries.forEach((e) => {
    if (!sources.hasDir(joinInRepo(level.dir, e.value) ?? "\0")) return;
    const ids = /* @__PURE__ */ new Set();
    for (let i = e.from; i < e.to; i++) {
      const id = idsOfItems[i];
      if (ids.has(id)) failedBelow.add(id);
      ids.add(id);
    }
  });
  level.entries.forEach((e, index) => {
    for (let i = e.from; i < e.to; i++) {
      const { obj } = level.items[i];
      if (!obj.name || isTemplated(obj.name)) continue;
      const id = idsOfItems[i];
      const seen = first.get(id);
      if (!seen) first.set(id, { at: obj.at, entry: index });
      else if (!failedBelow.has(id)) {
        const group = apiGroup(obj.apiVersion);
        const other = seen.entry === index ? "it already adds" : `${level.entries[seen.entry].value} already adds`;
        out.push({
          at: entryAt(level, e),
          related: [seen.at, obj.at],
          message: `${e.value} adds ${obj.kind}${group ? `.${group}` : ""} ${obj.namespace ? `${obj.namespace}/` : ""}${obj.name}, which ${other}: kustomize refuses two objects with the same id in one build ("already registered id")`,
          fix: "keep one of them, or rename one (a namePrefix/nameSuffix in one of the bases)"
        });
      }
    }
  });
  return out;
}
function checkPatchTargets(sources, level) {
  const { k, dir } = level;
  if (!level.known || k.kind === "Component") return [];
  const out = [];
  const generated = ["configMapGenerator", "secretGenerator"].flatMap(
    (gen) => strings(k[gen]).flatMap((g) => isRecord(g) && typeof g.name === "string" ? [{ kind: gen === "configMapGenerator" ? "ConfigMap" : "Secret", name: g.name }] : [])
  );
  const objects = [...level.items.map((i) => i.obj), ...generated];
  for (const p of patchesOf(level)) {
    if (p.targeted) continue;
    let values = [];
    if (p.file !== void 0) {
      const target = joinInRepo(dir, p.file);
      const parsed = target !== void 0 && sources.hasFile(target) ? sources.yaml(target) : void 0;
      if (!parsed || parsed.problems.length > 0) continue;
      values = parsed.docs.map((d) => d.value);
    } else {
      const parsed = parseYaml(level.doc.file, p.inline ?? "");
      if (parsed.problems.length > 0) continue;
      values = parsed.docs.map((d) => d.value);
    }
    for (const v of values) {
      if (!isRecord(v) || typeof v.kind !== "string" || !isRecord(v.metadata) || typeof v.metadata.name !== "string") continue;
      const { kind } = v;
      const name = v.metadata.name;
      if (isTemplated(name)) continue;
      if (objects.some((o) => o.kind === kind && o.name.includes(name))) continue;
      out.push({
        at: level.doc.loc(p.yamlPath),
        message: `this strategic-merge patch targets ${kind} ${name}, which no resource of the kustomization's build defines: kustomize fails ("no matches for Id ...; failed to find unique target for patch")`,
        fix: "add the resource it patches to the build, or delete the patch"
      });
    }
  }
  return out;
}
function kustomizeFailures(sources, levels, options) {
  return levels.flatMap((level) => [
    ...checkFiles(sources, level, options),
    ...checkHelmCharts(sources, level, options),
    ...checkDuplicates(sources, level),
    ...checkPatchTargets(sources, level)
  ]);
}
function valueFileFailures(sources, raw, base2, siblings, yamlPath, isLocalRepo, dir) {
  if (!isRecord(raw.helm) || !yamlPath) return [];
  const helm2 = raw.helm;
  const out = [];
  strings(helm2.valueFiles).forEach((entry, i) => {
    if (typeof entry !== "string" || isTemplated(entry) || isUrl2(entry)) return;
    const { doc, path } = yamlPath([...base2, "helm", "valueFiles", i]);
    const at = doc.loc(path);
    const isRef = entry.startsWith("$");
    if (!isRef && dir === void 0) return;
    const file = resolveValueFile(entry, siblings, isLocalRepo, dir);
    if (file === void 0) {
      if (!isRef) out.push({ at, message: `Helm value file ${entry} leaves the repository: Argo CD refuses value files outside the repository root`, fix: "keep the values file inside the repository" });
    } else if (!sources.hasFile(file) && helm2.ignoreMissingValueFiles !== true) {
      out.push({ at, message: `Helm value file ${entry} does not exist (${file}); Argo CD fails unless helm.ignoreMissingValueFiles is set`, fix: "fix the path or add the file" });
    }
  });
  return out;
}
function inlineValuesFailures(values) {
  return values.filter((v) => v.file === void 0 && v.doc === void 0).map((v) => ({ application: v.application, appset: v.appset, failure: { at: v.at, message: "helm.values is not valid YAML: Helm cannot read it", fix: "fix its YAML" } }));
}

// src/argocd/render-unit.ts
import { createHash } from "node:crypto";

// src/parse/manifest-quick.ts
function quickManifest(file, text) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const read = readFrames(file, text);
  if (!read) return void 0;
  const { roots } = read;
  const lines = lineIndex(text);
  const loc = (offset) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const out = [];
  for (const root of roots) {
    if (!plain(text, root)) return void 0;
    const value = root.result;
    if (!isRecord(value) || root.kind !== "mapping") continue;
    const object = objectOf(text, root, value, loc);
    if (object === void 0) return void 0;
    if (object) out.push(object);
  }
  return out;
}
function keyFrame(frame, key) {
  for (let i = 0; i < frame.children.length; i += 2) if (frame.children[i].result === key) return frame.children[i];
  return void 0;
}
function objectOf(text, root, value, loc) {
  const { kind, apiVersion } = value;
  if (typeof kind === "number" || typeof apiVersion === "number") return void 0;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return null;
  if (/List$/.test(kind) || kind === "HelmChart") return void 0;
  const meta = isRecord(value.metadata) ? value.metadata : {};
  for (const key of ["name", "namespace", "generateName"]) if (meta[key] !== void 0 && meta[key] !== null && typeof meta[key] !== "string") return void 0;
  const labels = {};
  if (isRecord(meta.labels)) {
    for (const [k, v] of Object.entries(meta.labels)) {
      if (typeof v === "number") return void 0;
      labels[k] = String(v);
    }
  }
  const images = imageScalars(text, root);
  if (images === void 0) return void 0;
  const kindKey = keyFrame(root, "kind");
  return {
    apiVersion,
    kind,
    name: typeof meta.name === "string" ? meta.name : typeof meta.generateName === "string" ? meta.generateName : "",
    namespace: typeof meta.namespace === "string" ? meta.namespace : void 0,
    labels,
    images: images.map((s) => parseImage(s.value, loc(s.at))),
    at: loc(start(text, root.open)),
    kindAt: loc(start(text, kindKey.open))
  };
}
function imageScalars(text, frame) {
  const out = [];
  const walk = (node) => {
    if (node.kind === "mapping") {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        const val = node.children[i + 1];
        if (key.result === "image" && val.kind === "scalar") {
          if (typeof val.result === "number") return false;
          if (typeof val.result === "string") out.push({ value: val.result, at: start(text, val.open) });
        } else if (!walk(val)) return false;
      }
    } else if (node.kind === "sequence") {
      for (const item of node.children) if (!walk(item)) return false;
    }
    return true;
  };
  return walk(frame) ? out : void 0;
}

// src/parse/stored-objects.ts
var pack = (path, loc) => loc.file === path ? packPos(loc.line, loc.column) : loc;
var unpack = (path, at) => typeof at === "number" ? { file: path, line: lineOf(at), column: columnOf(at) } : at;
function mapLocs(o, map) {
  const image = (i) => ({ ...i, at: map(i.at), ...i.tagAt ? { tagAt: map(i.tagAt) } : {} });
  const chart = (c) => ({ ...c, at: map(c.at), ...c.versionAt ? { versionAt: map(c.versionAt) } : {} });
  return { ...o, at: map(o.at), kindAt: map(o.kindAt), images: o.images.map(image), ...o.chart ? { chart: chart(o.chart) } : {} };
}
var packObjects = (path, objects) => objects.map((o) => mapLocs(o, (loc) => pack(path, loc)));
var unpackObjects = (path, packed) => packed.map((o) => mapLocs(o, (at) => unpack(path, at)));

// src/parse/source-set.ts
var newScope = () => ({ consulted: /* @__PURE__ */ new Set(), reported: /* @__PURE__ */ new Set(), log: [] });
var DECLARES_ARGO = defineFact("declares-argo", declaresArgoKind);
var trees = /* @__PURE__ */ new WeakMap();
function fileTree(files) {
  const known = trees.get(files);
  if (known) return known;
  const dirChildren = /* @__PURE__ */ new Map();
  const entry = (dir) => {
    let e = dirChildren.get(dir);
    if (!e) dirChildren.set(dir, e = { files: [], dirs: [] });
    return e;
  };
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) {
    entry(dirOf(file)).files.push(file);
    for (let d = dirOf(file); d !== "" && !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  entry("");
  for (const dir of [...dirs].sort()) {
    entry(dir);
    entry(dirOf(dir)).dirs.push(dir);
  }
  for (const e of dirChildren.values()) {
    e.files = e.files.slice();
    e.dirs = e.dirs.slice();
  }
  const tree = { fileSet: new Set(files), dirChildren };
  trees.set(files, tree);
  return tree;
}
var SourceSet = class {
  /**
   * `reads` holds what was read before (the run cache's check reads files); the set
   * adds every file it reads, so each file is read once.
   */
  constructor(root, files, reads = /* @__PURE__ */ new Map(), limits = DEFAULT_LIMITS, store, readFacts = []) {
    this.root = root;
    this.files = files;
    this.reads = reads;
    this.limits = limits;
    this.store = store;
    this.readFacts = readFacts;
    ({ fileSet: this.fileSet, dirChildren: this.dirChildren } = fileTree(files));
  }
  root;
  files;
  reads;
  limits;
  store;
  readFacts;
  fileSet;
  dirChildren;
  parsed = /* @__PURE__ */ new Map();
  reported = /* @__PURE__ */ new Set();
  /** Problems the readers find after parsing (a shape the tools reject, a cap reached), by place and message. */
  shapeProblems = /* @__PURE__ */ new Map();
  manifests = /* @__PURE__ */ new Map();
  manifestProblems = /* @__PURE__ */ new Map();
  limitsHit = /* @__PURE__ */ new Map();
  /** Files whose content the readers asked for (read, or answered by the store). */
  consulted = /* @__PURE__ */ new Set();
  /** Named facts, per file, when no store keeps them. */
  localFacts = /* @__PURE__ */ new Map();
  /** The scope open now, if any. */
  scope;
  /** Files consulted outside every scope for more than a defined fact (their content, a fact made for one call). */
  contentOutside = /* @__PURE__ */ new Set();
  hasFile(path) {
    return this.fileSet.has(path);
  }
  /** A directory exists when a discovered file lies below it (as in git). */
  hasDir(path) {
    return path === "" || this.dirChildren.has(path);
  }
  /** Files directly in `dir`, sorted. */
  filesIn(dir) {
    return this.dirChildren.get(dir)?.files ?? [];
  }
  /** Subdirectories directly in `dir`, sorted. */
  dirsIn(dir) {
    return this.dirChildren.get(dir)?.dirs ?? [];
  }
  /** Every directory of the repository except the root, sorted. */
  allDirs() {
    return [...this.dirChildren.keys()].filter((k) => k !== "").sort();
  }
  /** Runs `work` with what it asks of the files recorded in `scope` (scopes do not nest). */
  within(scope, work) {
    const outer = this.scope;
    this.scope = scope;
    try {
      return work();
    } finally {
      this.scope = outer;
    }
  }
  /** Files consulted outside every scope for their content (or a fact made for one call). */
  consultedOutside() {
    return this.contentOutside;
  }
  /** Records that the readers consulted `path`: for a defined fact only (`fact`), or its content. */
  depend(path, fact) {
    if (this.scope) this.scope.consulted.add(path);
    else if (!fact || !isDefined(fact)) this.contentOutside.add(path);
  }
  /** The file's text, or undefined when it cannot be read as UTF-8 (a problem when it was to be parsed). */
  text(path) {
    if (!this.fileSet.has(path)) return void 0;
    this.depend(path);
    return this.readText(path);
  }
  readText(path) {
    this.consulted.add(path);
    const text = readOnce(this.reads, this.root, path);
    if (text !== void 0) {
      for (const fact of this.readFacts) if (!this.knows(path, fact.name)) this.keep(path, fact.name, fact.compute(text, path));
    }
    return text;
  }
  /** The store's facts of a listed file for its current content (read and hashed only when its stamp changed). */
  stored(path) {
    if (!this.store || !this.fileSet.has(path)) return void 0;
    this.consulted.add(path);
    return this.store.factsOf(path, () => {
      const text = readOnce(this.reads, this.root, path);
      return text === void 0 ? void 0 : contentHashOf(text);
    });
  }
  /** Whether the file declares an Argo CD kind (a text check, kept per content). */
  declaresArgo(path) {
    return this.fact(path, DECLARES_ARGO) === true;
  }
  /**
   * The fact of the file's text, once per content: what a reader learns from a file's text
   * without parsing it (plain data). Undefined when the file cannot be read.
   */
  fact(path, fact) {
    if (!this.fileSet.has(path)) return void 0;
    this.depend(path, fact);
    const { name } = fact;
    const known = this.factsOf(path);
    if (known !== void 0 && name in known) return known[name];
    const text = this.readText(path);
    if (text === void 0) return void 0;
    return this.knows(path, name) ? this.factsOf(path)[name] : this.keep(path, name, fact.compute(text, path));
  }
  /** The named facts of a file: the store's, else the run's own. */
  factsOf(path) {
    const stored = this.stored(path);
    return stored ? stored.facts ??= {} : this.localFacts.get(path);
  }
  knows(path, name) {
    const facts = this.factsOf(path);
    return facts !== void 0 && name in facts;
  }
  keep(path, name, value) {
    const stored = this.stored(path);
    let facts = this.factsOf(path);
    if (!facts) this.localFacts.set(path, facts = {});
    facts[name] = value;
    if (stored) this.store.updated(path);
    return value;
  }
  readProblem(path) {
    const read = this.reads.get(path);
    return typeof read === "string" ? { at: { file: path, line: 1, column: 1 }, message: read } : void 0;
  }
  /**
   * Records a budget reached (an incomplete-analysis finding), once per place and budget. `affects`:
   * what the cut leaves unknown, so that claims of absence there are withheld.
   */
  reachedLimit(name, at, what, affects) {
    const key = `${at.file}\0${at.line}\0${at.column}\0${name}`;
    this.scope?.log.push(["limit", name, at, what, affects]);
    if (this.limitsHit.has(key)) return;
    const message = limitMessage(name, this.limits[name], what);
    const unresolved = affects && { affects, construct: what, at, unknown: `what lies past the budget of ${this.limits[name]}`, configKey: `limits.${name}` };
    this.limitsHit.set(key, { at, message, ...unresolved ? { unresolved } : {} });
  }
  /** The budgets reached, by place. */
  limitsReached() {
    return [...this.limitsHit.values()].sort((a, b) => a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column);
  }
  /** Records a problem a reader found in a parsed file (reported by parse-error, once per place and message). */
  report(problem) {
    this.scope?.log.push(["problem", problem]);
    const { file, line, column } = problem.at;
    this.shapeProblems.set(`${file}\0${line}\0${column}\0${problem.message}`, problem);
  }
  /**
   * The file parsed as YAML. With `report` (the default) its syntax problems are
   * parse-error findings; templates are parsed with `report: false`.
   */
  yaml(path, report = true) {
    if (this.fileSet.has(path)) this.depend(path);
    let file = this.parsed.get(path);
    if (!file) {
      const stored = this.stored(path);
      if (stored?.yaml) file = restoreYaml(path, stored.yaml);
      else {
        const text = this.fileSet.has(path) ? this.readText(path) : void 0;
        if (text === void 0) {
          if (report && this.readProblem(path)) this.markReported(path);
          return void 0;
        }
        file = parseYaml(path, text, 0, stored || text.length >= KEEP_TEXT_BELOW ? "now" : "later");
        if (stored) {
          stored.yaml = { docs: file.docs.map((doc) => doc.stored()), problems: file.problems };
          this.store.updated(path);
        }
      }
      this.parsed.set(path, file);
    }
    if (report) this.markReported(path);
    return file;
  }
  markReported(path) {
    this.reported.add(path);
    this.scope?.reported.add(path);
  }
  /**
   * The Kubernetes objects of a plain manifest file, kept without its parsed
   * documents (which cost far more memory than the objects). Large files are read
   * by the line scanner, others by js-yaml (the same objects as a full parse, far
   * faster); the full parse reads what they cannot and words syntax errors. Undefined
   * when the caller needs the documents: the file holds Argo CD kinds, which the
   * graph follows, or cannot be read. Objects are shared: never change them. Without a
   * store they are not kept: the readers ask for a manifest's objects once (a second
   * request parses the text again), and 40,000 manifests' objects held 15 MB for the whole run.
   */
  manifestObjects(path) {
    if (this.fileSet.has(path)) this.depend(path);
    const known = this.manifests.get(path);
    if (known || this.manifests.has(path)) {
      if (this.reported.has(path)) this.scope?.reported.add(path);
      return known;
    }
    const stored = this.stored(path);
    if (stored?.manifest !== void 0) {
      const result2 = stored.manifest && { objects: unpackObjects(path, stored.manifest.objects), problems: stored.manifest.problems.length > 0 };
      if (stored.manifest?.problems.length) {
        this.markReported(path);
        this.manifestProblems.set(path, stored.manifest.problems);
      }
      this.manifests.set(path, result2 ?? void 0);
      return result2 ?? void 0;
    }
    const text = this.fileSet.has(path) ? this.readText(path) : void 0;
    let result;
    if (text === void 0 && this.readProblem(path)) this.markReported(path);
    if (text !== void 0 && !declaresArgoKind(text)) {
      const quick = this.parsed.has(path) ? void 0 : text.length >= SCAN_THRESHOLD_BYTES ? scanManifest(path, text) : quickManifest(path, text);
      if (quick) result = { objects: quick, problems: false };
      else {
        const file = this.parsed.get(path) ?? parseYaml(path, text);
        this.markReported(path);
        if (file.problems.length > 0) this.manifestProblems.set(path, file.problems);
        result = { objects: file.docs.flatMap(objectsOfDoc), problems: file.problems.length > 0 };
      }
      if (text.length >= KEEP_TEXT_BELOW) result = { ...result, objects: structuredClone(result.objects) };
    }
    if (stored) this.manifests.set(path, result);
    if (stored && text !== void 0) {
      stored.manifest = result ? { objects: packObjects(path, result.objects), problems: this.manifestProblems.get(path) ?? [] } : null;
      this.store.updated(path);
    }
    return result;
  }
  /** Problems of every file read as plain YAML, sorted by file. */
  problems() {
    const out = [];
    for (const path of [...this.reported].sort()) {
      const readProblem = this.readProblem(path);
      if (readProblem) out.push(readProblem);
      for (const p of this.problemsOf(path)) out.push(p);
    }
    const byPlace = (a, b) => a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
    for (const p of [...this.shapeProblems.values()].sort(byPlace)) out.push(p);
    return out;
  }
  /** The syntax problems of a parsed file (none when unreadable: see readProblem). */
  problemsOf(path) {
    return this.parsed.get(path)?.problems ?? this.manifestProblems.get(path) ?? [];
  }
  /** The content hash of a listed file, when a store keeps its facts. */
  hashOf(path) {
    return this.stored(path)?.hash;
  }
  /** Why a consulted file could not be read, if it could not. */
  unreadable(path) {
    const read = this.reads.get(path);
    return typeof read === "string" ? read : void 0;
  }
  /** Files whose content the run has used so far, readable or not. */
  consultedFiles() {
    return this.consulted;
  }
  /** Files whose content the run has used so far (read, or answered by the store). */
  readFiles() {
    return [...this.consulted].filter((f) => typeof this.reads.get(f) !== "string");
  }
  /** Number of files whose content the run asked for, readable or not. */
  get filesRead() {
    return this.consulted.size;
  }
};
function restoreYaml(path, stored) {
  const docs = stored.docs.map(([index, value, at, tree]) => new YamlDoc(path, index, value, { file: path, line: lineOf(at), column: columnOf(at) }, tree));
  return { path, docs, problems: stored.problems };
}

// src/argocd/render-unit.ts
var isArgoObject = (o) => o.apiVersion.startsWith("argoproj.io/") && (o.kind === "Application" || o.kind === "ApplicationSet");
function renderUnit(sources, input, hashed) {
  const scope = newScope();
  const { tool, rendered } = sources.within(scope, () => {
    const tool2 = detectTool(sources, input.dir, input.raw);
    const rendered2 = renderSource(sources, input.dir, tool2, input.raw);
    if (tool2 === "helm") for (const c of rendered2.charts) Object.assign(c.chart, releaseNamespace(input.raw, input.destNs));
    return { tool: tool2, rendered: rendered2 };
  });
  const values = rendered.values.map((v) => helmValuesFor(sources, v, input.application, input.appset));
  const unit = { input, scope, levels: rendered.levels, ...hashed ? { renderedHash: renderedHash(sources, tool, rendered) } : {} };
  return { unit, tool, rendered, values };
}
function unitFailures(sources, unit, buildOptions) {
  unit.buildOptions = buildOptions;
  return unit.failures = sources.within(unit.scope, () => kustomizeFailures(sources, unit.levels, buildOptions));
}
function releaseNamespace(raw, destNs) {
  const helm2 = isRecord(raw.helm) ? raw.helm : {};
  const namespace = typeof helm2.namespace === "string" && helm2.namespace ? helm2.namespace : destNs;
  return namespace ? { namespace } : {};
}
function unitDigest(sources, unit) {
  const { scope } = unit;
  const record = [
    unit.renderedHash ?? null,
    unit.failures ?? null,
    scope.log,
    [...scope.consulted].sort(),
    [...scope.reported].sort().map((f) => [f, sources.unreadable(f) ?? null, sources.problemsOf(f)])
  ];
  return digestOf(record, docRefOf(sources));
}
function renderedHash(sources, tool, rendered) {
  const docRef = docRefOf(sources);
  const record = [
    tool,
    rendered.objects.map((o) => [o.obj, o.mechanism, isArgoObject(o.obj) && o.doc ? docRef(o.doc) : null]),
    rendered.charts,
    [...rendered.files],
    rendered.broken,
    rendered.remotes,
    rendered.cycles,
    [...rendered.unparsed],
    rendered.values,
    rendered.plugins,
    patchFiles(rendered.levels)
  ];
  return digestOf(record, docRef);
}
var docRefOf = (sources) => (doc) => [doc.file, doc.index, sources.hashOf(doc.file) ?? null];
function digestOf(record, docRef) {
  const json = JSON.stringify(record, (_key, v) => v instanceof YamlDoc ? docRef(v) : v instanceof Set ? [...v] : v);
  return createHash("sha256").update(json).digest("hex").slice(0, 32);
}

// src/argocd/read-runtime.ts
var ARGO_KINDS = /* @__PURE__ */ new Set(["Application", "ApplicationSet"]);
var MENTIONS_ARGOCD_CM = defineFact("mentions-argocd-cm", (text) => text.includes("argocd-cm"));
var knownNs = (ns) => ns === void 0 || isTemplated(ns) ? void 0 : ns;
function readRuntime(sources, options, units) {
  return new RuntimeReader(sources, options, units).read();
}
function pluginUnknowns(plugins, appId) {
  return plugins.map((p) => ({
    affects: appId === void 0 ? ["runtime-deploys", "entrypoints"] : ["runtime-deploys"],
    construct: `Kustomize ${p.field.replace(/s$/, "")} plugin ${p.name}`,
    at: p.at,
    unknown: p.field === "generators" ? "which objects it generates" : p.field === "transformers" ? "how it changes the objects" : "whether the build passes",
    ...appId === void 0 ? {} : { scope: { application: appId } }
  }));
}
var RuntimeReader = class {
  constructor(sources, options, units) {
    this.sources = sources;
    this.options = options;
    this.units = units;
    this.repos = new LocalRepos(sources, options.repoURLs);
    this.model = {
      entrypoints: options.entrypoints,
      applications: [],
      applicationSets: [],
      objects: [],
      charts: [],
      pathRefs: [],
      localRepos: [],
      deployedFiles: /* @__PURE__ */ new Set(),
      childArgoFiles: /* @__PURE__ */ new Set(),
      remotes: [],
      cycles: [],
      crds: [],
      secrets: [],
      helmValues: [],
      valuesImages: [],
      renderProblems: [],
      unresolved: [...options.unresolved ?? []]
    };
  }
  sources;
  options;
  units;
  model;
  repos;
  /** Sources whose repo could not yet be told local: settled once every path has been seen. */
  pending = [];
  argocdNamespaces = /* @__PURE__ */ new Set(["argocd"]);
  seenDocs = /* @__PURE__ */ new Set();
  seenApps = /* @__PURE__ */ new Set();
  /** For each Application id: the documents (and ids) that led to it. */
  ancestors = /* @__PURE__ */ new Map();
  /** Each app's kustomize builds, checked once the build options (argocd-cm, deployed by some app) are known. */
  builds = [];
  failures = [];
  read() {
    for (const entry of this.options.entrypoints) {
      this.model.deployedFiles.add(entry.file);
      const dirTool = this.sources.hasDir(entry.file) ? detectTool(this.sources, entry.file, {}) : void 0;
      if (dirTool === "kustomize" || dirTool === "helm") {
        const rendered = renderSource(this.sources, entry.file, dirTool, {});
        for (const f of rendered.files) this.model.deployedFiles.add(f);
        this.model.unresolved.push(...pluginUnknowns(rendered.plugins, void 0));
        for (const item of rendered.objects) if (isArgoObject(item.obj) && item.doc) this.visitDoc(item.doc, void 0, void 0, knownNs(item.obj.namespace));
        continue;
      }
      if (entry.chartValues) {
        const doc = this.sources.yaml(entry.file)?.docs[0];
        const key = entry.valuesKey;
        const value = key === void 0 ? doc?.value : isRecord(doc?.value) ? doc.value[key] : void 0;
        const locOf = (p) => doc.loc(key === void 0 ? p : [key, ...p]);
        const yamlPath = (p) => ({ doc, path: key === void 0 ? p : [key, ...p] });
        if (doc) this.visitValueApps(appsInValues([{ value, locOf, yamlPath }], { namespace: "argocd", chain: [{ doc: `${doc.file}#${doc.index}`, id: "" }] }));
        continue;
      }
      const docs = entry.rendered !== void 0 ? parseYaml(entry.file, entry.rendered).docs : this.sources.yaml(entry.file)?.docs ?? [];
      for (const doc of docs) this.visitDoc(doc, void 0, void 0);
    }
    this.settlePending();
    this.model.localRepos = this.repos.list();
    reportValuesProblems(this.sources, this.model.helmValues);
    this.model.valuesImages = valuesImages(this.sources, this.model.helmValues);
    this.model.renderProblems = this.renderProblems();
    this.model.crds = readCrds(this.sources, this.model.objects);
    this.model.secrets = findRuntimeSecrets(this.sources, this.model);
    return this.model;
  }
  /** An Argo CD manifest met at an entry point or in a parent's render (`parent`: its id). */
  visitDoc(doc, defaultNs, parent, nsOverride) {
    const key = `${doc.file}#${doc.index}`;
    const value = doc.value;
    if (!isRecord(value) || typeof value.kind !== "string") return;
    const ancestry = parent ? this.ancestors.get(parent) ?? [] : [];
    const again = ancestry.findIndex((a) => a.doc === key);
    if (again >= 0) {
      const names = ancestry.slice(again).map((a) => nameOfId(a.id));
      if (names.length > 1) this.model.cycles.push({ at: doc.at, chain: [...names, names[0]] });
      return;
    }
    if (this.seenDocs.has(key)) return;
    this.seenDocs.add(key);
    const chain = [...ancestry, { doc: key, id: "" }];
    this.model.deployedFiles.add(doc.file);
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const spec = isRecord(value.spec) ? value.spec : {};
    if (!isRecord(value.spec) && ARGO_KINDS.has(value.kind) && typeof value.apiVersion === "string" && value.apiVersion.startsWith("argoproj.io/")) {
      this.sources.report({ at: doc.loc(["spec"]), message: `${value.kind} ${typeof meta.name === "string" ? meta.name : "(unnamed)"} has ${value.spec === void 0 ? "no spec" : "a spec that is not a mapping"}; Argo CD rejects it and it deploys nothing` });
    }
    const ownNs = typeof meta.namespace === "string" && !isTemplated(meta.namespace) ? meta.namespace : void 0;
    const namespace = nsOverride ?? ownNs ?? defaultNs ?? "argocd";
    if (parent === void 0) this.argocdNamespaces.add(namespace);
    else if (!this.argocdNamespaces.has(namespace)) return;
    if (value.kind === "Application") {
      this.visitApp({ spec, meta: { ...meta, namespace }, at: doc.at, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }), parent, chain });
    } else if (value.kind === "ApplicationSet") {
      this.visitAppSet({ spec, meta, namespace, at: doc.at, locOf: (p) => doc.loc(p), yamlPath: (p) => ({ doc, path: p }), parent, chain });
    }
  }
  visitAppSet(input) {
    const { set, apps, pathRefs } = expandApplicationSet(this.sources, (url, path) => this.repos.isLocal(url, path), input);
    this.model.applicationSets.push(set);
    this.model.pathRefs.push(...pathRefs);
    for (const app of apps) this.visitApp(app);
  }
  visitApp(input) {
    const name = typeof input.meta.name === "string" ? input.meta.name : "(unnamed)";
    const namespace = typeof input.meta.namespace === "string" ? input.meta.namespace : "argocd";
    const id = qualifiedId(namespace, name);
    if (this.seenApps.has(id)) return;
    this.seenApps.add(id);
    this.ancestors.set(id, [...input.chain.slice(0, -1), { doc: input.chain[input.chain.length - 1].doc, id }]);
    const app = {
      id,
      name,
      at: input.at,
      namespace,
      project: typeof input.spec.project === "string" ? input.spec.project : "default",
      projectAt: typeof input.spec.project === "string" ? input.locOf(["spec", "project"]) : void 0,
      sources: [],
      appset: input.appset,
      parent: input.parent
    };
    this.model.applications.push(app);
    const unknownSources = [];
    const destNs = isRecord(input.spec.destination) && typeof input.spec.destination.namespace === "string" ? input.spec.destination.namespace : void 0;
    if (destNs !== void 0) app.destinationNamespace = destNs;
    if (createsNamespace(input.spec)) app.createNamespace = true;
    const multi = Array.isArray(input.spec.sources);
    const list = multi ? input.spec.sources : [input.spec.source];
    list.forEach((raw, i) => {
      if (!isRecord(raw)) return;
      const base2 = multi ? ["spec", "sources", i] : ["spec", "source"];
      const source = readSource(raw, base2, input, this.repos);
      if (!source) return;
      app.sources.push(source);
      if (source.tool === "chart") {
        this.visitChart(app, source, raw, base2, input, list, destNs);
        return;
      }
      if (source.tool === "unknown") {
        const { unresolved, patterns } = unknownSource(this.sources, source, id);
        unknownSources.push(unresolved);
        this.model.pathRefs.push(...patterns);
        return;
      }
      if (source.path === void 0) return;
      if (!source.local) {
        if (this.repos.isLocal(source.repoURL, source.path)) source.local = true;
        else {
          this.pending.push({ app, source, fromList: input.fromList === true });
          return;
        }
      }
      this.renderLocal(app, source, raw, base2, destNs, input);
      if (source.tool === "helm") this.addHelmSource(app, raw, base2, list, input, cleanPath(source.path));
    });
    this.model.unresolved.push(...generatedUnknowns(input, id, unknownSources));
  }
  /** A Helm repository source; the values of argocd-apps (and argo-cd's extraObjects) define more Applications. */
  visitChart(app, source, raw, base2, input, siblings, destNs) {
    this.model.charts.push({
      name: source.chart,
      repo: source.repoURL,
      version: source.targetRevision || void 0,
      at: source.at,
      versionAt: source.revisionAt,
      application: app.id,
      appset: app.appset,
      mechanism: "helm-chart",
      ...releaseNamespace(raw, destNs)
    });
    source.renders = 1;
    this.addHelmSource(app, raw, base2, siblings, input, void 0);
    if (!ROOT_CHARTS.has(source.chart)) return;
    const own = input.yamlPath;
    const values = valuesOfChartSource(this.sources, (url, path) => this.repos.isLocal(url, path), raw, (p) => input.locOf([...base2, ...p]), siblings, own && ((p) => own([...base2, ...p])));
    for (const f of values.files) this.model.deployedFiles.add(f);
    for (const u of values.unknown) {
      this.model.unresolved.push({ affects: ["runtime-deploys"], construct: `${source.chart} ${u.construct} of Application ${app.name}`, at: u.at, unknown: "which Applications and ApplicationSets it defines" });
    }
    this.visitValueApps(appsInValues(values.sets, { namespace: app.namespace, parent: app.id, chain: input.chain }));
  }
  visitValueApps({ apps, appsets }) {
    for (const set of appsets) this.visitAppSet(set);
    for (const app of apps) this.visitApp(app);
  }
  renderLocal(app, source, raw, base2, destNs, input) {
    const kind = input.fromList ? "list-path" : "application-path";
    const dir = cleanPath(source.path);
    const pathAt = source.pathAt ?? source.at;
    if (dir === void 0 || !this.sources.hasDir(dir)) {
      source.tool = "missing";
      this.model.pathRefs.push({ at: pathAt, path: source.path, kind, status: dir === void 0 ? "outside" : "missing", owner: app.id });
      return;
    }
    this.model.pathRefs.push({ at: pathAt, path: dir, kind, status: "ok", owner: app.id });
    const plugin = pluginOf(raw, base2, input, app.id);
    const unitInput = { dir, raw, ...destNs === void 0 ? {} : { destNs }, application: app.id, ...app.appset === void 0 ? {} : { appset: app.appset } };
    const { unit, tool, rendered, values } = renderUnit(this.sources, unitInput, this.units !== void 0);
    this.units?.push(unit);
    source.tool = plugin ? "plugin" : tool;
    if (plugin) this.model.unresolved.push(plugin);
    const appOfApps = rendered.objects.some((o) => isArgoObject(o.obj));
    this.model.unresolved.push(...pluginUnknowns(rendered.plugins, appOfApps ? void 0 : app.id));
    this.collect(app, unit, rendered, values, destNs);
    source.renders = rendered.objects.length + rendered.charts.length + rendered.remotes.length;
    if (rendered.unparsed.size > 0) source.unparsed = true;
  }
  collect(app, unit, rendered, values, destNs) {
    for (const f of rendered.files) this.model.deployedFiles.add(f);
    for (const r of rendered.remotes) this.model.remotes.push({ ...r, application: app.id });
    for (const c of rendered.cycles) this.model.cycles.push(c);
    for (const b of rendered.broken) this.model.pathRefs.push({ at: b.at, path: b.path, kind: b.kind, status: b.status, owner: app.id });
    for (const { chart, mechanism } of rendered.charts) this.model.charts.push({ ...chart, application: app.id, appset: app.appset, mechanism });
    const children = [];
    for (const item of rendered.objects) {
      if (isArgoObject(item.obj)) children.push(item);
      else this.model.objects.push({ ...item.obj, application: app.id, appset: app.appset, mechanism: item.mechanism });
    }
    for (const v of values) this.addHelmValues(v);
    if (rendered.levels.length > 0) this.builds.push({ app, unit });
    for (const child of children) {
      if (!child.doc) continue;
      this.model.childArgoFiles.add(child.doc.file);
      this.visitDoc(child.doc, destNs, app.id, knownNs(child.obj.namespace));
    }
  }
  /** An Application's Helm source: its values, and the value files Argo CD could not read. */
  addHelmSource(app, raw, base2, siblings, input, dir) {
    const isLocal = (url, path) => this.repos.isLocal(url, path);
    this.addValues(app, applicationValues(this.sources, raw, base2, siblings, input.yamlPath, isLocal, dir));
    for (const failure of valueFileFailures(this.sources, raw, base2, siblings, input.yamlPath, isLocal, dir)) this.failures.push({ app, failure });
  }
  addValues(app, values) {
    for (const v of values) this.addHelmValues(helmValuesFor(this.sources, v, app.id, app.appset));
  }
  addHelmValues(v) {
    this.model.helmValues.push(v);
    if (v.file !== void 0 && this.sources.hasFile(v.file)) this.model.deployedFiles.add(v.file);
  }
  /** Every failure once per place and cause, naming all the apps it breaks. */
  renderProblems() {
    const { sources, model, builds, failures } = this;
    const argocdCm = model.objects.filter((o) => o.kind === "ConfigMap" && o.name === "argocd-cm").map((o) => o.at.file);
    const cmPatches = builds.flatMap((b) => patchFiles(b.unit.levels)).filter((f) => sources.fact(f, MENTIONS_ARGOCD_CM));
    const buildOptions = readBuildOptions(sources, [...argocdCm, ...argocdCm.length > 0 ? cmPatches : []]);
    for (const { app, unit } of builds) for (const failure of unitFailures(sources, unit, buildOptions)) failures.push({ app, failure });
    for (const { application, appset, failure } of inlineValuesFailures(model.helmValues)) failures.push({ app: { id: application, appset }, failure });
    const byPlace = /* @__PURE__ */ new Map();
    for (const { app, failure } of failures) {
      const key = `${failure.at.file}:${failure.at.line}:${failure.at.column}:${failure.message}`;
      const place = byPlace.get(key);
      if (!place) byPlace.set(key, { problem: { ...failure, applications: [{ id: app.id, appset: app.appset }] }, ids: /* @__PURE__ */ new Set([app.id]) });
      else if (!place.ids.has(app.id)) {
        place.ids.add(app.id);
        place.problem.applications.push({ id: app.id, appset: app.appset });
      }
    }
    return [...byPlace.values()].map((p) => p.problem);
  }
  /** Sources of repositories later known to be this one name paths that do not exist here. */
  settlePending() {
    for (const { app, source, fromList } of this.pending) {
      if (!this.repos.has(source.repoURL)) continue;
      source.local = true;
      source.tool = "missing";
      this.model.pathRefs.push({ at: source.pathAt ?? source.at, path: source.path, kind: fromList ? "list-path" : "application-path", status: "missing", owner: app.id });
    }
  }
};
function createsNamespace(spec) {
  const options = isRecord(spec.syncPolicy) ? spec.syncPolicy.syncOptions : void 0;
  return Array.isArray(options) && options.some((o) => typeof o === "string" && o.trim() === "CreateNamespace=true");
}
function generatedUnknowns(input, appId, unknownSources) {
  const generators = input.unknownGenerators ?? [];
  if (generators.length === 0) return [...unknownSources, ...patchUnknown(input)];
  const anywhere = unknownSources.some((u) => u.scope === void 0);
  const appset = nameOfId(input.appset ?? "");
  const out = generators.map((g) => ({
    affects: ["runtime-deploys"],
    construct: `${g.generator} generator of ApplicationSet ${appset}`,
    at: g.at,
    unknown: g.generator.startsWith("git") ? "its parameters, which come from another repository or a pattern built at run time" : "its parameters, which come from the live cluster or an external service",
    ...anywhere ? {} : { scope: { application: appId } }
  }));
  return [...out, ...patchUnknown(input)];
}
function patchUnknown(input) {
  if (!input.unknownPatch) return [];
  return [
    {
      affects: ["runtime-deploys"],
      construct: `templatePatch of ApplicationSet ${nameOfId(input.appset ?? "")}`,
      at: input.unknownPatch,
      unknown: "what it sets on the generated Applications (their sources and paths)"
    }
  ];
}

// src/argocd/auto-entrypoints.ts
function inProse(sources, file) {
  for (let dir = dirOf(file); dir !== ""; dir = dirOf(dir)) {
    const files = sources.filesIn(dir);
    const prose = files.filter((f) => /\.(md|markdown|rst|adoc|txt)$/i.test(f)).length;
    if (prose > files.length - prose) return true;
  }
  return false;
}
function autoEntrypoints(sources, roots, repoURLs) {
  const candidates = sources.files.filter(
    (f) => /\.ya?ml$/.test(f) && roots.some((r) => isUnder(f, r)) && !/(^|\/)templates\//.test(f) && !isSetAside(dirOf(f)) && !inProse(sources, f) && sources.declaresArgo(f)
  );
  const all = candidates.map((file) => ({ file, at: { file, line: 1, column: 1 }, origin: "auto" }));
  const reached = readRuntime(sources, { entrypoints: all, repoURLs });
  const rendered = new Set(reached.childArgoFiles);
  for (const app of reached.applications) if (app.parent || app.appset) rendered.add(app.at.file);
  for (const set of reached.applicationSets) if (set.parent) rendered.add(set.at.file);
  const managesLocal = /* @__PURE__ */ new Set();
  for (const app of reached.applications) {
    if (!app.sources.some((s) => s.local)) continue;
    const set = app.appset ? reached.applicationSets.find((x) => x.id === app.appset) : void 0;
    managesLocal.add(set && !set.parent ? set.at.file : app.at.file);
  }
  return all.filter((e) => !rendered.has(e.file) && managesLocal.has(e.file));
}

// src/classify/catalog.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var embedded;
function readEmbeddedCatalog() {
  return embedded ??= (0, import_yaml6.parse)(readFileSync(packageFile("src/classify/catalog.yaml"), "utf8"));
}
function buildCatalog(embedded2, configured = {}) {
  const entries = [];
  for (const [name, raw] of Object.entries({ ...embedded2.components, ...configured })) {
    const layer = raw.layer === "bootstrap-and-runtime-config" ? "bootstrap-only" : raw.layer ?? "runtime-only";
    const m = raw.match ?? {};
    entries.push({
      name,
      layer,
      role: raw.role ?? "service",
      match: { images: m.images ?? [], charts: m.charts ?? [], names: m.names ?? [], kinds: m.kinds ?? [], urls: m.urls ?? [], labels: m.labels ?? [] },
      runtimeConfig: { forbidden: raw.runtimeConfig?.forbidden ?? [], allowed: raw.runtimeConfig?.allowed ?? [] }
    });
  }
  return new Catalog(entries);
}
var selectorKeys = (obj) => {
  const group = apiGroup(obj.apiVersion);
  return group === "" ? [`/${obj.kind}`, obj.kind, `${obj.kind}/${obj.name}`] : [`${group}/${obj.kind}`, `${obj.kind}/${obj.name}`];
};
function firstSelected(bySelector, keys) {
  let best;
  for (const key of keys) {
    const hit = bySelector.get(key);
    if (hit && (!best || hit.rank < best.rank)) best = hit;
  }
  return best?.rule;
}
var Catalog = class {
  constructor(entries) {
    this.entries = entries;
    let rank = 0;
    const first = (map, selector, rule) => {
      if (!map.has(selector)) map.set(selector, { rank, rule });
      rank++;
    };
    for (const e of entries) {
      for (const i of e.match.images) this.byImage.set(i, e);
      for (const c of e.match.charts) this.byChart.set(c, e);
      for (const n of e.match.names) this.byName.set(n, e);
      for (const s of e.runtimeConfig.forbidden) first(this.byConfigSelector, s, { entry: e, config: "forbidden" });
      for (const s of e.runtimeConfig.allowed) first(this.byConfigSelector, s, { entry: e, config: "allowed" });
      for (const s of e.match.kinds) first(this.byKindSelector, s, e);
    }
  }
  entries;
  byImage = /* @__PURE__ */ new Map();
  byChart = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** runtimeConfig selectors in the order matchObject tries them (each entry's forbidden, then its allowed); the first wins. */
  byConfigSelector = /* @__PURE__ */ new Map();
  /** match.kinds selectors; the first entry wins. */
  byKindSelector = /* @__PURE__ */ new Map();
  get(name) {
    return this.entries.find((e) => e.name === name);
  }
  /** The component an object belongs to, and whether it is only that component's configuration. */
  matchObject(obj) {
    const keys = selectorKeys(obj);
    const config = firstSelected(this.byConfigSelector, keys);
    if (config) return config;
    for (const img of obj.images) {
      const e = this.byImage.get(img.repository);
      if (e) return { entry: e };
    }
    const byKind = firstSelected(this.byKindSelector, keys);
    if (byKind) return { entry: byKind };
    if (obj.kind !== "Namespace") {
      const e = this.byName.get(obj.name);
      if (e) return { entry: e };
    }
    for (const e of this.entries) if (e.match.labels.some((l) => l in obj.labels)) return { entry: e };
    return void 0;
  }
  matchChart(chart) {
    return this.byChart.get(chart.name);
  }
  matchUrl(url) {
    return this.entries.find((e) => e.match.urls.some((u) => url.includes(u)));
  }
};

// src/classify/classify.ts
var WORKLOADS = /* @__PURE__ */ new Set(["Deployment", "DaemonSet", "StatefulSet", "Pod", "Job", "CronJob", "ReplicaSet", "HelmChart"]);
var VERSION_IN_URL = /(?:^|[/\-@=])(v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)(?=[/?#]|$)/;
function versionFromUrl(url) {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, "");
  for (const seg of path.split("/")) {
    const m = VERSION_IN_URL.exec(seg);
    if (m) return m[1];
  }
  const floating = /\/(stable|latest|master|main|HEAD)\//.exec(path);
  return floating?.[1];
}
var ComponentTable = class {
  constructor(catalog) {
    this.catalog = catalog;
  }
  catalog;
  byName = /* @__PURE__ */ new Map();
  get(name, entry) {
    let c = this.byName.get(name);
    if (!c) {
      c = { name, policy: entry?.layer ?? "runtime-only", role: entry?.role ?? "service", known: entry !== void 0, bootstrap: [], runtime: [] };
      this.byName.set(name, c);
    }
    return c;
  }
  entry(name) {
    return this.catalog.get(name);
  }
};
function imageVersion(entry, objects) {
  for (const obj of objects) {
    for (const img of obj.images) {
      if (entry && entry.match.images.length > 0 && !entry.match.images.includes(img.repository)) continue;
      if (img.tag && !img.unresolved) return { version: img.tag, at: img.tagAt ?? img.at };
    }
  }
  return void 0;
}
function valuesImageVersion(entry, images) {
  if (!entry || entry.match.images.length === 0) return void 0;
  const img = images?.find((i) => i.explicitTag && i.tag && entry.match.images.includes(i.repository));
  return img ? { version: img.tag, at: img.tagAt ?? img.at } : void 0;
}
function classify(bootstrap, runtime, catalog) {
  const table = new ComponentTable(catalog);
  classifyBootstrap(bootstrap, catalog, table, appsCharts(runtime));
  classifyRuntime(runtime, catalog, table);
  return [...table.byName.values()].filter((c) => c.bootstrap.length + c.runtime.length > 0).sort((a, b) => a.name.localeCompare(b.name));
}
var installs = (g) => g.url || g.charts.length > 0 || g.objects.some((o) => WORKLOADS.has(o.kind));
function appsCharts(runtime) {
  const roots = new Set(runtime.entrypoints.filter((e) => e.appsChart).map((e) => e.file));
  return (chart) => chart.name === "argocd-apps" || chart.dir !== void 0 && roots.has(chart.dir);
}
function classifyBootstrap(bootstrap, catalog, table, carriesApps) {
  for (const i of bootstrap.installers) {
    if (!i.builtinCni) continue;
    const entry = catalog.get(i.builtinCni);
    table.get(i.builtinCni, entry).bootstrap.push({ layer: "bootstrap", at: i.at, mechanism: "k3s-manifest", objects: [], configObjects: [], charts: [] });
  }
  const found = [];
  const installed = new Set(table.byName.keys());
  for (const d of bootstrap.deployments) {
    const groups = /* @__PURE__ */ new Map();
    const add = (name, entry) => {
      let g = groups.get(name);
      if (!g) groups.set(name, g = { entry, url: false, objects: [], charts: [] });
      return g;
    };
    const urlEntry = d.url ? catalog.matchUrl(d.url) : void 0;
    if (urlEntry) add(urlEntry.name, urlEntry).url = true;
    if (d.chart && !carriesApps(d.chart)) {
      const e = catalog.matchChart(d.chart);
      add(e?.name ?? d.chart.name, e).charts.push(d.chart);
    }
    for (const obj of d.objects) {
      if (obj.apiVersion.startsWith("argoproj.io/")) continue;
      if (obj.chart) {
        const e = catalog.matchChart(obj.chart);
        add(e?.name ?? obj.chart.name, e).charts.push(obj.chart);
        continue;
      }
      const m = catalog.matchObject(obj);
      if (m) add(m.entry.name, m.entry).objects.push(obj);
      else if (WORKLOADS.has(obj.kind)) add(obj.name, void 0).objects.push(obj);
    }
    for (const [name, g] of groups) {
      if (installs(g)) installed.add(name);
      const entry = g.entry ?? table.entry(name);
      const img = imageVersion(entry, g.objects);
      const urlVersion = d.url && urlEntry === entry ? versionFromUrl(d.url) : void 0;
      const chart = g.charts[0];
      found.push({ name, entry, deployment: {
        layer: "bootstrap",
        at: d.at,
        mechanism: d.mechanism,
        task: d.taskName,
        url: d.url,
        urlAt: d.urlAt,
        objects: g.objects,
        configObjects: [],
        charts: g.charts,
        ...img ? { version: img.version, versionAt: img.at, versionFrom: "image" } : urlVersion ? { version: urlVersion, versionAt: d.urlAt, versionFrom: "url" } : chart?.version ? { version: chart.version, versionAt: chart.versionAt ?? chart.at, versionFrom: "chart" } : {}
      } });
    }
  }
  for (const f of found) if (installed.has(f.name)) table.get(f.name, f.entry).bootstrap.push(f.deployment);
}
function classifyRuntime(runtime, catalog, table) {
  const objectsByApp = /* @__PURE__ */ new Map();
  for (const o of runtime.objects) {
    const list = objectsByApp.get(o.application) ?? [];
    list.push(o);
    objectsByApp.set(o.application, list);
  }
  const byApp = (items) => {
    const map = /* @__PURE__ */ new Map();
    for (const item of items) {
      const list = map.get(item.application);
      if (list) list.push(item);
      else map.set(item.application, [item]);
    }
    return map;
  };
  const chartsByApp = byApp(runtime.charts);
  const remotesByApp = byApp(runtime.remotes);
  const valuesImagesByApp = byApp(runtime.valuesImages);
  const parents = appsOfApps(runtime);
  for (const app of runtime.applications) {
    const objects = objectsByApp.get(app.id) ?? [];
    const parentOfApps = parents.has(app.id);
    const charts = (chartsByApp.get(app.id) ?? []).filter((c) => c.name !== "argocd-apps" && !(parentOfApps && !c.repo));
    const remotes = remotesByApp.get(app.id) ?? [];
    if (objects.length === 0 && charts.length === 0 && remotes.length === 0) continue;
    const groups = /* @__PURE__ */ new Map();
    const add = (entry, mechanism) => {
      let g = groups.get(entry.name);
      if (!g) groups.set(entry.name, g = { entry, objects: [], config: [], charts: [], urls: [], mechanism });
      if (mechanism === "helm-chart") g.mechanism = mechanism;
      return g;
    };
    for (const chart of charts) {
      const e = catalog.matchChart(chart);
      if (e) add(e, chart.mechanism).charts.push(chart);
    }
    for (const remote of remotes) {
      const e = catalog.matchUrl(remote.url);
      if (e) add(e, "kustomize").urls.push(remote);
    }
    const unmatched = [];
    for (const obj of objects) {
      const chartEntry = obj.chart && catalog.matchChart(obj.chart);
      if (chartEntry) {
        add(chartEntry, obj.mechanism).charts.push(obj.chart);
        continue;
      }
      const m = catalog.matchObject(obj);
      if (!m) unmatched.push(obj);
      else if (m.config) add(m.entry, obj.mechanism).config.push({ obj, config: m.config });
      else add(m.entry, obj.mechanism).objects.push(obj);
    }
    if (groups.size === 0) {
      if (objects.length === 0 && charts.length === 0) continue;
      const unitName = unitNameOf(app.sources.find((s) => s.local && s.path)?.path) ?? app.name;
      const mechanism = charts.length > 0 ? "helm-chart" : objects[0]?.mechanism ?? "directory";
      groups.set(unitName, { objects: unmatched, config: [], charts, urls: [], mechanism });
    }
    for (const [name, g] of groups) {
      const first = g.objects[0] ?? g.config[0]?.obj;
      const at = first?.at ?? g.charts[0]?.at ?? g.urls[0]?.at ?? app.at;
      const img = imageVersion(g.entry, g.objects) ?? (g.charts.length > 0 ? valuesImageVersion(g.entry, valuesImagesByApp.get(app.id)) : void 0);
      const chart = g.charts[0];
      const chartVersion = chart ? chart.appVersion ?? chart.version : void 0;
      const urlVersion = g.urls[0] ? versionFromUrl(g.urls[0].url) : void 0;
      table.get(name, g.entry).runtime.push({
        layer: "runtime",
        at,
        mechanism: g.mechanism,
        application: app.name,
        appset: app.appset === void 0 ? void 0 : nameOfId(app.appset),
        objects: g.objects,
        configObjects: g.config,
        charts: g.charts,
        ...img ? { version: img.version, versionAt: img.at, versionFrom: "image" } : chartVersion ? { version: chartVersion, versionAt: chart.versionAt ?? chart.at, versionFrom: "chart" } : urlVersion ? { version: urlVersion, versionAt: g.urls[0].at, versionFrom: "url" } : {},
        ...g.urls[0] ? { url: g.urls[0].url, urlAt: g.urls[0].at } : {}
      });
    }
  }
}
function unitNameOf(path) {
  if (!path) return void 0;
  const unit = appUnitOf(path.replace(/^\.\/|\/$/g, ""));
  return unit ? baseName(unit) : void 0;
}

// src/graph/app-units.ts
var MANIFEST = /\.(ya?ml|json)$/;
var TOP_LEVEL_OBJECT = defineFact("top-level-object", (text) => /^apiVersion:/m.test(text) && /^kind:/m.test(text));
function ancestors(path) {
  const out = [];
  for (let d = dirOf(path); d !== ""; d = dirOf(d)) out.push(d);
  if (path !== "") out.push("");
  return out;
}
function ownDeployable(sources, dir) {
  return kustomizationIn(sources, dir) ?? sources.filesIn(dir).find((f) => f.endsWith("Chart.yaml")) ?? sources.filesIn(dir).find((f) => MANIFEST.test(f) && sources.fact(f, TOP_LEVEL_OBJECT));
}
function deployableAt(sources, dir) {
  const own = ownDeployable(sources, dir);
  if (own) return own;
  for (const sub of sources.dirsIn(dir)) {
    const name = sub.slice(sub.lastIndexOf("/") + 1);
    if (name === "base") {
      const k = kustomizationIn(sources, sub);
      if (k) return k;
    } else if (VARIANT_DIRS.has(name)) {
      const k = kustomizationIn(sources, sub) ?? sources.dirsIn(sub).map((d) => kustomizationIn(sources, d)).find(Boolean);
      if (k) return k;
    }
  }
  return void 0;
}
var isGroup = (sources, dir) => !ownDeployable(sources, dir) && sources.dirsIn(dir).some((child) => !isSetAside(child) && deployableAt(sources, child) !== void 0 && !VARIANT_DIRS.has(child.slice(child.lastIndexOf("/") + 1)) && !child.endsWith("/base"));
function findAppUnits(sources, runtime, appsRoots) {
  const roots = new Set(appsRoots ?? []);
  const deployed = runtime.pathRefs.filter((p) => p.status === "ok" && p.kind !== "kustomize-resource").map((p) => p.path);
  const generated = new Set(runtime.applications.filter((a) => a.appset || a.parent).flatMap((a) => a.sources.filter((s) => s.local && s.path).map((s) => appUnitOf(s.path))));
  const groups = /* @__PURE__ */ new Set();
  if (appsRoots && appsRoots.length > 0) {
    for (const root of appsRoots) {
      const depth = [...generated].filter((u) => isUnder(u, root) && u !== root).reduce((d, u) => Math.max(d, u.slice(root.length + 1).split("/").length), 1);
      let level = [root];
      for (let i = 1; i < depth; i++) level = level.flatMap((d) => sources.dirsIn(d));
      for (const g of level) groups.add(g);
    }
  } else {
    const parents = new Set([...generated].map(dirOf));
    for (const p of parents) groups.add(p);
    const byGrand = /* @__PURE__ */ new Map();
    for (const p of parents) if (p) byGrand.set(dirOf(p), (byGrand.get(dirOf(p)) ?? 0) + 1);
    for (const [grand, n] of byGrand) if (n >= 2) {
      roots.add(grand);
      for (const g of sources.dirsIn(grand)) groups.add(g);
    }
    for (const p of parents) if (![...roots].some((r) => isUnder(p, r))) roots.add(p);
  }
  const aboveGenerated = new Set([...generated].flatMap((u) => ancestors(u)));
  const deployedSet = new Set(deployed);
  const aboveDeployed = new Set(deployed.flatMap((p) => ancestors(p)));
  const units = [];
  for (const group of [...groups].sort()) {
    const candidates = sources.dirsIn(group).map((dir) => ({ dir, depth: 0 }));
    for (let next = candidates.shift(); next; next = candidates.shift()) {
      const { dir, depth } = next;
      if (isSetAside(dir)) continue;
      if (aboveGenerated.has(dir)) continue;
      if (isGroup(sources, dir)) {
        if (depth < 2) candidates.push(...sources.dirsIn(dir).map((d) => ({ dir: d, depth: depth + 1 })));
        continue;
      }
      const file = deployableAt(sources, dir);
      if (!file) continue;
      const covered = deployedSet.has(dir) || aboveDeployed.has(dir) || ancestors(dir).some((a) => deployedSet.has(a));
      units.push({ dir, at: { file, line: 1, column: 1 }, covered });
    }
  }
  return { units, roots: [...roots].sort() };
}

// src/clusters.ts
function groupByCluster(entrypoints) {
  if (entrypoints.length < 2) return [{ entrypoints }];
  const paths = entrypoints.map((e) => e.file.split("/"));
  const dirDepth = paths.reduce((d, p) => Math.min(d, p.length - 1), Infinity);
  let split = -1;
  for (let i = 0; i < dirDepth; i++) {
    if (new Set(paths.map((p) => p[i])).size > 1) {
      split = i;
      break;
    }
  }
  if (split < 0) return [{ entrypoints }];
  const groups = /* @__PURE__ */ new Map();
  entrypoints.forEach((e, i) => groups.set(paths[i][split], [...groups.get(paths[i][split]) ?? [], e]));
  if (!sameRole(groups, split)) return [{ entrypoints }];
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, eps]) => ({ name, entrypoints: eps }));
}
function sameRole(groups, split) {
  const shapes = [...groups].map(([name, eps]) => new Set(eps.map((e) => e.file.split("/").slice(split + 1).join("/").split(name).join("\0"))));
  return [...shapes[0]].some((shape) => shapes.every((s) => s.has(shape)));
}
function mergeClusterFindings(perCluster, repositoryWide) {
  if (perCluster.length === 1) return perCluster[0].findings;
  const byKey = /* @__PURE__ */ new Map();
  for (const { name, findings } of perCluster) {
    for (const f of findings) {
      const key = [f.ruleId, f.file, f.line, f.column, f.message].join("\0");
      const entry = byKey.get(key) ?? { finding: f, clusters: [] };
      entry.clusters.push(name);
      byKey.set(key, entry);
    }
  }
  const out = [];
  for (const { finding, clusters } of byKey.values()) {
    if (clusters.length === perCluster.length) out.push(finding);
    else if (!repositoryWide.has(finding.ruleId)) for (const cluster of clusters) out.push({ ...finding, cluster });
  }
  return out;
}

// src/engine/run.ts
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.cluster ?? "", b.cluster ?? "") || cmp(a.message, b.message);
}
function runRules(rules2, ctx, severityOf, perRuleAndFile = DEFAULT_LIMITS.findingsPerRuleAndFile) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const withheld = [];
  const capped = [];
  const ordered = [...rules2.filter((r) => !r.runsLast), ...rules2.filter((r) => r.runsLast)];
  const checked = [];
  for (const rule of ordered) {
    const reported = [];
    for (const f of rule.check({ ...ctx, withheld: rule.runsLast ? withheld : [] })) {
      if (f.withheldBy && f.withheldBy.length > 0) withheld.push({ ruleId: rule.id, at: f.at, because: f.withheldBy });
      else reported.push(f);
    }
    checked.push({ rule, found: capPerFile(rule, reported, perRuleAndFile, capped) });
  }
  const incomplete = rules2.find((r) => r.id === "incomplete-analysis");
  if (incomplete) checked.push({ rule: incomplete, found: capped.map((c) => ({ ...c, messageId: "limitReached" })) });
  for (const { rule, found } of checked) {
    for (const f of found) {
      if (!Object.hasOwn(rule.messages, f.messageId)) throw new Error(`rule ${rule.id} reported message id ${f.messageId}, which its messages do not declare`);
      const severity = severityOf(rule.id, f.at.file, rule.severity);
      if (severity === "off") continue;
      const finding = {
        ruleId: rule.id,
        severity,
        messageId: f.messageId,
        message: f.message,
        file: f.at.file,
        line: f.at.line,
        column: f.at.column,
        ...f.component ? { component: f.component } : {},
        ...f.related && f.related.length > 0 ? { related: f.related.map(({ file, line, column }) => ({ file, line, column })) } : {}
      };
      const key = `${finding.ruleId}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}
function capPerFile(rule, found, cap, capped) {
  const perFile = /* @__PURE__ */ new Map();
  for (const f of found) {
    let list = perFile.get(f.at.file);
    if (!list) perFile.set(f.at.file, list = []);
    list.push(f);
  }
  const out = [];
  for (const [file, list] of perFile) {
    if (list.length <= cap) {
      for (const f of list) out.push(f);
      continue;
    }
    list.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    for (let i = 0; i < cap; i++) out.push(list[i]);
    const at = { file, line: 1, column: 1 };
    capped.push({ at, message: limitMessage("findingsPerRuleAndFile", cap, `${rule.id}: ${list.length - cap} more findings in this file are not shown`) });
  }
  return out;
}

// src/analyse.ts
import { relative } from "node:path";

// src/graph/summary.ts
function summarizeDeployment(graph) {
  const reaching = /* @__PURE__ */ new Map();
  const playbooksOf = (file) => {
    let known = reaching.get(file);
    if (!known) reaching.set(file, known = playbooksReaching(graph, file));
    return known;
  };
  const { bootstrap, runtime } = graph;
  return {
    playbooks: bootstrap.playbooks,
    bootstrapSteps: bootstrap.deployments.map((d) => ({ file: d.at.file, line: d.at.line, ...d.role ? { role: d.role } : {}, playbooks: playbooksOf(d.at.file) })),
    entrypoints: runtime.entrypoints.map((e) => ({ file: e.file, origin: e.origin, playbooks: e.origin === "bootstrap" ? playbooksOf(e.at.file) : [] })),
    applications: runtime.applications.map((a) => ({ id: a.id, name: a.name, file: a.at.file, ...a.parent ? { parent: a.parent } : {}, ...a.appset ? { appset: a.appset } : {} })),
    applicationSets: runtime.applicationSets.map((s) => ({ id: s.id, name: s.name, file: s.at.file, ...s.parent ? { parent: s.parent } : {} }))
  };
}
function detectedOf(graph) {
  return {
    ansibleRoots: graph.bootstrap.roots,
    playbooks: graph.bootstrap.playbooks,
    roles: graph.bootstrap.roles.map((r) => r.dir),
    entrypoints: graph.runtime.entrypoints.map((e) => ({ file: e.file, origin: e.origin, at: { file: e.at.file, line: e.at.line } })),
    localRepos: graph.runtime.localRepos,
    appsRoots: graph.appsRoots
  };
}

// src/analyse.ts
function analyse(root, config, configFile, files, reads, escapes, unlisted, severityOf, store) {
  const sources = new SourceSet(root, files, reads, limitsOf(config.limits), store, READ_FACTS);
  const units = store ? [] : void 0;
  const bootstrap = readBootstrap(sources, { roots: config.ansible.roots, extraVars: config.ansible.extraVars });
  const repoURLs = config.argocd.repoURLs ?? [];
  const chartRoots = bootstrapChartRoots(bootstrap, sources);
  const configured = (config.argocd.entrypoints?.length ?? 0) > 0;
  const clusters = groupByCluster(entrypointsFor(config, bootstrap.argocdEntrypoints, chartRoots.roots, sources)).map((c) => ({
    ...c,
    // Configured entry points settle which roots exist: what a chart's unseen values define is then known.
    runtime: readRuntime(sources, { entrypoints: c.entrypoints, repoURLs, unresolved: configured ? [] : chartRoots.unresolved }, units)
  }));
  const parseProblems = [...unlisted, ...sources.problems()];
  const limitsReached = sources.limitsReached();
  if (files.length === 0) {
    const at = { file: configFile ? relative(root, configFile) || configFile : ".", line: 1, column: 1 };
    limitsReached.push({ at, message: `nothing to lint: no file of the repository is left${configFile ? " after the ignore: entries of the configuration" : ""}, so nothing was checked` });
  }
  const catalog = buildCatalog(readEmbeddedCatalog(), config.components);
  const apps = findAppUnits(
    sources,
    { pathRefs: clusters.flatMap((c) => c.runtime.pathRefs), applications: clusters.flatMap((c) => c.runtime.applications) },
    config.argocd.appsRoots
  );
  let declares;
  const declaresArgo = () => declares ??= sources.files.some((f) => /\.ya?ml$/.test(f) && sources.declaresArgo(f));
  const linted = clusters.map(({ name, runtime }) => {
    const graph = buildGraph({
      bootstrap,
      runtime,
      parseProblems,
      escapes,
      appUnits: apps.units,
      appsRoots: apps.roots,
      chartValueRoots: chartRoots.roots,
      declaresArgo: runtime.entrypoints.length === 0 && declaresArgo(),
      limitsReached
    });
    const components = classify(bootstrap, runtime, catalog);
    const findings2 = runRules(rules, { graph, components, config, catalog }, severityOf, sources.limits.findingsPerRuleAndFile);
    return { name, graph, components, findings: findings2 };
  });
  const repositoryWide = new Set(rules.filter((r) => r.scope === "repository").map((r) => r.id));
  const found = suppress(mergeClusterFindings(linted, repositoryWide).sort(compareFindings), sources, severityOf);
  const findings = found.map(({ messageId: _, ...f }) => f);
  const result = {
    root,
    config,
    configFile,
    findings,
    components: linted.flatMap(({ name, components }) => components.map((c) => componentJson(c, findings, name))),
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
      filesScanned: sources.filesRead
    },
    clusters: linted.map(({ name, graph }) => ({ ...name !== void 0 ? { name } : {}, deployment: summarizeDeployment(graph), detected: detectedOf(graph) }))
  };
  return {
    result,
    graphs: linted.map((c) => c.graph),
    messageIds: found.map((f) => f.messageId),
    consulted: sources.consultedFiles(),
    // Last: every file the run consulted, down to the rules' (a Helm values document is read when first asked), is known.
    ...units ? { units: unitRecords(sources, units, files) } : {}
  };
}
function unitRecords(sources, units, files) {
  const indexOf = new Map(files.map((f, i) => [f, i]));
  const indices = (paths) => Int32Array.from([...paths], (p) => indexOf.get(p) ?? -1);
  return {
    units: units.map((u) => ({ input: u.input, buildOptions: u.buildOptions, consulted: indices(u.scope.consulted), digest: unitDigest(sources, u) })),
    outside: indices(sources.consultedOutside())
  };
}
var SUPPRESSIONS = defineFact("suppressions", (text, path) => parseDirectives(path, text));
var READ_FACTS = [SUPPRESSIONS, CRD_SPECS];
function suppress(findings, sources, severityOf) {
  const files = /* @__PURE__ */ new Set([...sources.readFiles(), ...findings.map((f) => f.file)]);
  const directives = [...files].sort().flatMap((file) => sources.fact(file, SUPPRESSIONS) ?? []);
  if (directives.length === 0) return findings;
  const { kept, problems } = applySuppressions(findings, directives, ruleIds);
  const stamped = problems.flatMap((p) => {
    const severity = severityOf(p.ruleId, p.file, p.severity);
    return severity === "off" ? [] : [{ ...p, severity }];
  });
  return [...kept, ...stamped].sort(compareFindings);
}
function entrypointsFor(config, fromBootstrap, chartRoots, sources) {
  if (config.argocd.entrypoints?.length) {
    return config.argocd.entrypoints.map((file) => ({ file: file.replace(/^\.\//, "").replace(/\/$/, ""), at: { file, line: 1, column: 1 }, origin: "config" }));
  }
  if (fromBootstrap.length > 0 || chartRoots.length > 0) {
    return [
      ...fromBootstrap.map((e) => ({ ...e, origin: "bootstrap" })),
      ...chartRoots.map((r) => ({
        file: r.file,
        at: r.at,
        origin: "bootstrap",
        ...r.chartDir ? r.chartDir.appsOnly ? { appsChart: true } : {} : { chartValues: true },
        ...r.valuesKey === void 0 ? {} : { valuesKey: r.valuesKey }
      }))
    ];
  }
  return autoEntrypoints(sources, config.argocd.roots ?? [""], config.argocd.repoURLs ?? []);
}
function componentJson(c, findings, cluster) {
  const entry = (d) => ({
    file: d.at.file,
    line: d.at.line,
    mechanism: d.mechanism,
    ...d.version ? { version: d.version } : {},
    ...d.application ? { application: d.application } : {},
    ...d.appset ? { appset: d.appset } : {}
  });
  const violation = findings.some((f) => f.component === c.name && f.severity !== "info" && (f.cluster === void 0 || f.cluster === cluster));
  return {
    name: c.name,
    ...cluster ? { cluster } : {},
    policy: c.policy,
    bootstrap: c.bootstrap.map(entry),
    runtime: c.runtime.map(entry),
    status: violation ? "violation" : "ok"
  };
}

export {
  definedFact,
  limitsOf,
  SourceSet,
  renderUnit,
  unitFailures,
  unitDigest,
  analyse,
  READ_FACTS
};
