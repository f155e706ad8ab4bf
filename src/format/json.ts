// The contract's JSON shape (spec/output.md).
import { VERSION } from '../version.js';
import type { Formatter } from './types.js';

export const json: Formatter = (result) =>
  JSON.stringify(
    {
      tool: { name: 'detectviz-lint', version: VERSION },
      root: result.root,
      summary: result.summary,
      components: result.components,
      findings: result.findings,
    },
    null,
    2,
  ) + '\n';
