import type { SourceSet } from '../parse/source-set.js';
import { type PathSegment, type YamlDoc } from '../parse/yaml-file.js';
import type { HelmValues, Loc } from '../types.js';
/** A values source before it is tied to an Application (a file's document is read later, on demand). */
export type ValuesSource = Omit<HelmValues, 'application' | 'appset'>;
/** The values source for one app; a file's `doc` and `base` are parsed when first read. */
export declare function helmValuesFor(sources: SourceSet, v: ValuesSource, application: string, appset: string | undefined): HelmValues;
/**
 * The data of a values source (its values, not the document around inline ones); undefined
 * when it does not exist or does not parse. An alias is the node it names, shared, not a
 * copy: walk with a set of nodes already seen, or aliases multiply the work.
 */
export declare function valuesData(sources: SourceSet, v: HelmValues): unknown;
/** Where a field of an Application is written: its YAML document and the path inside it. */
export type YamlPathOf = (path: PathSegment[]) => {
    doc: YamlDoc;
    path: PathSegment[];
};
/** A values file of this repository (read on demand; its syntax problems are reported once the apps using it are known). */
export declare function valuesFile(file: string, at: Loc): ValuesSource;
/** Inline values written as a YAML mapping (`valuesObject`, kustomize `valuesInline`). */
export declare function inlineValues(doc: YamlDoc, path: PathSegment[]): ValuesSource;
/**
 * Inline values written as a string of YAML (`helm.values`): parsed on its own, with the
 * lines (and, for a literal block, the columns) of the file that holds it.
 */
export declare function stringValues(sources: SourceSet, doc: YamlDoc, path: PathSegment[], text: string): ValuesSource;
/**
 * The values an Application source gives Helm: `valueFiles` (relative to `dir` for a
 * chart of this repository, `$ref/...` through a sibling source of this repository),
 * `values` and `valuesObject` (with both, Argo CD uses `valuesObject`).
 */
export declare function applicationValues(sources: SourceSet, raw: Record<string, unknown>, base: PathSegment[], siblings: unknown[], yamlPath: YamlPathOf | undefined, isLocalRepo: (url: string, path?: string) => boolean, dir: string | undefined): ValuesSource[];
/** A URL (`https://`, `s3://`, `git@`): a file of another place, never read. */
export declare const isUrl: (s: string) => boolean;
/** A `valueFiles` entry as a repo path, when it names a file of this repository. */
export declare function resolveValueFile(entry: string, siblings: unknown[], isLocalRepo: (url: string, path?: string) => boolean, dir: string | undefined): string | undefined;
/**
 * The values of one kustomize `helmCharts` entry: `valuesFile`, `valuesInline`,
 * `additionalValuesFiles`.
 */
export declare function helmChartValues(dir: string, doc: YamlDoc, index: number, entry: Record<string, unknown>): ValuesSource[];
/** A chart directory's own values.yaml. */
export declare function chartDirValues(sources: SourceSet, dir: string, chartAt: Loc): ValuesSource[];
/**
 * A values file that does not parse breaks every render that uses it: one parse-error
 * per problem, naming the Applications that then fail.
 */
export declare function reportValuesProblems(sources: SourceSet, values: readonly HelmValues[]): void;
/** For each values source, the later sources of the same Application (they override it, Helm's precedence), in order: one pass over the list. */
export declare function laterOfSameApp(values: readonly HelmValues[]): HelmValues[][];
