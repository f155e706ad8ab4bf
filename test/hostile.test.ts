// Hostile input generated on the fly (too large, binary or platform-specific to commit):
// each run finishes, in bounded time, with either correct findings or a parse-error
// naming the file and a line, and the other files are still linted.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, appendFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { runLint } from '../src/lint-run.js';
import { MAX_ALIASES, MAX_INDENT, MAX_YAML_DOCUMENTS } from '../src/parse/yaml-file.js';
import { MAX_YAML_BYTES } from '../src/parse/read-source.js';
import { cleanup, METALLB, runCli, seedCopy, tempDir } from './hostile-helpers.js';

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

/** A seed copy changed by `mutate`; the seed itself lints clean, so every finding comes from the change. */
function repo(mutate: (dir: string) => void): string {
  const dir = seedCopy();
  made.push(dir);
  mutate(dir);
  return dir;
}

const summary = (findings: { ruleId: string; file: string; line: number }[]) => findings.map(({ ruleId, file, line }) => ({ ruleId, file, line }));

/** Lints in process, within `ms`; returns the findings. */
async function lintWithin(dir: string, ms: number) {
  const start = performance.now();
  const result = await lint(dir);
  const elapsed = performance.now() - start;
  expect(elapsed, `lint took ${Math.round(elapsed)} ms`).toBeLessThan(ms);
  return result;
}

/** A deterministic byte stream (no Math.random: the test must fail the same way twice). */
function pseudoRandomBytes(n: number, seed = 42): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  out[0] = 0xff; // never valid UTF-8, whatever the rest
  return out;
}

const controller = (dir: string) => join(dir, METALLB, 'controller.yaml');
const kustomization = (dir: string) => join(dir, METALLB, 'kustomization.yaml');

