// Image references in Helm values, the shapes charts commonly read: `image:
// repo:tag`, `image: { registry, repository, tag, digest }` at any depth
// (`controller.image`, `global.image`), and `imageTag` beside `image` or
// `imageRepository` (`global.imageTag`, Elastic's charts).
// Only the values that win are kept: a later values source of the same app that
// sets the same image overrides an earlier one (Helm's precedence order).
import { isRecord, parseImage } from '../parse/manifest.js';
import type { SourceSet } from '../parse/source-set.js';
import type { PathSegment } from '../parse/yaml-file.js';
import type { HelmValues, ImageRef, Loc, ValuesImage } from '../types.js';
import { laterOfSameApp, valuesData } from './helm-values.js';

const MAX_DEPTH = 64;

interface Found {
  ref: ImageRef;
  /** Path of the image key inside the values. */
  path: PathSegment[];
  explicitTag: boolean;
}

const scalar = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const templated = (s: string): boolean => s.includes('{{') || s.includes('UNRESOLVED');

/** The images one values source sets, with the place of their tags (the file is parsed with positions only when it sets one). */
function imagesOf(sources: SourceSet, v: HelmValues): Found[] {
  const root = valuesData(sources, v);
  const out: Found[] = [];
  const loc = (path: PathSegment[]): Loc => v.doc?.loc([...(v.base ?? []), ...path]) ?? v.at;
  const fromMapping = (m: Record<string, unknown>, path: PathSegment[]): boolean => {
    const repository = scalar(m.repository) ?? '';
    const tag = scalar(m.tag) ?? '';
    const digest = scalar(m.digest) ?? '';
    if (!repository && !tag) return false;
    if (templated(repository + tag + digest)) return true;
    const registry = scalar(m.registry);
    const ref = parseImage(`${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`, loc(path));
    if (tag) ref.tagAt = loc([...path, 'tag']);
    out.push({ ref, path, explicitTag: tag !== '' });
    return true;
  };
  // A node met twice is an alias: walked once, so aliases cannot multiply the work.
  const seen = new Set<object>();
  const walk = (node: unknown, path: PathSegment[], depth: number): void => {
    if (depth > MAX_DEPTH || (typeof node === 'object' && node !== null && seen.has(node))) return;
    if (typeof node === 'object' && node !== null) seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    if (!isRecord(node)) return;
    if (typeof node.imageTag === 'string' || typeof node.imageTag === 'number') fromImageTag(node, path);
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, key];
      if (key === 'image' && typeof value === 'string' && !('imageTag' in node)) {
        if (value.trim() === '' || templated(value)) continue;
        const ref = parseImage(value, loc(at));
        if (ref.tag) ref.tagAt = ref.at;
        out.push({ ref, path: at, explicitTag: ref.tag !== undefined });
      } else if (!(key === 'image' && isRecord(value) && fromMapping(value, at))) walk(value, at, depth + 1);
    }
  };
  const fromImageTag = (m: Record<string, unknown>, path: PathSegment[]): void => {
    const tag = scalar(m.imageTag) ?? '';
    const repository = scalar(m.imageRepository) ?? scalar(m.imageName) ?? scalar(m.image) ?? '';
    if (templated(tag + repository)) return;
    const ref = parseImage(`${repository}${tag ? `:${tag}` : ''}`, loc([...path, 'imageTag']));
    if (tag) ref.tagAt = ref.at;
    out.push({ ref, path: [...path, 'imageTag'], explicitTag: tag !== '' });
  };
  walk(root, [], 0);
  return out;
}

/** What a values source sets at `path`. */
function valueAt(sources: SourceSet, v: HelmValues, path: PathSegment[]): unknown {
  let node: unknown = valuesData(sources, v);
  for (const seg of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<PathSegment, unknown>)[seg] : undefined;
  return node;
}

/** True when a later values source of the same app sets this image's tag again (or replaces the image). */
function overridden(sources: SourceSet, found: Found, later: readonly HelmValues[]): boolean {
  return later.some((v) => {
    const again = valueAt(sources, v, found.path);
    return (scalar(isRecord(again) ? again.tag : again) ?? '') !== '';
  });
}

/** The images the values of reachable apps set, as Helm would see them after merging. */
export function valuesImages(sources: SourceSet, values: readonly HelmValues[]): ValuesImage[] {
  const out: ValuesImage[] = [];
  const laterOf = laterOfSameApp(values);
  values.forEach((v, i) => {
    const later = laterOf[i];
    for (const found of imagesOf(sources, v)) {
      if (overridden(sources, found, later)) continue;
      out.push({ ...found.ref, application: v.application, appset: v.appset, file: v.file, key: found.path.join('.'), explicitTag: found.explicitTag });
    }
  });
  return out;
}
