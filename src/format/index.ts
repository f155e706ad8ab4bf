// One map from format name to formatter.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

/** Every format prints the result with its control characters escaped (src/format/printable.ts). */
const escaping = (format: Formatter): Formatter => (result, ctx) => format(printable(result), ctx);

export const formatters = {
  stylish: escaping(stylish),
  json: escaping(json),
  sarif: escaping(sarif),
  github: escaping(github),
  markdown: escaping(markdown),
  junit: escaping(junit),
} satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
export type { Formatter, FormatContext } from './types.js';