describe('malformed and hostile YAML', () => {
  it('a YAML alias bomb is refused at its first line, under the alias cap', async () => {
    const dir = repo((d) => {
      const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: bomb}', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
      lines.push('data: {x: *a9}');
      writeFileSync(controller(d), lines.join('\n') + '\n');
    });
    const { findings } = await lintWithin(dir, 5000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 }]);
    expect(findings[0].message).toContain(`more than ${MAX_ALIASES}`);
  });

  it('a 30 MB manifest is not read (over the size cap) and the rest is still linted', async () => {
    const dir = repo((d) => {
      const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n';
      writeFileSync(controller(d), doc.repeat(Math.ceil((30 * 1024 * 1024) / doc.length)));
      // A second problem elsewhere proves the other files are still read.
      writeFileSync(join(d, 'argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml'), 'kind: [\n');
    });
    const { findings } = await lintWithin(dir, 10_000);
    expect(summary(findings)).toEqual([
      { ruleId: 'parse-error', file: 'argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml', line: 2 },
      { ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 },
    ]);
    expect(findings[1].message).toContain(`${MAX_YAML_BYTES / 1024 / 1024} MB`);
  });

  it(`a file of more than ${MAX_YAML_DOCUMENTS} tiny documents is not parsed`, async () => {
    const dir = repo((d) => writeFileSync(controller(d), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n'.repeat(MAX_YAML_DOCUMENTS + 5)));
    const { findings } = await lintWithin(dir, 10_000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 }]);
  });

  it('random bytes with a .yaml name are reported as not UTF-8', async () => {
    const dir = repo((d) => writeFileSync(controller(d), pseudoRandomBytes(200_000)));
    const { findings } = await lintWithin(dir, 5000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 }]);
    expect(findings[0].message).toContain('not valid UTF-8');
  });

  it('Latin-1 text (not UTF-8) is reported, not misread', async () => {
    const dir = repo((d) => writeFileSync(controller(d), Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf\xe9\n', 'latin1')));
    const { findings } = await lintWithin(dir, 5000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 }]);
  });

  it('a UTF-8 BOM and CRLF line ends everywhere change nothing', async () => {
    const dir = repo((d) => {
      const walk = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).flatMap((c) => walk(join(p, c))) : [p]);
      for (const f of walk(d).filter((f) => /\.ya?ml$/.test(f))) writeFileSync(f, '\uFEFF' + readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
    });
    const clean = await lint(seedCopyFor());
    const { findings, components } = await lintWithin(dir, 5000);
    expect(summary(findings)).toEqual([]);
    expect(components.map((c) => [c.name, c.runtime.length, c.bootstrap.length])).toEqual(clean.components.map((c) => [c.name, c.runtime.length, c.bootstrap.length]));
  });

  it('a NUL byte inside a value does not crash the run', async () => {
    const dir = repo((d) => writeFileSync(controller(d), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\u0000b\n'));
    const { findings } = await lintWithin(dir, 5000);
    expect(findings.every((f) => f.ruleId === 'parse-error' || f.file !== `${METALLB}/controller.yaml`)).toBe(true);
  });

  it('100 000 nested flow sequences are reported as too deep, at the start of their document (not where the stack ran out)', async () => {
    const dir = repo((d) => writeFileSync(controller(d), 'apiVersion: v1\nkind: ConfigMap\ndata: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n'));
    const { findings } = await lintWithin(dir, 10_000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 }]);
    expect(findings[0].message).toContain('nested too deeply');
  });

  const nestedBlocks = (depth: number): string => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: deep}', 'data:'];
    for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i + 1)}k${i}:`);
    return lines.join('\n') + ' leaf\n';
  };

  it('300 nested block mappings are read', async () => {
    const dir = repo((d) => writeFileSync(controller(d), nestedBlocks(300)));
    const { findings } = await lintWithin(dir, 10_000);
    expect(summary(findings)).toEqual([]);
  });

  it(`3 000 nested block mappings are refused at the first line indented ${MAX_INDENT} columns, on every machine`, async () => {
    const dir = repo((d) => writeFileSync(controller(d), nestedBlocks(3000)));
    const { findings } = await lintWithin(dir, 10_000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 4 + MAX_INDENT / 2 }]);
  });

  it('a mapping of 150 000 keys parses in linear time (duplicate keys are checked without the quadratic scan)', async () => {
    const dir = repo((d) => {
      const keys = Array.from({ length: 150_000 }, (_, i) => `  key${i}: value`).join('\n');
      writeFileSync(controller(d), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: wide}\ndata:\n${keys}\n  key7: again\n`);
    });
    const { findings } = await lintWithin(dir, 15_000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 150_005 }]);
    expect(findings[0].message).toContain('Map keys must be unique');
  });

  it.each([
    ['an unquoted template', '{{ key }}: value'],
    ['a flow sequence', '[a, b]: value'],
  ])('%s as a mapping key is refused where it stands (PyYAML, Go and Kubernetes reject it too)', async (_, line) => {
    const dir = repo((d) => writeFileSync(controller(d), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keyed\ndata:\n  ${line}\n  plain: value\n`));
    const { findings } = await lintWithin(dir, 10_000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 6 }]);
    expect(findings[0].message).toContain('a mapping key is itself a mapping or list');
  });
});

/** A second pristine seed copy (for comparisons). */
function seedCopyFor(): string {
  const d = seedCopy();
  made.push(d);
  return d;
}

describe('cycles and fan-out are bounded', () => {
  it('a diamond of 22 kustomization levels (4 million paths) stops at the build cap and says so', async () => {
    const dir = repo((d) => {
      const base = join(d, METALLB);
      for (let i = 1; i <= 22; i++) {
        for (const s of ['a', 'b']) {
          mkdirSync(join(base, `l${i}${s}`));
          writeFileSync(join(base, `l${i}${s}`, 'kustomization.yaml'), i < 22 ? `resources:\n  - ../l${i + 1}a\n  - ../l${i + 1}b\n` : 'resources:\n  - ../controller.yaml\n');
        }
      }
      writeFileSync(kustomization(d), 'resources:\n  - l1a\n  - l1b\n');
    });
    const { findings } = await lintWithin(dir, 10_000);
    const [cap, ...others] = [...findings.filter((f) => f.ruleId === 'parse-error'), ...findings.filter((f) => f.ruleId !== 'parse-error')];
    expect(cap.message).toMatch(/more than \d+ kustomizations/);
    // Also true of the files, each said once: the last level loads ../controller.yaml from outside itself, the one above adds it twice.
    expect(others.map((f) => `${f.ruleId} ${f.file.slice(METALLB.length + 1)}:${f.line}`).sort()).toEqual([
      'render-error l21a/kustomization.yaml:3',
      'render-error l21b/kustomization.yaml:3',
      'render-error l22a/kustomization.yaml:2',
      'render-error l22b/kustomization.yaml:2',
    ]);
  });
});

describe('symbolic links never lead out of the root', () => {
  const canLink = (() => {
    const d = tempDir();
    try {
      symlinkSync('x', join(d, 'l'));
      return true;
    } catch {
      return false;
    } finally {
      cleanup(d);
    }
  })();

  it.skipIf(!canLink)('links outside, to /etc/passwd, in a loop and broken are reported by parse-error and never read', async () => {
    const outside = tempDir('dvl-outside-');
    made.push(outside);
    writeFileSync(join(outside, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata: {name: stolen-secret}\n');
    const dir = repo((d) => {
      const m = join(d, METALLB);
      symlinkSync(join(outside, 'secret.yaml'), join(m, 'stolen.yaml'));
      appendFileSync(kustomization(d), '  - stolen.yaml\n');
      symlinkSync(outside, join(d, 'argocd/apps/infrastructure/outdir'));
      symlinkSync('/etc/passwd', join(m, 'passwd.yaml'));
      symlinkSync('loop2.yaml', join(m, 'loop1.yaml'));
      symlinkSync('loop1.yaml', join(m, 'loop2.yaml'));
      symlinkSync('nowhere.yaml', join(m, 'broken.yaml'));
      symlinkSync('.', join(m, 'self'));
    });
    const result = await lintWithin(dir, 5000);
    const { graphs } = await runLint(dir);
    expect(summary(result.findings)).toEqual([
      { ruleId: 'parse-error', file: `${METALLB}/broken.yaml`, line: 1 },
      { ruleId: 'app-path-missing', file: `${METALLB}/kustomization.yaml`, line: 7 },
      { ruleId: 'parse-error', file: `${METALLB}/loop1.yaml`, line: 1 },
      { ruleId: 'parse-error', file: `${METALLB}/loop2.yaml`, line: 1 },
      { ruleId: 'parse-error', file: `${METALLB}/passwd.yaml`, line: 1 },
      { ruleId: 'parse-error', file: `${METALLB}/stolen.yaml`, line: 1 },
      { ruleId: 'parse-error', file: 'argocd/apps/infrastructure/outdir', line: 1 },
    ]);
    expect(graphs![0].runtime.objects.some((o) => o.name === 'stolen-secret')).toBe(false);
    expect(JSON.stringify(result.findings)).not.toContain('root:x:0:0');
  });
});

describe('files that are not regular files or cannot be read', () => {
  it.skipIf(process.platform === 'win32')('a FIFO named like a manifest is never opened (it would block forever)', async () => {
    const dir = repo((d) => {
      execFileSync('mkfifo', [join(d, METALLB, 'pipe.yaml')]);
      appendFileSync(kustomization(d), '  - pipe.yaml\n');
    });
    const { findings } = await lintWithin(dir, 5000);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/pipe.yaml`, line: 1 }]);
    expect(findings[0].message).toContain('not a regular file');
  });

  it('a file without read permission is a parse-error (skipped when running as root, who reads anything)', async (ctx) => {
    if (process.getuid?.() === 0) ctx.skip();
    const dir = repo((d) => chmodSync(controller(d), 0o000));
    const { findings } = await lintWithin(dir, 5000);
    chmodSync(controller(dir), 0o644);
    expect(summary(findings)).toEqual([{ ruleId: 'parse-error', file: `${METALLB}/controller.yaml`, line: 1 }]);
    expect(findings[0].message).toContain('EACCES');
  });
});

