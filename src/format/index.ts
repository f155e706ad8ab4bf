// One map from format name to formatter.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters = { stylish, json, sarif, github, markdown, junit } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
export type { Formatter, FormatContext } from './types.js';
