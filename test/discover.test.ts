// Discovery: which files of the linted tree count, and which links outside it are worth a word.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { fixtureRepo } from '../src/docs/fixture-repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-discover-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('symbolic links leading outside the tree', () => {
  it('one to a Markdown file is not read and not reported; one to YAML is a parse-error', async () => {
    const outside = join(tmp, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'GUIDE.md'), '# a guide\n');
    writeFileSync(join(outside, 'values.yaml'), 'a: 1\n');
    const repo = join(tmp, 'repo');
    cpSync(fixtureRepo('fixtures/layouts/seed-compliant'), repo, { recursive: true });
    mkdirSync(join(repo, 'docs'), { recursive: true });
    symlinkSync(join(outside, 'GUIDE.md'), join(repo, 'docs/GUIDE.md'));
    const markdownOnly = await lint(repo);
    expect(markdownOnly.findings).toEqual([]);

    symlinkSync(join(outside, 'values.yaml'), join(repo, 'docs/values.yaml'));
    const withYaml = await lint(repo);
    expect(withYaml.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['parse-error docs/values.yaml']);
  });
});
