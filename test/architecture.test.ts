// The layering of ../shared/docs/style.md, enforced by dependency-cruiser
// (.dependency-cruiser.cjs): entry points → public entry; formatters → public result;
// rules → engine and graph; readers → parse layer; no cycles.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('architecture', () => {
  it('has no dependency that breaks the layering, and no cycle', () => {
    const run = spawnSync(process.execPath, ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'src', 'rules'], {
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr, 'dependency-cruiser output').not.toMatch(/error /);
    expect(run.status).toBe(0);
  }, 60_000);
});
