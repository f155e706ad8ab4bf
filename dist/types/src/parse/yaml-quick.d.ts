import { type TreesLater, type YamlFile } from './yaml-doc.js';
/**
 * `text` (without a byte order mark) as parseYaml reads it, or undefined when only the full parse can say.
 * With `later`, the position trees are left to it.
 */
export declare function quickYaml(path: string, text: string, firstIndex: number, later?: TreesLater): YamlFile | undefined;
