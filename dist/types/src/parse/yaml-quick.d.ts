import { type YamlFile } from './yaml-doc.js';
/** `text` (without a byte order mark) as parseYaml reads it, or undefined when only the full parse can say. */
export declare function quickYaml(path: string, text: string, firstIndex: number): YamlFile | undefined;
