// What creates a namespace and which kinds are namespaced, for namespace-missing.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/ansible/commands.js';
import { readCrds } from '../src/argocd/crd-scope.js';
import { scopeOf } from '../src/graph/namespaces.js';
import { SourceSet } from '../src/parse/source-set.js';
import type { K8sObject } from '../src/types.js';

const names = (cmd: string): string[] => parseCommand(cmd).namespaces.map((w) => w.text);

describe('namespaces bootstrap commands create', () => {
  it('kubectl create namespace|ns, and a dry run only when piped into kubectl apply', () => {
    expect(names('kubectl create namespace logging')).toEqual(['logging']);
    expect(names('kubectl --kubeconfig /etc/kubernetes/admin.conf create ns monitoring')).toEqual(['monitoring']);
    expect(names('kubectl create namespace logging --dry-run=client -o yaml')).toEqual([]);
    // Piped into apply, the dry run is the Namespace object it prints, which the apply creates.
    const piped = parseCommand('kubectl create ns logging --dry-run=client -o yaml | kubectl apply -f -');
    expect(piped.namespaces).toEqual([]);
    expect(piped.stdinApplies.map((a) => (a.from?.kind === 'object' ? [a.from.object.kind, a.from.object.name.text] : a.from))).toEqual([['Namespace', 'logging']]);
    expect(names('kubectl get namespace logging')).toEqual([]);
  });

  it('helm install creates its release namespace only with --create-namespace', () => {
    expect(names('helm upgrade --install cilium cilium/cilium -n cilium-system --create-namespace')).toEqual(['cilium-system']);
    expect(names('helm install cilium cilium/cilium --namespace=cilium-system')).toEqual([]);
  });
});

describe('scope of a kind', () => {
  const obj = (file: string, line: number, column: number): K8sObject => ({
    apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'x', labels: {}, images: [],
    at: { file, line, column }, kindAt: { file, line, column },
  });

  it("reads group, names.kind and scope of the repository's CRDs, also inside a List and quoted", () => {
    const text = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: widgets.example.com',
      'spec:',
      '  group: example.com',
      '  names:',
      '    kind: Widget',
      '    plural: widgets',
      '  versions: []',
      '  scope: Cluster # cluster-wide',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: apiextensions.k8s.io/v1',
      '    kind: CustomResourceDefinition',
      '    spec:',
      '      names: { plural: gadgets }',
      '      group: "example.com"',
      "      scope: 'Namespaced'",
      '  - apiVersion: apiextensions.k8s.io/v1',
      '    kind: CustomResourceDefinition',
      '    spec:',
      '      group: example.com',
      '      names:',
      '        kind: Gizmo',
      '      scope: Namespaced',
      '',
    ].join('\n');
    const sources = new SourceSet('/nonexistent', ['crds.yaml'], new Map([['crds.yaml', { text }]]));
    const crds = readCrds(sources, [obj('crds.yaml', 1, 1), obj('crds.yaml', 16, 5), obj('crds.yaml', 22, 5)]);
    // The flow-style names of the second CRD are not read: its kind stays unknown, never guessed.
    expect(crds.map(({ group, kind, scope }) => ({ group, kind, scope }))).toEqual([
      { group: 'example.com', kind: 'Widget', scope: 'Cluster' },
      { group: 'example.com', kind: 'Gizmo', scope: 'Namespaced' },
    ]);
    expect(scopeOf('example.com/v1', 'Widget', crds)).toBe('Cluster');
    expect(scopeOf('example.com/v1', 'Gizmo', crds)).toBe('Namespaced');
    expect(scopeOf('example.com/v1', 'Gadget', crds)).toBeUndefined();
  });

  it("knows Kubernetes' own kinds by API group", () => {
    expect(scopeOf('apps/v1', 'Deployment', [])).toBe('Namespaced');
    expect(scopeOf('rbac.authorization.k8s.io/v1', 'ClusterRole', [])).toBe('Cluster');
    expect(scopeOf('v1', 'Namespace', [])).toBe('Cluster');
    expect(scopeOf('crd.projectcalico.org/v1', 'NetworkPolicy', [])).toBeUndefined();
  });
});
