import type { Formatter } from './types.js';
export declare const formatters: {
    stylish: Formatter;
    json: Formatter;
    sarif: Formatter;
    github: Formatter;
    markdown: Formatter;
    junit: Formatter;
};
export type FormatName = keyof typeof formatters;
export type { Formatter, FormatContext } from './types.js';
