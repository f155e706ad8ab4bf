// Entry points are split into clusters only by sibling folders holding roots of the same role.
import { describe, expect, it } from 'vitest';
import { groupByCluster } from '../src/clusters.js';
import type { RuntimeModel } from '../src/types.js';

const entries = (...files: string[]): RuntimeModel['entrypoints'] => files.map((file) => ({ file, at: { file, line: 1, column: 1 }, origin: 'auto' }));
const names = (files: string[]) => groupByCluster(entries(...files)).map((c) => [c.name, c.entrypoints.map((e) => e.file)]);

describe('groupByCluster', () => {
  it('splits sibling folders that each hold a root at the same place', () => {
    expect(names(['clusters/prod/root.yaml', 'clusters/staging/root.yaml'])).toEqual([
      ['prod', ['clusters/prod/root.yaml']],
      ['staging', ['clusters/staging/root.yaml']],
    ]);
    expect(names(['envs/dev/bootstrap/dev-root.yaml', 'envs/prod/bootstrap/prod-root.yaml']).map(([n]) => n)).toEqual(['dev', 'prod']);
  });

  it('keeps folders of different roles (apps, bootstrap, guides) one cluster', () => {
    expect(names(['apps/root/root-application.yaml', 'bootstrap/01-bootstrap-app.yaml', 'guides/example-app.yaml'])).toEqual([
      [undefined, ['apps/root/root-application.yaml', 'bootstrap/01-bootstrap-app.yaml', 'guides/example-app.yaml']],
    ]);
  });
});
