// Argo CD entry points when neither the configuration nor bootstrap names them: the
// Application and ApplicationSet manifests no other one renders, that manage content of
// this repository. Documentation is never a root: files in archive, example or
// documentation folders, or in folders that are mostly Markdown, are not candidates, so
// their example repoURLs never teach which URL means this repository.
import { dirOf, isUnder } from '../parse/paths.js';
import type { SourceSet } from '../parse/source-set.js';
import type { RuntimeModel } from '../types.js';
import { isSetAside } from './app-unit.js';
import { readRuntime } from './read-runtime.js';

/** A folder (or one above it, below the root) whose files are mostly Markdown: guides and examples. */
function inProse(sources: SourceSet, file: string): boolean {
  for (let dir = dirOf(file); dir !== ''; dir = dirOf(dir)) {
    const files = sources.filesIn(dir);
    const prose = files.filter((f) => /\.(md|markdown|rst|adoc|txt)$/i.test(f)).length;
    if (prose > files.length - prose) return true;
  }
  return false;
}

export function autoEntrypoints(sources: SourceSet, roots: readonly string[], repoURLs: string[]): RuntimeModel['entrypoints'] {
  const candidates = sources.files.filter(
    (f) =>
      /\.ya?ml$/.test(f) &&
      roots.some((r) => isUnder(f, r)) &&
      !/(^|\/)templates\//.test(f) &&
      !isSetAside(dirOf(f)) &&
      !inProse(sources, f) &&
      sources.declaresArgo(f),
  );
  const all = candidates.map((file) => ({ file, at: { file, line: 1, column: 1 }, origin: 'auto' as const }));
  const reached = readRuntime(sources, { entrypoints: all, repoURLs });
  // Met as another Application's child, even when first met as a candidate itself.
  const rendered = new Set<string>(reached.childArgoFiles);
  for (const app of reached.applications) if (app.parent || app.appset) rendered.add(app.at.file);
  for (const set of reached.applicationSets) if (set.parent) rendered.add(set.at.file);
  // A root manages content of this repository; an Application whose sources all point elsewhere is not one.
  const managesLocal = new Set<string>();
  for (const app of reached.applications) {
    if (!app.sources.some((s) => s.local)) continue;
    const set = app.appset ? reached.applicationSets.find((x) => x.id === app.appset) : undefined;
    managesLocal.add(set && !set.parent ? set.at.file : app.at.file);
  }
  return all.filter((e) => !rendered.has(e.file) && managesLocal.has(e.file));
}
