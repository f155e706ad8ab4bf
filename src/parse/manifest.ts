// Kubernetes objects out of parsed YAML documents: identity, labels and images.
import type { ChartRef, ImageRef, K8sObject, Loc } from '../types.js';
import { UNRESOLVED } from './text-checks.js';
import type { YamlDoc, YamlFile } from './yaml-doc.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export { isRecord };

/** Splits an image reference: registry host dropped, tag after the last `:` following the last `/`, digest after `@`. */
export function parseImage(image: string, at: Loc): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const atSign = rest.indexOf('@');
  if (atSign >= 0) {
    digest = rest.slice(atSign + 1);
    rest = rest.slice(0, atSign);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) parts.shift();
  if (parts[0] === 'library' && parts.length === 2) parts.shift();
  return { image, repository: parts.join('/'), tag: tag || undefined, digest, at, ...(isUnrenderedImage(image) ? { unresolved: true as const } : {}) };
}

/** A reference still holding a template expression, or the Ansible reader's placeholder for one. */
const isUnrenderedImage = (image: string): boolean => image.includes('{{') || image.includes(UNRESOLVED);

/** The Kubernetes objects of one document (a `List` yields its items). */
export function objectsOfDoc(doc: YamlDoc): K8sObject[] {
  const value = doc.value;
  if (!isRecord(value)) return [];
  if (typeof value.kind === 'string' && /List$/.test(value.kind) && Array.isArray(value.items)) {
    return value.items.flatMap((item, i) => (isRecord(item) ? objectAt(item, doc, ['items', i]) : []));
  }
  return objectAt(value, doc, []);
}

/** The object whose data is `value`, found at `base` inside `doc` (an inline `definition:` say). */
export function objectAt(value: Record<string, unknown>, doc: YamlDoc, base: (string | number)[]): K8sObject[] {
  const kind = value.kind;
  const apiVersion = value.apiVersion;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return [];
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const labels: Record<string, string> = {};
  if (isRecord(meta.labels)) for (const [k, v] of Object.entries(meta.labels)) labels[k] = String(v);
  const images = doc.imageScalars(base).map((s) => parseImage(s.value, s.at));
  const spec = isRecord(value.spec) ? value.spec : {};
  // k3s/RKE2 install charts through HelmChart objects dropped in the auto-deploy directory.
  const chart: ChartRef | undefined =
    kind === 'HelmChart' && apiVersion.startsWith('helm.cattle.io/') && typeof spec.chart === 'string'
      ? {
          name: spec.chart,
          repo: typeof spec.repo === 'string' ? spec.repo : undefined,
          version: spec.version === undefined ? undefined : String(spec.version),
          at: doc.loc([...base, 'spec', 'chart']),
          versionAt: spec.version === undefined ? undefined : doc.loc([...base, 'spec', 'version']),
        }
      : undefined;
  return [
    {
      apiVersion,
      kind,
      name: typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '',
      namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
      labels,
      images,
      at: doc.loc(base),
      kindAt: doc.loc([...base, 'kind'], 'key'),
      ...(chart ? { chart } : {}),
    },
  ];
}

export function objectsOfFile(file: YamlFile): K8sObject[] {
  return file.docs.flatMap(objectsOfDoc);
}

/** The API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
export const apiGroup = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
