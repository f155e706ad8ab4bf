// Hostile input generated on the fly (too large, binary or platform-specific to commit):
// each run finishes, in bounded time, with either correct findings or a parse-error
// naming the file and a line, and the other files are still linted.
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { runLint } from '../src/lint-run.js';
import { MAX_ALIASES, MAX_INDENT, MAX_YAML_DOCUMENTS } from '../src/parse/yaml-file.js';
import { MAX_YAML_BYTES } from '../src/parse/read-source.js';
import { cleanup, METALLB, runCli, runCliAsync, seedCopy, tempDir } from './hostile-helpers.js';

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

// Issue 16: each input of the second hostile round, run by the built CLI in a child process
// whose heap is capped at 1 GB (past it the process aborts) and which is killed after 20 s.
describe('bounded in every dimension: 20 s, 1 GB, exit 0 or 1 with findings (2 only for bad configuration or arguments)', () => {
  const BOUNDS = { nodeArgs: ['--max-old-space-size=1024'], timeout: 20_000 };
  /** With `cache`, the run cache in that folder (a later format prints the result of the first run); else --no-cache. */
  const bounded = (args: string[], cache?: string) => {
    const start = performance.now();
    const r = cache === undefined ? runCli([...args, '--no-cache'], BOUNDS) : runCli(args, { ...BOUNDS, env: { DETECTVIZ_LINT_CACHE_DIR: cache } });
    const ms = performance.now() - start;
    expect(r.signal, `killed after ${Math.round(ms)} ms`).toBeNull();
    expect(ms).toBeLessThan(20_000);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    return r;
  };
  const findingsOf = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] }).findings;
  const appset = (d: string, body: string) => {
    writeFileSync(join(d, 'argocd/appsets/hostile-appset.yaml'), body);
    appendFileSync(join(d, 'argocd/appsets/kustomization.yaml'), '  - hostile-appset.yaml\n');
  };
  const head = (goTemplate: boolean) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: hostile, namespace: argocd}\nspec:\n${goTemplate ? '  goTemplate: true\n' : ''}`;
  const template = (name: string, path: string) =>
    `  template:\n    metadata: {name: '${name}'}\n    spec:\n      project: default\n      source: {repoURL: 'git@github.com:example/platform.git', targetRevision: main, path: '${path}'}\n      destination: {server: 'https://kubernetes.default.svc', namespace: x}\n`;
  const list = (n: number, key: string) => `{list: {elements: [${Array.from({ length: n }, (_, i) => `{${key}: '${key}${i}'}`).join(', ')}]}}`;
  const limitFinding = (r: { stdout: string }, key: string) => findingsOf(r).filter((f) => f.ruleId === 'incomplete-analysis' && f.message.includes(`limits.${key}`));

  // 150,000 (the issue's input is 200,000): past what push(...cycles) takes as arguments, and faster.
  it('a kustomization listing "." 150,000 times: one cycle per entry up to the findings budget, no stack overflow', () => {
    const dir = repo((d) => writeFileSync(kustomization(d), 'resources:\n' + '  - .\n'.repeat(150_000)));
    const r = bounded([dir, '-f', 'json']);
    expect(r.status).toBe(1);
    const found = findingsOf(r);
    expect(found.filter((f) => f.ruleId === 'reference-cycle')).toHaveLength(1000);
    expect(limitFinding(r, 'findingsPerRuleAndFile')).toHaveLength(1);
  });

  for (const [what, generators] of [
    ['a matrix of two 1000-element lists', `[${list(1000, 'a')}, ${list(1000, 'b')}]`],
    ['a matrix nested 100 x 100 x 100', `[${list(100, 'a')}, {matrix: {generators: [${list(100, 'b')}, ${list(100, 'c')}]}}]`],
  ] as const) {
    it(`${what}: stops at the Applications budget and says so; stylish and markdown print it`, () => {
      const dir = repo((d) => appset(d, head(false) + `  generators:\n    - matrix: {generators: ${generators}}\n` + template('m-{{a}}-{{b}}', 'missing/{{a}}/{{b}}')));
      // The first run analyses (and fills a fresh cache); the formatters then print that result without analysing again.
      const cache = tempDir('dvl-cache-');
      made.push(cache);
      const r = bounded([dir, '-f', 'json'], cache);
      expect(r.status).toBe(1);
      expect(limitFinding(r, 'applicationsPerApplicationSet').length).toBeGreaterThanOrEqual(1);
      for (const format of ['stylish', 'markdown']) expect(bounded([dir, '-f', format], cache).status).toBe(1);
    });
  }

  it('a toJson amplification: stays within time and memory', () => {
    const big = 'x'.repeat(1000);
    const outer = `{list: {elements: [${Array.from({ length: 300 }, (_, i) => `{a: 'a${i}', big: '${big}'}`).join(', ')}]}}`;
    const inner = `{list: {elementsYaml: '{{ toJson . }}', elements: [${Array.from({ length: 300 }, (_, i) => `{b: 'b${i}'}`).join(', ')}]}}`;
    const dir = repo((d) => appset(d, head(true) + `  generators:\n    - matrix: {generators: [${outer}, ${inner}]}\n` + template('m-{{ .a }}-{{ .b }}', 'missing/{{ toJson . }}')));
    const r = bounded([dir, '-f', 'json']);
    expect([0, 1]).toContain(r.status);
    expect(limitFinding(r, 'applicationsPerApplicationSet')).toHaveLength(1);
  });

  it('a git generator pattern of many "*" that does not match: no backtracking', () => {
    const dir = repo((d) => {
      mkdirSync(join(d, 'argocd/apps', 'a'.repeat(60)), { recursive: true });
      writeFileSync(join(d, 'argocd/apps', 'a'.repeat(60), 'k.yaml'), 'kind: ConfigMap\n');
      appset(d, head(false) + `  generators:\n    - git: {repoURL: 'git@github.com:example/platform.git', revision: HEAD, directories: [{path: 'argocd/apps/${'a*'.repeat(40)}b'}]}\n` + template('g-{{path.basename}}', '{{path}}'));
    });
    const r = bounded([dir, '-f', 'json']);
    expect(findingsOf(r).map((f) => f.ruleId)).toContain('app-path-missing');
  });

  it('a goTemplate name of 100,000 unclosed "{{ ": linear, left unrendered past the expansion budget', () => {
    const dir = repo((d) => appset(d, head(true) + `  generators:\n    - ${list(1, 'a')}\n` + template('{{ '.repeat(100_000), 'missing')));
    const r = bounded([dir, '-f', 'json']);
    expect(limitFinding(r, 'templateExpansionChars')).toHaveLength(1);
  });

  it('a 10 MB configuration of plain ignore: entries', () => {
    const dir = repo((d) => writeFileSync(join(d, '.detectviz-lint.yaml'), 'ignore:\n' + Array.from({ length: 400_000 }, (_, i) => `  - "dir${i}/x"\n`).join('')));
    expect(statSync(join(dir, '.detectviz-lint.yaml')).size).toBeGreaterThan(7_000_000);
    expect(bounded([dir]).status).toBe(0);
  });

  it('ignore: ["/"] lints nothing, and says so', () => {
    const dir = repo((d) => writeFileSync(join(d, '.detectviz-lint.yaml'), 'ignore: ["/"]\n'));
    const r = bounded([dir, '-f', 'json']);
    expect(findingsOf(r).map((f) => [f.ruleId, f.file])).toEqual([['incomplete-analysis', '.detectviz-lint.yaml']]);
    expect(findingsOf(r)[0].message).toContain('nothing to lint');
  });
});

describe('one safe open: the configuration, the baseline and every input', () => {
  const quick = (args: string[]) => {
    const r = runCli(args, { timeout: 10_000 });
    expect(r.signal).toBeNull();
    return r;
  };

  it('a FIFO or a link to /dev/zero as the configuration is refused at once (exit 2, one line)', () => {
    const fifo = repo((d) => execFileSync('mkfifo', [join(d, '.detectviz-lint.yaml')]));
    const zero = repo((d) => symlinkSync('/dev/zero', join(d, '.detectviz-lint.yaml')));
    for (const dir of [fifo, zero]) {
      const r = quick([dir, '--no-cache']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('is not a regular file; not read');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a FIFO as --baseline is refused at once', () => {
    const dir = repo((d) => execFileSync('mkfifo', [join(d, 'baseline.json')]));
    const r = quick([dir, '--no-cache', '--baseline', join(dir, 'baseline.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a regular file');
  });

  it('a configuration linked to a file outside the root is not read, and none of its keys is echoed', () => {
    const outside = tempDir('dvl-outside-');
    made.push(outside);
    writeFileSync(join(outside, 'secret.yaml'), 'hunter2SecretKey: 1\n');
    const dir = repo((d) => symlinkSync(join(outside, 'secret.yaml'), join(d, '.detectviz-lint.yaml')));
    const r = quick([dir, '--no-cache']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('leads outside the linted root; not read');
    expect(r.stderr + r.stdout).not.toContain('hunter2');
  });

  it('init and --write-baseline never write through a (dangling) symlink out of the root', () => {
    const outside = tempDir('dvl-outside-');
    made.push(outside);
    const dir = repo((d) => {
      symlinkSync(join(outside, 'init.yaml'), join(d, '.detectviz-lint.yaml'));
      symlinkSync(join(outside, 'baseline.json'), join(d, 'baseline.json'));
    });
    for (const r of [quick(['init', dir]), quick([dir, '--no-cache', '--write-baseline', join(dir, 'baseline.json')])]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('it is a symbolic link; not written through');
    }
    expect(readdirSync(outside)).toEqual([]);
  });

  it('unreadable, non-UTF-8, over-cap and FIFO files of a plain-directory app are findings at their paths', async () => {
    const plain = 'argocd/apps/infrastructure/plain';
    const dir = repo((d) => {
      mkdirSync(join(d, plain));
      writeFileSync(join(d, plain, 'ok.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n');
      writeFileSync(join(d, plain, 'latin1.yaml'), Buffer.from('kind: \xe9\n', 'latin1'));
      execFileSync('mkfifo', [join(d, plain, 'fifo.yaml')]);
      writeFileSync(join(d, plain, 'huge.yaml'), Buffer.alloc(MAX_YAML_BYTES + 1, 0x20));
    });
    const { findings } = await lintWithin(dir, 10_000);
    expect(findings.map((f) => `${f.ruleId} ${f.file} ${f.message}`)).toEqual([
      `parse-error ${plain}/fifo.yaml is not a regular file; not read`,
      `parse-error ${plain}/huge.yaml is larger than the ${MAX_YAML_BYTES / 1024 / 1024} MB cap; not read`,
      `parse-error ${plain}/latin1.yaml is not valid UTF-8 text`,
    ]);
  });

  it('a link to /proc/self is named by its text, never resolved into the PID: two runs print the same', () => {
    const dir = repo((d) => symlinkSync('/proc/self', join(d, METALLB, 'self.yaml')));
    const [a, b] = [quick([dir, '--no-cache']), quick([dir, '--no-cache'])];
    expect(a.status).toBe(1);
    expect(a.stdout).toContain('outside the linted root (/proc/self)');
    expect(a.stdout).toBe(b.stdout);
  });

  it('a file swapped for a FIFO or a link outside the root while runs go on: each run ends, nothing outside is read', async () => {
    const outside = tempDir('dvl-outside-');
    made.push(outside);
    writeFileSync(join(outside, 'leak.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: leaked-from-outside}\n');
    const dir = repo(() => {});
    const target = controller(dir);
    const original = readFileSync(target);
    // One FIFO, linked in by name at each turn: a mkfifo process every few milliseconds cost more than the runs.
    const fifo = join(outside, 'pipe');
    execFileSync('mkfifo', [fifo]);
    let turn = 0;
    const swapper = setInterval(() => {
      rmSync(target, { force: true });
      const shape = turn++ % 3;
      if (shape === 0) linkSync(fifo, target);
      else if (shape === 1) symlinkSync(join(outside, 'leak.yaml'), target);
      else writeFileSync(target, original);
    }, 3);
    try {
      for (let i = 0; i < 4; i++) {
        const r = await runCliAsync([dir, '--no-cache', '-f', 'json'], 10_000);
        expect(r.signal).toBeNull();
        expect([0, 1]).toContain(r.status);
        expect(r.stdout).not.toContain('leaked-from-outside');
      }
    } finally {
      clearInterval(swapper);
    }
  });
});

describe('merge keys, line endings and control characters', () => {
  it('a merge key (<<: *common) is applied as Kubernetes applies it', async () => {
    const dir = repo((d) =>
      writeFileSync(controller(d), 'apiVersion: apps/v1\nkind: Deployment\nx-common: &common\n  name: controller\n  namespace: metallb-system\nmetadata:\n  <<: *common\nspec:\n  template:\n    spec:\n      containers:\n        - {name: controller, image: "quay.io/metallb/controller:v0.14.8"}\n'),
    );
    const result = await lintWithin(dir, 5000);
    expect(result.findings).toEqual([]);
    const { graphs } = await runLint(dir);
    const metallb = graphs![0].runtime.objects.find((o) => o.kind === 'Deployment' && o.at.file === `${METALLB}/controller.yaml`);
    expect(metallb?.name).toBe('controller');
    expect(metallb?.namespace).toBe('metallb-system');
  });

  it('CR-only line endings are read as YAML reads them: no false parse-error', async () => {
    const dir = repo((d) => {
      for (const f of ['argocd/root-app.yaml', 'argocd/appsets/infra-appset.yaml', kustomization(d).slice(d.length + 1)]) {
        writeFileSync(join(d, f), readFileSync(join(d, f), 'utf8').replace(/\n/g, '\r'));
      }
    });
    expect((await lintWithin(dir, 5000)).findings).toEqual([]);
  });

  it('ESC and BEL from file names and image strings never reach the output raw, in any format', () => {
    const dir = repo((d) => {
      writeFileSync(join(d, METALLB, 'bad\u001b[31mname\u0007.yaml'), 'kind: [\n');
      appendFileSync(kustomization(d), '  - "bad\\e[31mname\\a.yaml"\n');
      writeFileSync(controller(d), readFileSync(controller(d), 'utf8').replace('image: quay.io/metallb/controller:v0.14.8', 'image: "quay.io/metallb/controller:\\e]0;pwned\\a"'));
    });
    // One analysis (the first run fills a fresh cache), every formatter in a process of its own.
    const cache = tempDir('dvl-cache-');
    made.push(cache);
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit']) {
      const r = runCli([dir, '-f', format], { env: { DETECTVIZ_LINT_CACHE_DIR: cache } });
      expect(r.status, format).toBe(1);
      expect(r.stdout, format).not.toMatch(/[\u0007\u001b]/);
      if (format === 'stylish') expect(r.stdout).toContain('bad\\x1b[31mname\\x07.yaml');
    }
  });
});
