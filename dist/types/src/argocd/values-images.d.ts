import type { SourceSet } from '../parse/source-set.js';
import type { HelmValues, ValuesImage } from '../types.js';
/** The images the values of reachable apps set, as Helm would see them after merging. */
export declare function valuesImages(sources: SourceSet, values: readonly HelmValues[]): ValuesImage[];
