// Host-side paths: normalisation and the directories the kubelet or k3s/RKE2 read manifests from.
import { posix } from 'node:path';
import type { BootstrapMechanism } from '../types.js';

export function normHostPath(p: string): string {
  const t = p.trim();
  if (!t) return t;
  const n = posix.normalize(t);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

const STATIC_POD_DIRS = /^\/(etc\/kubernetes\/manifests|var\/lib\/rancher\/(k3s|rke2)\/agent\/pod-manifests)(\/|$)/;
const AUTO_DEPLOY_DIRS = /^\/var\/lib\/rancher\/(k3s|rke2)\/server\/manifests(\/|$)/;

/** How a file written at `dest` is deployed by the node itself, if it is. */
export function destMechanism(dest: string): BootstrapMechanism | undefined {
  const d = normHostPath(dest) + '/';
  if (STATIC_POD_DIRS.test(d)) return 'static-pod';
  if (AUTO_DEPLOY_DIRS.test(d)) return 'k3s-manifest';
  return undefined;
}

export const isK3sConfig = (dest: string): boolean => /^\/etc\/rancher\/k3s\/config\.yaml(\.d\/[^/]+)?$/.test(normHostPath(dest));
export const isRke2Config = (dest: string): boolean => /^\/etc\/rancher\/rke2\/config\.yaml(\.d\/[^/]+)?$/.test(normHostPath(dest));

/** `flannel-backend: none` in a k3s config text, or `--flannel-backend=none` / `--flannel-backend none` on a command line. */
export const FLANNEL_NONE_CONFIG = /^\s*["']?flannel-backend["']?\s*:\s*["']?none["']?\s*(#.*)?$/m;
export const FLANNEL_NONE_FLAG = /--flannel-backend(=|\s+)["']?none\b/;

/** The unit name of a systemd unit file (`/etc/systemd/system/k3s.service` → `k3s`). */
export const systemdUnitName = (dest: string): string | undefined => /^\/(?:etc|lib|usr\/lib)\/systemd\/system\/([^/]+)\.service$/.exec(normHostPath(dest))?.[1];

/**
 * The server a unit's `ExecStart` runs (`/usr/local/bin/k3s server --flag`), with the words after it; a Jinja
 * choice naming `server` (`k3s {{ 'server' if master else 'agent' }}`) runs it on some host.
 */
export function unitServer(text: string): { kind: 'k3s' | 'rke2'; args: string } | undefined {
  const m = /^\s*ExecStart\s*=\s*\S*\b(k3s|rke2)\s+(server\b|\{\{[^}]*['"]server['"][^}]*\}\})(.*)$/m.exec(text);
  return m ? { kind: m[1] as 'k3s' | 'rke2', args: m[3] } : undefined;
}
