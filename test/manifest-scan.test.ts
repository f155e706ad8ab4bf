// The line scanner for large manifests gives exactly what a full parse gives, or declines.
import { globSync } from 'glob';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PATH, sharedInput } from './shared-inputs.js';
import { objectsOfFile } from '../src/parse/manifest.js';
import { scanManifest } from '../src/parse/manifest-scan.js';
import { parseYaml } from '../src/parse/yaml-file.js';

const full = (text: string) => objectsOfFile(parseYaml('m.yaml', text));

describe('manifest scanner', () => {
  it('matches the full parse on identity, labels, images and positions', () => {
    const text = [
      '# upstream install manifest',
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      '  name: calico-node',
      '  namespace: kube-system',
      '  labels:',
      '    k8s-app: calico-node',
      '    "app.kubernetes.io/name": calico',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '      - name: install-cni',
      '        image: docker.io/calico/cni:v3.27.3',
      '      containers:',
      '        - image: "docker.io/calico/node:v3.27.3"',
      '          args: ["--felix"]',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: flow-style-is-declined }',
    ].join('\n');
    expect(scanManifest('m.yaml', text)).toBeUndefined();
    const scannable = text.split('\n---\n')[0];
    expect(scanManifest('m.yaml', scannable)).toEqual(full(scannable));
  });

  it('does not take image: lines inside block or quoted multi-line scalars', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: values',
      'data:',
      '  values.yaml: |',
      '    image: quay.io/example/ignored:latest',
      '  note: "a long',
      '    image: not-an-image"',
      'rules:',
      '- apiGroups: [""]',
      '  resources: [pods]',
    ].join('\n');
    const scanned = scanManifest('m.yaml', text);
    expect(scanned).toEqual(full(text));
    expect(scanned?.[0].images).toEqual([]);
  });

  it.each([
    ['anchors', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n x\n'],
    ['numbers as names', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 123\n'],
    ['tabs', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n'],
    ['List kinds', 'apiVersion: v1\nkind: List\nitems: []\n'],
  ])('declines %s (the caller parses fully)', (_, text) => {
    expect(scanManifest('m.yaml', text)).toBeUndefined();
  });

  const corpus = sharedInput(CORPUS_PATH)!;
  it.skipIf(corpus === undefined)('agrees with the full parse on every manifest of the corpus it accepts', () => {
    let accepted = 0;
    for (const f of globSync('**/*.{yaml,yml}', { cwd: corpus, ignore: ['**/templates/**'] }).sort()) {
      const text = readFileSync(`${corpus}/${f}`, 'utf8');
      const parsed = parseYaml(f, text);
      if (parsed.problems.length > 0) continue;
      const scanned = scanManifest(f, text);
      if (!scanned) continue;
      accepted++;
      expect(scanned, f).toEqual(objectsOfFile(parsed));
    }
    expect(accepted).toBeGreaterThan(200);
  });
});
