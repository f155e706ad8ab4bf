// Guards for untrusted YAML shapes: the reader must never throw on odd input.
import { isRecord } from '../parse/manifest.js';

export { isRecord };

export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Scalars Ansible accepts where a string is expected (numbers and booleans are stringified by YAML authors). */
export const asScalarString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Ansible's boolean spelling: yes/true/on/1. */
export const truthy = (v: unknown): boolean =>
  v === true || v === 1 || (typeof v === 'string' && /^(yes|true|on|1|y)$/i.test(v.trim()));

export const isYamlPath = (p: string): boolean => /\.ya?ml$/i.test(p);

/** How a non-string value is shown in a reference (YAML aliases may make values circular). */
export function shown(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? '';
  } catch {
    return '';
  }
}
