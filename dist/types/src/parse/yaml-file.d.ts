import { type TreesLater, type YamlFile } from './yaml-doc.js';
export { capProblem, MAX_INDENT, MAX_YAML_DOCUMENTS } from './yaml-caps.js';
export { YamlDoc, type ParseProblem, type PathSegment, type YamlFile } from './yaml-doc.js';
/** Caps that keep hostile input bounded (documented in the README's Safety section). */
export declare const MAX_ALIASES = 1000;
/**
 * Parses text that is meant to be YAML. Never throws: problems are returned with their position.
 * `firstIndex` numbers the documents of one of several texts rendered from the same file.
 * `positions: 'later'`: where the documents' nodes start is computed when a position is first
 * asked, by parsing the text again. Most documents of a repository are never asked one, and
 * their position trees took more memory than their data; the caller keeps the text anyway.
 */
export declare function parseYaml(path: string, text: string, firstIndex?: number, positions?: 'now' | 'later'): YamlFile;
/** The `yaml` library's parse of a text within the caps (parseYaml's own path for what the fast reader leaves). */
export declare function parseFully(path: string, text: string, firstIndex?: number, later?: TreesLater): YamlFile;
