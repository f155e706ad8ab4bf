import { parseAllDocuments, LineCounter } from 'yaml';
const mk = (kind, mb) => {
  if (kind === 'docs') { const s='apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n'; return s.repeat(Math.floor(mb*1048576/s.length)); }
  if (kind === 'map') { let out='apiVersion: v1\nkind: ConfigMap\ndata:\n'; const n=Math.floor(mb*1048576/24); for (let i=0;i<n;i++) out+=`  key${String(i).padStart(9,'0')}: value\n`; return out; }
  if (kind === 'str') return 'apiVersion: v1\nkind: ConfigMap\ndata:\n  big: "' + 'x'.repeat(mb*1048576) + '"\n';
};
for (const [kind, mb] of [['docs',1],['docs',4],['map',4],['map',15],['str',15]]) {
  const t = mk(kind, mb); const t0 = performance.now();
  const docs = parseAllDocuments(t, { lineCounter: new LineCounter(), uniqueKeys: true });
  const t1 = performance.now();
  for (const d of docs) d.toJS({maxAliasCount: 1000});
  const t2 = performance.now();
  console.log(kind, mb, 'MB', docs.length, 'docs parse', Math.round(t1-t0), 'ms toJS', Math.round(t2-t1), 'ms rss', Math.round(process.memoryUsage().rss/1048576), 'MB');
}
