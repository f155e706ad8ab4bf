import { parseYaml } from './dist/src/parse/yaml-file.js';
const map = (mb) => { let out='apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n'; const n=Math.floor(mb*1048576/24); for (let i=0;i<n;i++) out+=`  key${String(i).padStart(9,'0')}: value\n`; return out; };
const crd = (mb) => { const one = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x\nspec:\n  versions:\n' + Array.from({length: 400}, (_, i) => `    - name: v${i}\n      schema:\n        openAPIV3Schema:\n          description: "some text here ${i}"\n          properties:\n            a: {type: string}\n            b:\n              type: object\n              properties:\n                c: {type: integer}\n`).join(''); let out=''; while (out.length < mb*1048576) out += one + '---\n'; return out; };
for (const [name, f, mb] of [['map', map, 15], ['crd', crd, 4], ['crd', crd, 15]]) {
  const t = f(mb); const t0 = performance.now(); const r = parseYaml('x.yaml', t);
  console.log(name, mb, 'MB', r.docs.length, 'docs', r.problems.length, 'problems', Math.round(performance.now()-t0), 'ms', Math.round(process.memoryUsage().rss/1048576), 'MB rss');
}
