// What counts as a secret written in clear, shared by the readers of both layers:
// a literal value, as opposed to a reference, a placeholder filled in later, or
// encrypted content (SOPS, Ansible Vault).
import type { Loc } from '../types.js';
import { isRecord } from './manifest.js';
import type { PathSegment, YamlDoc } from './yaml-file.js';

/** Placeholders another tool fills in: Jinja, Helm and ESO templates, argocd-vault-plugin's `<path:…>`. */
const PLACEHOLDER = /\{\{|\$\{[\w.-]+\}|^<[^<>\s][^<>]*>$|__UNRESOLVED__|<no value>/;

/** Encrypted content: SOPS values and Ansible Vault ciphertext (an `!vault` scalar reads as its text). */
const ENCRYPTED = /^ENC\[|\$ANSIBLE_VAULT;/;

/** A non-empty string that is neither a placeholder nor encrypted: the secret itself. */
export function isLiteralSecret(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && !PLACEHOLDER.test(text) && !ENCRYPTED.test(text);
}

/** A document SOPS encrypted: its values are ciphertext even where one does not look it. */
export const isSopsDocument = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value) && 'sops' in value;

/** `adminPasswordKey` → admin password key. */
const words = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Endings that name a credential; `adminPasswordKey` (the key inside a Secret) or `existingSecret` name a reference. */
const CREDENTIAL_ENDINGS = [['password'], ['passwd'], ['passphrase'], ['token'], ['api', 'key'], ['apikey'], ['private', 'key'], ['privatekey'], ['secret', 'key'], ['client', 'secret']];

/** A settings key that names a password, token, API key or private key (`auth.adminPassword`, `apiKey`). */
export function namesCredential(key: string): boolean {
  const w = words(key);
  if (w[0] === 'existing') return false;
  return CREDENTIAL_ENDINGS.some((end) => end.length <= w.length && end.every((e, i) => w[w.length - end.length + i] === e));
}

/** The keys of Argo CD's declarative repository and cluster Secrets that are settings, not credentials. */
const ARGOCD_SETTINGS = new Set([
  'name', 'url', 'type', 'project', 'username', 'insecure', 'insecureIgnoreHostKey', 'enableLFS', 'enableOCI', 'proxy', 'noProxy',
  'forceHttpBasicAuth', 'githubAppID', 'githubAppInstallationID', 'githubAppEnterpriseBaseUrl', 'server', 'namespaces', 'clusterResources', 'shard',
]);

/**
 * The keys of a Secret (the object at `base` in `doc`) whose `data`/`stringData` values are
 * literal; where each is written. A SOPS-encrypted document holds none.
 */
export function secretLiterals(doc: YamlDoc, value: Record<string, unknown>, base: readonly PathSegment[]): { key: string; at: Loc }[] {
  if (isSopsDocument(value)) return [];
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const argocd = isRecord(meta.labels) && typeof meta.labels['argocd.argoproj.io/secret-type'] === 'string';
  const out: { key: string; at: Loc }[] = [];
  for (const field of ['data', 'stringData']) {
    const entries = value[field];
    if (!isRecord(entries)) continue;
    for (const [key, v] of Object.entries(entries)) {
      if (argocd && ARGOCD_SETTINGS.has(key)) continue;
      if (isLiteralSecret(v)) out.push({ key, at: doc.loc([...base, field, key]) });
    }
  }
  return out;
}
