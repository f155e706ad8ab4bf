// Kubernetes objects as the per-file cache stores them: positions in the object's own file
// packed into one number each, the file left out (it is the entry's key). A manifest's
// objects carry three or more positions, and the file's path was most of their bytes.
import type { ChartRef, ImageRef, K8sObject, Loc } from '../types.js';
import { columnOf, lineOf, packPos } from './pos-tree.js';

type Packed = number | Loc;

const pack = (path: string, loc: Loc): Packed => (loc.file === path ? packPos(loc.line, loc.column) : loc);
const unpack = (path: string, at: Packed): Loc => (typeof at === 'number' ? { file: path, line: lineOf(at), column: columnOf(at) } : at);

/** Replaces the positions of an object (and of its images and chart) through `map`. */
function mapLocs<A, B>(o: K8sObject, map: (loc: A) => B): unknown {
  const image = (i: ImageRef) => ({ ...i, at: map(i.at as A), ...(i.tagAt ? { tagAt: map(i.tagAt as A) } : {}) });
  const chart = (c: ChartRef) => ({ ...c, at: map(c.at as A), ...(c.versionAt ? { versionAt: map(c.versionAt as A) } : {}) });
  return { ...o, at: map(o.at as A), kindAt: map(o.kindAt as A), images: o.images.map(image), ...(o.chart ? { chart: chart(o.chart) } : {}) };
}

export const packObjects = (path: string, objects: readonly K8sObject[]): unknown[] => objects.map((o) => mapLocs<Loc, Packed>(o, (loc) => pack(path, loc)));

export const unpackObjects = (path: string, packed: readonly unknown[]): K8sObject[] => packed.map((o) => mapLocs<Packed, Loc>(o as K8sObject, (at) => unpack(path, at)) as K8sObject);
