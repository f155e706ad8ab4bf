import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  apiGroup
} from "./chunk-443EUCID.mjs";

// src/engine/suppress.ts
var suppressionDiagnostics = [
  {
    id: "invalid-suppression",
    severity: "error",
    description: "A suppression comment names a rule id that does not exist.",
    rationale: "A misspelt rule id in a suppression comment silently suppresses nothing; the comment should name a rule of detectviz-lint --list-rules.",
    messages: { unknownRule: "the comment names a rule id that does not exist" }
  },
  {
    id: "unused-suppression",
    severity: "info",
    description: "A suppression comment suppresses nothing.",
    rationale: "A suppression that no longer matches a finding hides nothing today but would hide a future regression; remove it.",
    messages: { suppressesNothing: "the comment matches no finding" }
  }
];
var severityOf = (id) => suppressionDiagnostics.find((d) => d.id === id).severity;
var DIRECTIVE = /#-?\s*detectviz-lint-(disable-next-line|disable-line|disable)\b(.*?)(?=-?#\}|$)/g;
var isCommentLine = (trimmed) => trimmed.startsWith("#") || /^\{#.*#\}$/.test(trimmed);
function parseDirectives(file, text) {
  if (!text.includes("detectviz-lint-disable")) return [];
  const out = [];
  const lines = text.split(/\r?\n/);
  let leading = true;
  lines.forEach((lineText, i) => {
    const trimmed = lineText.trim();
    const isComment = isCommentLine(trimmed) || trimmed === "" || trimmed === "---";
    for (const m of lineText.matchAll(DIRECTIVE)) {
      const kind = m[1] === "disable-next-line" ? "next-line" : m[1] === "disable-line" ? "line" : "file";
      if (kind === "file" && !leading) continue;
      const rules2 = m[2].split(/\s--\s|\s--$/)[0].split(/[\s,]+/).filter(Boolean);
      out.push({ file, line: i + 1, column: (m.index ?? 0) + 1, kind, rules: rules2, target: kind === "file" ? 0 : kind === "line" ? i + 1 : nextContentLine(lines, i) });
    }
    if (!isComment) leading = false;
  });
  return out;
}
function nextContentLine(lines, from) {
  for (let j = from + 1; j < lines.length; j++) if (!isCommentLine(lines[j].trim())) return j + 1;
  return from + 2;
}
var applies = (d, f) => d.file === f.file && (d.kind === "file" || d.target === f.line) && (d.rules.length === 0 || d.rules.includes(f.ruleId));
function applySuppressions(findings, directives, knownIds) {
  const used = /* @__PURE__ */ new Set();
  const kept = findings.filter((f) => {
    const d = directives.find((x) => applies(x, f));
    if (d) used.add(d);
    return !d;
  });
  const problems = [];
  for (const d of directives) {
    const unknown = d.rules.filter((r) => !knownIds.has(r));
    if (unknown.length > 0) {
      problems.push({
        ruleId: "invalid-suppression",
        messageId: "unknownRule",
        severity: severityOf("invalid-suppression"),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `suppression names unknown rule id${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; see detectviz-lint --list-rules`
      });
    } else if (!used.has(d)) {
      problems.push({
        ruleId: "unused-suppression",
        messageId: "suppressesNothing",
        severity: severityOf("unused-suppression"),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `this suppression${d.rules.length ? ` of ${d.rules.join(", ")}` : ""} suppresses nothing; remove it`
      });
    }
  }
  return { kept, problems };
}

// src/argocd/app-id.ts
var qualifiedId = (namespace, name) => `${namespace}/${name}`;
var nameOfId = (id) => id.slice(id.indexOf("/") + 1);

// src/graph/graph.ts
function buildGraph({ bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots, chartValueRoots = [], limitsReached, declaresArgo = false }) {
  const nodes = [];
  const edges = [];
  for (const file of bootstrap.playbooks) nodes.push({ id: `playbook:${file}`, kind: "playbook", name: file, at: { file, line: 1, column: 1 }, layer: "bootstrap" });
  for (const role of bootstrap.roles) nodes.push({ id: `role:${role.dir}`, kind: "role", name: role.name, at: role.at, layer: "bootstrap" });
  for (const task of bootstrap.tasks) {
    if (!task.reachable) continue;
    nodes.push({ id: `task:${task.id}`, kind: "task", name: task.name ?? task.module, at: task.at, layer: "bootstrap" });
    const role = bootstrap.roles.find((r) => r.name === task.role);
    if (role) edges.push({ from: `role:${role.dir}`, to: `task:${task.id}`, kind: "references" });
  }
  for (const entry of runtime.entrypoints) {
    nodes.push({ id: `entrypoint:${entry.file}`, kind: "entrypoint", name: entry.file, at: entry.at, layer: "runtime" });
    const task = bootstrap.tasks.find((t) => t.at.file === entry.at.file && t.at.line === entry.at.line);
    if (task) edges.push({ from: `task:${task.id}`, to: `entrypoint:${entry.file}`, kind: "deploys" });
  }
  for (const set of runtime.applicationSets) {
    nodes.push({ id: `applicationset:${set.id}`, kind: "applicationset", name: set.name, at: set.at, layer: "runtime" });
    edges.push({ from: set.parent ? `application:${set.parent}` : entryOf(runtime, set.at.file), to: `applicationset:${set.id}`, kind: "deploys" });
  }
  for (const app of runtime.applications) {
    nodes.push({ id: `application:${app.id}`, kind: "application", name: app.name, at: app.at, layer: "runtime" });
    const from = app.appset ? `applicationset:${app.appset}` : app.parent ? `application:${app.parent}` : entryOf(runtime, app.at.file);
    edges.push({ from, to: `application:${app.id}`, kind: "deploys" });
  }
  runtime.objects.forEach((obj, i) => {
    const id = `object:${i}`;
    nodes.push({ id, kind: "object", name: `${obj.kind}/${obj.name}`, at: obj.at, layer: "runtime" });
    edges.push({ from: `application:${obj.application}`, to: id, kind: "deploys" });
  });
  runtime.charts.forEach((chart, i) => {
    const id = `chart:${i}`;
    nodes.push({ id, kind: "chart", name: chart.name, at: chart.at, layer: "runtime" });
    edges.push({ from: `application:${chart.application}`, to: id, kind: "deploys" });
  });
  return { nodes, edges, bootstrap, runtime, parseProblems, escapes, appUnits, appsRoots, chartValueRoots, limitsReached, declaresArgo, hasBootstrap: bootstrap.playbooks.length > 0 };
}
function appsOfApps(runtime) {
  return new Set([...runtime.applications, ...runtime.applicationSets].flatMap((x) => x.parent ? [x.parent] : []));
}
function playbooksReaching(graph, file, seen = /* @__PURE__ */ new Set()) {
  const { bootstrap } = graph;
  if (bootstrap.playbooks.includes(file)) return [file];
  if (seen.has(file)) return [];
  seen.add(file);
  const role = bootstrap.roles.find((r) => file.startsWith(`${r.dir}/`));
  const from = bootstrap.refs.filter((ref) => ref.resolved !== void 0 && (ref.resolved === file || role !== void 0 && ref.kind === "role" && ref.resolved === role.dir)).map((ref) => ref.from.file);
  return [...new Set(from.flatMap((f) => playbooksReaching(graph, f, seen)))].sort();
}
var entryOf = (runtime, file) => `entrypoint:${runtime.entrypoints.find((e) => e.file === file)?.file ?? file}`;
function unknownsAffecting(graph, kind, scope = {}) {
  const matches = (u) => u.affects.includes(kind) && (scope.role === void 0 || u.scope?.role === void 0 || u.scope.role === scope.role) && (scope.application === void 0 || u.scope?.application === void 0 || u.scope.application === scope.application) && (scope.play === void 0 || u.scope?.play === void 0 || u.scope.play === scope.play);
  const cuts = (graph.limitsReached ?? []).flatMap((l) => l.unresolved ? [l.unresolved] : []);
  return [...graph.bootstrap.unresolved, ...graph.runtime.unresolved, ...cuts].filter(matches);
}

// src/engine/rule.ts
var defineRule = (rule) => rule;
var describeApp = (application, appset) => application ? `Application ${nameOfId(application)}${appset ? ` (ApplicationSet ${nameOfId(appset)})` : ""}` : "the runtime layer";

// rules/cni-runtime-managed.ts
var cni_runtime_managed_default = defineRule({
  id: "cni-runtime-managed",
  severity: "error",
  category: "layering",
  description: "The runtime layer (Argo CD) deploys a CNI's core: its DaemonSet, operator, chart or install manifest.",
  rationale: "Networking must exist when the cluster initialises, and changing the CNI from GitOps can take the whole cluster network down; the seed keeps Calico in bootstrap and never lets Argo CD manage the calico-node DaemonSet.",
  messages: {
    cniInRuntime: "the runtime layer deploys an object or chart of the CNI"
  },
  examples: { fails: "calico-node-in-infra-appset", passes: "calico-ippool-in-runtime" },
  check: ({ components }) => components.filter((c) => c.role === "cni").flatMap(
    (c) => c.runtime.flatMap((d) => {
      const what = d.objects.map((o) => ({ at: o.kindAt, label: `${o.kind} ${o.name}` }));
      what.push(...d.charts.map((ch) => ({ at: ch.at, label: `chart ${ch.name}` })));
      return what.map((w) => ({
        at: w.at,
        messageId: "cniInRuntime",
        component: c.name,
        message: `${describeApp(d.application, d.appset)} deploys ${c.name}'s ${w.label}; the CNI belongs to bootstrap: install it from Ansible and keep only its allowed configuration in Argo CD`
      }));
    })
  )
});

// rules/cni-config-runtime-managed.ts
var cni_config_runtime_managed_default = defineRule({
  id: "cni-config-runtime-managed",
  severity: "warning",
  category: "layering",
  description: "The runtime layer deploys CNI-wide configuration that belongs with the CNI (Calico FelixConfiguration, Cilium global config).",
  rationale: "The seed applies FelixConfiguration together with Calico in bootstrap: CNI configuration travels with the CNI. Only IPPool and network policy resources are allowed in the runtime layer.",
  messages: {
    configInRuntime: "the runtime layer deploys a CNI's cluster-wide configuration"
  },
  examples: { fails: "felixconfiguration-in-runtime", passes: "calico-networkpolicy-in-runtime" },
  check: ({ components }) => components.flatMap(
    (c) => c.runtime.flatMap(
      (d) => d.configObjects.filter((o) => o.config === "forbidden").map(({ obj }) => ({
        at: obj.kindAt,
        messageId: "configInRuntime",
        component: c.name,
        message: `${describeApp(d.application, d.appset)} deploys ${obj.kind} ${obj.name}, ${c.name}'s cluster-wide configuration; apply it in bootstrap together with ${c.name}`
      }))
    )
  )
});

// rules/cni-bootstrap-missing.ts
var cni_bootstrap_missing_default = defineRule({
  id: "cni-bootstrap-missing",
  severity: "error",
  category: "layering",
  description: "Bootstrap initialises a cluster (kubeadm init, k3s/RKE2 server) but installs no CNI.",
  rationale: "Nodes stay NotReady and nothing, Argo CD included, can schedule until a CNI runs: it is a hard dependency of cluster initialisation.",
  messages: {
    noCni: "bootstrap initialises the cluster but installs no CNI"
  },
  examples: { fails: "kubeadm-without-cni", passes: "kubeadm-with-calico-manifest" },
  check: ({ graph, components }) => {
    const installers = graph.bootstrap.installers;
    if (installers.length === 0) return [];
    if (installers.some((i) => i.builtinCni)) return [];
    if (components.some((c) => c.role === "cni" && c.bootstrap.length > 0)) return [];
    const first = installers[0];
    return [
      {
        at: first.at,
        messageId: "noCni",
        message: `bootstrap initialises the cluster with ${first.kind} but installs no CNI; apply the CNI (Calico, Cilium, Flannel, ...) from Ansible right after the control plane starts`,
        withheldBy: unknownsAffecting(graph, "bootstrap-deploys")
      }
    ];
  }
});

// rules/vip-bootstrap-missing.ts
var EARLY = /* @__PURE__ */ new Set(["static-pod", "k3s-manifest"]);
var vip_bootstrap_missing_default = defineRule({
  id: "vip-bootstrap-missing",
  severity: "error",
  category: "layering",
  description: "A control-plane VIP provider (kube-vip) is present but bootstrap does not deploy it as a static pod or k3s/RKE2 server manifest.",
  rationale: "kubeadm init and every later control-plane join need the VIP before the cluster exists; only a static pod (or an auto-deploy manifest) can provide it that early.",
  messages: {
    vipNotStaticPod: "the control-plane VIP is not written as a static pod or server manifest in bootstrap"
  },
  examples: { fails: "kube-vip-only-in-runtime", passes: "kube-vip-static-pod-and-daemonset" },
  check: ({ components, graph }) => components.filter((c) => c.role === "vip" && (c.bootstrap.length > 0 || c.runtime.length > 0)).filter((c) => !c.bootstrap.some((d) => EARLY.has(d.mechanism))).filter(() => graph.hasBootstrap).map((c) => {
    const d = c.bootstrap[0] ?? c.runtime[0];
    return {
      at: d.layer === "runtime" ? d.objects[0]?.kindAt ?? d.at : d.at,
      messageId: "vipNotStaticPod",
      component: c.name,
      message: `${c.name} provides the control-plane VIP but bootstrap never writes it as a static pod (/etc/kubernetes/manifests) or k3s/RKE2 server manifest; render it there from Ansible before the cluster is initialised and joined`,
      // A static pod is a file written on the node: an unknown write could be it.
      withheldBy: [...unknownsAffecting(graph, "bootstrap-deploys"), ...unknownsAffecting(graph, "bootstrap-writes")]
    };
  })
});

// rules/gitops-engine-bootstrap-missing.ts
var gitops_engine_bootstrap_missing_default = defineRule({
  id: "gitops-engine-bootstrap-missing",
  severity: "error",
  category: "layering",
  description: "Argo CD is managed at runtime, or Applications exist, but bootstrap never installs Argo CD.",
  rationale: "Argo CD cannot deploy itself the first time (chicken and egg): bootstrap must install it before any Application can sync.",
  messages: {
    runtimeManagesEngine: "the runtime layer manages Argo CD but bootstrap never installs it",
    applicationsWithoutEngine: "Argo CD Applications are defined but bootstrap never installs Argo CD"
  },
  examples: { fails: "applications-without-argocd-install", passes: "argocd-installed-by-ansible" },
  check: ({ graph, components }) => {
    if (!graph.hasBootstrap) return [];
    const engines = components.filter((c) => c.role === "gitops-engine");
    if (engines.some((c) => c.bootstrap.length > 0)) return [];
    const managed = engines.find((c) => c.runtime.length > 0)?.runtime[0];
    const engine = engines.find((c) => c.runtime.length > 0)?.name ?? "argocd";
    const fix = "install it from Ansible (pinned manifest or chart), then apply the root Application";
    const withheldBy = unknownsAffecting(graph, "bootstrap-deploys");
    if (managed) {
      const obj = managed.objects[0];
      return [
        {
          at: obj?.kindAt ?? managed.at,
          messageId: "runtimeManagesEngine",
          component: engine,
          message: `the runtime layer manages Argo CD${obj ? ` (${obj.kind} ${obj.name})` : ""} through ${describeApp(managed.application, managed.appset)} but bootstrap never installs Argo CD; ${fix}`,
          withheldBy
        }
      ];
    }
    const first = graph.runtime.applications[0] ?? graph.runtime.applicationSets[0];
    if (!first) return [];
    return [{ at: first.at, messageId: "applicationsWithoutEngine", component: engine, message: `Argo CD Applications are defined here but bootstrap never installs Argo CD; ${fix}`, withheldBy }];
  }
});

// rules/gitops-engine-not-self-managed.ts
var gitops_engine_not_self_managed_default = defineRule({
  id: "gitops-engine-not-self-managed",
  severity: "warning",
  category: "layering",
  description: "Bootstrap installs Argo CD but no reachable Application deploys Argo CD's own configuration.",
  rationale: "After the first install Argo CD should manage itself (argocd-cm, RBAC, repository credentials) so its configuration is versioned and can be rolled back like everything else.",
  messages: {
    notSelfManaged: "bootstrap installs Argo CD but no Application manages its configuration"
  },
  examples: { fails: "argocd-installed-never-self-managed", passes: "argocd-self-managed" },
  check: ({ graph, components }) => components.filter((c) => c.role === "gitops-engine" && c.bootstrap.length > 0 && c.runtime.length === 0).map((c) => ({
    at: c.bootstrap[0].at,
    messageId: "notSelfManaged",
    component: c.name,
    message: `bootstrap installs ${c.name} but no Application manages its configuration (argocd-cm, argocd-rbac-cm, repository secrets); add a self-management Application`,
    withheldBy: [...unknownsAffecting(graph, "runtime-deploys"), ...unknownsAffecting(graph, "entrypoints")]
  }))
});

// rules/root-app-missing.ts
function rootsWithoutProject(graph) {
  const fromBootstrap = new Set(graph.bootstrap.deployments.flatMap((d) => d.objects).filter((o) => o.kind === "AppProject").map((o) => o.name));
  const entryFiles = new Set(graph.bootstrap.argocdEntrypoints.map((e) => e.file));
  return graph.runtime.applications.filter((app) => !app.parent && !app.appset && entryFiles.has(app.at.file) && app.project !== "default" && !fromBootstrap.has(app.project)).flatMap((app) => {
    const project = graph.runtime.objects.find((o) => o.kind === "AppProject" && o.name === app.project);
    if (!project) return [];
    return [
      {
        at: app.projectAt ?? app.at,
        messageId: "projectFromDescendant",
        related: [project.kindAt],
        message: `root Application ${app.name} uses AppProject ${app.project}, which only ${project.application === app.id ? "the root itself deploys" : `its own descendant ${nameOfId(project.application)} deploys`} (${project.at.file}); on a fresh cluster it never syncs: create the project from bootstrap before applying the root, or give the root project default`,
        // Bootstrap could create the project through what the reader did not follow.
        withheldBy: unknownsAffecting(graph, "bootstrap-deploys")
      }
    ];
  });
}
var root_app_missing_default = defineRule({
  id: "root-app-missing",
  severity: "error",
  category: "layering",
  description: "Bootstrap installs Argo CD but never applies an Application or ApplicationSet (or applies a root whose AppProject only the runtime layer creates), so nothing connects bootstrap to the runtime layer.",
  rationale: "The chain is Ansible \u2192 Argo CD install \u2192 root Application \u2192 everything else; without the root Application the runtime layer is never started.",
  messages: {
    projectFromDescendant: "the root Application uses an AppProject that only it or its descendants create",
    noRootApplication: "bootstrap installs Argo CD but applies no root Application"
  },
  examples: { fails: "argocd-installed-without-root-app", passes: "argocd-installed-with-root-app" },
  check: ({ graph, components }) => {
    if (graph.bootstrap.argocdEntrypoints.length > 0 || graph.chartValueRoots.length > 0) return rootsWithoutProject(graph);
    return components.filter((c) => c.role === "gitops-engine" && c.bootstrap.length > 0).map((c) => ({
      at: c.bootstrap[0].at,
      messageId: "noRootApplication",
      component: c.name,
      message: "bootstrap installs Argo CD but never applies a root Application or ApplicationSet; apply one from Ansible right after the install",
      withheldBy: unknownsAffecting(graph, "entrypoints")
    }));
  }
});

// rules/runtime-component-in-bootstrap.ts
var runtime_component_in_bootstrap_default = defineRule({
  id: "runtime-component-in-bootstrap",
  severity: "error",
  category: "layering",
  description: "A reachable Ansible task deploys a component whose policy is runtime-only.",
  rationale: "Bootstrap holds only what the cluster cannot start without (VIP, CNI, GitOps engine); everything else belongs to Argo CD, declarative and able to roll back, with one owner.",
  messages: {
    deployedFromBootstrap: "a bootstrap task deploys a runtime component"
  },
  examples: { fails: "ingress-nginx-installed-by-ansible", passes: "ingress-nginx-only-in-appset" },
  check: ({ components }) => components.filter((c) => c.policy === "runtime-only").flatMap(
    (c) => c.bootstrap.map((d) => {
      const owner = c.runtime[0];
      const also = owner ? `; ${describeApp(owner.application, owner.appset)} also manages it` : "";
      return {
        at: d.at,
        messageId: "deployedFromBootstrap",
        component: c.name,
        related: owner ? [owner.at] : void 0,
        message: `${c.name} is a runtime component but this task deploys it from bootstrap${also}; remove it from Ansible and let Argo CD own it`
      };
    })
  )
});

// rules/app-not-in-appset.ts
var app_not_in_appset_default = defineRule({
  id: "app-not-in-appset",
  severity: "error",
  category: "coverage",
  scope: "repository",
  description: "A deployable app directory under an apps root that no reachable Application or ApplicationSet deploys.",
  rationale: "Every service is runtime, owned by Argo CD through an ApplicationSet; an app directory nothing deploys is either dead code or a service that silently never reaches the cluster.",
  messages: {
    notDeployed: "an app directory that no Application or ApplicationSet deploys"
  },
  examples: { fails: "service-missing-from-list-generator", passes: "every-service-in-an-appset" },
  check: ({ graph }) => {
    const withheldBy = [...unknownsAffecting(graph, "entrypoints"), ...unknownsAffecting(graph, "runtime-deploys").filter((u) => u.scope?.application === void 0)];
    return graph.appUnits.filter((u) => !u.covered).map((u) => ({
      at: u.at,
      messageId: "notDeployed",
      message: `app directory ${u.dir} is not deployed by any Application or ApplicationSet; add it to an ApplicationSet (list element or git directory pattern) or delete it`,
      withheldBy
    }));
  }
});

// rules/app-path-missing.ts
var WHAT = {
  "application-path": "source path",
  "list-path": "list element path",
  "git-directory": "git generator pattern",
  "git-files": "git files generator pattern",
  "kustomize-resource": "kustomization resource",
  "chart-dependency": "chart dependency",
  pattern: "path pattern"
};
var app_path_missing_default = defineRule({
  id: "app-path-missing",
  severity: "error",
  category: "coverage",
  description: "An Application source path, ApplicationSet list path or git-directory pattern names a path of this repository that does not exist or matches nothing.",
  rationale: "Argo CD reports such an Application as a ComparisonError (or generates nothing), so the service the path stands for is not deployed.",
  messages: {
    outside: "a path that leaves the repository",
    neverMatches: 'a git generator pattern with a leading or trailing "/", which never matches',
    noMatch: "a pattern that matches nothing in the repository",
    missing: "a path that does not exist in the repository"
  },
  examples: { fails: "list-element-path-typo", passes: "list-element-paths-exist" },
  check: ({ graph }) => graph.runtime.pathRefs.filter((p) => p.status !== "ok").map((p) => {
    const what = WHAT[p.kind];
    const owner = p.kind === "kustomize-resource" || p.kind === "chart-dependency" ? `rendered for Application ${nameOfId(p.owner)}` : `of ${nameOfId(p.owner)}`;
    const [messageId, problem] = p.status === "outside" ? ["outside", "leaves the repository and is not read"] : p.status === "no-match" ? p.path.startsWith("/") || p.path.endsWith("/") ? ["neverMatches", 'can never match: git generator patterns are relative, without a leading or trailing "/"'] : ["noMatch", `matches no ${p.kind === "git-files" ? "file" : "directory"} of this repository`] : ["missing", "does not exist in this repository"];
    return { at: p.at, messageId, message: `${what} "${p.path}" ${owner} ${problem}`, withheldBy: unknownsAffecting(graph, "runtime-deploys", { application: p.owner }).filter((u) => u.scope?.application === p.owner) };
  })
});

// rules/app-path-empty.ts
var app_path_empty_default = defineRule({
  id: "app-path-empty",
  severity: "error",
  category: "coverage",
  description: "An Application whose path exists but deploys nothing (no kustomization, chart or manifest there).",
  rationale: "Argo CD reports such an Application Synced with zero resources: it looks healthy while the service is not deployed at all.",
  messages: {
    rendersNothing: "a source path that renders no Kubernetes object"
  },
  examples: { fails: "app-directory-with-only-readme", passes: "app-directory-with-manifests" },
  check: ({ graph }) => {
    const parents = appsOfApps(graph.runtime);
    return graph.runtime.applications.flatMap(
      (app) => app.sources.filter((s) => s.local && s.path !== void 0 && ["kustomize", "helm", "directory"].includes(s.tool) && s.renders === 0 && !s.unparsed).filter(() => !parents.has(app.id)).map((s) => ({
        at: s.pathAt ?? app.at,
        messageId: "rendersNothing",
        message: `Application ${app.name} deploys "${s.path}", which renders no Kubernetes object (${s.tool === "directory" ? "no manifest in the directory" : `empty ${s.tool}`}); Argo CD will report it Synced with nothing deployed`,
        withheldBy: unknownsAffecting(graph, "runtime-deploys", { application: app.id }).filter((u) => u.scope?.application === app.id)
      }))
    );
  }
});

// rules/appset-group-mismatch.ts
var appset_group_mismatch_default = defineRule({
  id: "appset-group-mismatch",
  severity: "warning",
  category: "coverage",
  description: "A component is generated by a different ApplicationSet than the configuration assigns it.",
  rationale: "ApplicationSets group services by project, sync policy and waves (the seed: infra-appset for infrastructure, apps-appset for applications); a service in the wrong group gets the wrong policy.",
  messages: {
    wrongAppSet: "a component generated by another ApplicationSet than the configuration assigns"
  },
  examples: { fails: "grafana-in-infra-appset", passes: "grafana-in-apps-appset" },
  check: ({ components, config, graph }) => {
    const present = new Set(graph.runtime.applicationSets.map((s) => s.name));
    const assigned = /* @__PURE__ */ new Map();
    for (const [appset, members] of Object.entries(config.appsets)) if (present.has(appset)) for (const m of members) assigned.set(m, appset);
    const appAt = new Map(graph.runtime.applications.map((a) => [a.name, a.at]));
    return components.flatMap((c) => {
      const want = assigned.get(c.name);
      if (!want) return [];
      return c.runtime.filter((d) => d.appset && d.appset !== want).map((d) => ({
        at: d.application && appAt.get(d.application) || d.at,
        messageId: "wrongAppSet",
        component: c.name,
        message: `${c.name} is generated by ApplicationSet ${d.appset} but the configuration assigns it to ${want}; move it there (or change appsets: in .detectviz-lint.yaml)`
      }));
    });
  }
});

// rules/duplicate-owner.ts
var duplicate_owner_default = defineRule({
  id: "duplicate-owner",
  severity: "error",
  category: "coverage",
  description: "Two reachable Applications deploy the same path, or the same Kubernetes object (group, kind, namespace, name).",
  rationale: '"No overlap, no conflict": with two owners Argo CD fights itself (shared-resource warnings, endless syncs, prune of the other side).',
  messages: {
    samePath: "two Applications deploy the same path",
    sameObject: "two Applications deploy the same object"
  },
  examples: { fails: "same-path-in-two-appsets", passes: "one-owner-per-path" },
  check: ({ graph }) => {
    const findings = [];
    const byPath = /* @__PURE__ */ new Map();
    const sharing = /* @__PURE__ */ new Set();
    for (const ref of graph.runtime.pathRefs) {
      if (ref.status !== "ok" || ref.kind !== "application-path" && ref.kind !== "list-path") continue;
      const first = byPath.get(ref.path);
      if (!first) byPath.set(ref.path, { owner: ref.owner, at: ref.at });
      else if (first.owner !== ref.owner) {
        sharing.add(`${first.owner}\0${ref.owner}`);
        findings.push({ at: ref.at, messageId: "samePath", related: [first.at], message: `Applications ${nameOfId(first.owner)} and ${nameOfId(ref.owner)} both deploy path "${ref.path}"; keep one owner` });
      }
    }
    const byObject = /* @__PURE__ */ new Map();
    for (const obj of graph.runtime.objects) {
      if (!obj.name) continue;
      const key = [apiGroup(obj.apiVersion), obj.kind, obj.namespace ?? "", obj.name].join("/");
      const first = byObject.get(key);
      if (!first) byObject.set(key, obj);
      else if (first.application !== obj.application && !sharing.has(`${first.application}\0${obj.application}`))
        findings.push({
          at: obj.kindAt,
          messageId: "sameObject",
          related: [first.kindAt],
          message: `${obj.kind} ${obj.namespace ? `${obj.namespace}/` : ""}${obj.name} is deployed by both Application ${nameOfId(first.application)} and ${nameOfId(obj.application)}; keep one owner`
        });
    }
    return findings;
  }
});

// rules/unused-template.ts
var unused_template_default = defineRule({
  id: "unused-template",
  severity: "warning",
  category: "bootstrap-hygiene",
  scope: "repository",
  description: "A file under a role's templates/ or files/ that no reachable task, handler or lookup references.",
  rationale: "The seed deleted kube-vip-ds.yaml.j2 because no task used it: an unused bootstrap template misleads readers about what bootstrap deploys.",
  messages: {
    unusedFile: "a file of a role that no task uses"
  },
  examples: { fails: "template-nothing-renders", passes: "every-template-rendered" },
  check: ({ graph }) => {
    const used = new Set(graph.bootstrap.refs.filter((r) => r.reachable && r.resolved).map((r) => r.resolved));
    const usedByDeadCode = new Map(graph.bootstrap.refs.filter((r) => !r.reachable && r.resolved).map((r) => [r.resolved, r.from.file]));
    return graph.bootstrap.roles.filter((role) => role.reachable).flatMap(
      (role) => role.assets.filter((file) => !used.has(file)).map((file) => {
        const dead = usedByDeadCode.get(file);
        const why = dead ? `only ${dead}, which no play reaches, references it` : "no task, handler or lookup references it";
        return {
          at: { file, line: 1, column: 1 },
          messageId: "unusedFile",
          message: `this file of role ${role.name} is never used: ${why}; delete it or render it from a task`,
          withheldBy: unknownsAffecting(graph, "bootstrap-uses", { role: role.name })
        };
      })
    );
  }
});

// rules/unused-role.ts
var unused_role_default = defineRule({
  id: "unused-role",
  severity: "warning",
  category: "bootstrap-hygiene",
  scope: "repository",
  description: "A role that no playbook, role dependency or include reaches.",
  rationale: "A dead role looks like part of the bootstrap to every reader (and reviewer) while it never runs; if it deploys runtime components it is also a trap for whoever wires it back in.",
  messages: {
    unusedRole: "a role that no playbook, dependency or include uses"
  },
  examples: { fails: "role-no-playbook-uses", passes: "every-role-in-a-play" },
  check: ({ graph, catalog }) => graph.bootstrap.roles.filter((role) => !role.reachable).map((role) => {
    const names = /* @__PURE__ */ new Set();
    for (const d of graph.bootstrap.deadDeployments.filter((x) => x.role === role.name)) {
      const e = d.url && catalog.matchUrl(d.url) || d.chart && catalog.matchChart(d.chart);
      if (e) names.add(e.name);
      for (const o of d.objects) {
        const m = catalog.matchObject(o);
        if (m) names.add(m.entry.name);
      }
    }
    const would = names.size > 0 ? ` (it would deploy ${[...names].sort().join(", ")})` : "";
    return {
      at: role.at,
      messageId: "unusedRole",
      message: `role ${role.name} is not used by any playbook, role dependency or include${would}; delete it or add it to a play`,
      withheldBy: unknownsAffecting(graph, "bootstrap-roles")
    };
  })
});

// rules/missing-reference.ts
var WHAT2 = {
  template: "template",
  file: "file",
  tasks: "tasks file",
  role: "role",
  vars: "vars file",
  playbook: "playbook",
  "host-file": "host file"
};
var missing_reference_default = defineRule({
  id: "missing-reference",
  severity: "error",
  category: "bootstrap-hygiene",
  scope: "repository",
  description: "A task references a template, file, role or tasks file that does not exist, or applies a local file that no earlier task in the same play writes.",
  rationale: "The bootstrap fails at that task on a fresh cluster (or applies a stale file left by an older run), and a review that reads the task list believes it works.",
  messages: {
    notWrittenEarlier: "a task applies a host file that no earlier task in the play writes",
    missingFile: "a template, file, role, tasks, vars file or playbook that does not exist"
  },
  examples: { fails: "apply-of-file-never-written", passes: "apply-of-rendered-template" },
  check: ({ graph }) => {
    const sourceFor = (hostPath, taskFile) => {
      const role = graph.bootstrap.roles.find((r) => taskFile.startsWith(`${r.dir}/`));
      const name = hostPath.split("/").pop();
      return role?.assets.find((a) => a.split("/").pop().replace(/\.j2$/, "") === name);
    };
    const playOf = new Map(graph.bootstrap.tasks.map((t) => [`${t.at.file}:${t.at.line}`, t.play]));
    const withheldBy = (r) => r.kind === "host-file" ? unknownsAffecting(graph, "bootstrap-writes", { play: playOf.get(`${r.from.file}:${r.from.line}`) }) : [];
    return graph.bootstrap.refs.filter((r) => r.reachable && r.status === "missing").map((r) => ({
      at: r.from,
      withheldBy: withheldBy(r),
      messageId: r.kind === "host-file" ? "notWrittenEarlier" : "missingFile",
      message: r.kind === "host-file" ? `this task applies ${r.ref}, but no earlier task in the play writes it; ${sourceFor(r.ref, r.from.file) ? `render ${sourceFor(r.ref, r.from.file)} to it first` : "render or copy it first"} (template/copy/get_url with dest: ${r.ref})` : `${WHAT2[r.kind]} "${r.ref}" does not exist; fix the name or add the file`
    }));
  }
});

// rules/unpinned-version.ts
var FLOATING_URL = /\/(stable|latest|master|main|HEAD)\/|releases\/latest\/download/;
var FLOATING_REF = /* @__PURE__ */ new Set(["", "HEAD", "main", "master", "stable", "latest", "develop", "trunk"]);
var RANGE = /[*^~<>|xX]|\s-\s/;
var FLOATING_TAG = /* @__PURE__ */ new Set(["latest", "main", "master", "stable", "edge", "nightly"]);
var floatingImage = (img) => !img.unresolved && !img.digest && (!img.tag || img.tag === "latest");
var unpinned_version_default = defineRule({
  id: "unpinned-version",
  severity: "warning",
  category: "versions",
  description: "A floating version where a pinned one is needed to roll back: a manifest URL on a branch, a chart without a version, an image without a tag or tagged latest, a floating image tag set in Helm values.",
  rationale: "Rolling back means redeploying a known version; a floating reference deploys whatever upstream published last, differently on every run.",
  messages: {
    installScript: "an install script runs without a version pin",
    movingUrl: "bootstrap applies a URL that follows a moving branch",
    bootstrapChart: "bootstrap installs a chart without a version",
    bootstrapImage: "a bootstrap image without a pinned tag",
    runtimeChart: "an Application installs a chart with a version range or none",
    externalRevision: "an Application tracks a moving revision of an external repository",
    remoteResource: "a remote kustomize resource follows a moving ref",
    runtimeImage: "a runtime image without a pinned tag",
    valuesImage: "Helm values set a floating image tag"
  },
  examples: { fails: "argocd-install-from-stable", passes: "argocd-install-pinned" },
  check: ({ graph, catalog }) => {
    const findings = [];
    for (const i of graph.bootstrap.installers.filter((x) => x.unpinnedScript)) {
      const pin = i.kind === "k3s" ? "INSTALL_K3S_VERSION" : "INSTALL_RKE2_VERSION";
      findings.push({ at: i.at, messageId: "installScript", message: `the ${i.kind} install script runs without ${pin}, so every run installs whatever the channel serves; set ${pin} (e.g. in the task's environment:)` });
    }
    for (const d of graph.bootstrap.deployments) {
      if (d.url && FLOATING_URL.test(d.url))
        findings.push({ at: d.urlAt ?? d.at, messageId: "movingUrl", component: catalog.matchUrl(d.url)?.name, message: `bootstrap applies ${d.url}, which follows a moving branch; pin a release tag (e.g. /v1.2.3/) so a rerun installs the same version` });
      if (d.chart && !d.chart.version && d.chart.dir === void 0)
        findings.push({ at: d.chart.at, messageId: "bootstrapChart", component: catalog.matchChart(d.chart)?.name, message: `bootstrap installs chart ${d.chart.name} without a version; set chart_version (or --version) to a pinned release` });
      for (const img of d.objects.flatMap((o) => o.images).filter(floatingImage))
        findings.push({ at: img.tagAt ?? img.at, messageId: "bootstrapImage", message: `image ${img.image} has no pinned tag; use an explicit version tag or digest` });
    }
    for (const chart of graph.runtime.charts) {
      if (!chart.repo) continue;
      if (!chart.version || FLOATING_REF.has(chart.version) || RANGE.test(chart.version))
        findings.push({
          at: chart.versionAt ?? chart.at,
          messageId: "runtimeChart",
          component: catalog.matchChart(chart)?.name,
          message: `${describeApp(chart.application, chart.appset)} installs chart ${chart.name} ${chart.version ? `with the range "${chart.version}"` : "without a version"}; pin an exact chart version`
        });
    }
    for (const app of graph.runtime.applications) {
      for (const s of app.sources) {
        if (s.local || s.tool === "chart" || s.path === void 0) continue;
        if (FLOATING_REF.has(s.targetRevision ?? ""))
          findings.push({ at: s.revisionAt ?? s.at, messageId: "externalRevision", message: `Application ${app.name} tracks ${s.targetRevision || "HEAD"} of external repository ${s.repoURL}; pin a tag or commit` });
      }
    }
    for (const r of graph.runtime.remotes) {
      const ref = /[?&](?:ref|version)=([^&]+)/.exec(r.url)?.[1];
      const floatingFile = /^https?:.*\.(ya?ml|json)$/.test(r.url) ? FLOATING_URL.test(r.url) : ref === void 0 || FLOATING_REF.has(ref);
      const reported = findings.some((f) => f.at.file === r.at.file && f.at.line === r.at.line && f.at.column === r.at.column);
      if (floatingFile && !reported)
        findings.push({
          at: r.at,
          messageId: "remoteResource",
          message: `remote resource ${r.url} of ${describeApp(r.application)} follows a moving ref; ${ref ? "pin ?ref= to a release tag" : "add ?ref=<release tag>"} (or use a release URL)`
        });
    }
    for (const obj of graph.runtime.objects)
      for (const img of obj.images.filter(floatingImage))
        findings.push({ at: img.tagAt ?? img.at, messageId: "runtimeImage", message: `image ${img.image} in ${obj.kind} ${obj.name} (${describeApp(obj.application, obj.appset)}) has no pinned tag; use an explicit version tag or digest` });
    const valuesByPlace = /* @__PURE__ */ new Map();
    for (const img of graph.runtime.valuesImages) {
      if (img.digest || !img.tag || !FLOATING_TAG.has(img.tag)) continue;
      const at = img.tagAt ?? img.at;
      const key = `${at.file}:${at.line}:${at.column}`;
      const seen = valuesByPlace.get(key);
      if (seen) seen.apps.push(describeApp(img.application, img.appset));
      else valuesByPlace.set(key, { img, apps: [describeApp(img.application, img.appset)] });
    }
    for (const { img, apps } of valuesByPlace.values())
      findings.push({
        at: img.tagAt ?? img.at,
        messageId: "valuesImage",
        message: `Helm values set ${img.key}${img.repository ? ` (${img.repository})` : ""} to the floating tag "${img.tag}" for ${apps.join(", ")}; pin a version tag or digest, or leave the tag empty for the chart's pinned default`
      });
    return findings;
  }
});

// rules/version-skew.ts
var FLOATING = /* @__PURE__ */ new Set(["stable", "latest", "master", "main", "HEAD"]);
var concrete = (d) => d.version !== void 0 && !FLOATING.has(d.version);
var same = (a, b) => a.replace(/^v/, "") === b.replace(/^v/, "");
var how = (d) => d.objects[0] ? `${d.mechanism}, ${d.objects[0].kind}` : d.mechanism;
var version_skew_default = defineRule({
  id: "version-skew",
  severity: "warning",
  category: "versions",
  description: "A component deployed in both layers runs different versions in each.",
  rationale: "A dual component such as kube-vip must behave the same whichever layer started it; two versions fight over the same VIP and leader lease.",
  messages: {
    versionsDiffer: "a component runs different versions in bootstrap and runtime"
  },
  examples: { fails: "kube-vip-older-in-static-pod", passes: "kube-vip-same-version-both-layers" },
  check: ({ components }) => components.flatMap((c) => {
    const boot = c.bootstrap.find(concrete);
    if (!boot) return [];
    return c.runtime.filter((d) => concrete(d) && d.versionFrom === boot.versionFrom && !same(d.version, boot.version)).map((d) => ({
      at: d.versionAt ?? d.at,
      messageId: "versionsDiffer",
      component: c.name,
      related: boot.versionAt ? [boot.versionAt] : void 0,
      message: `${c.name} runs ${boot.version} in bootstrap (${how(boot)}) but ${d.version} in runtime (${how(d)}, ${describeApp(d.application, d.appset)}); align the versions`
    }));
  })
});

// rules/render-error.ts
var render_error_default = defineRule({
  id: "render-error",
  severity: "error",
  category: "render",
  description: "A reachable app that Argo CD cannot render, found without running kustomize or helm: a file loaded from outside the kustomization while the load restrictor is on, a strategic-merge patch whose target is in no object of a fully known build, two objects with the same id in one build, helmCharts without --enable-helm or without repo or vendored chart, a values or patch file that does not exist.",
  rationale: "Argo CD reports such an app as a ComparisonError and deploys nothing of it; the failure shows only in the cluster after the merge, and finding it otherwise means running kustomize build --enable-helm on every app by hand.",
  messages: {
    cannotRender: "a source that cannot render, so Argo CD deploys none of it"
  },
  examples: { fails: "values-file-outside-kustomization", passes: "values-file-inside-kustomization" },
  check: ({ graph }) => {
    const configUnknown = [...unknownsAffecting(graph, "bootstrap-deploys"), ...unknownsAffecting(graph, "runtime-deploys")];
    return graph.runtime.renderProblems.map((p) => {
      const apps = p.applications.map((a) => describeApp(a.id, a.appset));
      return {
        at: p.at,
        messageId: "cannotRender",
        related: p.related,
        message: `${p.message}; ${apps.join(", ")} cannot render, so Argo CD deploys none of it: ${p.fix}`,
        ...p.byBuildOptions ? { withheldBy: configUnknown } : {}
      };
    });
  }
});

// src/argocd/templated-text.ts
var isTemplated = (text) => text.includes("{{") || text.includes("<no value>");
var NO_VALUE = "<no value>";

// src/graph/namespaces.ts
var KUBERNETES_NAMESPACES = ["default", "kube-system", "kube-public", "kube-node-lease"];
var CLUSTER_SCOPED = {
  "": ["Namespace", "Node", "PersistentVolume", "ComponentStatus"],
  "rbac.authorization.k8s.io": ["ClusterRole", "ClusterRoleBinding"],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "apiregistration.k8s.io": ["APIService"],
  "admissionregistration.k8s.io": ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"],
  "storage.k8s.io": ["StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "VolumeAttributesClass"],
  "scheduling.k8s.io": ["PriorityClass"],
  "node.k8s.io": ["RuntimeClass"],
  "networking.k8s.io": ["IngressClass", "IPAddress", "ServiceCIDR"],
  "certificates.k8s.io": ["CertificateSigningRequest", "ClusterTrustBundle"],
  "flowcontrol.apiserver.k8s.io": ["FlowSchema", "PriorityLevelConfiguration"],
  "resource.k8s.io": ["DeviceClass", "ResourceSlice"]
};
var NAMESPACED = {
  "": ["Pod", "Service", "ConfigMap", "Secret", "ServiceAccount", "PersistentVolumeClaim", "Endpoints", "LimitRange", "ResourceQuota", "ReplicationController", "PodTemplate", "Event"],
  apps: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ControllerRevision"],
  batch: ["Job", "CronJob"],
  autoscaling: ["HorizontalPodAutoscaler"],
  policy: ["PodDisruptionBudget"],
  "networking.k8s.io": ["Ingress", "NetworkPolicy"],
  "rbac.authorization.k8s.io": ["Role", "RoleBinding"],
  "coordination.k8s.io": ["Lease"],
  "discovery.k8s.io": ["EndpointSlice"],
  "events.k8s.io": ["Event"],
  "storage.k8s.io": ["CSIStorageCapacity"],
  "argoproj.io": ["Application", "ApplicationSet", "AppProject"]
};
function kindScopes(crds) {
  const byKind = /* @__PURE__ */ new Map();
  for (const c of crds) if (!byKind.has(`${c.group}\0${c.kind}`)) byKind.set(`${c.group}\0${c.kind}`, c.scope);
  return (apiVersion, kind) => {
    const group = apiGroup(apiVersion);
    if (CLUSTER_SCOPED[group]?.includes(kind)) return "Cluster";
    if (NAMESPACED[group]?.includes(kind)) return "Namespaced";
    return byKind.get(`${group}\0${kind}`);
  };
}
function createdNamespaces(graph, components) {
  const created = new Set(KUBERNETES_NAMESPACES);
  if (components.some((c) => c.role === "gitops-engine" && c.bootstrap.length > 0)) created.add("argocd");
  for (const x of [...graph.runtime.applications, ...graph.runtime.applicationSets]) created.add(x.namespace);
  for (const ns of graph.bootstrap.namespaces) if (ns.name) created.add(ns.name);
  for (const obj of graph.runtime.objects) if (obj.kind === "Namespace" && obj.apiVersion === "v1") created.add(obj.name);
  for (const app of graph.runtime.applications) if (app.createNamespace && literal(app.destinationNamespace)) created.add(app.destinationNamespace);
  return created;
}
var READ_TOOLS = /* @__PURE__ */ new Set(["kustomize", "helm", "directory", "chart", "missing"]);
var literal = (ns) => ns !== void 0 && ns !== "" && !isTemplated(ns);
function missingNamespaces(graph, components) {
  const { runtime } = graph;
  const created = createdNamespaces(graph, components);
  const hidden = new Set(runtime.remotes.map((r) => r.application));
  for (const app of runtime.applications) if (app.sources.some((s) => !READ_TOOLS.has(s.tool) || s.unparsed)) hidden.add(app.id);
  const needs = /* @__PURE__ */ new Map();
  const byId = new Map(runtime.applications.map((a) => [a.id, a]));
  const need = (appId, ns, what, at) => {
    const app = byId.get(appId);
    if (!app || hidden.has(appId) || !literal(ns) || created.has(ns)) return;
    const perApp = needs.get(app) ?? /* @__PURE__ */ new Map();
    needs.set(app, perApp);
    const contents = perApp.get(ns);
    if (contents) contents.push({ what, at });
    else perApp.set(ns, [{ what, at }]);
  };
  const scopeOfKind = kindScopes(runtime.crds);
  for (const obj of runtime.objects) {
    if (scopeOfKind(obj.apiVersion, obj.kind) !== "Namespaced") continue;
    need(obj.application, obj.namespace ?? byId.get(obj.application)?.destinationNamespace, `${obj.kind} ${obj.name}`, obj.kindAt);
  }
  for (const chart of runtime.charts) need(chart.application, chart.namespace, `chart ${chart.name}`, chart.at);
  return [...needs].flatMap(([app, perApp]) => [...perApp].map(([namespace, contents]) => ({ app, namespace, contents })));
}

// rules/namespace-missing.ts
var SHOWN = 3;
var namespace_missing_default = defineRule({
  id: "namespace-missing",
  severity: "error",
  category: "constitution",
  description: "A reachable Application deploys namespaced objects into a namespace that nothing creates: no CreateNamespace=true for it, no Namespace object in any reachable app, no bootstrap task, not a namespace Kubernetes or the Argo CD install creates.",
  rationale: 'Argo CD does not create namespaces by itself: the sync fails with "namespaces not found" until something does. CreateNamespace=true creates only the destination namespace, so objects a Kustomize namespace or their own metadata move elsewhere need that namespace created too.',
  messages: {
    namespaceNotCreated: "an Application deploys into a namespace that nothing creates"
  },
  examples: { fails: "generated-app-without-create-namespace", passes: "generated-app-with-create-namespace" },
  check: ({ graph, components }) => {
    const withheldBy = ["namespaces", "bootstrap-deploys", "runtime-deploys", "entrypoints"].flatMap((kind) => unknownsAffecting(graph, kind));
    return missingNamespaces(graph, components).map(({ app, namespace, contents }) => {
      const shown = contents.slice(0, SHOWN).map((c) => c.what).join(", ") + (contents.length > SHOWN ? ` and ${contents.length - SHOWN} more` : "");
      const dest = app.destinationNamespace;
      const fix = namespace === dest ? "add CreateNamespace=true to its syncPolicy.syncOptions (or to its ApplicationSet template), or create the namespace from bootstrap or with a Namespace object in a reachable app" : `CreateNamespace=true creates only the destination namespace${dest ? ` (${dest})` : ""}: add a Namespace ${namespace} object to a reachable app, or create it from bootstrap`;
      return {
        at: app.at,
        messageId: "namespaceNotCreated",
        related: contents.slice(0, SHOWN).map((c) => c.at),
        message: `${describeApp(app.id, app.appset)} deploys into namespace ${namespace}, which nothing creates (${shown}); the sync fails with "namespaces not found": ${fix}`,
        withheldBy
      };
    });
  }
});

// rules/plaintext-secret.ts
var plaintext_secret_default = defineRule({
  id: "plaintext-secret",
  severity: "error",
  category: "constitution",
  description: "A reachable manifest, Kustomize secretGenerator, Helm values file or bootstrap task holds a secret in clear: a Secret with literal data/stringData, or a key naming a password, token, API key or private key with a literal value. The value is never printed.",
  rationale: "A secret committed to Git is readable by everyone who can read the repository, forever (its history keeps it). Keep the value in a secret store (Vault and the External Secrets Operator, Sealed Secrets, SOPS) and commit only a reference.",
  messages: {
    runtimeSecret: "a runtime manifest or values file holds a secret value in clear",
    bootstrapSecret: "a bootstrap task holds a secret value in clear"
  },
  examples: { fails: "secret-with-literal-string-data", passes: "external-secret-reference" },
  check: ({ graph }) => [
    ...graph.runtime.secrets.map((s) => ({
      at: s.at,
      messageId: "runtimeSecret",
      message: `${s.holder}${s.application ? ` of ${describeApp(s.application, s.appset)}` : ""} holds key ${s.key} in clear; keep the value in a secret store (e.g. Vault with an ExternalSecret, a SealedSecret, SOPS) and commit only a reference`
    })),
    ...graph.bootstrap.secrets.map((s) => ({
      at: s.at,
      messageId: "bootstrapSecret",
      message: `${s.holder} in bootstrap task ${s.task ?? "(unnamed)"} holds key ${s.key} in clear; read the value from Ansible Vault or a lookup instead of writing it in the task`
    }))
  ]
});

// rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  severity: "error",
  category: "input",
  scope: "repository",
  description: "A file that is meant to be plain YAML (every Helm values file a reachable app uses included) does not parse (Helm chart templates and Jinja templates are never reported).",
  rationale: "Argo CD, Kustomize and Ansible all stop at a file they cannot parse; whatever that file deploys is missing from the cluster and from this analysis.",
  messages: {
    unparsable: "a file that cannot be parsed",
    symlinkNotRead: "a symbolic link that is broken, a loop, or points outside the linted root; not read"
  },
  examples: { fails: "kustomization-with-bad-indentation", passes: "valid-yaml-everywhere" },
  check: ({ graph }) => [
    ...graph.parseProblems.map((p) => ({ at: p.at, messageId: "unparsable", message: p.message })),
    ...graph.escapes.map((e) => ({
      at: e.at,
      messageId: "symlinkNotRead",
      message: e.target.startsWith("(") ? `symbolic link that is ${e.target.slice(1, -1)}; not read` : `symbolic link pointing outside the linted root (${e.target}); not read`
    }))
  ]
});

