import type { SourceSet } from '../parse/source-set.js';
import type { K8sObject, RuntimeModel } from '../types.js';
export declare function readCrds(sources: SourceSet, objects: readonly K8sObject[]): RuntimeModel['crds'];
type Spec = {
    group?: string;
    scope?: string;
    kind?: string;
};
/** crdSpecsByDocStart as a fact. */
export declare const CRD_SPECS: import("../parse/facts.js").Fact<Record<string, Spec>>;
/**
 * The specs of the documents of a text that names CustomResourceDefinition, by where each
 * document's first key starts (`line:column`). A fact to take as each text is read
 * (SourceSet's read facts): CRD files are long vendored texts, which are not kept, and
 * readCrds would read them all again. A CRD object that starts elsewhere (a List's item)
 * is read by a fact of its own.
 */
export declare function crdSpecsByDocStart(_file: string, text: string): Record<string, Spec>;
export {};
