// The embedded component catalog is valid data and covers what the policy names.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, readEmbeddedCatalog } from '../src/classify/catalog.js';
import { parseImage } from '../src/parse/manifest.js';

const at = { file: 'x.yaml', line: 1, column: 1 };
const obj = (apiVersion: string, kind: string, name: string, images: string[] = []) => ({
  apiVersion, kind, name, labels: {}, images: images.map((i) => parseImage(i, at)), at, kindAt: at,
});

describe('component catalog', () => {
  const data = readEmbeddedCatalog();
  const catalog = buildCatalog(data);

  it('validates against schemas/catalog.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync('schemas/catalog.schema.json', 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names every CNI, the VIP, the GitOps engine and the seed services', () => {
    for (const cni of ['calico', 'cilium', 'flannel', 'weave', 'canal', 'antrea']) expect(catalog.get(cni)?.role).toBe('cni');
    expect(catalog.get('kube-vip')?.layer).toBe('dual');
    expect(catalog.get('argocd')?.layer).toBe('dual');
    for (const s of ['cert-manager', 'external-secrets-operator', 'ingress-nginx', 'metallb', 'topolvm', 'vault', 'grafana', 'prometheus', 'loki', 'tempo', 'keycloak', 'postgresql']) {
      expect(catalog.get(s)?.layer, s).toBe('runtime-only');
    }
  });

  it('recognises images whatever the registry, and CNI configuration kinds', () => {
    expect(catalog.matchObject(obj('apps/v1', 'DaemonSet', 'calico-node', ['docker.io/calico/node:v3.27.3']))?.entry.name).toBe('calico');
    expect(catalog.matchObject(obj('apps/v1', 'DaemonSet', 'x', ['quay.io/cilium/cilium:v1.15.1']))?.entry.name).toBe('cilium');
    expect(catalog.matchObject(obj('crd.projectcalico.org/v1', 'FelixConfiguration', 'default'))).toMatchObject({ entry: { name: 'calico' }, config: 'forbidden' });
    expect(catalog.matchObject(obj('crd.projectcalico.org/v1', 'IPPool', 'pool'))).toMatchObject({ entry: { name: 'calico' }, config: 'allowed' });
    expect(catalog.matchObject(obj('v1', 'Namespace', 'vault'))).toBeUndefined();
  });

  it('lets the configuration add a component', () => {
    const extended = buildCatalog(data, { 'my-cni': { layer: 'bootstrap-only', role: 'cni', match: { images: ['example/my-cni'] } } });
    expect(extended.matchObject(obj('apps/v1', 'DaemonSet', 'n', ['example.com/example/my-cni:1.0']))?.entry.name).toBe('my-cni');
  });
});
