import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-W6GCGJUD.mjs";
import {
  __toESM
} from "./chunk-ANQG4MEX.mjs";

// src/config/describe.ts
var import_yaml = __toESM(require_dist(), 1);
function setWithComment(doc, path, value, comment) {
  doc.setIn(path, doc.createNode(value, { flow: Array.isArray(value) && value.length <= 1 }));
  const parent = doc.getIn(path.slice(0, -1), true);
  const pair = parent && (0, import_yaml.isMap)(parent) ? parent.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key) === path[path.length - 1]) : void 0;
  if (!pair) return;
  if (!(0, import_yaml.isScalar)(pair.key)) pair.key = doc.createNode(pair.key);
  pair.key.commentBefore = ` ${comment}`;
}
function describeConfig(config, clusters, header) {
  const doc = new import_yaml.Document({});
  doc.commentBefore = ` ${header}`;
  const detected = clusters[0];
  const bootstrap = { roots: detected.ansibleRoots, playbooks: detected.playbooks };
  const runtime = {
    entrypoints: clusters.flatMap((c) => c.entrypoints),
    localRepos: [...new Set(clusters.flatMap((c) => c.localRepos))].sort()
  };
  const origin = (configured, detected2) => configured ? "configured in .detectviz-lint.yaml" : detected2;
  const asConfigured = (paths) => paths.map((p) => p || ".");
  setWithComment(doc, ["ansible", "roots"], config.ansible.roots ?? asConfigured(bootstrap.roots), origin(config.ansible.roots, `detected: directories holding ansible.cfg or playbooks (${bootstrap.playbooks.join(", ") || "none found"})`));
  const entry = runtime.entrypoints[0];
  const entryOrigin = entry?.origin === "bootstrap" ? `detected: applied by bootstrap (${runtime.entrypoints.map((e) => `${e.at.file}:${e.at.line}`).join(", ")})` : entry?.origin === "auto" ? "detected: Argo CD manifests that nothing else deploys (bootstrap applies none)" : entry ? "configured in .detectviz-lint.yaml" : "none found: set this to the root Application file(s)";
  setWithComment(doc, ["argocd", "entrypoints"], runtime.entrypoints.map((e) => e.file), entryOrigin);
  setWithComment(doc, ["argocd", "repoURLs"], config.argocd.repoURLs ?? runtime.localRepos, origin(config.argocd.repoURLs, "inferred: repoURLs of Applications whose paths exist in this repository"));
  setWithComment(doc, ["argocd", "appsRoots"], config.argocd.appsRoots ?? asConfigured(detected.appsRoots), origin(config.argocd.appsRoots, "inferred: where the ApplicationSets already find their apps"));
  setWithComment(doc, ["ignore"], config.ignore, "never read (.gitignore syntax)");
  setWithComment(doc, ["rules"], config.rules, "severity per rule id: error | warning | info | off");
  if (config.overrides.length > 0) setWithComment(doc, ["overrides"], config.overrides, "per-path severities, applied in order");
  if (Object.keys(config.components).length > 0) setWithComment(doc, ["components"], config.components, "additions to the embedded component catalog");
  setWithComment(doc, ["appsets"], config.appsets, "which ApplicationSet each component belongs to (appset-group-mismatch)");
  for (const key of ["rules", "ignore"]) {
    const node = doc.get(key, true);
    if ((0, import_yaml.isSeq)(node) || (0, import_yaml.isMap)(node)) node.flow = node.items.length === 0;
  }
  return doc.toString({ lineWidth: 0 });
}
export {
  describeConfig
};
