import type { SourceSet } from '../parse/source-set.js';
import { type YamlDoc } from '../parse/yaml-file.js';
/** The Application and ApplicationSet documents of a local chart's templates/, read leniently. */
export declare function argoDocsInChart(sources: SourceSet, chartDir: string): YamlDoc[];
