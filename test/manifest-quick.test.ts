// The js-yaml reader for plain manifests gives exactly what the full parse gives, or declines.
import { globSync } from 'glob';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PATH, sharedInput } from './shared-inputs.js';
import { countAcceptedMutations } from './yaml-mutations.js';
import { objectsOfFile } from '../src/parse/manifest.js';
import { quickManifest } from '../src/parse/manifest-quick.js';
import { parseYaml } from '../src/parse/yaml-file.js';

const full = (text: string) => objectsOfFile(parseYaml('m.yaml', text));
const HEAD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';

/** Quick reading may decline; when it accepts, the full parse finds no problem and the same objects. */
function expectAgreement(text: string, label = 'm.yaml'): boolean {
  const quick = quickManifest('m.yaml', text);
  if (quick === undefined) return false;
  const parsed = parseYaml('m.yaml', text);
  expect(parsed.problems, label).toEqual([]);
  expect(quick, label).toEqual(objectsOfFile(parsed));
  return true;
}

describe('quick manifest reader', () => {
  it('matches the full parse on identity, labels, images and positions', () => {
    const text = [
      '\ufeff# a comment before the first document',
      '---',
      'apiVersion: apps/v1',
      '"kind": Deployment',
      'metadata:',
      '  name: "web"',
      '  namespace: prod # trailing comment',
      '  labels: {tier: "1", app: web, enabled: true}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: app',
      '        image:',
      '          # the value on its own line',
      "          'registry.example.com/web:1.2.3'",
      '        args: [--port, "8080"]',
      '        command:',
      '        - |',
      '          image: not-an-image',
      '---',
      '# an empty document',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  generateName: web-',
      '',
    ].join('\r\n');
    expect(expectAgreement(text)).toBe(true);
    const [deployment, service] = quickManifest('m.yaml', text)!;
    expect(deployment).toMatchObject({ kind: 'Deployment', name: 'web', namespace: 'prod', labels: { tier: '1', app: 'web', enabled: 'true' } });
    expect(deployment.kindAt).toEqual({ file: 'm.yaml', line: 4, column: 1 });
    expect(deployment.images.map((i) => [i.image, i.at.line, i.at.column])).toEqual([['registry.example.com/web:1.2.3', 16, 11]]);
    expect(service).toMatchObject({ kind: 'Service', name: 'web-', at: { line: 24, column: 1 } });
  });

  it.each([
    ['a syntax error', `${HEAD}data:\n  a: b: c\n`],
    ['a duplicate key', `${HEAD}data: {a: 1, a: 2}\n`],
    ['an anchor', `${HEAD}data:\n  a: &x b\n`],
    ['an alias', `${HEAD}data:\n  a: *x\n`],
    ['a tag', `${HEAD}data:\n  a: !!str 1\n`],
    ['a templated key', `${HEAD}data:\n  {{ key }}: value\n`],
    ['an explicit collection key', `${HEAD}data:\n  ? [a, b]\n  : c\n`],
    ['a multi-line quoted scalar js-yaml accepts and YAML does not', `${HEAD}data:\n  a: "x\n  y"\n`],
    ['a label that is a number (YAML versions disagree on some)', `${HEAD}  labels:\n    replicas: 3\n`],
    ['a name that is not a string', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 0x1F\n'],
    ['tabs', `${HEAD}data:\n\ta: b\n`],
    ['List kinds', 'apiVersion: v1\nkind: List\nitems: []\n'],
    ['HelmCharts', 'apiVersion: helm.cattle.io/v1\nkind: HelmChart\nmetadata:\n  name: c\nspec:\n  chart: cilium\n'],
    ['a flow sequence of pairs', `${HEAD}data: [a: b]\n`],
  ])('declines %s (the caller parses fully)', (_, text) => {
    expect(quickManifest('m.yaml', text)).toBeUndefined();
  });

  it.each(['1_000', '0b101', '+0x1F', '1.', '.5e3', '0o17', '012', 'True', 'NULL', '~', '2024-01-01'])('reads the scalar %s as the full parse does', (scalar) => {
    for (const text of [`${HEAD}  labels:\n    v: ${scalar}\n`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${scalar}\n`]) {
      const quick = quickManifest('m.yaml', text);
      if (quick !== undefined) expect(quick).toEqual(full(text));
    }
  });

  it('agrees with the full parse on every YAML file of the fixtures it accepts', () => {
    let accepted = 0;
    for (const f of globSync('fixtures/**/*.{yaml,yml}', { dot: true }).sort()) {
      if (expectAgreement(readFileSync(f, 'utf8'), f)) accepted++;
    }
    // Each file once: scenarios hold only what differs from their base (fixtures/bases/).
    expect(accepted).toBeGreaterThan(500);
  });

  const corpus = sharedInput(CORPUS_PATH)!;
  it.skipIf(corpus === undefined)('agrees with the full parse on every YAML file of the corpus it accepts', () => {
    let accepted = 0;
    for (const f of globSync('**/*.{yaml,yml}', { cwd: corpus }).sort()) {
      const text = readFileSync(`${corpus}/${f}`, 'utf8');
      if (text.length < 64 * 1024 && expectAgreement(text, f)) accepted++;
    }
    expect(accepted).toBeGreaterThan(250);
  });

  it('agrees with the full parse on mutated manifests (syntax damage included)', () => {
    const pieces = [' ', '  ', '\n', ':', '- ', '"', "'", '#', '{', '}', '[', ']', ',', '|', '>', '? ', '&a ', '*a', '!t ', '---\n', '\\', '%', '@', 'image: x', '\r\n', ': ', '\u00a0', '...'];
    const seed = `${HEAD}  labels:\n    app: web\nspec:\n  containers:\n  - name: a\n    image: "nginx:1.27"\n    args: [--x, "y"]\n    env:\n    - {name: A, value: "1"}\n    command:\n    - |\n      run\n---\n${HEAD}`;
    const accepted = countAcceptedMutations(seed, pieces, 3000, (text) => expectAgreement(text, JSON.stringify(text)));
    // Much damage leaves valid YAML: the reader must still take a good part of it.
    expect(accepted).toBeGreaterThan(500);
  });
});