// rules/reference-cycle.ts
var reference_cycle_default = defineRule({
  id: "reference-cycle",
  severity: "error",
  category: "input",
  extension: true,
  description: "Kustomize resources or Helm chart dependencies that include each other, an app of apps that deploys one of its ancestors, or Ansible imports, includes and role dependencies that loop.",
  rationale: "kustomize build fails on a cycle and Argo CD keeps re-creating a self-deploying Application; the linter stops following the loop and reports it once.",
  messages: {
    cycle: "a chain of references that loops back on itself"
  },
  examples: { fails: "kustomizations-including-each-other", passes: "kustomization-chain-without-loop" },
  check: ({ graph }) => [...graph.bootstrap.cycles, ...graph.runtime.cycles].map((c) => ({
    at: c.at,
    messageId: "cycle",
    message: `reference cycle: ${c.chain.join(" \u2192 ")}; break the loop (nothing beyond it was followed)`
  }))
});

// rules/incomplete-analysis.ts
var keyOf = (u) => `${u.at.file}:${u.at.line}:${u.at.column}:${u.construct}`;
function withheldFindings(withheld) {
  const byConstruct = /* @__PURE__ */ new Map();
  for (const w of withheld) {
    for (const u of w.because) {
      const entry = byConstruct.get(keyOf(u)) ?? { u, rules: /* @__PURE__ */ new Set() };
      entry.rules.add(w.ruleId);
      byConstruct.set(keyOf(u), entry);
    }
  }
  return [...byConstruct.values()].map(({ u, rules: rules2 }) => ({
    at: u.at,
    messageId: "withheld",
    message: `could not resolve ${u.construct} (${u.unknown}), so ${[...rules2].sort().join(", ")} ${rules2.size === 1 ? "is" : "are"} not reported${u.configKey ? `; set ${u.configKey} in .detectviz-lint.yaml to resolve it` : ""}`
  }));
}
var incomplete_analysis_default = defineRule({
  id: "incomplete-analysis",
  severity: "info",
  category: "input",
  runsLast: true,
  description: "A construct the tool could not resolve statically, and the claims it therefore withheld (a generator that needs a live cluster, a path or command built at run time, a plugin).",
  rationale: 'A linter that silently skips what it cannot resolve looks like a clean bill of health, and one that reads "not understood" as "absent" reports false errors; saying what was not checked keeps the report honest.',
  messages: {
    limitReached: "a size or count budget was reached, so part of the input was not analysed",
    noEntrypoint: "no Argo CD entry point was found",
    withheld: "an unresolved construct, and the claims it withheld"
  },
  examples: { fails: "ksops-generator-in-the-app-of-apps", passes: "cluster-generator-with-selector" },
  check: ({ graph, components, withheld }) => {
    const findings = [];
    const named = new Set(withheld.flatMap((w) => w.because.map(keyOf)));
    for (const { unresolved, ...limit } of graph.limitsReached ?? []) {
      if (!unresolved || !named.has(keyOf(unresolved))) findings.push({ ...limit, messageId: "limitReached" });
    }
    const argoFiles = graph.nodes.filter((n) => n.kind === "application" || n.kind === "applicationset");
    const usesArgo = graph.declaresArgo || components.some((c) => c.role === "gitops-engine" && c.bootstrap.length > 0);
    if (usesArgo && graph.runtime.entrypoints.length === 0 && graph.hasBootstrap && argoFiles.length === 0 && unknownsAffecting(graph, "entrypoints").length === 0) {
      const first = graph.bootstrap.playbooks[0];
      findings.push({
        at: { file: first, line: 1, column: 1 },
        messageId: "noEntrypoint",
        message: "no Argo CD entry point found: bootstrap applies no Application or ApplicationSet and none is configured; set argocd.entrypoints in .detectviz-lint.yaml if the root Application is applied another way"
      });
    }
    return [...findings, ...withheldFindings(withheld)];
  }
});

