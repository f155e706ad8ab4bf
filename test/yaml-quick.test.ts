// The fast YAML reader gives exactly the documents the full parse gives (data, document
// indices, and the position of every node and key), or declines.
import { globSync } from 'glob';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PATH, sharedInput } from './shared-inputs.js';
import { countAcceptedMutations } from './yaml-mutations.js';
import { parseFully, parseYaml, type YamlFile } from '../src/parse/yaml-file.js';
import { quickYaml } from '../src/parse/yaml-quick.js';

/** Everything a reader can ask of the documents: data, index, start, and where each path's value and key are. */
function observable(file: YamlFile): unknown {
  return file.docs.map((doc) => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (paths.length > 300) return;
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(doc.value, []);
    return {
      index: doc.index,
      value: doc.value,
      at: doc.at,
      locs: paths.map((p) => [doc.loc(p), doc.loc(p, 'key')]),
      images: doc.imageScalars(),
    };
  });
}

/** Quick reading may decline; when it accepts, the full parse finds no problem and the same documents. */
function expectAgreement(text: string, label = 'f.yaml'): boolean {
  const quick = quickYaml('f.yaml', text, 0);
  if (quick === undefined) return false;
  const full = parseFully('f.yaml', text);
  expect(full.problems, label).toEqual([]);
  expect(observable(quick), label).toEqual(observable(full));
  return true;
}

