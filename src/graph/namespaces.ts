// Which namespaces the runtime layer deploys into and what creates them (semantics 1.7):
// an object lands in the namespace Kustomize or its manifest gives it, else the
// Application's destination namespace; a Helm release in its release namespace.
// Only namespaced kinds count, and a kind whose scope the tool does not know makes no claim.
import type { Component } from '../classify/classify.js';
import { apiGroup } from '../parse/manifest.js';
import { isTemplated } from '../argocd/templated-text.js';
import type { ArgoApplication, Loc, RuntimeModel } from '../types.js';
import type { DeploymentGraph } from './graph.js';

/** Namespaces every cluster has. */
const KUBERNETES_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Kubernetes' own kinds by API group (and Argo CD's, which its install brings): cluster-scoped, then namespaced. */
const CLUSTER_SCOPED: Record<string, string[]> = {
  '': ['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'admissionregistration.k8s.io': ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
  'storage.k8s.io': ['StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'VolumeAttributesClass'],
  'scheduling.k8s.io': ['PriorityClass'],
  'node.k8s.io': ['RuntimeClass'],
  'networking.k8s.io': ['IngressClass', 'IPAddress', 'ServiceCIDR'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'resource.k8s.io': ['DeviceClass', 'ResourceSlice'],
};
const NAMESPACED: Record<string, string[]> = {
  '': ['Pod', 'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'PersistentVolumeClaim', 'Endpoints', 'LimitRange', 'ResourceQuota', 'ReplicationController', 'PodTemplate', 'Event'],
  apps: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'],
  batch: ['Job', 'CronJob'],
  autoscaling: ['HorizontalPodAutoscaler'],
  policy: ['PodDisruptionBudget'],
  'networking.k8s.io': ['Ingress', 'NetworkPolicy'],
  'rbac.authorization.k8s.io': ['Role', 'RoleBinding'],
  'coordination.k8s.io': ['Lease'],
  'discovery.k8s.io': ['EndpointSlice'],
  'events.k8s.io': ['Event'],
  'storage.k8s.io': ['CSIStorageCapacity'],
  'argoproj.io': ['Application', 'ApplicationSet', 'AppProject'],
};

type Scope = 'Cluster' | 'Namespaced' | undefined;

/** The scope of a kind: Kubernetes' own, else a CRD of the repository that states it; undefined when unknown. */
export function scopeOf(apiVersion: string, kind: string, crds: RuntimeModel['crds']): Scope {
  return kindScopes(crds)(apiVersion, kind);
}

/** scopeOf with the CRDs indexed once by group and kind (the first CRD of a kind decides), for many lookups. */
function kindScopes(crds: RuntimeModel['crds']): (apiVersion: string, kind: string) => Scope {
  const byKind = new Map<string, Scope>();
  for (const c of crds) if (!byKind.has(`${c.group}\u0000${c.kind}`)) byKind.set(`${c.group}\u0000${c.kind}`, c.scope);
  return (apiVersion, kind) => {
    const group = apiGroup(apiVersion);
    if (CLUSTER_SCOPED[group]?.includes(kind)) return 'Cluster';
    if (NAMESPACED[group]?.includes(kind)) return 'Namespaced';
    return byKind.get(`${group}\u0000${kind}`);
  };
}

export interface MissingNamespace {
  app: ArgoApplication;
  namespace: string;
  /** What lands there: `Deployment grafana`, `chart loki`, with where each is written. */
  contents: { what: string; at: Loc }[];
}

/** Namespaces something creates: Kubernetes, the Argo CD install, bootstrap tasks, Namespace objects, CreateNamespace=true. */
function createdNamespaces(graph: DeploymentGraph, components: readonly Component[]): Set<string> {
  const created = new Set(KUBERNETES_NAMESPACES);
  if (components.some((c) => c.role === 'gitops-engine' && c.bootstrap.length > 0)) created.add('argocd');
  // Argo CD's own namespaces exist: the reachable Applications and ApplicationSets live there.
  for (const x of [...graph.runtime.applications, ...graph.runtime.applicationSets]) created.add(x.namespace);
  for (const ns of graph.bootstrap.namespaces) if (ns.name) created.add(ns.name);
  for (const obj of graph.runtime.objects) if (obj.kind === 'Namespace' && obj.apiVersion === 'v1') created.add(obj.name);
  for (const app of graph.runtime.applications) if (app.createNamespace && literal(app.destinationNamespace)) created.add(app.destinationNamespace!);
  return created;
}

/** Sources whose content the tool read in full (a Helm chart from a repository creates no namespace: Helm leaves that to --create-namespace). */
const READ_TOOLS = new Set<string>(['kustomize', 'helm', 'directory', 'chart', 'missing']);

/** A namespace written plainly: one a template engine left unrendered is not known. */
const literal = (ns: string | undefined): ns is string => ns !== undefined && ns !== '' && !isTemplated(ns);

/**
 * Every (Application, namespace) where the app deploys namespaced content that nothing
 * creates. Apps deploying what the tool cannot see (another repository, remote Kustomize
 * resources, files that do not parse) are left out: that content may create the namespace.
 */
export function missingNamespaces(graph: DeploymentGraph, components: readonly Component[]): MissingNamespace[] {
  const { runtime } = graph;
  const created = createdNamespaces(graph, components);
  const hidden = new Set(runtime.remotes.map((r) => r.application));
  for (const app of runtime.applications) if (app.sources.some((s) => !READ_TOOLS.has(s.tool) || s.unparsed)) hidden.add(app.id);
  const needs = new Map<ArgoApplication, Map<string, MissingNamespace['contents']>>();
  // Objects and charts name their Application by its qualified id.
  const byId = new Map(runtime.applications.map((a) => [a.id, a]));
  const need = (appId: string, ns: string | undefined, what: string, at: Loc): void => {
    const app = byId.get(appId);
    if (!app || hidden.has(appId) || !literal(ns) || created.has(ns)) return;
    const perApp = needs.get(app) ?? new Map<string, MissingNamespace['contents']>();
    needs.set(app, perApp);
    const contents = perApp.get(ns);
    if (contents) contents.push({ what, at });
    else perApp.set(ns, [{ what, at }]);
  };
  const scopeOfKind = kindScopes(runtime.crds);
  for (const obj of runtime.objects) {
    if (scopeOfKind(obj.apiVersion, obj.kind) !== 'Namespaced') continue;
    need(obj.application, obj.namespace ?? byId.get(obj.application)?.destinationNamespace, `${obj.kind} ${obj.name}`, obj.kindAt);
  }
  for (const chart of runtime.charts) need(chart.application, chart.namespace, `chart ${chart.name}`, chart.at);
  return [...needs].flatMap(([app, perApp]) => [...perApp].map(([namespace, contents]) => ({ app, namespace, contents })));
}