// rules/index.ts
var rules = [
  cni_runtime_managed_default,
  cni_config_runtime_managed_default,
  cni_bootstrap_missing_default,
  vip_bootstrap_missing_default,
  gitops_engine_bootstrap_missing_default,
  gitops_engine_not_self_managed_default,
  root_app_missing_default,
  runtime_component_in_bootstrap_default,
  app_not_in_appset_default,
  app_path_missing_default,
  app_path_empty_default,
  appset_group_mismatch_default,
  duplicate_owner_default,
  unused_template_default,
  unused_role_default,
  missing_reference_default,
  unpinned_version_default,
  version_skew_default,
  render_error_default,
  namespace_missing_default,
  plaintext_secret_default,
  incomplete_analysis_default,
  parse_error_default,
  reference_cycle_default
];
var ruleIds = new Set([...rules, ...suppressionDiagnostics].map((r) => r.id));

// src/parse/paths.ts
import { posix } from "node:path";
var DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
var isNormal = (path) => path !== "" && path[0] !== "/" && path[path.length - 1] !== "/" && !path.includes("//") && !DOT_SEGMENT.test(path);
function joinInRepo(base, rel) {
  if (isNormal(rel) && (base === "" || isNormal(base))) return base === "" ? rel : `${base}/${rel}`;
  if (rel.startsWith("/")) return void 0;
  const joined = posix.normalize(posix.join(base || ".", rel));
  if (joined === ".." || joined.startsWith("../") || posix.isAbsolute(joined)) return void 0;
  return joined === "." ? "" : joined.replace(/\/$/, "");
}
var dirOf = (path) => {
  const d = posix.dirname(path);
  return d === "." ? "" : d;
};
var baseName = (path) => posix.basename(path);
var isUnder = (path, dir) => dir === "" || path === dir || path.startsWith(dir + "/");

// src/parse/content-hash.ts
import { createHash } from "node:crypto";
var contentHashOf = (text) => createHash("sha256").update(text).digest("hex").slice(0, 32);
var readHashOf = (read) => contentHashOf(typeof read === "string" ? `\0${read}` : read.text);

// src/package-root.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("detectviz-lint: package.json not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}
var packageRoot = findPackageRoot();
var packageFile = (rel) => join(packageRoot, rel);

export {
  suppressionDiagnostics,
  parseDirectives,
  applySuppressions,
  joinInRepo,
  dirOf,
  baseName,
  isUnder,
  contentHashOf,
  readHashOf,
  qualifiedId,
  nameOfId,
  buildGraph,
  appsOfApps,
  playbooksReaching,
  isTemplated,
  NO_VALUE,
  rules,
  ruleIds,
  packageFile
};
