// A warm run reuses the last run's file list when no directory it listed has changed (the
// walk of a 10,000-app tree is a third of a warm run). Each change below alters a
// directory's entries; the run after it must list the tree anew and report what a run
// without cache reports. The clock is set a minute ahead for the run that fills the
// cache, so that the changes made right after it are not "racy" (within the clock's
// resolution of that run, which would force a walk whatever the stamps say).
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureRepo } from '../src/docs/fixture-repo.js';
import { formatters, lint, ruleCatalog } from '../src/index.js';
import { Chalk } from 'chalk';

const tmp = mkdtempSync(join(tmpdir(), 'dvl-cache-listing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

const plain = { color: new Chalk({ level: 0 }), ...ruleCatalog };
const report = async (repo: string, cacheDir?: string): Promise<string> => formatters.json(await lint(repo, cacheDir ? { cacheDir } : {}), plain);

/** Where the fixture's apps are: prometheus has no ApplicationSet entry (a finding), grafana has one. */
const APPS = 'argocd/apps/observability';

/** A copy of a fixture with findings, the cache filled by a run whose clock is a minute ahead. */
async function filledCache(name: string): Promise<{ repo: string; cacheDir: string; before: string }> {
  const repo = join(tmp, name);
  cpSync(fixtureRepo(new URL('../fixtures/app-not-in-appset/service-missing-from-list-generator', import.meta.url).pathname), repo, { recursive: true });
  const cacheDir = join(tmp, `${name}-cache`);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
  const before = await report(repo, cacheDir);
  vi.useRealTimers();
  return { repo, cacheDir, before };
}

describe('the file list kept in the cache', () => {
  it('serves an unchanged tree', async () => {
    const { repo, cacheDir, before } = await filledCache('unchanged');
    expect(await report(repo, cacheDir)).toBe(before);
  });

  it.each([
    ['an app folder added', (repo: string) => cpSync(join(repo, `${APPS}/grafana`), join(repo, `${APPS}/grafana-copy`), { recursive: true })],
    ['an app folder removed', (repo: string) => rmSync(join(repo, `${APPS}/prometheus`), { recursive: true })],
    ['an app folder renamed', (repo: string) => renameSync(join(repo, `${APPS}/prometheus`), join(repo, `${APPS}/metrics`))],
    ['a file added deep in the tree', (repo: string) => writeFileSync(join(repo, `${APPS}/prometheus/extra.yaml`), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n')],
    ['an empty folder added', (repo: string) => mkdirSync(join(repo, `${APPS}/empty`))],
  ])('is not used after %s: the tree is listed again', async (name, change) => {
    const { repo, cacheDir, before } = await filledCache(name.replace(/\W+/g, '-'));
    change(repo);
    const after = await report(repo);
    expect(await report(repo, cacheDir)).toBe(after);
    // Every change but the empty folder changes the report (a finding or the files scanned).
    if (name !== 'an empty folder added') expect(after).not.toBe(before);
  });
});
