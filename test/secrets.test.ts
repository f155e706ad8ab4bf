// plaintext-secret names the key, never the value: in no output format does a secret
// of the firing fixtures appear. And what counts as a secret in clear.
import { readFileSync } from 'node:fs';
import { globSync } from 'glob';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatters, lint, ruleCatalog } from '../src/index.js';
import { isLiteralSecret, namesCredential } from '../src/parse/secret-value.js';
import { parseCommand } from '../src/ansible/commands.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

/** Each firing fixture and the secret values written in it (by hand, from its files). */
const FIRING: Record<string, string[]> = {
  'secret-with-literal-string-data': ['Tr0ub4dor-and-3', 'c210cC1sZXRtZWlu', 'ghp-dashboards-4f9a1c'],
  'secret-generator-literals': ['correct-horse-battery', 'letmein-smtp-77', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'],
  'bootstrap-task-writes-literal-secret': ['s3cr3t-registry-pw', 'wh-tok-93ab1'],
  'helm-values-with-literal-password': ['Hunter2-grafana-admin', 'sw2YcwTIb9zpOOhoPsMm'],
};

const ctx = { color: new Chalk({ level: 0 }), ...ruleCatalog };

describe('plaintext-secret never prints a value', () => {
  it.each(Object.entries(FIRING))('%s: no format shows its secrets', async (name, values) => {
    const dir = fixtureRepo(`fixtures/plaintext-secret/${name}`);
    const text = globSync(`${dir}/**/*`, { nodir: true, dot: true }).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const value of values) expect(text, `${value} is written in ${dir}`).toContain(value);
    const result = await lint(dir);
    expect(result.findings.filter((f) => f.ruleId === 'plaintext-secret').length).toBeGreaterThanOrEqual(values.length);
    for (const [format, formatter] of Object.entries(formatters)) {
      const out = formatter(result, ctx);
      expect(out.length, format).toBeGreaterThan(0);
      for (const value of values) expect(out.includes(value), `${format} output shows ${value}`).toBe(false);
    }
  });
});

describe('secret values', () => {
  it('a literal is a secret; placeholders, encrypted text, empty and non-strings are not', () => {
    for (const v of ['hunter2', 'c2VjcmV0', ' x ']) expect(isLiteralSecret(v), v).toBe(true);
    for (const v of ['', '  ', '{{ .Values.password }}', "{{ lookup('env', 'X') }}", '${DB_PASSWORD}', '<path:secret/data/db#password>', 'ENC[AES256_GCM,data:abc,type:str]', '$ANSIBLE_VAULT;1.1;AES256\n6231', true, 5432, null])
      expect(isLiteralSecret(v), String(v)).toBe(false);
  });

  it('credential keys end in a password, token, API key or private key; references and settings do not', () => {
    for (const k of ['password', 'adminPassword', 'db_password', 'auth.rootPassword', 'token', 'bearerToken', 'apiKey', 'api_key', 'privateKey', 'tls-private-key', 'secret_key', 'clientSecret', 'passphrase'])
      expect(namesCredential(k), k).toBe(true);
    for (const k of ['passwordKey', 'existingSecret', 'existingSecretPasswordKey', 'tokenTTL', 'secretName', 'passwordLength', 'username', 'accessKeyId'])
      expect(namesCredential(k), k).toBe(false);
  });

  it('kubectl create secret --from-literal gives the key and the pair (both spellings)', () => {
    const facts = parseCommand('kubectl -n argocd create secret generic webhook --from-literal=token=abc --from-literal user=bot');
    expect(facts.secretLiterals.map((s) => [s.key, s.value])).toEqual([
      ['token', 'abc'],
      ['user', 'bot'],
    ]);
    expect(parseCommand('kubectl create configmap x --from-literal=a=b').secretLiterals).toEqual([]);
  });
});
