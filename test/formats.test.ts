// The output formats: SARIF against the official schema, GitHub workflow commands,
// JUnit XML through a real parser, and the markdown report, whose mermaid diagram is
// rendered by mermaid itself in a headless Chromium.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { formatters } from '../src/format/index.js';
import { escapeData, escapeProperty } from '../src/format/github.js';
import { escapeXml } from '../src/format/junit.js';
import { MAX_APPS_PER_NODE, diagram, mermaidText } from '../src/format/markdown.js';
import { FINGERPRINT_KEY } from '../src/format/sarif.js';
import { docsUrl } from '../src/format/rule-docs.js';
import { lint, ruleCatalog, type Finding, type LintResult } from '../src/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { CORPUS_PATH, sharedInput, toolPresent } from './shared-inputs.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const seedFixture = fixtureRepo(here('../fixtures/layouts/seed-compliant'));
const corpus = sharedInput(CORPUS_PATH);
const sarifSchema = sharedInput('schemas/sarif-schema-2.1.0.json');
const chromium = '/usr/bin/chromium';
const outDir = here('../test-output');

const hasCorpus = corpus !== undefined;
const hasSchema = sarifSchema !== undefined;
const hasChromium = toolPresent('Chromium', existsSync(chromium), 'apt-get install -y chromium');

const ctx = { color: new Chalk({ level: 0 }), ...ruleCatalog };
const render = (name: keyof typeof formatters, result: LintResult) => formatters[name](result, ctx);

let seed: LintResult;
let real: LintResult | undefined;
beforeAll(async () => {
  seed = await lint(seedFixture);
  if (corpus) real = await lint(corpus);
});

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'version-skew',
  severity: 'warning',
  message: 'kube-vip runs v1 in bootstrap but v2 in runtime',
  file: 'argocd/apps/kube-vip/daemonset.yaml',
  line: 10,
  column: 3,
  ...over,
});

/** The seed result with other findings (summary recounted). */
const withFindings = (base: LintResult, findings: Finding[]): LintResult => ({
  ...base,
  findings,
  summary: {
    ...base.summary,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  },
});

