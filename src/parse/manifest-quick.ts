// A fast, validating reader for plain manifests, on js-yaml's positioned frames
// (js-yaml-frames.ts): the objects carry the same positions a full parse gives. Anything
// this reader is not sure to read exactly as the full parse does (a syntax error, anchors,
// tags, templated keys, lists, HelmCharts, a value of another type) returns undefined and
// the caller parses fully, which also words the parse-error finding.
import type { K8sObject, Loc } from '../types.js';
import { lineIndex } from './line-index.js';
import { isRecord, parseImage } from './manifest.js';
import { plain, readFrames, start, type Frame } from './js-yaml-frames.js';

/** The objects of a plain manifest file, or undefined when it must be parsed fully. */
export function quickManifest(file: string, text: string): K8sObject[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const read = readFrames(file, text);
  if (!read) return undefined;
  const { roots } = read;
  const lines = lineIndex(text);
  const loc = (offset: number): Loc => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const out: K8sObject[] = [];
  for (const root of roots) {
    if (!plain(text, root)) return undefined;
    const value = root.result;
    if (!isRecord(value) || root.kind !== 'mapping') continue;
    const object = objectOf(text, root, value, loc);
    if (object === undefined) return undefined;
    if (object) out.push(object);
  }
  return out;
}

/** The frame of the key `key` in a mapping frame. */
function keyFrame(frame: Frame, key: string): Frame | undefined {
  for (let i = 0; i < frame.children.length; i += 2) if (frame.children[i].result === key) return frame.children[i];
  return undefined;
}

/**
 * The object of one document (as objectAt builds it), null when the document is not
 * an object, undefined when only the full parse can say (lists, HelmCharts, values of
 * a type YAML versions disagree on).
 */
function objectOf(text: string, root: Frame, value: Record<string, unknown>, loc: (offset: number) => Loc): K8sObject | null | undefined {
  const { kind, apiVersion } = value;
  if (typeof kind === 'number' || typeof apiVersion === 'number') return undefined;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return null;
  if (/List$/.test(kind) || kind === 'HelmChart') return undefined;
  const meta = isRecord(value.metadata) ? value.metadata : {};
  for (const key of ['name', 'namespace', 'generateName']) if (meta[key] !== undefined && meta[key] !== null && typeof meta[key] !== 'string') return undefined;
  const labels: Record<string, string> = {};
  if (isRecord(meta.labels)) {
    for (const [k, v] of Object.entries(meta.labels)) {
      // Numbers are where js-yaml's core schema and the yaml library's differ (`1_000`, `0b1`).
      if (typeof v === 'number') return undefined;
      labels[k] = String(v);
    }
  }
  const images = imageScalars(text, root);
  if (images === undefined) return undefined;
  const kindKey = keyFrame(root, 'kind')!;
  return {
    apiVersion,
    kind,
    name: typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    labels,
    images: images.map((s) => parseImage(s.value, loc(s.at))),
    at: loc(start(text, root.open)),
    kindAt: loc(start(text, kindKey.open)),
  };
}

/** Every `image:` string below `frame`, as YamlDoc.imageScalars walks them; undefined on a number. */
function imageScalars(text: string, frame: Frame): { value: string; at: number }[] | undefined {
  const out: { value: string; at: number }[] = [];
  const walk = (node: Frame): boolean => {
    if (node.kind === 'mapping') {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        const val = node.children[i + 1];
        if (key.result === 'image' && val.kind === 'scalar') {
          if (typeof val.result === 'number') return false;
          if (typeof val.result === 'string') out.push({ value: val.result, at: start(text, val.open) });
        } else if (!walk(val)) return false;
      }
    } else if (node.kind === 'sequence') {
      for (const item of node.children) if (!walk(item)) return false;
    }
    return true;
  };
  return walk(frame) ? out : undefined;
}