describe('quick YAML reader', () => {
  it('reads a kustomization, an Application and a values file as the full parse does, positions included', () => {
    const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base # shared\n  - service.yaml\nimages:\n  - name: web\n    newTag: "1.2.3"\nhelmCharts:\n- name: x\n  valuesInline: {replicas: 2, image: {repository: r, tag: t}}\n';
    const application = '---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: root, namespace: argocd}\nspec:\n  source:\n    repoURL: git@github.com:example/platform.git\n    path: argocd/apps\n    helm:\n      values: |\n        image: nginx:1.27\n  syncPolicy: {automated: {prune: true}}\n';
    const values = 'replicaCount: 3\nratio: 0.5\nimage:\n  repository: nginx\n  tag: ~\nlist: []\nempty: {}\n';
    for (const text of [kustomization, application, values]) expect(expectAgreement(text, text)).toBe(true);
    const doc = quickYaml('k.yaml', kustomization, 0)!.docs[0];
    expect(doc.loc(['resources', 1])).toEqual({ file: 'k.yaml', line: 5, column: 5 });
    expect(doc.loc(['images', 0, 'newTag'], 'key')).toEqual({ file: 'k.yaml', line: 8, column: 5 });
    expect(doc.loc(['helmCharts', 0, 'nothing', 'here'])).toEqual({ file: 'k.yaml', line: 10, column: 3 });
  });

  it.each([
    ['a folded scalar', 'a: >\n  x\n  y\nb: 1\n'],
    ['a folded scalar with chomping and empty lines', '- shell: >-\n    ip link set\n\n    eth0 up\n\n  when: x\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['an empty value before a comment', 'a:   # nothing\n  \nb: 1\n'],
    ['an empty value last in a nested mapping', 'k:\n  spec:\n    x: 1\n  e:\n'],
    ['a multi-line flow collection', 'a: [x,\n     y]\n'],
    ['multi-line flow mappings as list items, with comments', 'loop:\n  - {\n      name: "m1",\n      label: "x",  # c\n    }\n  - {\n      name: "m2",\n    }\nb: 1\n'],
  ])('reads %s as the full parse does, positions included', (_, text) => {
    expect(expectAgreement(text, text)).toBe(true);
  });

  it('places an empty value where the full parse does: after its key\'s colon and the spaces that follow', () => {
    const doc = quickYaml('f.yaml', 'a:\n  spec:   # c\n  b: 1\n', 0)!.docs[0];
    expect(doc.loc(['a', 'spec'])).toEqual({ file: 'f.yaml', line: 2, column: 11 });
  });

  it('numbers documents as the full parse does, after a byte order mark, CRLF line ends and leading comments', () => {
    const text = '\ufeff# head\r\n---\r\na: 1\r\n---\r\nb: [x, "y"]\r\n';
    expect(parseYaml('f.yaml', text).docs.map((d) => [d.index, d.at.line])).toEqual([
      [0, 3],
      [1, 5],
    ]);
    expect(expectAgreement(text.slice(1))).toBe(true);
  });

  it.each([
    ['a syntax error', 'a: b: c\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor and alias', 'a: &x b\nc: *x\n'],
    ['a merge key', 'base: &b {x: 1}\nd:\n  <<: *b\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a templated key', '{{ key }}: value\n'],
    ['an empty document', 'a: 1\n---\n# nothing\n---\nb: 2\n'],
    ['a null document', '~\n'],
    ['a number key', '80: http\n'],
    ['a binary number', 'a: 0b101\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['tabs', 'a:\n\tb: c\n'],
    ['a folded scalar with a more-indented line', 'a: >\n  x\n    y\n  z\n'],
    ['a folded scalar with a whitespace-only line', 'a: >\n  x\n   \n  y\n'],
    ['a folded scalar with an indentation indicator', 'a: >2\n  x\n'],
    ['an empty sequence entry', '-\n- b\n'],
    ['a flow collection whose lines come back to its own line', 'a: [x,\ny]\n'],
    ['a multi-line scalar in a flow collection', 'a: [x\n  y, z]\n'],
    ['a flow collection with a line left of its bracket', 'a:\n  - - {\n     x: 1}\n'],
    ['a comment glued to a token in a multi-line flow collection', 'a: [x,#c\n     y]\n'],
    ['an explicit key in a flow collection', 'a: [? x, y]\n'],
  ])('declines %s (the full parse reads it)', (_, text) => {
    expect(quickYaml('f.yaml', text, 0)).toBeUndefined();
  });

  it.each(['1', '-2', '+3', '1_000', '1.5', '.5', '1e3', '0x1F', '0o17', '012', 'True', 'FALSE', 'NULL', '~', '.inf', '.NaN', '2024-01-01', '"1"', "'x'"])('reads the scalar %s as the full parse does, or declines', (scalar) => {
    for (const text of [`a: ${scalar}\n`, `- ${scalar}\n`, `a: [${scalar}, b]\n`]) {
      const quick = quickYaml('f.yaml', text, 0);
      if (quick !== undefined) expect(observable(quick)).toEqual(observable(parseFully('f.yaml', text)));
    }
  });

  it('agrees with the full parse on every YAML file of the fixtures it accepts', () => {
    let accepted = 0;
    for (const f of globSync('fixtures/**/*.{yaml,yml}', { dot: true }).sort()) {
      if (expectAgreement(readFileSync(f, 'utf8').replace(/^\ufeff/, ''), f)) accepted++;
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  const corpus = sharedInput(CORPUS_PATH)!;
  it.skipIf(corpus === undefined)('agrees with the full parse on every YAML file of the corpus it accepts', () => {
    let accepted = 0;
    for (const f of globSync('**/*.{yaml,yml}', { cwd: corpus }).sort()) {
      const text = readFileSync(`${corpus}/${f}`, 'utf8').replace(/^\ufeff/, '');
      if (text.length < 64 * 1024 && expectAgreement(text, f)) accepted++;
    }
    expect(accepted).toBeGreaterThan(250);
  });

  it('agrees with the full parse on mutated documents (syntax damage included)', () => {
    const pieces = [' ', '  ', '\n', ':', '- ', '"', "'", '#', '{', '}', '[', ']', ',', '|', '>', '? ', '&a ', '*a', '!t ', '---\n', '\\', '%', '~', '0x', '1_0', 'null', '\r\n', ': ', '\u00a0', '...'];
    const seed = 'apiVersion: v1\nkind: Kustomization\nresources:\n  - a.yaml\n  - ../b\nimages:\n- name: web\n  newTag: "1.2"\nreplicas:\n  - {name: web, count: 3}\nhelmCharts:\n  - name: c\n    valuesInline:\n      image: nginx:1.27\n      ratio: 0.5\n    notes: |\n      text\n---\nkey: value\n';
    const accepted = countAcceptedMutations(seed, pieces, 1500, (text) => expectAgreement(text, JSON.stringify(text)));
    expect(accepted).toBeGreaterThan(250);
  });

  it('agrees with the full parse on mutated Ansible tasks: folded blocks, empty values, multi-line flow items', () => {
    const pieces = [' ', '  ', '    ', '\n', '\n\n', ':', '- ', '"', "'", '#', '{', '}', '[', ']', ',', '>', '>-', '>+', '>2', '|', '~', 'null', '\r\n', ': ', '? ', '&a ', '*a', '\t', '...'];
    const seed = '- name: configure\n  shell: >\n    ip link set eth0\n    mtu {{ mtu }}\n\n    up\n  args:\n  when: x\n- name: label\n  command: >-\n    kubectl label node {{ item.name }}\n  loop:\n    - {\n        name: "m1",\n        label: "a=b",  # c\n      }\n    - [one,\n       two]\n  register:\n';
    const accepted = countAcceptedMutations(seed, pieces, 1500, (text) => expectAgreement(text, JSON.stringify(text)));
    expect(accepted).toBeGreaterThan(250);
  });
});