describe('the command line on hostile input: exit 0 or 1, never 2, no stack trace', () => {
  it('alias bomb, random bytes, deep nesting and a cycle in one repository', () => {
    const dir = repo((d) => {
      writeFileSync(controller(d), 'a: &a [x, x, x, x, x, x, x, x, x, x]\n' + Array.from({ length: 8 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i ? `*b${i - 1}` : '*a').join(',')}]`).join('\n') + '\n');
      writeFileSync(join(d, 'argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml'), pseudoRandomBytes(4096, 7));
      writeFileSync(join(d, 'argocd/apps/observability/grafana/kustomization.yaml'), 'resources:\n  - ' + '['.repeat(50_000) + '\n');
      mkdirSync(join(d, METALLB, 'overlay'));
      writeFileSync(join(d, METALLB, 'overlay/kustomization.yaml'), 'resources:\n  - ..\n');
      appendFileSync(kustomization(d), '  - overlay\n');
    });
    const r = runCli([dir, '-f', 'json']);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[] };
    expect(out.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual([
      'parse-error argocd/apps/infrastructure/kube-vip/kube-vip-daemonset.yaml',
      'parse-error argocd/apps/infrastructure/metallb/controller.yaml',
      'reference-cycle argocd/apps/infrastructure/metallb/overlay/kustomization.yaml',
      'parse-error argocd/apps/observability/grafana/kustomization.yaml',
    ]);
  });
});