// ---------------------------------------------------------------------------- SARIF

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
      relatedLocations?: unknown[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const sarifOf = (result: LintResult): SarifLog => JSON.parse(render('sarif', result)) as SarifLog;

function sarifValidator() {
  // ajv-draft-04 is CommonJS (module.exports = Ajv, with Ajv.default = Ajv): `.default` is the class under NodeNext typing and at run time.
  const ajv = new Ajv04.default({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
  return ajv.compile(JSON.parse(readFileSync(sarifSchema!, 'utf8')) as object);
}

describe('sarif', () => {
  it.skipIf(!hasSchema)('validates against the official SARIF 2.1.0 schema (seed fixture, synthetic findings with related locations)', () => {
    const validate = sarifValidator();
    const synthetic = withFindings(seed, [
      finding({ related: [{ file: 'ansible/group_vars/all.yml', line: 27, column: 1 }] }),
      finding({ ruleId: 'unused-suppression', severity: 'info', file: 'odd path/a#b.yaml', message: 'suppresses nothing' }),
    ]);
    for (const result of [seed, synthetic]) {
      const log = sarifOf(result);
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it.skipIf(!hasSchema || !hasCorpus)('validates real output from the corpus, one rule entry per rule and one result per finding', () => {
    const validate = sarifValidator();
    const log = sarifOf(real!);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(run.tool.driver.rules.find((r) => r.id === 'version-skew')).toMatchObject({
      helpUri: 'https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/version-skew.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results).toHaveLength(real!.findings.length);
    expect(real!.findings.length).toBeGreaterThan(0);
    for (const [i, r] of run.results.entries()) {
      const f = real!.findings[i];
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r).toMatchObject({ ruleId: f.ruleId, level: f.severity === 'info' ? 'note' : f.severity, message: { text: f.message } });
      expect(r.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
        region: { startLine: f.line, startColumn: f.column },
      });
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/detectviz-gitops\/$/);
  });

  it('keeps fingerprints when lines move and tells distinct findings apart', () => {
    const findings = [
      finding({}),
      finding({ line: 40 }), // same rule, file and message: told apart by occurrence
      finding({ message: 'another message' }),
      finding({ file: 'other.yaml' }),
      finding({ ruleId: 'unpinned-version' }),
    ];
    const before = sarifOf(withFindings(seed, findings)).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const shifted = findings.map((f) => ({ ...f, line: f.line + 17, column: f.column + 2 }));
    const after = sarifOf(withFindings(seed, shifted)).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(findings.length);
    for (const fp of before) expect(fp).toMatch(/^[0-9a-f]{32}$/);
  });

  it.skipIf(!hasCorpus)('keeps the corpus fingerprints when every finding moves', () => {
    const fps = (r: LintResult) => sarifOf(r).runs[0].results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]);
    const moved = withFindings(real!, real!.findings.map((f) => ({ ...f, line: f.line + 3, related: f.related?.map((r) => ({ ...r, line: r.line + 3 })) })));
    expect(fps(moved)).toEqual(fps(real!));
    expect(new Set(fps(real!)).size).toBe(real!.findings.length);
  });
});

// --------------------------------------------------------------------------- github

describe('github', () => {
  it('prints one escaped workflow command per finding and nothing else', () => {
    const result = withFindings(seed, [
      finding({ file: 'dir,x/a:b%.yml', line: 3, column: 7, message: '50% done\nnext: a, b\r' }),
      finding({ ruleId: 'missing-reference', severity: 'error', file: 'ansible/site.yml', line: 1, column: 1, message: 'no such role: x' }),
      finding({ ruleId: 'unused-suppression', severity: 'info', file: 'a.yaml', line: 2, column: 5, message: 'suppresses nothing' }),
    ]);
    expect(render('github', result)).toBe(
      [
        '::warning file=dir%2Cx/a%3Ab%25.yml,line=3,col=7,title=version-skew::50%25 done%0Anext: a, b%0D (https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/version-skew.md)',
        '::error file=ansible/site.yml,line=1,col=1,title=missing-reference::no such role: x (https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/missing-reference.md)',
        '::notice file=a.yaml,line=2,col=5,title=unused-suppression::suppresses nothing (https://github.com/detectviz/detectviz-lint/blob/main/docs/rules/unused-suppression.md)',
        '',
      ].join('\n'),
    );
    expect(escapeProperty('https://x,y%')).toBe('https%3A//x%2Cy%25');
    expect(escapeData('a%0A\n')).toBe('a%250A%0A');
    expect(render('github', withFindings(seed, []))).toBe('');
  });
});

// ---------------------------------------------------------------------------- junit

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
});

interface JunitDoc {
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    testsuite: { name: string; testcase: { classname: string; name: string; failure?: { message: string; type: string; '#text': string }[] }[] }[];
  };
}

const parseJunit = (xml: string): JunitDoc => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return xmlParser.parse(xml) as JunitDoc;
};

