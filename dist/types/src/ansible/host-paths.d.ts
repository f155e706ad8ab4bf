import type { BootstrapMechanism } from '../types.js';
export declare function normHostPath(p: string): string;
/** How a file written at `dest` is deployed by the node itself, if it is. */
export declare function destMechanism(dest: string): BootstrapMechanism | undefined;
export declare const isK3sConfig: (dest: string) => boolean;
export declare const isRke2Config: (dest: string) => boolean;
/** `flannel-backend: none` in a k3s config text, or `--flannel-backend=none` / `--flannel-backend none` on a command line. */
export declare const FLANNEL_NONE_CONFIG: RegExp;
export declare const FLANNEL_NONE_FLAG: RegExp;
/** The unit name of a systemd unit file (`/etc/systemd/system/k3s.service` → `k3s`). */
export declare const systemdUnitName: (dest: string) => string | undefined;
/**
 * The server a unit's `ExecStart` runs (`/usr/local/bin/k3s server --flag`), with the words after it; a Jinja
 * choice naming `server` (`k3s {{ 'server' if master else 'agent' }}`) runs it on some host.
 */
export declare function unitServer(text: string): {
    kind: 'k3s' | 'rke2';
    args: string;
} | undefined;