describe('junit', () => {
  it.skipIf(!hasCorpus)('has one testcase per rule and one failure per finding on the corpus', () => {
    const doc = parseJunit(render('junit', real!));
    const cases = doc.testsuites.testsuite[0].testcase;
    expect(cases.map((c) => c.name)).toEqual(rules.map((r) => r.id));
    expect(cases.every((c) => c.classname === 'detectviz-lint')).toBe(true);
    const failures = cases.flatMap((c) => c.failure ?? []);
    expect(failures).toHaveLength(real!.findings.length);
    expect(doc.testsuites).toMatchObject({ name: 'detectviz-lint', tests: String(rules.length), failures: String(real!.findings.length) });
    const skew = real!.findings.find((f) => f.ruleId === 'version-skew')!;
    expect(cases.find((c) => c.name === 'version-skew')!.failure![0]).toMatchObject({
      type: 'warning',
      message: skew.message,
      '#text': `${skew.file}:${skew.line}:${skew.column} ${skew.message}\n${docsUrl('version-skew')}`,
    });
  });

  it('escapes markup, shows control characters as \\xNN and drops the other characters XML 1.0 cannot hold', () => {
    const nasty = `a <b> & "c" 'd' \u0001\u0008\uFFFE\uD800 e`;
    const result = withFindings(seed, [finding({ message: nasty, file: 'x&y<z>.yaml' }), finding({ ruleId: 'unused-suppression', severity: 'info', message: 'tab\there' })]);
    const doc = parseJunit(render('junit', result));
    const cases = doc.testsuites.testsuite[0].testcase;
    expect(cases).toHaveLength(rules.length + 1); // + the engine's unused-suppression
    const failure = cases.find((c) => c.name === 'version-skew')!.failure![0];
    expect(failure.message).toBe(`a <b> & "c" 'd' \\x01\\x08 e`);
    expect(failure['#text'].split('\n')[0]).toBe(`x&y<z>.yaml:10:3 a <b> & "c" 'd' \\x01\\x08 e`);
    expect(cases.find((c) => c.name === 'unused-suppression')!.failure![0].message).toBe('tab\there');
    expect(escapeXml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});

// ------------------------------------------------------------------------- markdown

const mermaidBlocks = (md: string): string[] => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);

/** The seed result with a runtime of many apps with awkward names (for escaping and the cap). */
function crowded(base: LintResult, count: number): LintResult {
  const cluster = structuredClone(base.clusters[0]);
  const { applications, applicationSets } = cluster.deployment;
  const template = applications.find((a) => a.appset)!;
  const odd = ['we"ird[app]#1', 'pipe|app(2)', 'semi;colon{3}', '<b>tag</b>', 'end', 'back`tick'];
  for (let i = 0; i < count; i++) {
    const name = i < odd.length ? odd[i] : `generated-app-${String(i).padStart(3, '0')}`;
    applications.push({ ...template, id: `argocd/${name}`, name, appset: 'argocd/infra-appset' });
  }
  const root = applications.find((a) => !a.appset && !a.parent)!;
  for (let i = 0; i < 30; i++) applications.push({ ...root, id: `argocd/standalone-${i}`, name: `standalone-${i}` }); // Applications applied directly
  applicationSets.push({ ...applicationSets[0], id: 'argocd/odd "set" #1', name: 'odd "set" #1', parent: 'argocd/root' });
  applications.push({ ...template, id: 'argocd/in-odd-set', name: 'in-odd-set', appset: 'argocd/odd "set" #1' });
  return { ...base, clusters: [cluster], components: [...base.components, { ...base.components[0], name: 'pipe|component', cluster: undefined }] };
}

describe('markdown', () => {
  it.skipIf(!hasCorpus)('has the layer table rows of the seed document, the ApplicationSet table and the findings', () => {
    const md = render('markdown', real!);
    expect(md).toContain('| **kube-vip** | static pod v0.7.1 | Kustomize v0.8.9 | ❌ violation | `ansible/roles/master/tasks/main.yml:192`<br>`argocd/apps/infrastructure/kube-vip/base/kube-vip-daemonset.yaml:1` |');
    expect(md).toContain('| **calico** | manifest v3.27.3 | — | ✅ ok | `ansible/roles/master/tasks/main.yml:420` |');
    expect(md).toContain('| **metallb** | Kustomize | infra-appset |');
    expect(md).toContain('| **grafana** | Helm | apps-appset |');
    expect(md).toMatch(/^# Architecture report: detectviz-gitops\n\n❌ \*\*Fails\*\*: 7 errors, 6 warnings, 0 info;/);
    expect(md).toContain('### ⚠️ `version-skew` (warning, 1)');
    expect(md).toContain('- `argocd/apps/infrastructure/kube-vip/base/kube-vip-daemonset.yaml:21` — kube-vip runs v0.7.1');
    const [chart] = mermaidBlocks(md);
    expect(chart).toContain('subgraph bootstrap["Bootstrap #40;Ansible#41;"]');
    expect(chart).toContain('subgraph runtime["Runtime #40;Argo CD#41;"]');
    expect(chart).toMatch(/b_argocd -->\|"syncs"\| app_root/);
    expect(chart).toContain('app_root --> set_infra_appset');
    expect(render('markdown', real!)).toBe(md); // deterministic
  });

  it('says "No findings." and keeps the diagram when the repository is clean', () => {
    const md = render('markdown', seed);
    expect(seed.findings).toEqual([]);
    expect(md).toContain('## Findings\n\nNo findings.\n');
    expect(md).toContain('✅ **Passes**: no findings');
    expect(mermaidBlocks(md)).toHaveLength(1);
  });

  it('escapes table cells and mermaid labels, sanitises node ids and caps crowded ApplicationSets', () => {
    const result = crowded(seed, 150);
    const md = render('markdown', result);
    expect(md).toContain('| **pipe\\|component** |');
    const chart = mermaidBlocks(md)[0];
    const inSet = result.clusters[0].deployment.applications.filter((a) => a.appset === 'argocd/infra-appset').length;
    expect(inSet).toBeGreaterThan(150);
    expect(chart).toContain(`"${inSet} apps<br/>`);
    expect(chart).toContain(`<br/>+${inSet - MAX_APPS_PER_NODE} more"`);
    for (const line of chart.split('\n')) {
      const id = /^\s+([^\s[({"]+)[[({]/.exec(line)?.[1];
      if (id) expect(id).toMatch(/^[A-Za-z0-9_]+$/);
      const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      for (const label of labels) expect(label.replace(/#(\w+);/g, '')).not.toMatch(/[[\](){}#"|`;]/);
    }
    expect(mermaidText('a"b[c]#d')).toBe('a#quot;b#91;c#93;#35;d');
    expect(chart).toContain('"30 root Applications<br/>standalone-0<br/>standalone-1<br/>');
    expect(chart).toContain('+18 more"');
    expect(chart.split('\n').length).toBeLessThan(40);
    expect(diagram(result.clusters[0].deployment, result.components)).toBe(chart);
  });

  describe.skipIf(!hasChromium)('mermaid rendering in headless Chromium', () => {
    let browser: Browser | undefined;
    /** One page with mermaid loaded (parsing its 3 MB bundle is most of a render's cost), shared by the renders. */
    let page: Page;
    let renders = 0;
    const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

    beforeAll(async () => {
      const { chromium: launcher } = await import('playwright-core');
      browser = await launcher.launch({
        executablePath: chromium,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.route('**/*', (route) => route.abort()); // no network
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:white"><div id="out"></div></body></html>');
      await page.addScriptTag({ path: mermaidBundle });
      await page.evaluate(() => {
        (globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
      });
    }, 60000);
    afterAll(async () => {
      await browser?.close();
    });

    /** Parses and renders one diagram with mermaid; returns the SVG's text and saves a screenshot. */
    async function renderMermaid(text: string, screenshot?: string): Promise<string> {
      const outcome = await page.evaluate(async ({ source, id }) => {
        const m = (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
        const out = document.getElementById('out')!;
        out.innerHTML = '';
        try {
          await m.parse(source);
          const { svg } = await m.render(id, source);
          out.innerHTML = svg;
          return { ok: true as const, text: out.textContent ?? '' };
        } catch (err) {
          return { ok: false as const, error: String((err as Error)?.message ?? err) };
        }
      }, { source: text, id: `diagram${++renders}` });
      if (!outcome.ok) throw new Error(`mermaid could not parse the diagram: ${outcome.error}\n${text}`);
      if (screenshot) {
        mkdirSync(outDir, { recursive: true });
        await page.locator('#out svg').screenshot({ path: `${outDir}/${screenshot}` });
      }
      return outcome.text;
    }

    it.skipIf(!hasCorpus)('renders the corpus diagram (screenshot: test-output/markdown-diagram.png)', async () => {
      const [chart] = mermaidBlocks(render('markdown', real!));
      const text = await renderMermaid(chart, 'markdown-diagram.png');
      for (const label of ['Bootstrap (Ansible)', 'Runtime (Argo CD)', 'ansible/deploy-cluster.yml', 'kube-vip', 'static pod v0.7.1', 'infra-appset', 'apps-appset', 'root Application', 'infra-kube-vip', 'grafana']) {
        expect(text).toContain(label);
      }
      expect(existsSync(`${outDir}/markdown-diagram.png`)).toBe(true);
    }, 60000);

    it('renders the seed fixture diagram and a crowded one with awkward names', async () => {
      await renderMermaid(mermaidBlocks(render('markdown', seed))[0]);
      const text = await renderMermaid(mermaidBlocks(render('markdown', crowded(seed, 150)))[0], 'markdown-diagram-crowded.png');
      for (const label of ['we"ird[app]#1', 'pipe|app(2)', 'semi;colon{3}', '<b>tag</b>', 'back`tick', 'odd "set" #1', 'more']) expect(text).toContain(label);
    }, 60000);
  });
});
